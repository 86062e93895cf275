/**
 * The archive as data for programs, over the records each feature makes of what it describes
 * ({@link org.mirarchive.entry.EntryRecords}, {@link org.mirarchive.source.SourceRecords}): the
 * JSON API under {@code /api}, JSON-LD by content negotiation on the pages' own addresses, citation
 * files for reference managers, the whole-archive download for classroom data work, and the
 * portable backup built on it ({@code --archive.export}, {@code --archive.import}). Nothing depends
 * on it but the application's start, which asks it whether the command line is such a command.
 */
package org.mirarchive.data;
