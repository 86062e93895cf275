package org.mirarchive.history;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

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

import org.mirarchive.curation.ChangeSet;
import org.mirarchive.curation.ChangeSets;
import org.mirarchive.curation.DraftDiff;
import org.mirarchive.curation.EntryDraft;
import org.mirarchive.curation.EntryDrafts;
import org.mirarchive.curation.Reviewers;
import org.mirarchive.curation.WorkChanges;
import org.mirarchive.curation.WorkDiff;
import org.mirarchive.curation.WorkDraft;
import org.mirarchive.curation.WorkDrafts;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.work.Source;

/**
 * Reverting an entry to one of its revisions, as a new revision: the entry as that revision left
 * it becomes a change set like any other (published at once for a reviewer, waiting for one for an
 * editor), so that the revert is itself in the history and can be reverted. A curator first sees
 * what the revert would change, and says why. A cited work is reverted the same way, by a
 * reviewer only ({@code /curate/sources/{slug}/revert}).
 */
@Controller
class RevertController {

	static final String CURATE = "/curate";

	private static final String ENTRY = CURATE + "/{kind:" + EntryKind.PATHS + "}/{slug}/revert";

	/** A cited work's revert: a reviewer's only (an editor's is answered 403). */
	private static final String WORK = CURATE + "/sources/{slug}/revert";

	private final EntryDrafts drafts;

	private final EntryRevisions revisions;

	private final ChangeSets changeSets;

	private final WorkDrafts workDrafts;

	private final WorkRevisions workRevisions;

	private final WorkChanges workChanges;

	private final RoleHierarchy roles;

	RevertController(EntryDrafts drafts, EntryRevisions revisions, ChangeSets changeSets, WorkDrafts workDrafts,
			WorkRevisions workRevisions, WorkChanges workChanges, RoleHierarchy roles) {
		this.drafts = drafts;
		this.revisions = revisions;
		this.changeSets = changeSets;
		this.workDrafts = workDrafts;
		this.workRevisions = workRevisions;
		this.workChanges = workChanges;
		this.roles = roles;
	}

	/**
	 * What reverting would do, with the form that does it.
	 *
	 * @param work whether it reverts a cited work (its words say "work")
	 */
	public record RevertPage(boolean work, String url, String formUrl, String historyUrl, String revisionUrl,
			String name, int revision, long version, List<DraftDiff.Change> changes) {
	}

	@GetMapping(ENTRY)
	String confirm(@PathVariable("kind") String path, @PathVariable String slug,
			@RequestParam(name = "revision", defaultValue = "") String revision, Model model) {
		model.addAttribute("page", page(path, slug, revision));
		return "history/revert";
	}

	@PostMapping(ENTRY)
	String revert(@PathVariable("kind") String path, @PathVariable String slug, @RequestParam String revision,
			@RequestParam(name = "version") long version, @RequestParam(name = "changeSummary", defaultValue = "") String summary,
			Principal curator, Model model, Locale locale) {
		RevertPage page = page(path, slug, revision);
		if (refused(page, summary, model)) {
			return "history/revert";
		}
		EntryDrafts.Published published = drafts.published(EntryKind.fromPath(path).orElseThrow(), slug).orElseThrow();
		EntryDraft then = revisions.draftAtRevision(published.id(), page.revision()).orElseThrow();
		ChangeSet saved;
		try {
			saved = changeSets.revert(curator.getName(), summary, new ChangeSets.Edit(published.id(), version, then),
					page.revision(), page.url());
		}
		catch (ChangeSets.Stale stale) {
			model.addAttribute("page", page(path, slug, revision));
			model.addAttribute("stale", true);
			return "history/revert";
		}
		return "redirect:" + CURATE + "/changes/" + saved.getId();
	}

	/** What reverting a work would do, for a reviewer. */
	@GetMapping(WORK)
	String confirmWork(@PathVariable String slug, @RequestParam(name = "revision", defaultValue = "") String revision,
			Authentication curator, Model model) {
		model.addAttribute("page", workPage(slug, revision, curator));
		return "history/revert";
	}

	/** Reverts a work, for a reviewer: published at once, as the reviewer's edits of it are. */
	@PostMapping(WORK)
	String revertWork(@PathVariable String slug, @RequestParam String revision,
			@RequestParam(name = "version") long version,
			@RequestParam(name = "changeSummary", defaultValue = "") String summary, Authentication curator,
			Model model) {
		RevertPage page = workPage(slug, revision, curator);
		if (refused(page, summary, model)) {
			return "history/revert";
		}
		WorkDrafts.Published published = workDrafts.published(slug).orElseThrow(RevertController::notFound);
		WorkDraft then = workRevisions.draftAtRevision(published.id(), page.revision())
			.orElseThrow(RevertController::notFound);
		if (published.version() != version) {
			// Changed since the reviewer read what the revert would do: shown again as it is now.
			model.addAttribute("page", page);
			model.addAttribute("stale", true);
			return "history/revert";
		}
		ChangeSet saved = workChanges.revert(curator.getName(), summary, published.id(), version, then,
				page.revision(), page.url());
		return "redirect:" + CURATE + "/changes/" + saved.getId();
	}

	/** The form again where it gives no reason (or too long a one) to revert; whether it was refused. */
	private static boolean refused(RevertPage page, String summary, Model model) {
		if (summary.isBlank() || summary.strip().length() > 500) {
			model.addAttribute("page", page);
			model.addAttribute("summaryProblem", true);
			return true;
		}
		return false;
	}

	private RevertPage workPage(String slug, String revision, Authentication curator) {
		if (!Reviewers.reviews(curator, roles)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		int number = HistoryController.number(revision);
		WorkDrafts.Published published = workDrafts.published(slug).orElseThrow(RevertController::notFound);
		WorkDraft then = workRevisions.draftAtRevision(published.id(), number).orElseThrow(RevertController::notFound);
		return page(true, Source.url(slug), published.draft().title(), number, published.version(),
				WorkDiff.between(published.draft(), then));
	}

	private static RevertPage page(boolean work, String url, String name, int number, long version,
			List<DraftDiff.Change> changes) {
		return new RevertPage(work, url, CURATE + url + "/revert", url + "/history", url + "/revisions/" + number, name,
				number, version, changes);
	}

	private RevertPage page(String path, String slug, String revision) {
		EntryKind kind = EntryKind.fromPath(path).orElseThrow(RevertController::notFound);
		int number = HistoryController.number(revision);
		EntryDrafts.Published published = drafts.published(kind, slug).orElseThrow(RevertController::notFound);
		EntryDraft then = revisions.draftAtRevision(published.id(), number).orElseThrow(RevertController::notFound);
		return page(false, kind.url(slug), published.draft().name(), number, published.version(),
				DraftDiff.between(published.draft(), then).changes());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
