package org.mirarchive.history;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
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
import org.mirarchive.entry.EntryKind;

/**
 * Reverting an entry to one of its revisions, as a new revision: the entry as that revision left
 * it becomes a change set like any other (published at once for a reviewer, waiting for one for an
 * editor), so that the revert is itself in the history and can be reverted. A curator first sees
 * what the revert would change, and says why.
 */
@Controller
class RevertController {

	static final String CURATE = "/curate";

	private static final String ENTRY = CURATE + "/{kind:" + EntryKind.PATHS + "}/{slug}/revert";

	private final EntryDrafts drafts;

	private final EntryRevisions revisions;

	private final ChangeSets changeSets;

	RevertController(EntryDrafts drafts, EntryRevisions revisions, ChangeSets changeSets) {
		this.drafts = drafts;
		this.revisions = revisions;
		this.changeSets = changeSets;
	}

	/** What reverting would do, with the form that does it. */
	public record RevertPage(String url, String formUrl, String historyUrl, String revisionUrl, String name, int revision,
			long version, List<DraftDiff.Change> changes) {
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
		if (summary.isBlank() || summary.strip().length() > 500) {
			model.addAttribute("page", page);
			model.addAttribute("summaryProblem", true);
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

	private RevertPage page(String path, String slug, String revision) {
		EntryKind kind = EntryKind.fromPath(path).orElseThrow(RevertController::notFound);
		if (!revision.matches(HistoryController.NUMBER)) {
			throw notFound();
		}
		int number = Integer.parseInt(revision);
		EntryDrafts.Published published = drafts.published(kind, slug).orElseThrow(RevertController::notFound);
		EntryDraft then = revisions.draftAtRevision(published.id(), number).orElseThrow(RevertController::notFound);
		String url = kind.url(slug);
		return new RevertPage(url, CURATE + url + "/revert", url + "/history", url + "/revisions/" + number, published.draft().name(), number,
				published.version(), DraftDiff.between(published.draft(), then).changes());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
