package org.mirarchive.instances;

import java.util.Map;
import java.util.Set;

/**
 * What a transaction on this instance changed in the archive's content, as it is about to commit:
 * the entities inserted, updated and deleted (and the owners of collections changed), by class and
 * id, with the entities of the same feature each of them points to ({@link ContentChanges}).
 *
 * @param entities the entities changed, by class; never empty
 */
public record ContentChange(Map<Class<?>, Set<Object>> entities) {

	public ContentChange {
		entities = Map.copyOf(entities);
	}

}
