package org.mirarchive.curation;

import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRecords;
import org.mirarchive.model.Slug;

/**
 * The write API (docs/api.md, "Writing"): the curators' form for programs, in the JSON shape
 * {@code GET /api/{type}/{slug}} gives, by API token. {@code POST /api/{type}} makes an entry,
 * {@code PUT /api/{type}/{slug}} with {@code If-Match} changes one; a reviewer's write is
 * published at once, an editor's waits in a change set ({@code 202}). The change sets waiting are
 * at {@code /api/changes}, approved or rejected there by reviewers. The same rules as the form
 * ({@link DraftRules}, then {@link ChangeSets} and {@link Publisher}), their problems answered
 * {@code 422} by the record's field names.
 */
@RestController
class WriteApi {

	private static final String TYPES = "{type:" + EntryKind.PATHS + "}";

	private static final String NOT_SAVED = ApiAnswers.NOT_SAVED;

	private final EntryDrafts drafts;

	private final ChangeSets changeSets;

	private final ChangeSetRecords changeSetRecords;

	private final DraftRules rules;

	private final EntryRecords records;

	private final MessageSource messages;

	private final ArchiveAddresses addresses;

	WriteApi(EntryDrafts drafts, ChangeSets changeSets, ChangeSetRecords changeSetRecords, DraftRules rules,
			EntryRecords records, MessageSource messages, ArchiveAddresses addresses) {
		this.drafts = drafts;
		this.changeSets = changeSets;
		this.changeSetRecords = changeSetRecords;
		this.rules = rules;
		this.records = records;
		this.messages = messages;
		this.addresses = addresses;
	}

	@PostMapping(path = "/api/" + TYPES, consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> create(@PathVariable("type") String type, @RequestBody RecordDrafts.Written written,
			Principal curator, Locale locale) {
		EntryKind kind = EntryKind.fromPath(type).orElseThrow();
		return save(kind, null, written, curator, locale);
	}

	@PutMapping(path = "/api/" + TYPES + "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> change(@PathVariable("type") String type, @PathVariable("slug") String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody RecordDrafts.Written written, Principal curator, Locale locale) {
		EntryKind kind = EntryKind.fromPath(type).orElseThrow();
		Optional<EntryDrafts.Published> published = Slug.isValid(slug) ? drafts.published(kind, slug) : Optional.empty();
		if (published.isEmpty()) {
			return ApiAnswers.problem(HttpStatus.NOT_FOUND, "There is no " + EntryRecords.type(kind) + " at this address.");
		}
		if (published.get().withdrawn()) {
			return ApiAnswers.problem(HttpStatus.GONE, "This entry is withdrawn (GET " + "/api" + kind.url(slug)
					+ " says why): a reviewer restores it before it is changed.");
		}
		String current = EntryRecords.Versioned.etag(published.get().version());
		if (ifMatch == null || ifMatch.isBlank()) {
			return ApiAnswers.problem(HttpStatus.PRECONDITION_REQUIRED, "A change names the version it was made from: "
					+ "send If-Match with the ETag the entry was read with (GET " + "/api" + kind.url(slug) + ").");
		}
		if (EntryRecords.Versioned.readInAnotherLanguage(ifMatch)) {
			// Its free locators are worded in that language: written back, they would replace the English ones.
			return ApiAnswers.problem(HttpStatus.PRECONDITION_FAILED, "This ETag is of the record as read in another "
					+ "language, whose locators are worded in it: read the record in English (Accept-Language: en) "
					+ "and write that back.");
		}
		if (!ApiAnswers.matches(ifMatch, current)) {
			return ApiAnswers.stale(current);
		}
		return save(kind, published.get(), written, curator, locale);
	}

	/**
	 * Checks a written record as the form checks a draft, then proposes it: published at once for
	 * a reviewer (the record), waiting for one for an editor (the change set).
	 */
	private ResponseEntity<?> save(EntryKind kind, EntryDrafts.Published published, RecordDrafts.Written written,
			Principal curator, Locale locale) {
		RecordDrafts.Read read = RecordDrafts.read(kind, published == null ? null : published.draft().slug(), written);
		EntryDraft draft = read.draft();
		List<FieldProblems.Problem> problems = new ArrayList<>(read.problems());
		for (DraftRules.Problem problem : rules.check(draft, published == null ? null : published.draft())) {
			problems.add(new FieldProblems.Problem(RecordDrafts.recordField(problem.field(), draft),
					messages.getMessage(problem.message(), problem.arguments().toArray(), Locale.ENGLISH)));
		}
		ApiAnswers.summaryProblems(written.changeSummary(), problems, messages);
		if (!problems.isEmpty()) {
			return ApiAnswers.invalid(NOT_SAVED + "the record breaks the archive's rules (see errors).", problems);
		}
		Long entryId = published == null ? null : published.id();
		ChangeSet saved;
		try {
			saved = changeSets.propose(curator.getName(), written.changeSummary(),
					List.of(new ChangeSets.Edit(entryId, published == null ? null : published.version(), draft)));
		}
		catch (Publisher.Refused refused) {
			return ApiAnswers.refused(refused, draft, messages);
		}
		catch (ChangeSets.Stale stale) {
			// Changed by another curator between the check of If-Match and the save.
			return ApiAnswers.stale(EntryRecords.Versioned.etag(stale.merged().baseVersion()));
		}
		return changeSetRecords.answer(saved, kind, published == null, curator.getName(), locale);
	}

	/** The change sets waiting for a reviewer that this curator may see (a reviewer: all; an editor: their own). */
	@GetMapping(ChangeSetRecords.CHANGES)
	ResponseEntity<List<ChangeSetRecords.ChangeSetRecord>> pending(Principal curator) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(changeSetRecords.pending(curator.getName()));
	}

