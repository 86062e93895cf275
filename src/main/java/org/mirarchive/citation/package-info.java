/**
 * How the archive cites: CSL styles rendered by citeproc-java ({@link org.mirarchive.citation.CitationStyles}),
 * and the archive's own pages cited in a school's style ({@link org.mirarchive.citation.PageCitations})
 * or as a file for a reference manager ({@link org.mirarchive.citation.CitationFormat}). Knows no
 * entry or work: callers say what page is cited.
 */
package org.mirarchive.citation;
