/**
 * References on the Wikipedia model: a citation names the work, the place in it and, for the
 * article, the verbatim quotation; {@link org.mirarchive.citation.Footnotes} numbers them for a page.
 */
package org.mirarchive.citation;
