package org.mirarchive.curation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.mirarchive.account.Account;

/**
 * A curator's edits with one summary, as a reviewer decides on them: an editor's wait
 * ({@link Status#PENDING}) while readers keep seeing what is published; a reviewer's own are
 * approved as they are saved. Never deleted: a rejected change set stays, with why.
 */
@Entity
public class ChangeSet {

	/** Where a change set stands. */
	public enum Status {

		/** Waiting for a reviewer. */
		PENDING,
		/** Sent back to its author with a comment; the author may revise it, which makes it pending again. */
		CHANGES_REQUESTED,
		/** Published. */
		APPROVED,
		/** Not published, with the reviewer's reason. */
		REJECTED;

		/** Whether its author may still revise it. */
		public boolean isOpen() {
			return this == PENDING || this == CHANGES_REQUESTED;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String summary;

	@Enumerated(EnumType.STRING)
	private Status status;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "author_id")
	private Account author;

	private OffsetDateTime created;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "reviewer_id")
	private Account reviewer;

	private OffsetDateTime decided;

	@Column(name = "review_comment")
	private String comment;

	/** Whether the change set is a curators' import of a spreadsheet ({@link Imports}), undone as a unit. */
	private boolean imported;

	/** When a reviewer undid the import, by whom and why ({@link ImportUndo}); null while it stands. */
	private OffsetDateTime undone;

	private String undoneBy;

	private String undoReason;

	/** Two reviewers deciding on one change set at once: the second is refused, not applied twice. */
	@Version
	private long version;

	@OneToMany(mappedBy = "changeSet", cascade = CascadeType.ALL)
	@OrderBy("position")
	private List<ChangeSetEdit> edits = new ArrayList<>();

	protected ChangeSet() {
	}

	ChangeSet(String summary, Account author, OffsetDateTime created) {
		this.summary = summary;
		this.author = author;
		this.created = created;
		this.status = Status.PENDING;
	}

	/** Adds one entry's edit: its draft, and the published version it was made from (null for a new entry). */
	ChangeSetEdit edit(Long entryId, EntryDraft draft, Long baseVersion, String json) {
		ChangeSetEdit edit = new ChangeSetEdit(this, edits.size() + 1, entryId, draft.kind(), baseVersion, json);
		edits.add(edit);
		return edit;
	}

	/** Adds one reading path's edit: its draft as JSON, and the published version it was made from (null for a new path). */
	ChangeSetEdit editPath(Long pathId, Long baseVersion, String json) {
		ChangeSetEdit edit = ChangeSetEdit.ofPath(this, edits.size() + 1, pathId, baseVersion, json);
		edits.add(edit);
		return edit;
	}

	/** Adds one work's edit: its draft as JSON, and the published version it was made from (null for a new work). */
	ChangeSetEdit editWork(Long sourceId, Long baseVersion, String json) {
		ChangeSetEdit edit = ChangeSetEdit.ofWork(this, edits.size() + 1, sourceId, baseVersion, json);
		edits.add(edit);
		return edit;
	}

	void decide(Status decision, Account by, String reason, OffsetDateTime when) {
		status = decision;
		reviewer = by;
		comment = reason;
		decided = when;
	}

	/** Marks the change set as an import, which a reviewer may undo as a unit once published. */
	void imported() {
		imported = true;
	}

	/** The import undone: by whom, when and why. */
	void undone(String by, String reason, OffsetDateTime when) {
		undone = when;
		undoneBy = by;
		undoReason = reason;
	}

	/** The author's revision of a change set sent back: pending again, with a new summary. */
	void revise(String revisedSummary) {
		summary = revisedSummary;
		status = Status.PENDING;
	}

	public Long getId() {
		return id;
	}

	public String getSummary() {
		return summary;
	}

	public Status getStatus() {
		return status;
	}

	public Account getAuthor() {
		return author;
	}

	public OffsetDateTime getCreated() {
		return created;
	}

	public Account getReviewer() {
		return reviewer;
	}

	public OffsetDateTime getDecided() {
		return decided;
	}

	public String getComment() {
		return comment;
	}

	public boolean isImported() {
		return imported;
	}

	public OffsetDateTime getUndone() {
		return undone;
	}

	public String getUndoneBy() {
		return undoneBy;
	}

	public String getUndoReason() {
		return undoReason;
	}

	public List<ChangeSetEdit> getEdits() {
		return edits;
	}

}
