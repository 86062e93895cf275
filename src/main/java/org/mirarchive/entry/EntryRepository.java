package org.mirarchive.entry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** People, organizations, events and places. */
public interface EntryRepository extends JpaRepository<Entry, Long> {

	Optional<Entry> findByKindAndSlug(EntryKind kind, String slug);

	/** Entries of a kind in index order: by sort key, which puts people by surname. */
	List<Entry> findByKindOrderBySortKey(EntryKind kind);

	/** Entries of a kind in date order; those the sources do not date come last, in article order. */
	@Query("""
			select e from Entry e where e.kind = :kind
			order by case when e.date.earliest is null then 1 else 0 end, e.date.earliest, e.date.latest, e.position""")
	List<Entry> findByKindInDateOrder(EntryKind kind);

	/** Entries of a kind as their index lists them: events in date order, the others by sort key. */
	default List<Entry> findInIndexOrder(EntryKind kind) {
		return kind == EntryKind.EVENT ? findByKindInDateOrder(kind) : findByKindOrderBySortKey(kind);
	}

	long countByKind(EntryKind kind);

	/** When the entry at an address last changed, read without loading it: for conditional requests. */
	@Query("select e.lastChanged from Entry e where e.kind = :kind and e.slug = :slug")
	Optional<OffsetDateTime> findLastChanged(EntryKind kind, String slug);

	/** When any entry last changed (null if there are none): lists of entries are as new as that. */
	@Query("select max(e.lastChanged) from Entry e")
	OffsetDateTime findLatestChange();
	/** Every entry, by kind and then in the order the article first names them. */
	List<Entry> findAllByOrderByKindAscPositionAsc();

}
