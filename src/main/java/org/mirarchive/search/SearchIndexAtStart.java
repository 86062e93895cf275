package org.mirarchive.search;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Builds the search index from the database when the archive starts. Hibernate Search keeps the
 * index in step with every change made through JPA, but rows that Flyway inserts (the seed, and
 * corrections by migration) bypass JPA, and the embedded index lives in memory: so it is rebuilt
 * from the database at every start. A deployment whose index outlives restarts can turn this off
 * ({@code archive.search.index-at-start=false}) and reindex on demand (docs/deployment.md).
 */
@Component
@ConditionalOnBooleanProperty(name = "archive.search.index-at-start", matchIfMissing = true)
class SearchIndexAtStart implements ApplicationRunner {

	private final EntityManagerFactory entityManagerFactory;

	SearchIndexAtStart(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		Search.mapping(entityManagerFactory).scope(Object.class).massIndexer().startAndWait();
	}

}
