package org.mirarchive.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The index's analyzers on an Elasticsearch or OpenSearch cluster: the same ones, under the same
 * names and built from the same Lucene components, as {@link LuceneAnalysis} (which says what each
 * is for), so that the mapping and the queries behave alike on either backend. Used only when the
 * configuration selects a cluster (docs/deployment.md); the Elasticsearch backend is then on the
 * classpath.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	private static final String APOSTROPHES = "archive_apostrophes";

	private static final String NOT_A_WORD = "archive_not_a_word";

	private static final String POSSESSIVE = "archive_english_possessive";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.charFilter(APOSTROPHES).type("pattern_replace")
			.param("pattern", Analyzers.APOSTROPHES)
			.param("replacement", "'");
		context.charFilter(NOT_A_WORD).type("pattern_replace")
			.param("pattern", Analyzers.NOT_A_WORD)
			.param("replacement", " ");
		context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
		context.analyzer(Analyzers.NAME).custom()
			.tokenizer("standard")
			.charFilters(APOSTROPHES)
			.tokenFilters(POSSESSIVE, "lowercase", "asciifolding");
		context.analyzer(Analyzers.PROSE).custom()
			.tokenizer("standard")
			.charFilters(APOSTROPHES)
			.tokenFilters(POSSESSIVE, "lowercase", "asciifolding", "kstem");
		context.normalizer(Analyzers.WHOLE_NAME).custom()
			.charFilters(NOT_A_WORD)
			.tokenFilters("lowercase", "asciifolding", "trim");
	}

}
