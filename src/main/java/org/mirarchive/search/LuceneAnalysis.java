package org.mirarchive.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The index's analyzers on the embedded Lucene backend. {@link ElasticsearchAnalysis} defines the
 * same ones, under the same names and from the same Lucene components, for a search cluster; the
 * entities name them in their mapping:
 * <ul>
 * <li>{@code name}, for names and titles: case, accents and the kind of apostrophe do not matter
 * ("ENRÍQUEZ" = "enriquez", "Chile’s" = "Chile's"), and words are not stemmed.</li>
 * <li>{@code prose}, for summaries, statements and notes: the same, and English words are reduced
 * to their stem ("nationalized" and "nationalization" both index as "nationalize"). The stemmer
 * is Krovetz's, which is lighter than Porter's: Porter makes "nationalization" and "Nation" one
 * word, and then "nationalized" finds every nation first.</li>
 * <li>{@code whole_name} (a normalizer), for names as a whole, so that a search for exactly a
 * name ("MIR", "DINA") puts what bears that name first.</li>
 * </ul>
 */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(Analyzers.NAME).custom()
			.tokenizer("standard")
			.charFilter("patternReplace").param("pattern", Analyzers.APOSTROPHES).param("replacement", "'")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
		context.analyzer(Analyzers.PROSE).custom()
			.tokenizer("standard")
			.charFilter("patternReplace").param("pattern", Analyzers.APOSTROPHES).param("replacement", "'")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("kStem");
		context.normalizer(Analyzers.WHOLE_NAME).custom()
			.charFilter("patternReplace").param("pattern", Analyzers.NOT_A_WORD).param("replacement", " ")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("trim");
	}

}
