package org.mirarchive.entry;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.model.ChangedBlock;

/**
 * People, organizations, events and places. Lists come a list page at a time ({@link EntryLists}),
 * ordered by the database on indexed columns and ending with the id, so that no entry moves
 * between list pages. Lists, counts, menus and the download leave withdrawn entries out; an
 * entry's own lookups do not (its address answers 410 Gone, its history stays). Events narrowed by who took part and by dates are found by {@link Events}'
 * conditions, joined from those a reader gave.
 */
public interface EntryRepository extends JpaRepository<Entry, Long>, JpaSpecificationExecutor<Entry> {

	/**
	 * The entry at an address, with its translations, its statements with theirs, the notes
	 * beside its date, its identifiers in other archives and a place's coordinates with their citations and
	 * notes: its page and its record show them,
	 * and read so they cost no statement of their own.
	 *
	 * <p>The coordinates' citations and notes are read apart, and only for an entry that has
	 * coordinates: joined in the one query, for an entry without them, H2 looked up the citations
	 * and notes of a coordinates row that is not there by the null key, through every citation and
	 * note that has no coordinates (10.8 million index rows for one organization's page at 100,000
	 * entries: 0.2-1.1 s a page; docs/performance.md).
	 */
	@Transactional(readOnly = true)
	default Optional<Entry> findByKindAndSlug(EntryKind kind, String slug) {
		Optional<Entry> found = findWithoutPoints(kind, slug);
		found.filter(entry -> !entry.coordinates().isEmpty()).ifPresent(this::findPointsOf);
		return found;
	}

	/**
	 * {@link #findByKindAndSlug}'s entry, with its coordinates (if any, without their citations and
	 * notes).
	 */
	@Query("""
			select distinct e from Entry e left join fetch e.translations
			left join fetch e.statements s left join fetch s.translations left join fetch e.dateNotes
			left join fetch e.identifiers left join fetch e.coordinates
			where e.kind = :kind and e.slug = :slug""")
	Optional<Entry> findWithoutPoints(EntryKind kind, String slug);

	/** The entry's coordinates with their citations (works and translations) and notes, read into it. */
	@Query("""
			select distinct co from Coordinates co left join fetch co.citations cc left join fetch cc.source
			left join fetch cc.translations left join fetch co.notes where co.entry = :entry""")
	List<Coordinates> findPointsOf(Entry entry);

	/**
	 * Every published place that some work gives coordinates for, with its points and its names in
	 * other languages, in index order: what a map of the places draws ({@link PlacesOnMap}).
	 */
	@Query("""
			select distinct e from Entry e join fetch e.coordinates left join fetch e.translations
			where e.kind = org.mirarchive.entry.EntryKind.PLACE and e.withdrawn is null
			order by e.sortKey, e.id""")
	List<Entry> findPlacesWithCoordinates();

	/** The places among these slugs that some work gives coordinates for, as {@link #findPlacesWithCoordinates}. */
	@Query("""
			select distinct e from Entry e join fetch e.coordinates left join fetch e.translations
			where e.kind = org.mirarchive.entry.EntryKind.PLACE and e.withdrawn is null and e.slug in :slugs
			order by e.sortKey, e.id""")
	List<Entry> findPlacesWithCoordinatesBySlugIn(Collection<String> slugs);

	/** Entries of a kind in index order: by sort key, which puts people by surname, ties by id. */
	List<Entry> findByKindOrderBySortKeyAscIdAsc(EntryKind kind);

	/**
	 * The ids of a list page of the entries of a kind in index order: by sort key, which puts
	 * people by surname, ties by id. Read from the index {@code entry_kind_sort} alone. Ordering by the
	 * kind too changes nothing but lets H2 read the index in order instead of sorting (PostgreSQL
	 * does either way).
	 */
	@Query("select e.id from Entry e where e.kind = :kind and e.withdrawn is null order by e.kind, e.sortKey, e.id")
	List<Long> findIdsInIndexOrder(EntryKind kind, Pageable pageable);

