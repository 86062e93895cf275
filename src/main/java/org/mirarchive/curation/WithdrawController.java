package org.mirarchive.curation;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.model.ContentLanguage;

/**
 * A reviewer's screens that withdraw a published entry ({@code /curate/{kind}/{slug}/withdraw}:
 * a form asking why, and for the entry that replaces it) and publish a withdrawn one again
 * ({@code …/restore}). Editors may not: both answer them 403.
 */
@Controller
class WithdrawController {

	private static final String ENTRY = "/curate/{kind:" + EntryKind.PATHS + "}/{slug}";

	private final Withdrawals withdrawals;

	private final RoleHierarchy roles;

	WithdrawController(Withdrawals withdrawals, RoleHierarchy roles) {
		this.withdrawals = withdrawals;
		this.roles = roles;
	}

	/** What the form shows: the entry, what was typed, and the problems by field (message keys). */
	public record Form(String name, String url, String action, String reason, String reasonEs, String replacement,
			Map<String, String> problems) {

		public String problem(String field) {
			return problems.get(field);
		}

	}

	/** What the restore form shows. */
	public record RestoreForm(String name, String url, String action, String withdrawn, String reason, boolean problem) {
	}

	@GetMapping(ENTRY + "/withdraw")
	String confirm(@PathVariable("kind") String path, @PathVariable String slug, Authentication curator, Model model,
			Locale locale) {
		Entry entry = published(path, slug, curator);
		model.addAttribute("form", form(entry, "", "", "", Map.of(), locale));
		return "curation/withdraw";
	}

	@PostMapping(ENTRY + "/withdraw")
	String withdraw(@PathVariable("kind") String path, @PathVariable String slug,
			@RequestParam(name = "reason", defaultValue = "") String reason,
			@RequestParam(name = "reasonEs", defaultValue = "") String reasonEs,
			@RequestParam(name = "replacement", defaultValue = "") String replacement, Authentication curator,
			Model model, Locale locale) {
		Entry entry = published(path, slug, curator);
		try {
			withdrawals.withdraw(entry.getKind(), slug, curator.getName(),
					new Withdrawals.Request(reason, reasonEs, replacement));
		}
		catch (Withdrawals.Refused refused) {
			model.addAttribute("form", form(entry, reason, reasonEs, replacement, refused.problems(), locale));
			return "curation/withdraw";
		}
		return "redirect:" + entry.url() + "/history";
	}

	@GetMapping(ENTRY + "/restore")
	String restoring(@PathVariable("kind") String path, @PathVariable String slug, Authentication curator, Model model,
			Locale locale) {
		model.addAttribute("form", restoreForm(withdrawn(path, slug, curator), false, locale));
		return "curation/restore";
	}

	@PostMapping(ENTRY + "/restore")
	String restore(@PathVariable("kind") String path, @PathVariable String slug,
			@RequestParam(name = "reason", defaultValue = "") String reason, Authentication curator, Model model,
			Locale locale) {
		Entry entry = withdrawn(path, slug, curator);
		try {
			withdrawals.restore(entry.getKind(), slug, curator.getName(), reason);
		}
		catch (Withdrawals.Refused refused) {
			model.addAttribute("form", restoreForm(entry, true, locale));
			return "curation/restore";
		}
		return "redirect:" + entry.url();
	}

	/** The published entry at an address, for a reviewer; 404 where there is none, 403 for an editor. */
	private Entry published(String path, String slug, Authentication curator) {
		return entry(path, slug, curator, false);
	}

	private Entry withdrawn(String path, String slug, Authentication curator) {
		return entry(path, slug, curator, true);
	}

	private Entry entry(String path, String slug, Authentication curator, boolean withdrawn) {
		if (!Reviewers.reviews(curator, roles)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		EntryKind kind = EntryKind.fromPath(path).orElseThrow(WithdrawController::notFound);
		return withdrawals.find(kind, slug).filter(e -> e.isWithdrawn() == withdrawn)
			.orElseThrow(WithdrawController::notFound);
	}

	private static Form form(Entry entry, String reason, String reasonEs, String replacement,
			Map<String, String> problems, Locale locale) {
		return new Form(name(entry, locale), entry.url(), "/curate" + entry.url() + "/withdraw", reason, reasonEs,
				replacement, problems);
	}

	private static RestoreForm restoreForm(Entry entry, boolean problem, Locale locale) {
		return new RestoreForm(name(entry, locale), entry.url(), "/curate" + entry.url() + "/restore",
				entry.getWithdrawn().toLocalDate().toString(), entry.getWithdrawalReason(), problem);
	}

	private static String name(Entry entry, Locale locale) {
		return new ContentLanguage(locale).name(entry.getName(), entry::nameIn).text();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
