package org.mirarchive.instances;

import java.util.Map;
import java.util.Set;

/**
 * What a transaction on this instance changed in the archive's content, as it is about to commit:
 * the entities inserted, updated and deleted (and the owners of collections changed), by class and
 * id, with the entities of the same feature each of them points to ({@link ContentChanges}).
 *
 * @param entities the entities changed, by class, with those they point to; never empty
 * @param themselves those of them that changed themselves (inserted, updated, deleted, or holding a
 * changed collection), by class; the others are there only because a changed one points to them. A
 * new quotation names its work, and the work's record is the same as before: the pages that show
 * the record need not change with it. Another instance's notice does not tell them apart
 * ({@link ArchiveChangedElsewhere})
 */
public record ContentChange(Map<Class<?>, Set<Object>> entities, Map<Class<?>, Set<Object>> themselves) {

	public ContentChange {
		entities = Map.copyOf(entities);
		themselves = Map.copyOf(themselves);
	}

}
