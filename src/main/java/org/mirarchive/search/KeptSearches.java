package org.mirarchive.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;

import org.mirarchive.address.SearchesReached;

/**
 * Tells the pages kept in memory which of the searches they show a change reaches: those a changed
 * entry or work matches now, as the index holds it once it has followed the change (one query
 * each, narrowed to the changed ids). Asked after a commit, outside any transaction: the index is
 * all it reads, on an entity manager of its own. A search it does not know is reached.
 */
@Component
class KeptSearches implements SearchesReached {

	private final EntityManagerFactory entityManagerFactory;

	KeptSearches(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public Set<Object> reached(Collection<Object> queries, Set<Long> entries, Set<Long> works) {
		Set<Object> reached = new HashSet<>();
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			for (Object query : queries) {
				if (!(query instanceof QueryWords words) || ArchiveSearch.matches(session, words, entries, works)) {
					reached.add(query);
				}
			}
		}
		return reached;
	}

}
