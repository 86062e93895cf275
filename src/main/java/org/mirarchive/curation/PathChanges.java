package org.mirarchive.curation;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.readingpath.PathDraft;

/**
 * A curator's reading path, new or revised, as a change set like an entry's or a work's: an
 * editor's waits for a reviewer, a reviewer's is published as it is saved ({@link ChangeSets}
 * publishes it, with the approval in the audit log).
 */
@Component
class PathChanges {

	private final ChangeSets publishing;

	private final JsonMapper json;

	PathChanges(ChangeSets publishing, JsonMapper json) {
		this.publishing = publishing;
		this.json = json;
	}

	/** Saves a path's draft with its summary: published at once for a reviewer, waiting for one for an editor. */
	@Transactional
	ChangeSet propose(String username, String summary, Long pathId, Long baseVersion, PathDraft draft) {
		return publishing.proposeOne(username, summary,
				changeSet -> changeSet.editPath(pathId, baseVersion, json.writeValueAsString(draft)));
	}

	/** The author's revision of a path's change set still open: its draft replaced, pending again. */
	@Transactional
	ChangeSet revise(long id, String username, String summary, Long baseVersion, PathDraft draft) {
		return publishing.reviseOne(id, username, summary, ChangeSetEdit::isReadingPath, json.writeValueAsString(draft),
				baseVersion);
	}

}
