package org.mirarchive.entry;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
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

}
