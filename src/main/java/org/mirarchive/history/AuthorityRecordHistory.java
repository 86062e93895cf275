package org.mirarchive.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Component;

import org.mirarchive.authority.MaintenanceHistory;

/** An entry's revisions for its authority record's maintenance history ({@code authority.MaintenanceHistory}). */
@Component
class AuthorityRecordHistory implements MaintenanceHistory {

	private final EntryRevisions revisions;

	AuthorityRecordHistory(EntryRevisions revisions) {
		this.revisions = revisions;
	}

	@Override
	public List<Revision> of(long entryId) {
		List<Revision> oldestFirst = new ArrayList<>();
		for (EntryRevisions.Revision revision : revisions.of(entryId)) {
			oldestFirst.add(new Revision(revision.number(), revision.committed(), revision.author(), revision.summary()));
		}
		Collections.reverse(oldestFirst);
		return oldestFirst;
	}

}
