package org.mirarchive.curation;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An entry as it was published before: what a change set was made from, to tell what changed
 * since (merging two curators' edits) and to revert to. Implemented over the archive's revisions
 * ({@code org.mirarchive.history}).
 */
public interface PublishedHistory {

	/**
	 * The entry as it stood while it had a version (the version a curator's form or an API client
	 * read): as the last revision before its next version left it. Empty for an entry or a version
	 * the archive never had.
	 */
	Optional<EntryDraft> draftAtVersion(long entryId, long version);

	/** The entry as a revision of the archive left it; empty where it did not exist then. */
	Optional<EntryDraft> draftAtRevision(long entryId, int revision);

	/** The revision that published a change set, if one did. */
	OptionalInt revisionOf(long changeSetId);

	/**
	 * The newest revision that changed the entry or one of its claims (its names, statements,
	 * relations at either end, notes, their translations and citations).
	 */
	OptionalInt lastRevision(long entryId);

}
