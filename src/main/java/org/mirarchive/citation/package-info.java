/**
 * References on the Wikipedia model: a citation names the work, the place in it and, for the
 * article, the verbatim quotation; {@link org.mirarchive.citation.Footnotes} numbers them for a page.
 * And the other way round: citing the archive's own pages in a school's style
 * ({@link org.mirarchive.citation.PageCitations}) or as a file for a reference manager.
 */
package org.mirarchive.citation;
