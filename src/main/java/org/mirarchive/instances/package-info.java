/**
 * The changes to the archive's content, followed as they are committed: on this instance, every
 * {@link org.mirarchive.instances.CommitFollower} is told what a transaction changed just before it
 * commits (the page cache works out which pages it shows, and forgets them once it has committed).
 *
 * <p>Several instances of the archive on one PostgreSQL database: each keeps its own page cache and
 * search index, and follows what the others change. After a commit that changes the archive's
 * content, an instance announces it with PostgreSQL's {@code NOTIFY} (the entity types and ids, in
 * the same transaction, so a change is announced exactly when it is committed); every instance
 * {@code LISTEN}s on a connection of its own and, for another instance's change, publishes an
 * {@link org.mirarchive.instances.ArchiveChangedElsewhere} that the search index (which reindexes
 * those entities) and the page cache (which forgets its pages) follow. On H2 (one process) none
 * of the announcing runs. Nothing here depends on the features that follow it: they listen for the event.
 */
package org.mirarchive.instances;
