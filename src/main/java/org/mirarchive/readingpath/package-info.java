/**
 * Reading paths ({@code /paths}), as museums' guided tours and Omeka's exhibits: an ordered series
 * of steps through the archive, each to an entry, one statement of an entry, or a section of a
 * work, with the archive's own cited text beside it, in English and Spanish; each prints as a
 * handout. The archive's two first paths are written by migrations (V41, V42): "The article, step
 * by step" and "From 1965 to 1974". Curators compose and revise paths in the curation screens
 * ({@code curation.PathCurationController}), through the drafts and the writer here
 * ({@link org.mirarchive.readingpath.PathDraft}, {@link org.mirarchive.readingpath.PathRecords}),
 * which know nothing of the curation.
 */
package org.mirarchive.readingpath;
