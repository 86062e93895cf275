package org.mirarchive.search;

import java.util.List;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * Both backends define the analyzers the mapping names, under the same names: a cluster would
 * otherwise silently use its own built-in analyzer of that name, or fail only when the index is
 * created. (How the analyzers behave is tested through searches, in {@code SearchTest}.)
 */
class AnalysisTest {

	@Test
	void luceneAndElasticsearchDefineTheSameAnalyzersAndNormalizers() {
		LuceneAnalysisConfigurationContext lucene = mock(LuceneAnalysisConfigurationContext.class, RETURNS_DEEP_STUBS);
		new LuceneAnalysis().configure(lucene);
		ElasticsearchAnalysisConfigurationContext elasticsearch = mock(ElasticsearchAnalysisConfigurationContext.class,
				RETURNS_DEEP_STUBS);
		new ElasticsearchAnalysis().configure(elasticsearch);

		ArgumentCaptor<String> luceneAnalyzers = ArgumentCaptor.forClass(String.class);
		verify(lucene, atLeastOnce()).analyzer(luceneAnalyzers.capture());
		ArgumentCaptor<String> elasticsearchAnalyzers = ArgumentCaptor.forClass(String.class);
		verify(elasticsearch, atLeastOnce()).analyzer(elasticsearchAnalyzers.capture());
		assertThat(luceneAnalyzers.getAllValues()).containsExactlyInAnyOrder(Analyzers.NAME, Analyzers.PROSE, Analyzers.NAME_ES, Analyzers.PROSE_ES)
			.containsExactlyInAnyOrderElementsOf(elasticsearchAnalyzers.getAllValues());

		ArgumentCaptor<String> luceneNormalizers = ArgumentCaptor.forClass(String.class);
		verify(lucene, atLeastOnce()).normalizer(luceneNormalizers.capture());
		ArgumentCaptor<String> elasticsearchNormalizers = ArgumentCaptor.forClass(String.class);
		verify(elasticsearch, atLeastOnce()).normalizer(elasticsearchNormalizers.capture());
		assertThat(luceneNormalizers.getAllValues()).isEqualTo(List.of(Analyzers.WHOLE_NAME))
			.isEqualTo(elasticsearchNormalizers.getAllValues());
	}

}
