/**
 * The archive's history: every change to an entry and its claims is a revision (Hibernate Envers),
 * recording who made it, when, why and for which change set ({@link org.mirarchive.history.ArchiveRevision});
 * an entry as any revision left it, for curators ({@link org.mirarchive.curation.PublishedHistory})
 * and for readers: each entry's history page and each revision's permanent page; the same for each
 * cited work ({@code /sources/{slug}/history}). Stands on the entries ({@code entry}), the works
 * ({@code work}) and the curators' notes ({@code curation}); nothing depends on it.
 */
package org.mirarchive.history;
