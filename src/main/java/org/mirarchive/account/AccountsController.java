package org.mirarchive.account;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' accounts page: every account with its role and state, a form to make one
 * (the rules of {@code POST /api/accounts}, {@link AccountRequest}), and on each account's line a
 * form to change its role and one to disable or enable it, within the {@link AccountSafeguards}.
 * What is done is said on the page the form leads back to; what is refused is said beside its
 * field, on the page answered at once, and nothing is changed.
 */
@Controller
class AccountsController {

	static final String ACCOUNTS = SecurityConfiguration.ACCOUNT + "/accounts";

	private final Accounts accounts;

	private final MessageSource messages;

	AccountsController(Accounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	/** The making form as it was filled in (never its password). */
	record AccountForm(String username, String role) {
	}

	/** One account as the page lists it. */
	record AccountLine(long id, String username, Role role, boolean enabled, String created, boolean yours) {

		static AccountLine of(Account account, String administrator) {
			return new AccountLine(account.getId(), account.getUsername(), account.getRole(), account.isEnabled(),
					TokenLine.when(account.getCreated()), account.getUsername().equals(administrator));
		}

	}

	@GetMapping(ACCOUNTS)
	String show(Principal administrator, Model model) {
		return page(administrator, model, new AccountForm("", Role.EDITOR.name()), Map.of(), null, null);
	}

	@PostMapping(ACCOUNTS)
	String create(Principal administrator, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String role, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes next) {
		try {
			Account made = accounts.create(new AccountRequest(username, password, role), administrator.getName());
			next.addFlashAttribute("made", made.getUsername());
			next.addFlashAttribute("madeRole", made.getRole());
			return "redirect:" + ACCOUNTS;
		}
		catch (AccountRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(administrator, model, new AccountForm(username, role), refused.say(messages, locale), null, null);
		}
	}

	@PostMapping(ACCOUNTS + "/{id}/role")
	String changeRole(Principal administrator, @PathVariable long id, @RequestParam(defaultValue = "") String role,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes next) {
		try {
			Role to = Role.named(role);
			if (to == null) {
				throw new AccountRefused(AccountProblem.ROLE);
			}
			Account changed = accounts.changeRole(administrator.getName(), id, to).orElseThrow(AccountsController::notFound);
			next.addFlashAttribute("roleChanged", changed.getUsername());
			next.addFlashAttribute("newRole", changed.getRole());
			return "redirect:" + ACCOUNTS;
		}
		catch (AccountRefused refused) {
			return refused(administrator, id, "role", refused, locale, model, response);
		}
	}

	@PostMapping(ACCOUNTS + "/{id}/disable")
	String disable(Principal administrator, @PathVariable long id, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes next) {
		return enable(administrator, id, false, locale, model, response, next);
	}

	@PostMapping(ACCOUNTS + "/{id}/enable")
	String enable(Principal administrator, @PathVariable long id, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes next) {
		return enable(administrator, id, true, locale, model, response, next);
	}

	private String enable(Principal administrator, long id, boolean enabled, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes next) {
		try {
			Account changed = accounts.enable(administrator.getName(), id, enabled)
				.orElseThrow(AccountsController::notFound);
			next.addFlashAttribute(enabled ? "enabled" : "disabled", changed.getUsername());
			return "redirect:" + ACCOUNTS;
		}
		catch (AccountRefused refused) {
			return refused(administrator, id, "state", refused, locale, model, response);
		}
	}

	/**
	 * The page again, with why the change to this account was refused on its line, beside the
	 * form that asked for it ({@code column}: its role, or its state).
	 */
	private String refused(Principal administrator, long id, String column, AccountRefused refused, Locale locale,
			Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("refusedColumn", column);
		return page(administrator, model, new AccountForm("", Role.EDITOR.name()), Map.of(), id,
				refused.sayAll(messages, locale));
	}

	private String page(Principal administrator, Model model, AccountForm form, Map<String, String> problems,
			Long refusedId, String refusal) {
		model.addAttribute("accounts",
				accounts.all().stream().map(account -> AccountLine.of(account, administrator.getName())).toList());
		model.addAttribute("roles", Role.values());
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("refusedId", refusedId);
		model.addAttribute("refusal", refusal);
		model.addAttribute("shortestPassword", AccountRequest.SHORTEST_PASSWORD);
		return "account/accounts";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
