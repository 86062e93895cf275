package org.mirarchive.relation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.mirarchive.entry.Entry;

/** Relations, looked up from either end. */
public interface RelationRepository extends JpaRepository<Relation, Long> {

	/** Every relation in which the entry is subject or object, with both ends loaded. */
	@Query("""
			select r from Relation r join fetch r.subject join fetch r.object
			where r.subject = :entry or r.object = :entry
			order by r.position""")
	List<Relation> findTouching(Entry entry);

	/** Every relation with both ends loaded, in the order the seed gives them. */
	@Query("select r from Relation r join fetch r.subject join fetch r.object order by r.position")
	List<Relation> findAllWithEnds();

	/** The ids of the entries a subject is related to by a kind: the events a person took part in. */
	@Query("select r.object.id from Relation r where r.kind = :kind and r.subject = :subject")
	List<Long> findObjectIds(RelationKind kind, Entry subject);

}
