package org.mirarchive.curation;

import java.time.Clock;
import java.time.OffsetDateTime;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.account.Account;
import org.mirarchive.account.AccountRepository;

/**
 * A curator's edit of a work the archive cites, as a change set like an entry's: an editor's waits
 * for a reviewer, a reviewer's is published as it is saved ({@link ChangeSets} publishes it, with
 * the revision's author, summary and change set, and the approval in the audit log).
 */
@Component
public class WorkChanges {

	private final ChangeSetRepository changeSets;

	private final ChangeSets publishing;

	private final AccountRepository accounts;

	private final JsonMapper json;

	private final Clock clock;

	WorkChanges(ChangeSetRepository changeSets, ChangeSets publishing, AccountRepository accounts, JsonMapper json,
			Clock clock) {
		this.changeSets = changeSets;
		this.publishing = publishing;
		this.accounts = accounts;
		this.json = json;
		this.clock = clock;
	}

	/** Saves a work's draft with its summary: published at once for a reviewer, waiting for one for an editor. */
	@Transactional
	public ChangeSet propose(String username, String summary, Long sourceId, Long baseVersion, WorkDraft draft) {
		Account author = accounts.findByUsername(username).orElseThrow();
		ChangeSet changeSet = new ChangeSet(summary.strip(), author, OffsetDateTime.now(clock));
		changeSet.editWork(sourceId, baseVersion, json.writeValueAsString(draft));
		changeSets.save(changeSet);
		if (ChangeSets.reviews(author)) {
			publishing.publish(changeSet, author, null);
		}
		return changeSet;
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
		ChangeSet changeSet = changeSets.findWithEdits(id).orElseThrow();
		if (!changeSet.getAuthor().getUsername().equals(username) || !changeSet.getStatus().isOpen()
				|| !changeSet.getEdits().get(0).isWork()) {
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
