package org.mirarchive.authority;

import java.time.Instant;
import java.util.List;

/**
 * An entry's revisions, as an authority record's maintenance history gives them. The archive's
 * history ({@code org.mirarchive.history}) keeps them and answers through this interface, as it
 * answers the curation through {@code curation.PublishedHistory}: nothing depends on the
 * history's own classes.
 */
public interface MaintenanceHistory {

	/** The revisions that changed the entry or its claims, oldest first. */
	List<Revision> of(long entryId);

	/**
	 * One revision of the archive that changed the entry.
	 *
	 * @param number its number, from 1 (the archive as its migrations seeded it)
	 * @param committed when it was committed
	 * @param curator the curator who made it, or null for the seed
	 * @param summary why, in the curator's words, or null
	 */
	record Revision(int number, Instant committed, String curator, String summary) {
	}

}
