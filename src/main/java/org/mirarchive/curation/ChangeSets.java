package org.mirarchive.curation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import org.hibernate.envers.AuditReaderFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.account.Account;
import org.mirarchive.account.AccountRepository;
import org.mirarchive.account.AuditKind;
import org.mirarchive.account.AuditLog;
import org.mirarchive.account.Role;
import org.mirarchive.entry.Entry;
import org.mirarchive.readingpath.PathDraft;

/**
 * What happens to curators' edits: an editor's wait in a change set for a reviewer, a reviewer's
 * are published as they are saved, and a reviewer's decision publishes, sends back or rejects a
 * change set. An edit made from a version of the entry that another curator has since changed is
 * merged with that change where the two touch different fields; where they touch the same one it
 * is not saved, and the curator sees both versions ({@link Stale}).
 */
@Component
public class ChangeSets {

	private final ChangeSetRepository changeSets;

	private final AccountRepository accounts;

	private final EntryDrafts drafts;

	private final Publisher publisher;

	private final JsonMapper json;

	private final Clock clock;

	private final AuditLog audit;

	private final PublishedHistory history;

	private final EntityManager entityManager;

	private final WorkPublisher works;

	private final PathPublisher paths;

	ChangeSets(ChangeSetRepository changeSets, AccountRepository accounts, EntryDrafts drafts, Publisher publisher,
			JsonMapper json, Clock clock, AuditLog audit,
			PublishedHistory history, EntityManager entityManager, WorkPublisher works, PathPublisher paths) {
		this.works = works;
		this.paths = paths;
		this.changeSets = changeSets;
		this.accounts = accounts;
		this.drafts = drafts;
		this.publisher = publisher;
		this.json = json;
		this.clock = clock;
		this.audit = audit;
		this.history = history;
		this.entityManager = entityManager;
	}

	/**
	 * One entry's edit: the published entry (null for a new one), the version the curator started
	 * from (null for a new one), and the draft.
	 */
	public record Edit(Long entryId, Long baseVersion, EntryDraft draft) {
	}

	/**
	 * Another curator changed the entry since this edit began, in the same fields: nothing was
	 * saved. The edit is given back merged with the published entry where the two did not touch
	 * the same field, with the curator's own text in each field where they did, and made from the
	 * current version, so that saving it again, once the curator has compared, is accepted.
	 */
	public static class Stale extends RuntimeException {

		private final Edit merged;

		private final List<DraftMerge.Conflict> conflicts;

		Stale(Edit merged, List<DraftMerge.Conflict> conflicts) {
			super("entry " + merged.entryId() + " changed since in " + conflicts.size() + " of the same fields");
			this.merged = merged;
			this.conflicts = List.copyOf(conflicts);
		}

		public Edit merged() {
			return merged;
		}

		public List<DraftMerge.Conflict> conflicts() {
			return conflicts;
		}

	}

	/**
	 * Saves a curator's edits with their summary: published at once for a reviewer (or an
	 * administrator), waiting for one for an editor. Gives the change set.
	 */
	@Transactional
	public ChangeSet propose(String username, String summary, List<Edit> edits) {
		return propose(username, summary, edits, false);
	}

	/**
	 * Saves a change set of one edit that is not an entry's (a work's, a reading path's), which
	 * {@code edit} adds to it, with its summary: published at once for a reviewer, waiting for one
	 * for an editor.
	 */
	@Transactional
	ChangeSet proposeOne(String username, String summary, Consumer<ChangeSet> edit) {
		Account author = account(username);
		ChangeSet changeSet = new ChangeSet(summary.strip(), author, OffsetDateTime.now(clock));
		edit.accept(changeSet);
		changeSets.save(changeSet);
		if (reviews(author)) {
			publish(changeSet, author, null);
		}
		return changeSet;
	}

	/**
	 * The author's revision of a change set of one edit ({@link #proposeOne}) still open: its draft
	 * replaced by this one (JSON), made from this version, and pending again (published at once
	 * for a reviewer).
	 *
	 * @param ofKind whether the change set's edit is of the kind the draft is (a work, a path)
	 */
	@Transactional
	ChangeSet reviseOne(long id, String username, String summary, Predicate<ChangeSetEdit> ofKind, String draft,
			Long baseVersion) {
		ChangeSet changeSet = changeSets.findWithEdits(id).orElseThrow();
		if (!changeSet.getAuthor().getUsername().equals(username) || !changeSet.getStatus().isOpen()
				|| !ofKind.test(changeSet.getEdits().get(0))) {
			throw new IllegalStateException("change set " + id + " is not open to " + username);
		}
		changeSet.getEdits().get(0).revise(draft, baseVersion);
		changeSet.revise(summary.strip());
		if (reviews(changeSet.getAuthor())) {
			publish(changeSet, changeSet.getAuthor(), null);
		}
		return changeSet;
	}

