package org.mirarchive.address;

import java.util.Collection;
import java.util.Set;

/**
 * Which of the searches whose results pages show ({@link PageShows#searchResults}) a change now
 * reaches: those that a changed entry or work matches, as the search index holds it once it has
 * followed the change. The feature that searches is a bean of this type, so that the pages kept in
 * memory depend on no feature to know which searches to forget.
 */
public interface SearchesReached {

	/**
	 * @param queries searches as pages said they show them
	 * @param entries the ids of the entries changed
	 * @param works the ids of the works changed
	 * @return the searches that one of them matches now, or may: every one that cannot be told
	 */
	Set<Object> reached(Collection<Object> queries, Set<Long> entries, Set<Long> works);

}
