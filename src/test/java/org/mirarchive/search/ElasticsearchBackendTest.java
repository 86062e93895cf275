package org.mirarchive.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.search.ArchiveSearch.Typos;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same mapping and queries run on an Elasticsearch or OpenSearch cluster by configuration
 * alone (docs/deployment.md): the archive starts on that backend and builds every query it runs.
 * No cluster is needed: the version is given instead of asked for, the indexes are neither
 * created nor filled, and the queries are only built, not sent.
 */
@ArchiveWebTest
@TestPropertySource(properties = {
		"spring.jpa.properties.hibernate.search.backend.type=elasticsearch",
		"spring.jpa.properties.hibernate.search.backend.analysis.configurer=class:org.mirarchive.search.ElasticsearchAnalysis",
		"spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
		"spring.jpa.properties.hibernate.search.backend.version=9.1",
		"spring.jpa.properties.hibernate.search.schema_management.strategy=none",
		"archive.search.index-at-start=false" })
class ElasticsearchBackendTest {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private EntityManager entityManager;

	@Test
	void theArchiveStartsOnElasticsearch() {
		assertThat(Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class)).isNotNull();
	}

	@Test
	@Transactional(readOnly = true)
	void everyQueryOfTheSearchPageBuildsForElasticsearch() {
		SearchSession session = Search.session(entityManager);
		QueryWords query = QueryWords.of("Pinochett Chile’s MIR");

		String exact = ArchiveSearch.ranked(session, query, Typos.NONE, null, "en").queryString();
		assertThat(exact).doesNotContain("\"fuzziness\"");
		String all = ArchiveSearch.ranked(session, query, Typos.ONE_PER_WORD, null, "es").queryString();
		assertThat(all).contains("\"fuzziness\"", "\"names.name_whole\"", "\"title_whole\"", "\"highlight\"",
				"\"slug\"", "\"_score\"", "\"name_es\"", "\"names.name_es\"", "\"summary_es\"", "\"statements.text_es\"",
				"\"notes.text_es\"");
		assertThat(ArchiveSearch.ranked(session, query, Typos.ONE_PER_WORD, ResultType.PEOPLE, "en").queryString()).contains("\"kind\"", "\"PERSON\"");
		assertThat(ArchiveSearch.ranked(session, query, Typos.ONE_PER_WORD, ResultType.SOURCES, "es").queryString()).contains("\"title\"");
		assertThat(ArchiveSearch.entriesByKind(session, query, Typos.ONE_PER_WORD).queryString()).contains("\"aggregations\"", "\"kind\"");
		assertThat(ArchiveSearch.sources(session, query, Typos.ONE_PER_WORD).queryString()).contains("\"subtitle\"", "\"summary_es\"");
	}

}
