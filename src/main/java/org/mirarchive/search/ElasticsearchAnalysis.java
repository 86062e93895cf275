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

	private static final String SPANISH_STOP = "archive_spanish_stop";

	private static final String SPANISH_STEM = "archive_light_spanish";

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
		// "_spanish_" is Lucene's SpanishAnalyzer list, read from the same Snowball file as on Lucene.
		context.tokenFilter(SPANISH_STOP).type("stop").param("stopwords", "_spanish_");
		context.tokenFilter(SPANISH_STEM).type("stemmer").param("language", "light_spanish");
		context.analyzer(Analyzers.NAME_ES).custom()
			.tokenizer("standard")
			.charFilters(APOSTROPHES)
			.tokenFilters("lowercase", "asciifolding", SPANISH_STEM);
		context.analyzer(Analyzers.PROSE_ES).custom()
			.tokenizer("standard")
			.charFilters(APOSTROPHES)
			.tokenFilters("lowercase", SPANISH_STOP, "asciifolding", SPANISH_STEM);
		context.normalizer(Analyzers.WHOLE_NAME).custom()
			.charFilters(NOT_A_WORD)
			.tokenFilters("lowercase", "asciifolding", "trim");
	}

}
