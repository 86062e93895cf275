package org.mirarchive.authority;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.mirarchive.entry.EntryRecord;

/**
 * What one agent's authority record is written from: the entry's record as programs read it, the
 * revisions that made it, oldest first, and the dates of the events it took part in.
 *
 * @param entry the entry's record (a person or an organization)
 * @param maintenance the entry's revisions, oldest first; the first made the record
 * @param agency the archive's name, as the agency that maintains the record
 * @param eventDates each event the entry took part in, by slug, with its own date (absent where
 * the archive gives the event none)
 */
record AuthorityRecord(EntryRecord entry, List<Maintenance> maintenance, String agency,
		Map<String, EntryRecord.DateRecord> eventDates) {

	/**
	 * One revision of the entry.
	 *
	 * @param when when it was committed
	 * @param curator the curator who made it, or null for the archive as its migrations seeded it
	 * @param summary why, in the curator's words, or null
	 * @param url the revision's page: the entry as it left it
	 */
	record Maintenance(Instant when, String curator, String summary, String url) {
	}

}
