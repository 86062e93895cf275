package org.mirarchive.readingpath;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The reading paths: the seeded ones written by migrations, curators' changes by {@link PathWriter}. */
interface ReadingPathRepository extends Repository<ReadingPath, Long> {

	List<ReadingPath> findAllByOrderByPosition();

	Optional<ReadingPath> findBySlug(String slug);

	Optional<ReadingPath> findById(Long id);

	/** When the path at an address last changed, read without loading it: for conditional requests. */
	@Query("select p.lastChanged from ReadingPath p where p.slug = :slug")
	Optional<OffsetDateTime> findLastChanged(@Param("slug") String slug);

	/** When any path last changed (null if there are none): the list of paths is as new as that. */
	@Query("select max(p.lastChanged) from ReadingPath p")
	OffsetDateTime findLatestChange();

	/**
	 * The entries, not withdrawn, whose pages show a claim cited to a section of a work (a
	 * statement, a name, a date, a relation from either end, a note), in the archive's order.
	 */
	@Query(nativeQuery = true, value = """
			select e.id from entry e where e.withdrawn is null and e.id in (
			  select s.entry_id from citation c join quotation q on q.id = c.quotation_id join statement s on s.id = c.statement_id
			   where q.source_id = :source and q.section_no = :section
			  union select n.entry_id from citation c join quotation q on q.id = c.quotation_id join entry_name n on n.id = c.name_id
			   where q.source_id = :source and q.section_no = :section
			  union select c.date_entry_id from citation c join quotation q on q.id = c.quotation_id
			   where q.source_id = :source and q.section_no = :section and c.date_entry_id is not null
			  union select r.subject_id from citation c join quotation q on q.id = c.quotation_id join relation r on r.id = c.relation_id
			   where q.source_id = :source and q.section_no = :section
			  union select r.object_id from citation c join quotation q on q.id = c.quotation_id join relation r on r.id = c.relation_id
			   where q.source_id = :source and q.section_no = :section
			  union select n.entry_id from citation c join quotation q on q.id = c.quotation_id join editorial_note n on n.id = c.note_id
			   where q.source_id = :source and q.section_no = :section)
			order by e.position, e.id""")
	List<Long> findEntriesCitingSection(@Param("source") Long source, @Param("section") int section);

}
