/**
 * The archive's entries (people, organizations, events and places) and every claim about them:
 * names, dates, statements, editorial notes, relations between entries, and the citations that
 * support exactly one claim each. Also the lists of entries, each entry's page, and an entry as
 * data (its record and its schema.org JSON-LD). Depends on the works it cites ({@code work}), never on pages
 * built over it.
 */
package org.mirarchive.entry;
