/**
 * Curators' work on entries: an entry as a curator edits it ({@link org.mirarchive.curation.EntryDraft}),
 * the rules a draft must meet before it is saved (every claim cited, quotations verbatim, dates that
 * parse, relations between kinds that allow them), change sets that wait for a reviewer, and the
 * publishing of an approved draft into the archive's records.
 */
package org.mirarchive.curation;