	/** Saves a curator's edits as {@link #propose(String, String, List)} does, marked as an import where it is one. */
	@Transactional
	ChangeSet propose(String username, String summary, List<Edit> edits, boolean imported) {
		Account author = account(username);
		ChangeSet changeSet = new ChangeSet(summary.strip(), author, OffsetDateTime.now(clock));
		if (imported) {
			changeSet.imported();
		}
		for (Edit edit : current(edits)) {
			changeSet.edit(edit.entryId(), edit.draft(), edit.baseVersion(), json.writeValueAsString(edit.draft()));
		}
		changeSets.save(changeSet);
		if (reviews(author)) {
			publish(changeSet, author, null);
		}
		return changeSet;
	}

	/**
	 * Reverts an entry to one of its revisions, as a new one: the entry as that revision left it
	 * proposed like any edit (published at once for a reviewer), and the revert in the audit log.
	 */
	@Transactional
	public ChangeSet revert(String username, String summary, Edit toRevision, int revision, String address) {
		ChangeSet changeSet = propose(username, summary, List.of(toRevision));
		reverted(username, address, revision, changeSet);
		return changeSet;
	}

	/** A revert in the audit log: by whom, of what, to which revision, in which change set. */
	void reverted(String username, String address, int revision, ChangeSet changeSet) {
		audit.record(AuditKind.REVISION_REVERTED, username, address, "to revision " + revision + " (change set "
				+ changeSet.getId() + ", " + (changeSet.getStatus() == ChangeSet.Status.APPROVED ? "published"
						: "waiting for a reviewer")
				+ ")");
	}

	/** The author's revision of a change set still open: its edits replaced, pending again. */
	@Transactional
	public ChangeSet revise(long id, String username, String summary, List<Edit> edits) {
		ChangeSet changeSet = changeSets.findWithEdits(id).orElseThrow();
		if (!changeSet.getAuthor().getUsername().equals(username) || !changeSet.getStatus().isOpen()) {
			throw new IllegalStateException("change set " + id + " is not open to " + username);
		}
		List<Edit> current = current(edits);
		List<ChangeSetEdit> had = changeSet.getEdits();
		for (int i = 0; i < current.size(); i++) {
			Edit edit = current.get(i);
			String draft = json.writeValueAsString(edit.draft());
			if (i < had.size()) {
				had.get(i).revise(draft, edit.baseVersion());
			}
			else {
				changeSet.edit(edit.entryId(), edit.draft(), edit.baseVersion(), draft);
			}
		}
		changeSet.revise(summary.strip());
		if (reviews(changeSet.getAuthor())) {
			publish(changeSet, changeSet.getAuthor(), null);
		}
		return changeSet;
	}

	/** A reviewer's decision on a pending change set: approved (published), sent back, or rejected. */
	@Transactional
	public ChangeSet decide(long id, String username, ChangeSet.Status decision, String comment) {
		ChangeSet changeSet = changeSets.findWithEdits(id).orElseThrow();
		if (changeSet.getStatus() != ChangeSet.Status.PENDING) {
			throw new IllegalStateException("change set " + id + " is " + changeSet.getStatus());
		}
		Account reviewer = account(username);
		String reason = comment == null || comment.isBlank() ? null : comment.strip();
		if (decision == ChangeSet.Status.APPROVED) {
			// Merged with what was published since it was made, or refused where both touched a field.
			for (ChangeSetEdit edit : changeSet.getEdits()) {
				if (edit.isWork() || edit.isReadingPath()) {
					// A work's or a path's edit is not merged: one made from an older version is refused at publishing.
					continue;
				}
				Edit merged = current(List.of(edit(edit))).get(0);
				edit.revise(json.writeValueAsString(merged.draft()), merged.baseVersion());
			}
			publish(changeSet, reviewer, reason);
		}
		else {
			changeSet.decide(decision, reviewer, reason, OffsetDateTime.now(clock));
			audit.record(decision == ChangeSet.Status.REJECTED ? AuditKind.CHANGE_SET_REJECTED : AuditKind.CHANGES_REQUESTED,
					username, subject(changeSet), reason);
		}
		return changeSet;
	}

	/** The draft an edit of a change set holds. */
	public EntryDraft draftOf(ChangeSetEdit edit) {
		return json.readValue(edit.getDraft(), EntryDraft.class);
	}

	/** The work's draft an edit of a change set holds ({@link ChangeSetEdit#isWork()}). */
	public WorkDraft workDraftOf(ChangeSetEdit edit) {
		return json.readValue(edit.getDraft(), WorkDraft.class);
	}

