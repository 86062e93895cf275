package org.mirarchive.entry;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.mirarchive.work.Source;

/** Citations, looked up by the work they cite. */
public interface CitationRepository extends JpaRepository<Citation, Long> {

	/**
	 * Every citation of a work, with the claim it supports and that claim's entry loaded, and
	 * the translations of each: the page shows them in the reader's language.
	 */
	@Query("""
			select distinct c from Citation c
			left join fetch c.quotation q left join fetch q.translations
			left join fetch c.statement st left join fetch st.translations
			left join fetch st.entry ste left join fetch ste.translations
			left join fetch c.name n left join fetch n.entry ne left join fetch ne.translations
			left join fetch c.dateEntry de left join fetch de.translations
			left join fetch c.relation r left join fetch r.translations
			left join fetch r.subject rs left join fetch rs.translations
			left join fetch r.object ro left join fetch ro.translations
			left join fetch c.note nt left join fetch nt.translations
			left join fetch nt.entry nte left join fetch nte.translations
			left join fetch c.identifier i left join fetch i.entry ie left join fetch ie.translations
			left join fetch c.coordinates co left join fetch co.entry coe left join fetch coe.translations
			where c.source = :source
			order by c.id""")
	List<Citation> findBySource(Source source);

}
