package org.mirarchive.search;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.util.common.SearchException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.mirarchive.instances.ArchiveChangedElsewhere;

/**
 * Keeps this instance's index in step with changes another instance of the archive made to the
 * same database (Hibernate Search follows only this process's own): reindexes the entities it
 * named as they now are in the database, with every document that embeds them (an entry embeds
 * its names, statements and notes), removes those of the deleted ones, and rebuilds the whole
 * index when anything may have changed. Runs before the page cache forgets its pages, so that a
 * search page rendered after that finds what changed. Only for an index of this instance's own
 * (embedded Lucene): a search cluster is one index that every instance already writes to.
 */
@Component
@ConditionalOnProperty(name = "spring.jpa.properties.hibernate.search.backend.type", havingValue = "lucene",
		matchIfMissing = true)
class IndexFollowsOtherInstances {

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	IndexFollowsOtherInstances(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			TransactionTemplate transaction) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.transaction = transaction;
	}

	@EventListener
	@Order(ArchiveChangedElsewhere.INDEX_ORDER)
	void follow(ArchiveChangedElsewhere change) {
		if (change.everything()) {
			try {
				Search.mapping(entityManagerFactory).scope(Object.class).massIndexer().startAndWait();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return;
		}
		Set<Class<?>> indexed = Search.mapping(entityManagerFactory)
			.allIndexedEntities()
			.stream()
			.map(SearchIndexedEntity::javaClass)
			.collect(Collectors.toSet());
		transaction.executeWithoutResult(status -> {
			SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
			change.entities().forEach((type, ids) -> ids.forEach(id -> {
				Object entity = entityManager.find(type, id);
				if (entity == null) {
					if (indexed.contains(type)) {
						plan.purge(type, id, null);
					}
				}
				else {
					try {
						plan.addOrUpdate(entity);
					}
					catch (SearchException neitherIndexedNorEmbedded) {
						// A citation, a work's section: nothing in the index holds it.
					}
				}
			}));
			plan.execute();
		});
	}

}