	/** The work as it was when a work's edit was published, or empty (a new work, or not yet published). */
	public Optional<WorkDraft> workBefore(ChangeSetEdit edit) {
		return Optional.ofNullable(edit.getWorkBefore()).map(before -> json.readValue(before, WorkDraft.class));
	}

	/** The reading path's draft an edit of a change set holds ({@link ChangeSetEdit#isReadingPath()}). */
	public PathDraft pathDraftOf(ChangeSetEdit edit) {
		return json.readValue(edit.getDraft(), PathDraft.class);
	}

	/** The path as it was when a path's edit was published, or empty (a new path, or not yet published). */
	public Optional<PathDraft> pathBefore(ChangeSetEdit edit) {
		return Optional.ofNullable(edit.getPathBefore()).map(before -> json.readValue(before, PathDraft.class));
	}

	/** An edit of a change set as it was proposed. */
	public Edit edit(ChangeSetEdit edit) {
		return new Edit(edit.getEntryId(), edit.getBaseVersion(), draftOf(edit));
	}

	/**
	 * The edits brought up to the entries' current versions: an edit made from the current
	 * version is as it is; one made from an older version is merged with what was published
	 * since (three-way, against the version it was made from), or refused as {@link Stale} where
	 * both changed the same field.
	 */
	private List<Edit> current(List<Edit> edits) {
		List<Edit> current = new ArrayList<>();
		for (Edit edit : edits) {
			if (edit.entryId() == null) {
				current.add(edit);
				continue;
			}
			EntryDrafts.Published published = drafts.published(edit.entryId()).orElseThrow();
			if (edit.baseVersion() != null && published.version() == edit.baseVersion()) {
				current.add(edit);
				continue;
			}
			EntryDraft base = edit.baseVersion() == null ? null
					: history.draftAtVersion(edit.entryId(), edit.baseVersion()).orElse(null);
			// Without the version it was made from, every field the two differ in is a conflict.
			DraftMerge merge = DraftMerge.of(base == null ? published.draft() : base, edit.draft(), published.draft());
			Edit merged = new Edit(edit.entryId(), published.version(), merge.merged());
			if (base == null || !merge.isClean()) {
				throw new Stale(merged, base == null ? List.of() : merge.conflicts());
			}
			current.add(merged);
		}
		return current;
	}

	void publish(ChangeSet changeSet, Account reviewer, String comment) {
		// The revision this transaction makes is begun now, while the note is held: it records the
		// change set's author (not the reviewer who approves it), its summary and the change set.
		RevisionNote.during(changeSet.getAuthor().getUsername(), changeSet.getSummary(), changeSet.getId(),
				() -> AuditReaderFactory.get(entityManager).getCurrentRevision(Object.class, true));
		for (ChangeSetEdit edit : changeSet.getEdits()) {
			if (edit.isReadingPath()) {
				// The path as it was is kept with the edit: its change set shows what it changed.
				String before = edit.getReadingPathId() == null ? null
						: json.writeValueAsString(paths.current(edit.getReadingPathId()));
				edit.publishedPath(paths.publish(pathDraftOf(edit), edit.getReadingPathId(), edit.getBaseVersion()),
						before);
				continue;
			}
			if (edit.isWork()) {
				// The work as it was is kept with the edit: its change set shows what it changed.
				String before = edit.getSourceId() == null ? null
						: json.writeValueAsString(works.current(edit.getSourceId()));
				edit.publishedWork(works.publish(workDraftOf(edit), edit.getSourceId(), edit.getBaseVersion()).getId(),
						before);
				continue;
			}
			Entry entry = publisher.publish(draftOf(edit), edit.getEntryId());
			edit.published(entry.getId());
		}
		changeSet.decide(ChangeSet.Status.APPROVED, reviewer, comment, OffsetDateTime.now(clock));
		audit.record(AuditKind.CHANGE_SET_APPROVED, reviewer.getUsername(), subject(changeSet),
				comment == null ? changeSet.getSummary() : comment);
	}

	/** How the audit log names a change set. */
	private static String subject(ChangeSet changeSet) {
		return "change set " + changeSet.getId();
	}

	private Account account(String username) {
		return accounts.findByUsername(username).orElseThrow();
	}

	/** Whether an account's saves are published at once: a reviewer's and an administrator's. */
	static boolean reviews(Account account) {
		return account.getRole().compareTo(Role.REVIEWER) >= 0;
	}

	/** The change set with its edits, author and reviewer. */
	@Transactional(readOnly = true)
	public Optional<ChangeSet> find(long id) {
		return changeSets.findWithEdits(id);
	}

}
