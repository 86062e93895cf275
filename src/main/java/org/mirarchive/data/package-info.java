/**
 * The archive as data for programs, over the records each feature makes of what it describes
 * ({@link org.mirarchive.entry.EntryRecords}, {@link org.mirarchive.source.SourceRecords}): the
 * JSON API under {@code /api}, JSON-LD by content negotiation on the pages' own addresses, citation
 * files for reference managers, and the whole-archive download for classroom data work. Nothing
 * depends on it.
 */
package org.mirarchive.data;
