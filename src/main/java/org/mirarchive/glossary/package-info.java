/**
 * The glossary ({@code /glossary}): the terms a student meets on the archive's pages (coup,
 * junta, DINA, poblaciones, Southern Cone…), each explained in the archive's own words from what
 * its works say, cited like every claim, with the term as Chile writes it. {@link Glossary} also
 * links the first place each term appears in an entry's statements to its explanation, through
 * {@code entry.TermLinks}, so that the entries know nothing of the glossary.
 */
package org.mirarchive.glossary;
