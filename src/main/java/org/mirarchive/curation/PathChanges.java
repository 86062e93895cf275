package org.mirarchive.curation;

import java.time.Clock;
import java.time.OffsetDateTime;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.account.Account;
import org.mirarchive.account.AccountRepository;
import org.mirarchive.readingpath.PathDraft;

/**
 * A curator's reading path, new or revised, as a change set like an entry's or a work's: an
 * editor's waits for a reviewer, a reviewer's is published as it is saved ({@link ChangeSets}
 * publishes it, with the approval in the audit log).
 */
@Component
class PathChanges {

	private final ChangeSetRepository changeSets;

	private final ChangeSets publishing;

	private final AccountRepository accounts;

	private final JsonMapper json;

	private final Clock clock;

	PathChanges(ChangeSetRepository changeSets, ChangeSets publishing, AccountRepository accounts, JsonMapper json,
			Clock clock) {
		this.changeSets = changeSets;
		this.publishing = publishing;
		this.accounts = accounts;
		this.json = json;
		this.clock = clock;
	}

	/** Saves a path's draft with its summary: published at once for a reviewer, waiting for one for an editor. */
	@Transactional
	ChangeSet propose(String username, String summary, Long pathId, Long baseVersion, PathDraft draft) {
		Account author = accounts.findByUsername(username).orElseThrow();
		ChangeSet changeSet = new ChangeSet(summary.strip(), author, OffsetDateTime.now(clock));
		changeSet.editPath(pathId, baseVersion, json.writeValueAsString(draft));
		changeSets.save(changeSet);
		if (ChangeSets.reviews(author)) {
			publishing.publish(changeSet, author, null);
		}
		return changeSet;
	}

	/** The author's revision of a path's change set still open: its draft replaced, pending again. */
	@Transactional
	ChangeSet revise(long id, String username, String summary, Long baseVersion, PathDraft draft) {
		ChangeSet changeSet = changeSets.findWithEdits(id).orElseThrow();
		if (!changeSet.getAuthor().getUsername().equals(username) || !changeSet.getStatus().isOpen()
				|| !changeSet.getEdits().get(0).isReadingPath()) {
			throw new IllegalStateException("change set " + id + " is not open to " + username);
		}
		changeSet.getEdits().get(0).revise(json.writeValueAsString(draft), baseVersion);
		changeSet.revise(summary.strip());
		if (ChangeSets.reviews(changeSet.getAuthor())) {
			publishing.publish(changeSet, changeSet.getAuthor(), null);
		}
		return changeSet;
	}

}
