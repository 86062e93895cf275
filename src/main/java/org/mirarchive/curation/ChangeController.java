package org.mirarchive.curation;

import java.security.Principal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.mirarchive.account.Account;
import org.mirarchive.account.AccountRepository;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.readingpath.PathDraft;
import org.mirarchive.readingpath.PathRecords;

/**
 * The curators' desk ({@code /curate}): the queue of change sets waiting for a reviewer, the
 * curator's own, and where to start; and each change set's page, with what it changes against
 * what is published, and the reviewer's decision.
 */
@Controller
class ChangeController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

	private final ChangeSetRepository repository;

	private final ChangeSets changeSets;

	private final EntryDrafts drafts;

	private final AccountRepository accounts;

	private final PublishedHistory history;

	private final WorkDrafts works;

	private final PathRecords paths;

	ChangeController(ChangeSetRepository repository, ChangeSets changeSets, EntryDrafts drafts,
			AccountRepository accounts, PublishedHistory history, WorkDrafts works, PathRecords paths) {
		this.works = works;
		this.paths = paths;
		this.repository = repository;
		this.changeSets = changeSets;
		this.drafts = drafts;
		this.accounts = accounts;
		this.history = history;
	}

	/** One line of a list of change sets. */
	public record ChangeLine(long id, String summary, String author, String created, String status) {

		static ChangeLine of(ChangeSet changeSet) {
			return new ChangeLine(changeSet.getId(), changeSet.getSummary(), changeSet.getAuthor().getUsername(),
					WHEN.format(changeSet.getCreated().withOffsetSameInstant(ZoneOffset.UTC)), changeSet.getStatus().name());
		}

	}

	@GetMapping(CurationController.CURATE)
	String desk(Authentication curator, Model model) {
		Account account = accounts.findByUsername(curator.getName()).orElseThrow();
		boolean reviewer = ChangeSets.reviews(account);
		model.addAttribute("reviewer", reviewer);
		model.addAttribute("kinds", EntryKind.values());
		model.addAttribute("queue", repository.findByStatusIn(List.of(ChangeSet.Status.PENDING))
			.stream()
			.filter(c -> reviewer || c.getAuthor().getUsername().equals(curator.getName()))
			.map(ChangeLine::of)
			.toList());
		model.addAttribute("mine", repository.findByAuthor(account)
			.stream()
			.map(ChangeLine::of)
			.toList());
		return "curation/desk";
	}

	/** The edit form of the entry at an address a curator typed ("/people/miguel-enriquez"). */
	@GetMapping(CurationController.CURATE + "/open")
	String open(@RequestParam(name = "entry", defaultValue = "") String address, RedirectAttributes next) {
		String path = address.strip().replaceFirst("^https?://[^/]+", "");
		// A work's address (/sources/{slug}) opens the work's form.
		Optional<String> work = Optional.of(path.replaceFirst("^/?sources/", "").replaceFirst("/$", ""))
			.filter(slug -> !slug.equals(path) && works.published(slug).isPresent());
		if (work.isPresent()) {
			return "redirect:" + WorkCurationController.SOURCES + "/" + work.get();
		}
		// An address with its kind's path, as readers' pages give it; a slug alone is not enough here.
		Optional<String> found = ArchiveLookups.parse(path)
			.filter(typed -> typed.kindPath() != null)
			.flatMap(typed -> EntryKind.fromPath(typed.kindPath()).flatMap(kind -> drafts.published(kind, typed.slug())))
			.map(published -> CurationController.CURATE + published.draft().kind().url(published.draft().slug()));
		if (found.isEmpty()) {
			next.addFlashAttribute("notFound", address);
			return "redirect:" + CurationController.CURATE;
		}
		return "redirect:" + found.get();
	}

	@GetMapping(CurationController.CURATE + "/changes/{id}")
	String show(@PathVariable long id, Authentication curator, Model model, Locale locale) {
		ChangeSet changeSet = changeSets.find(id).orElseThrow(ChangeController::notFound);
		boolean reviewer = ChangeSets.reviews(accounts.findByUsername(curator.getName()).orElseThrow());
		boolean author = changeSet.getAuthor().getUsername().equals(curator.getName());
		if (!reviewer && !author) {
			throw notFound();
		}
		model.addAttribute("change", ChangeLine.of(changeSet));
		model.addAttribute("changeSet", changeSet);
		model.addAttribute("edits", changeSet.getEdits().stream().map(edit -> editView(changeSet, edit)).toList());
		model.addAttribute("decide", reviewer && changeSet.getStatus() == ChangeSet.Status.PENDING);
		model.addAttribute("revise", author && changeSet.getStatus().isOpen());
		model.addAttribute("undoable", reviewer && changeSet.isImported()
				&& changeSet.getStatus() == ChangeSet.Status.APPROVED && changeSet.getUndone() == null);
		model.addAttribute("undone", changeSet.getUndone() == null ? null
				: WHEN.format(changeSet.getUndone().withOffsetSameInstant(ZoneOffset.UTC)));
		return "curation/change";
	}

	/** One edit of a change set as its page shows it: which entry, and what changes. */
	public record EditView(String heading, String address, boolean fresh, List<DraftDiff.Change> changes,
			boolean work, boolean path) {

		EditView(String heading, String address, boolean fresh, List<DraftDiff.Change> changes) {
			this(heading, address, fresh, changes, false, false);
		}

		EditView(String heading, String address, boolean fresh, List<DraftDiff.Change> changes, boolean work) {
			this(heading, address, fresh, changes, work, false);
		}

	}

	/**
	 * A work's edit: against the published work while it waits; once published, against the work
	 * as it was just before (kept with the edit), and against nothing for the work it made.
	 */
	private EditView workView(ChangeSet changeSet, ChangeSetEdit edit) {
		WorkDraft proposed = changeSets.workDraftOf(edit);
		WorkDrafts.Published published = edit.getSourceId() == null ? null
				: works.published(edit.getSourceId()).orElse(null);
		boolean fresh = edit.getBaseVersion() == null;
		WorkDraft before = fresh || published == null ? null
				: changeSet.getStatus() != ChangeSet.Status.APPROVED ? published.draft()
						: changeSets.workBefore(edit).orElse(published.draft());
		return new EditView(proposed.title(), published == null ? null : "/sources/" + published.draft().slug(), fresh,
				WorkDiff.between(before, proposed), true);
	}

	/**
	 * A reading path's edit, as a work's: against the published path while it waits; once
	 * published, against the path as it was just before, and against nothing for a new path.
	 */
	private EditView pathView(ChangeSet changeSet, ChangeSetEdit edit) {
		PathDraft proposed = changeSets.pathDraftOf(edit);
		PathRecords.Published published = edit.getReadingPathId() == null ? null
				: paths.published(edit.getReadingPathId()).orElse(null);
		boolean fresh = edit.getBaseVersion() == null;
		PathDraft before = fresh || published == null ? null
				: changeSet.getStatus() != ChangeSet.Status.APPROVED ? published.draft()
						: changeSets.pathBefore(edit).orElse(published.draft());
		return new EditView(proposed.title(), published == null ? null : "/paths/" + published.draft().slug(), fresh,
				PathDiff.between(before, proposed), false, true);
	}

	private EditView editView(ChangeSet changeSet, ChangeSetEdit edit) {
		if (edit.isReadingPath()) {
			return pathView(changeSet, edit);
		}
		if (edit.isWork()) {
			return workView(changeSet, edit);
		}
		EntryDraft proposed = changeSets.draftOf(edit);
		EntryDraft published = edit.getEntryId() == null ? null
				: drafts.published(edit.getEntryId()).map(EntryDrafts.Published::draft).orElse(null);
		String address = published == null ? null : published.kind().url(published.slug());
		// Once published, a change set shows what it changed then: against the version it was
		// made from (nothing, for the entry it made), not against the entry as it is now.
		EntryDraft then = changeSet.getStatus() != ChangeSet.Status.APPROVED || edit.getBaseVersion() == null ? null
				: history.draftAtVersion(edit.getEntryId(), edit.getBaseVersion()).orElse(null);
		EntryDraft before = then != null ? then
				: published != null && changeSet.getStatus() != ChangeSet.Status.APPROVED ? published
						: new EntryDraft(proposed.kind(), null, null, null, null, null, null, null, null, null);
		return new EditView(proposed.name(), address, edit.getBaseVersion() == null,
				DraftDiff.between(before, proposed).changes());
	}

	@PostMapping(CurationController.CURATE + "/changes/{id}/decision")
	String decide(@PathVariable long id, @RequestParam String decision,
			@RequestParam(name = "comment", defaultValue = "") String comment, Principal reviewer,
			RedirectAttributes next) {
		ChangeSet.Status status = switch (decision) {
			case "approve" -> ChangeSet.Status.APPROVED;
			case "changes" -> ChangeSet.Status.CHANGES_REQUESTED;
			case "reject" -> ChangeSet.Status.REJECTED;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		};
		if (status != ChangeSet.Status.APPROVED && comment.isBlank()) {
			next.addFlashAttribute("commentNeeded", true);
			return "redirect:" + CurationController.CURATE + "/changes/" + id;
		}
		try {
			changeSets.decide(id, reviewer.getName(), status, comment);
		}
		catch (ChangeSets.Stale stale) {
			next.addFlashAttribute("stale", true);
		}
		catch (Publisher.Refused refused) {
			next.addFlashAttribute("refused", refused.messageKey());
		}
		catch (IllegalStateException decided) {
			next.addFlashAttribute("alreadyDecided", true);
		}
		return "redirect:" + CurationController.CURATE + "/changes/" + id;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
