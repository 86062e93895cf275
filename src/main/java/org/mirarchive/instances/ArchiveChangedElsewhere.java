package org.mirarchive.instances;

import java.util.Map;
import java.util.Set;

/**
 * Another instance of the archive committed a change to the content (or this one may have missed
 * some, and then {@link #everything()} is true): the entities it named, by their class and ids.
 * Published to this instance's listeners on the thread that heard it, the search index's first
 * and the page cache's last, so that no page is kept from before the index followed.
 *
 * @param entities the entities changed, added or removed, by class; empty when everything may have changed
 * @param everything whether every page and the whole index must be thought stale
 */
public record ArchiveChangedElsewhere(Map<Class<?>, Set<Object>> entities, boolean everything) {

	/** The order of the search index's listener: it reindexes before the pages are forgotten. */
	public static final int INDEX_ORDER = 0;

	/** The order of the page cache's listener: last. */
	public static final int PAGES_ORDER = Integer.MAX_VALUE;

	public ArchiveChangedElsewhere {
		entities = Map.copyOf(entities);
	}

	/** Anything may have changed: every page and the whole index are stale. */
	static ArchiveChangedElsewhere anything() {
		return new ArchiveChangedElsewhere(Map.of(), true);
	}

}
