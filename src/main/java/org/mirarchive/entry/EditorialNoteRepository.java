package org.mirarchive.entry;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.repository.Repository;

/** The archive's editorial notes, read across entries. */
public interface EditorialNoteRepository extends Repository<EditorialNote, Long> {

	/**
	 * Every note beside a statement of a published entry, with its entry, in the entries' order
	 * (first mention in the article) and the notes' order within each. A note beside a relation or
	 * a date line repeats one of these where the same claim appears again, so these are all the
	 * archive says, once each.
	 */
	@Query("select n from EditorialNote n join fetch n.entry e join n.statement s where e.withdrawn is null "
			+ "order by e.position, s.position, n.position, n.id")
	List<EditorialNote> findBesideStatements();

	/**
	 * For each of the given entries, the works its editorial notes cite, once each: the entry's id
	 * and the work's title, in the works' order of title. The timeline says of an undated event
	 * which works the notes on its page bring in.
	 */
	@Query("select distinct n.entry.id, c.source.title from EditorialNote n join n.citations c "
			+ "where n.entry.id in :entries order by c.source.title")
	List<Object[]> findWorksCitedInNotes(@Param("entries") Collection<Long> entries);

}