	/**
	 * The ids of a list page of the entries of a kind in a language's index order: by the sort
	 * key of the headword shown in that language ("ejercito de chile" for "Ejército de Chile"),
	 * the English one where the archive gives none, ties by id. One statement still, but no index
	 * holds this order, so it sorts the kind's entries.
	 */
	@Query("""
			select e.id from Entry e left join e.translations t on key(t) = :language
			where e.kind = :kind and e.withdrawn is null order by coalesce(t.sortKey, e.sortKey), e.id""")
	List<Long> findIdsInIndexOrderIn(EntryKind kind, String language, Pageable pageable);

	/**
	 * The ids of a list page of the entries of a kind, in the order of the page's sort: events in
	 * {@link Events#IN_DATE_ORDER}, read from the index {@code entry_kind_date} alone.
	 */
	@Query("select e.id from Entry e where e.kind = :kind and e.withdrawn is null")
	List<Long> findIdsByKind(EntryKind kind, Pageable pageable);

	/**
	 * The entries with these ids, their translations with them in the same statement: a list
	 * shows each line in the reader's language, after the transaction that read it has ended.
	 */
	@Query("select distinct e from Entry e left join fetch e.translations where e.id in :ids")
	List<Entry> findWithTranslationsByIdIn(Collection<Long> ids);

	/** The entries of a kind by sort key with their translations, in one statement: for a menu of names. */
	@Query("select distinct e from Entry e left join fetch e.translations where e.kind = :kind and e.withdrawn is null order by e.sortKey, e.id")
	List<Entry> findWithTranslationsByKind(EntryKind kind);

	/**
	 * When the published entry at an address last changed, read without loading it: for conditional
	 * requests. Empty for a withdrawn one ({@link #findWithdrawn}).
	 */
	@Query("select e.lastChanged from Entry e where e.kind = :kind and e.slug = :slug and e.withdrawn is null")
	Optional<OffsetDateTime> findLastChanged(EntryKind kind, String slug);

	/** The kind an entry is filed under, whatever kind an address names: slugs are unique across kinds. */
	@Query("select e.kind from Entry e where e.slug = :slug")
	Optional<EntryKind> findKindBySlug(String slug);

	/** When any entry last changed (null if there are none): lists of entries are as new as that. */
	@Query("select max(e.lastChanged) from Entry e")
	OffsetDateTime findLatestChange();

	/**
	 * The ids of every entry, by kind and then in the order the article first names them, read
	 * from the database a few hundred at a time as the stream is consumed: for the whole-archive
	 * download, which loads the entries themselves a slice at a time. Close it after use.
	 */
	@Query("select e.id from Entry e where e.withdrawn is null order by e.kind, e.position, e.id")
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
	Stream<Long> streamIdsByKindAndPosition();

	/** When the latest entry of each kind changed (kinds it has none of are missing). */
	@Query("select new org.mirarchive.entry.KindChange(e.kind, max(e.lastChanged)) from Entry e group by e.kind")
	List<KindChange> findLatestChangeOfEachKind();

	/**
	 * The address and last change of the entries whose ids lie in a block ({@code model.IdBlock}),
	 * by id: one range of the primary key, whatever the block's depth.
	 */
	@Query("""
			select new org.mirarchive.entry.EntryAddress(e.kind, e.slug, e.lastChanged) from Entry e
			where e.id between :firstId and :lastId and e.withdrawn is null order by e.id""")
	List<EntryAddress> findAddresses(long firstId, long lastId);

	/**
	 * The blocks of {@code size} ids that hold entries ({@code model.IdBlock}), each with when its
	 * latest entry changed, by number. One statement, which reads every entry's id and last change.
	 */
	@Query("""
			select new org.mirarchive.model.ChangedBlock(b.number, max(b.lastChanged))
			from (select (e.id - 1) / :size + 1 as number, e.lastChanged as lastChanged from Entry e) b
			group by b.number order by b.number""")
	List<ChangedBlock> findChangedBlocks(long size);

	/** How many entries of each kind the archive holds (kinds it has none of are missing). */
	@Query("select new org.mirarchive.entry.KindCount(e.kind, count(e)) from Entry e where e.withdrawn is null group by e.kind")
	List<KindCount> countEachKind();

	/** The withdrawn entry at an address, with what replaces it: for the 410 its address answers. */
	@Query("""
			select e from Entry e left join fetch e.translations left join fetch e.replacedBy r left join fetch r.translations
			where e.kind = :kind and e.slug = :slug and e.withdrawn is not null""")
	Optional<Entry> findWithdrawn(EntryKind kind, String slug);

}
