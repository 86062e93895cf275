package org.mirarchive.search;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The index follows every change made through JPA on an OpenSearch cluster too
 * ({@link OpenSearchCluster}): each of {@link SearchFollowsChangesTest}'s changes is found by the
 * very next search, since with a cluster each commit waits until its documents are searchable
 * (the {@code sync} setting docs/deployment.md gives). On a database of its own, so that its
 * changes stay out of the other edited archive's index.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:edited-archive-on-opensearch;DB_CLOSE_DELAY=-1")
class SearchFollowsChangesOnOpenSearchTest extends SearchFollowsChangesTest {

	@DynamicPropertySource
	static void cluster(DynamicPropertyRegistry registry) {
		OpenSearchCluster.named("edited archive", 1).pointAt(registry);
	}

}
