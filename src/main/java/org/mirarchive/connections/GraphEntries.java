package org.mirarchive.connections;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;

/** The lookups the graph needs beyond the relations: the entry at its centre, and those no path joins to it. */
interface GraphEntries extends Repository<Entry, Long> {

	/** The id of a published entry, by its kind and slug; none if it is withdrawn or not there. */
	@Query("select e.id from Entry e where e.kind = :kind and e.slug = :slug and e.withdrawn is null")
	Optional<Long> findShownId(EntryKind kind, String slug);

	/** Published entries other than these, in the order they were made, as many as the limit asks. */
	@Query("select e.id from Entry e where e.withdrawn is null and e.id not in :ids order by e.id")
	List<Long> findShownIdsOtherThan(Collection<Long> ids, Pageable limit);

}
