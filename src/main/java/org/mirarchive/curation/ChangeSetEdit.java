package org.mirarchive.curation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.mirarchive.entry.EntryKind;

/**
 * One entry's edit in a change set: the whole entry as the curator left it (an {@link EntryDraft}
 * as JSON), and the published version it was made from, against which what changed since is
 * merged or shown as a conflict.
 */
@Entity
public class ChangeSetEdit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "change_set_id")
	private ChangeSet changeSet;

	private int position;

	/** The published entry edited; null for a new entry until it is published. */
	private Long entryId;

	@Enumerated(EnumType.STRING)
	private EntryKind entryKind;

	private Long baseVersion;

	private String draft;

	/** Whether the edit is of a work the archive cites (its draft a {@link WorkDraft}) rather than an entry. */
	private boolean work;

	/** For a work's edit: the published work edited; null for a new work until it is published. */
	private Long sourceId;

	/** For a work's edit once published: the work as it was just before (JSON), which its change set shows. */
	private String workBefore;

	/** Whether the edit is of a reading path (its draft a {@code readingpath.PathDraft}). */
	private boolean readingPath;

	/** For a path's edit: the published path edited; null for a new path until it is published. */
	private Long readingPathId;

	/** For a path's edit once published: the path as it was just before (JSON), which its change set shows. */
	private String pathBefore;

	protected ChangeSetEdit() {
	}

	/** A reading path's edit: the path (null for a new one), the version it was made from, and the draft as JSON. */
	static ChangeSetEdit ofPath(ChangeSet changeSet, int position, Long pathId, Long baseVersion, String draft) {
		ChangeSetEdit edit = new ChangeSetEdit(changeSet, position, null, null, baseVersion, draft);
		edit.readingPath = true;
		edit.readingPathId = pathId;
		return edit;
	}

	/** Once published, a path's edit points at the path it made or changed, and keeps the path as it was before. */
	void publishedPath(Long publishedPathId, String before) {
		readingPathId = publishedPathId;
		pathBefore = before;
	}

	public boolean isReadingPath() {
		return readingPath;
	}

	public Long getReadingPathId() {
		return readingPathId;
	}

	public String getPathBefore() {
		return pathBefore;
	}

	/** A work's edit: the work (null for a new one), the version it was made from, and the draft as JSON. */
	static ChangeSetEdit ofWork(ChangeSet changeSet, int position, Long sourceId, Long baseVersion, String draft) {
		ChangeSetEdit edit = new ChangeSetEdit(changeSet, position, null, null, baseVersion, draft);
		edit.work = true;
		edit.sourceId = sourceId;
		return edit;
	}

	ChangeSetEdit(ChangeSet changeSet, int position, Long entryId, EntryKind entryKind, Long baseVersion, String draft) {
		this.changeSet = changeSet;
		this.position = position;
		this.entryId = entryId;
		this.entryKind = entryKind;
		this.baseVersion = baseVersion;
		this.draft = draft;
	}

	/** The author's revision of the draft, made from the published version given. */
	void revise(String revisedDraft, Long revisedBaseVersion) {
		draft = revisedDraft;
		baseVersion = revisedBaseVersion;
	}

	/** Once published, a new work's edit points at the work it made. */
	void publishedWork(Long publishedSourceId, String before) {
		sourceId = publishedSourceId;
		workBefore = before;
	}

	public String getWorkBefore() {
		return workBefore;
	}

	public boolean isWork() {
		return work;
	}

	public Long getSourceId() {
		return sourceId;
	}

	/** Once published, a new entry's edit points at the entry it made. */
	void published(Long publishedEntryId) {
		entryId = publishedEntryId;
	}

	public Long getId() {
		return id;
	}

	public ChangeSet getChangeSet() {
		return changeSet;
	}

	public int getPosition() {
		return position;
	}

	public Long getEntryId() {
		return entryId;
	}

	public EntryKind getEntryKind() {
		return entryKind;
	}

	public Long getBaseVersion() {
		return baseVersion;
	}

	public String getDraft() {
		return draft;
	}

}