	@GetMapping(ChangeSetRecords.CHANGES + "/{id}")
	ResponseEntity<?> changeSet(@PathVariable("id") String id, Principal curator) {
		return number(id).flatMap(n -> changeSetRecords.find(n, curator.getName()))
			.<ResponseEntity<?>>map(found -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(found))
			.orElseGet(WriteApi::noChangeSet);
	}

	/** A reviewer's decision, with an optional comment: {@code {"comment": "…"}}. */
	record Decision(String comment) {
	}

	@PostMapping(ChangeSetRecords.CHANGES + "/{id}/approve")
	ResponseEntity<?> approve(@PathVariable("id") String id, @RequestBody(required = false) Decision decision,
			Principal reviewer) {
		return decide(id, ChangeSet.Status.APPROVED, decision, reviewer);
	}

	@PostMapping(ChangeSetRecords.CHANGES + "/{id}/reject")
	ResponseEntity<?> reject(@PathVariable("id") String id, @RequestBody(required = false) Decision decision,
			Principal reviewer) {
		return decide(id, ChangeSet.Status.REJECTED, decision, reviewer);
	}

	private ResponseEntity<?> decide(String id, ChangeSet.Status status, Decision decision, Principal reviewer) {
		Optional<Long> number = number(id);
		if (number.isEmpty() || changeSets.find(number.get()).isEmpty()) {
			return noChangeSet();
		}
		try {
			changeSets.decide(number.get(), reviewer.getName(), status, decision == null ? null : decision.comment());
		}
		catch (IllegalStateException decided) {
			return ApiAnswers.problem(HttpStatus.CONFLICT, "This change set is no longer waiting for a reviewer.");
		}
		catch (ChangeSets.Stale stale) {
			return ApiAnswers.problem(HttpStatus.CONFLICT, "The entry has changed since this change set was made, in "
					+ "the same fields: it cannot be approved as it is. Reject it, or ask its author to make it again.");
		}
		catch (Publisher.Refused refused) {
			ChangeSet changeSet = changeSets.find(number.get()).orElseThrow();
			return ApiAnswers.refused(refused, changeSets.draftOf(changeSet.getEdits().get(0)), messages);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(changeSetRecords.find(number.get(), reviewer.getName()).orElseThrow());
	}

	private static Optional<Long> number(String id) {
		return id.matches("[1-9][0-9]{0,17}") ? Optional.of(Long.valueOf(id)) : Optional.empty();
	}

	private static ResponseEntity<ProblemDetail> noChangeSet() {
		return ApiAnswers.problem(HttpStatus.NOT_FOUND, "There is no change set at this address that you may see.");
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class })
	ResponseEntity<ProblemDetail> unreadable(Exception unreadable) {
		return ApiAnswers.unreadable(unreadable);
	}

}
