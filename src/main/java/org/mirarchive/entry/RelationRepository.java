package org.mirarchive.entry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

/** Relations, looked up from either end. */
public interface RelationRepository extends JpaRepository<Relation, Long> {

	/**
	 * Relations in which the entry is the subject, with the object loaded; both with their
	 * translations, and the relations with the notes beside them.
	 */
	@Query("""
			select distinct r from Relation r left join fetch r.translations left join fetch r.notes
			join fetch r.object o left join fetch o.translations
			where r.subject = :entry order by r.position, r.id""")
	List<Relation> findBySubject(Entry entry);

	/**
	 * Relations in which the entry is the object, with the subject loaded; both with their
	 * translations, and the relations with the notes beside them.
	 */
	@Query("""
			select distinct r from Relation r left join fetch r.translations left join fetch r.notes
			join fetch r.subject s left join fetch s.translations
			where r.object = :entry order by r.position, r.id""")
	List<Relation> findByObject(Entry entry);

	/**
	 * Every relation in which the entry is subject or object, with both ends loaded, in the
	 * order they were recorded. Two lookups, each by its own index: a single query with
	 * {@code subject = :entry or object = :entry} reads the whole table on H2.
	 */
	default List<Relation> findTouching(Entry entry) {
		List<Relation> touching = new ArrayList<>(findBySubject(entry));
		findByObject(entry).stream().filter(r -> !touching.contains(r)).forEach(touching::add);
		touching.sort(Comparator.comparingInt(Relation::getPosition).thenComparing(Relation::getId));
		return touching;
	}

	/**
	 * The ids of every relation in the order the seed gives them, ties by id, read a few hundred
	 * at a time as the stream is consumed: for the whole-archive download. Close it after use.
	 */
	@Query("select r.id from Relation r order by r.position, r.id")
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
	Stream<Long> streamIdsInOrder();

	/** The relations with these ids, both ends loaded, in no particular order. */
	@Query("select r from Relation r join fetch r.subject join fetch r.object where r.id in :ids")
	List<Relation> findWithEndsByIdIn(Collection<Long> ids);

	/**
	 * Every relation in which any of these entries is subject or object, with both ends loaded,
	 * in the order they were recorded: {@link #findTouching} for many entries at once, in the
	 * same two lookups.
	 */
	default List<Relation> findTouchingAny(Collection<Long> entryIds) {
		Set<Relation> touching = new LinkedHashSet<>(findWithEndsBySubjectIdIn(entryIds));
		touching.addAll(findWithEndsByObjectIdIn(entryIds));
		List<Relation> ordered = new ArrayList<>(touching);
		ordered.sort(Comparator.comparingInt(Relation::getPosition).thenComparing(Relation::getId));
		return ordered;
	}

	@Query("select r from Relation r join fetch r.subject join fetch r.object where r.subject.id in :entryIds")
	List<Relation> findWithEndsBySubjectIdIn(Collection<Long> entryIds);

	@Query("select r from Relation r join fetch r.subject join fetch r.object where r.object.id in :entryIds")
	List<Relation> findWithEndsByObjectIdIn(Collection<Long> entryIds);

}
