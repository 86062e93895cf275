package org.mirarchive.curation;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A curator's edit of a work the archive cites, as a change set like an entry's: an editor's waits
 * for a reviewer, a reviewer's is published as it is saved ({@link ChangeSets} publishes it, with
 * the revision's author, summary and change set, and the approval in the audit log).
 */
@Component
public class WorkChanges {

	private final ChangeSets publishing;

	private final JsonMapper json;

	WorkChanges(ChangeSets publishing, JsonMapper json) {
		this.publishing = publishing;
		this.json = json;
	}

	/** Saves a work's draft with its summary: published at once for a reviewer, waiting for one for an editor. */
	@Transactional
	public ChangeSet propose(String username, String summary, Long sourceId, Long baseVersion, WorkDraft draft) {
		return publishing.proposeOne(username, summary,
				changeSet -> changeSet.editWork(sourceId, baseVersion, json.writeValueAsString(draft)));
	}

	/**
	 * Reverts a work to one of its revisions, as a new one: the work as that revision left it
	 * proposed like any edit of it (made from the version it has now), and the revert in the audit log.
	 */
	@Transactional
	public ChangeSet revert(String username, String summary, long sourceId, long baseVersion, WorkDraft then,
			int revision, String address) {
		ChangeSet changeSet = propose(username, summary, sourceId, baseVersion, then);
		publishing.reverted(username, address, revision, changeSet);
		return changeSet;
	}

	/** The author's revision of a work's change set still open: its draft replaced, pending again. */
	@Transactional
	public ChangeSet revise(long id, String username, String summary, Long baseVersion, WorkDraft draft) {
		return publishing.reviseOne(id, username, summary, ChangeSetEdit::isWork, json.writeValueAsString(draft),
				baseVersion);
	}

}
