/**
 * Reading paths ({@code /paths}), as museums' guided tours and Omeka's exhibits: an ordered series
 * of steps through the archive, each to an entry, one statement of an entry, or a section of a
 * work, with the archive's own cited text beside it, in English and Spanish; each prints as a
 * handout. The archive's two first paths are written by migrations (V41, V42): "The article, step
 * by step" and "From 1965 to 1974". Curators do not yet compose paths in the curation screens.
 */
package org.mirarchive.readingpath;
