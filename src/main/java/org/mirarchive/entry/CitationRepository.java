package org.mirarchive.entry;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.mirarchive.work.Source;

/** Citations, looked up by the work they cite. */
public interface CitationRepository extends JpaRepository<Citation, Long> {

	/** Every citation of a work, with the claim it supports and that claim's entry loaded. */
	@Query("""
			select c from Citation c
			left join fetch c.quotation
			left join fetch c.statement st left join fetch st.entry
			left join fetch c.name n left join fetch n.entry
			left join fetch c.dateEntry
			left join fetch c.relation r left join fetch r.subject left join fetch r.object
			left join fetch c.note nt left join fetch nt.entry
			where c.source = :source
			order by c.id""")
	List<Citation> findBySource(Source source);

}
