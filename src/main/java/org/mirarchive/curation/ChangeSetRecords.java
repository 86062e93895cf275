package org.mirarchive.curation;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.account.Account;
import org.mirarchive.account.AccountRepository;
import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRecords;
import org.mirarchive.entry.EntryRepository;

/**
 * Change sets as the write API gives them ({@code /api/changes}): who, when, why, where it
 * stands, what it touches, and, for one change set, what each of its edits changes, field by
 * field, by the record's field names. Only what a curator may see: a reviewer sees every change
 * set, an editor their own, as on the curators' desk.
 */
@Component
public class ChangeSetRecords {

	/** Where the API lists change sets; {@code /api/changes/{id}} is one. */
	public static final String CHANGES = "/api/changes";

	private final ChangeSetRepository repository;

	private final ChangeSets changeSets;

	private final EntryDrafts drafts;

	private final EntryRepository entries;

	private final AccountRepository accounts;

	private final PublishedHistory history;

	private final ArchiveAddresses addresses;

	private final EntryRecords records;

	ChangeSetRecords(ChangeSetRepository repository, ChangeSets changeSets, EntryDrafts drafts, EntryRepository entries,
			AccountRepository accounts, PublishedHistory history, ArchiveAddresses addresses, EntryRecords records) {
		this.records = records;
		this.repository = repository;
		this.changeSets = changeSets;
		this.drafts = drafts;
		this.entries = entries;
		this.accounts = accounts;
		this.history = history;
		this.addresses = addresses;
	}

	/**
	 * A change set as programs read it.
	 *
	 * @param status PENDING, CHANGES_REQUESTED, APPROVED or REJECTED
	 * @param url its address in the API
	 * @param page its page on the curators' desk
	 * @param touches the entries it edits or makes
	 * @param changes what each edit changes (for one change set; null in a list)
	 */
	public record ChangeSetRecord(long id, String status, String summary, String author, OffsetDateTime created,
			String reviewer, OffsetDateTime decided, String comment, String url, String page, List<Touched> touches,
			List<EditRecord> changes) {
	}

	/**
	 * An entry a change set touches: its type, slug, headword and page (slug and page null for a
	 * new entry not yet published), and whether the change set makes it.
	 */
	public record Touched(String type, String slug, String name, String url, boolean created) {
	}

	/** One edit's changes, against what was published when it was made (or is, while it waits). */
	public record EditRecord(Touched entry, List<FieldChange> changes) {
	}

	/** One field changed: its path in the record, and its value before and after (null for none). */
	public record FieldChange(String field, String before, String after) {
	}

	/** The change sets waiting for a reviewer, oldest first, that this curator may see. */
	@Transactional(readOnly = true)
	public List<ChangeSetRecord> pending(String username) {
		Account curator = accounts.findByUsername(username).orElseThrow();
		List<ChangeSetRecord> found = new ArrayList<>();
		for (ChangeSet listed : repository.findByStatusIn(List.of(ChangeSet.Status.PENDING))) {
			if (ChangeSets.reviews(curator) || listed.getAuthor().getUsername().equals(username)) {
				repository.findWithEdits(listed.getId()).ifPresent(changeSet -> found.add(record(changeSet, false)));
			}
		}
		return found;
	}

	/** One change set with its changes, if it is there and this curator may see it. */
	@Transactional(readOnly = true)
	public Optional<ChangeSetRecord> find(long id, String username) {
		Account curator = accounts.findByUsername(username).orElseThrow();
		return repository.findWithEdits(id)
			.filter(changeSet -> ChangeSets.reviews(curator) || changeSet.getAuthor().getUsername().equals(username))
			.map(changeSet -> record(changeSet, true));
	}

	/**
	 * The write API's answer to a change set just saved: for an editor's, waiting, {@code 202} with
	 * the change set at its address; for a reviewer's, published, the entry's record with its new
	 * ETag ({@code 201} at the entry's page for a new entry, {@code 200} for a change).
	 */
	public ResponseEntity<?> answer(ChangeSet saved, EntryKind kind, boolean created, String username, Locale locale) {
		if (saved.getStatus() != ChangeSet.Status.APPROVED) {
			return ApiAnswers.waiting(find(saved.getId(), username).orElseThrow());
		}
		String slug = entries.findById(saved.getEdits().get(0).getEntryId()).orElseThrow().getSlug();
		EntryRecords.Versioned record = records.findVersioned(kind, slug, locale).orElseThrow();
		ResponseEntity.BodyBuilder answer = created
				? ResponseEntity.created(URI.create(addresses.absolute(kind.url(slug)))) : ResponseEntity.ok();
		return answer.eTag(record.etag()).contentType(MediaType.APPLICATION_JSON).body(record.record());
	}

	/** The address of a change set in the API. */
	public String url(long id) {
		return addresses.absolute(CHANGES + "/" + id);
	}

	private ChangeSetRecord record(ChangeSet changeSet, boolean withChanges) {
		List<Touched> touches = new ArrayList<>();
		List<EditRecord> changes = withChanges ? new ArrayList<>() : null;
		for (ChangeSetEdit edit : changeSet.getEdits()) {
			if (edit.isReadingPath()) {
				// A reading path is no record of the API's: its change is read on the change set's page.
				continue;
			}
			EntryDraft proposed = changeSets.draftOf(edit);
			Optional<Entry> entry = edit.getEntryId() == null ? Optional.empty() : entries.findById(edit.getEntryId());
			Touched touched = new Touched(EntryRecords.type(proposed.kind()), entry.map(Entry::getSlug).orElse(null),
					entry.map(Entry::getName).orElse(proposed.name()),
					entry.map(found -> addresses.absolute(found.url())).orElse(null), edit.getBaseVersion() == null);
			touches.add(touched);
			if (changes != null) {
				changes.add(new EditRecord(touched, changes(changeSet, edit, proposed)));
			}
		}
		return new ChangeSetRecord(changeSet.getId(), changeSet.getStatus().name(), changeSet.getSummary(),
				changeSet.getAuthor().getUsername(), changeSet.getCreated(),
				changeSet.getReviewer() == null ? null : changeSet.getReviewer().getUsername(), changeSet.getDecided(),
				changeSet.getComment(), url(changeSet.getId()),
				addresses.absolute(CurationController.CURATE + "/changes/" + changeSet.getId()), touches, changes);
	}

	/**
	 * What an edit changes: while it waits, against the entry as published now; once published,
	 * against the version it was made from (nothing, for an entry it made), as its page shows it.
	 */
	private List<FieldChange> changes(ChangeSet changeSet, ChangeSetEdit edit, EntryDraft proposed) {
		boolean approved = changeSet.getStatus() == ChangeSet.Status.APPROVED;
		EntryDraft before = null;
		if (edit.getBaseVersion() != null) {
			before = approved ? history.draftAtVersion(edit.getEntryId(), edit.getBaseVersion()).orElse(null)
					: drafts.published(edit.getEntryId()).map(EntryDrafts.Published::draft).orElse(null);
		}
		if (before == null) {
			before = new EntryDraft(proposed.kind(), null, null, null, null, null, null, null, null, null);
		}
		return DraftDiff.between(before, proposed)
			.changes()
			.stream()
			.map(change -> new FieldChange(RecordDrafts.recordField(change.field(), proposed), change.before(),
					change.after()))
			.toList();
	}

}
