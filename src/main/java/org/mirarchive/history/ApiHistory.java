package org.mirarchive.history;

import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.curation.ApiAnswers;
import org.mirarchive.curation.ChangeSet;
import org.mirarchive.curation.ChangeSetRecords;
import org.mirarchive.curation.ChangeSets;
import org.mirarchive.curation.EntryDraft;
import org.mirarchive.curation.EntryDrafts;
import org.mirarchive.curation.FieldProblems;
import org.mirarchive.curation.Publisher;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRecords;
import org.mirarchive.model.Slug;

/**
 * An entry's history for programs ({@code GET /api/{type}/{slug}/history}, open to all as the
 * history page is: each revision with its number, time, author, summary, change set and size),
 * and reverting it to one of its revisions ({@code POST /api/{type}/{slug}/revert}
 * {@code {"revision": N}}, by API token), as the curators' revert does: a new revision, published
 * at once for a reviewer, a change set waiting for one for an editor.
 */
@RestController
class ApiHistory {

	private static final String ENTRY = "/api/{type:" + EntryKind.PATHS + "}/{slug}";

	private final HistoryPages pages;

	private final EntryRevisions revisions;

	private final EntryDrafts drafts;

	private final ChangeSets changeSets;

	private final ChangeSetRecords changeSetRecords;

	private final ArchiveAddresses addresses;

	private final MessageSource messages;

	ApiHistory(HistoryPages pages, EntryRevisions revisions, EntryDrafts drafts, ChangeSets changeSets,
			ChangeSetRecords changeSetRecords, ArchiveAddresses addresses, MessageSource messages) {
		this.pages = pages;
		this.revisions = revisions;
		this.drafts = drafts;
		this.changeSets = changeSets;
		this.changeSetRecords = changeSetRecords;
		this.addresses = addresses;
		this.messages = messages;
	}

	/** An entry's revisions, newest first, with the addresses of its page and record. */
	record History(String url, String api, List<RevisionLine> revisions) {
	}

	/**
	 * One revision of an entry.
	 *
	 * @param committed when, ISO 8601 in UTC
	 * @param author the curator's username; null for the seed
	 * @param changeSet the change set it published, or null (the seed)
	 * @param size the claims it added, changed and removed
	 * @param url its permanent page: the entry as it left it
	 */
	record RevisionLine(int revision, String committed, String author, String summary, Long changeSet,
			ChangeSize size, String url) {
	}

	@GetMapping(ENTRY + "/history")
	ResponseEntity<?> history(@PathVariable("type") String type, @PathVariable("slug") String slug, Locale locale) {
		EntryKind kind = EntryKind.fromPath(type).orElseThrow();
		Optional<EntryDrafts.Published> published = Slug.isValid(slug) ? drafts.published(kind, slug) : Optional.empty();
		Optional<HistoryPages.HistoryPage> page = published.flatMap(found -> pages.history(kind, slug, locale));
		if (page.isEmpty()) {
			return noEntry(kind);
		}
		Map<Integer, Long> changeSetOf = new HashMap<>();
		revisions.of(published.get().id()).forEach(r -> changeSetOf.put(r.number(), r.changeSetId()));
		List<RevisionLine> lines = new ArrayList<>();
		for (HistoryPages.HistoryLine line : page.get().lines()) {
			lines.add(new RevisionLine(line.number(), line.when().machine(), line.author(), line.summary(),
					changeSetOf.get(line.number()), line.size(), addresses.absolute(line.url())));
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(new History(addresses.absolute(kind.url(slug)), addresses.absolute("/api" + kind.url(slug)), lines));
	}

	/** What a revert names: the revision, and why (a summary of its own, else one that names the revision). */
	record Revert(Integer revision, String changeSummary) {
	}

	@PostMapping(path = ENTRY + "/revert", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> revert(@PathVariable("type") String type, @PathVariable("slug") String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody Revert revert,
			Principal curator, Locale locale) {
		EntryKind kind = EntryKind.fromPath(type).orElseThrow();
		Optional<EntryDrafts.Published> published = Slug.isValid(slug) ? drafts.published(kind, slug) : Optional.empty();
		if (published.isEmpty()) {
			return noEntry(kind);
		}
		String current = EntryRecords.Versioned.etag(published.get().version());
		if (ifMatch != null && !ifMatch.isBlank()
				&& !ApiAnswers.matches(EntryRecords.Versioned.inAnyLanguage(ifMatch), current)) {
			return ApiAnswers.stale(current);
		}
		// One of the entry's own revisions, as its history lists them.
		long entryId = published.get().id();
		Optional<EntryDraft> then = revert.revision() == null
				|| revisions.of(entryId).stream().noneMatch(r -> r.number() == revert.revision()) ? Optional.empty()
						: revisions.draftAtRevision(entryId, revert.revision());
		List<FieldProblems.Problem> problems = new ArrayList<>();
		if (then.isEmpty()) {
			problems.add(new FieldProblems.Problem("revision",
					"Name a revision of this entry by its number, as its history gives it (GET /api" + kind.url(slug)
							+ "/history)."));
		}
		String given = revert.changeSummary();
		String summary = given == null || given.isBlank() ? "Reverts to revision " + revert.revision() + "." : given;
		ApiAnswers.summaryProblems(summary, problems, messages);
		if (!problems.isEmpty()) {
			return ApiAnswers.invalid("Nothing was reverted (see errors).", problems);
		}
		ChangeSet saved;
		try {
			saved = changeSets.revert(curator.getName(), summary,
					new ChangeSets.Edit(published.get().id(), published.get().version(), then.get()), revert.revision(),
					kind.url(slug));
		}
		catch (ChangeSets.Stale stale) {
			return ApiAnswers.stale(EntryRecords.Versioned.etag(stale.merged().baseVersion()));
		}
		catch (Publisher.Refused refused) {
			return ApiAnswers.refused(refused, then.get(), messages);
		}
		return changeSetRecords.answer(saved, kind, false, curator.getName(), locale);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class })
	ResponseEntity<ProblemDetail> unreadable(Exception unreadable) {
		return ApiAnswers.unreadable(unreadable);
	}

	private static ResponseEntity<ProblemDetail> noEntry(EntryKind kind) {
		return ApiAnswers.problem(HttpStatus.NOT_FOUND, "There is no " + EntryRecords.type(kind) + " at this address.");
	}

}
