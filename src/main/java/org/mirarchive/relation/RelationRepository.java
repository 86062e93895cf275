package org.mirarchive.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.mirarchive.entry.Entry;

/** Relations, looked up from either end. */
public interface RelationRepository extends JpaRepository<Relation, Long> {

	/** Relations in which the entry is the subject, with the object loaded. */
	@Query("select r from Relation r join fetch r.object where r.subject = :entry order by r.position, r.id")
	List<Relation> findBySubject(Entry entry);

	/** Relations in which the entry is the object, with the subject loaded. */
	@Query("select r from Relation r join fetch r.subject where r.object = :entry order by r.position, r.id")
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

	/** Every relation with both ends loaded, in the order the seed gives them. */
	@Query("select r from Relation r join fetch r.subject join fetch r.object order by r.position")
	List<Relation> findAllWithEnds();

}
