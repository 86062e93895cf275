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
 * <li>{@code name_es}, for every name form again as Spanish reads it: folded, and reduced by Lucene's
 * light Spanish stemmer, which takes off plurals and gender endings only ("poblaciones" and
 * "población" are one word).</li>
 * <li>{@code prose_es}, for the archive's Spanish translations: folded, without Spanish stop words
 * ("de", "la", "del"), and stemmed by the same light Spanish stemmer ("sindicatos" = "sindicato").
 * Stop words go before folding, since the list spells them with accents ("más").</li>
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
		context.analyzer(Analyzers.NAME_ES).custom()
			.tokenizer("standard")
			.charFilter("patternReplace").param("pattern", Analyzers.APOSTROPHES).param("replacement", "'")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("spanishLightStem");
		context.analyzer(Analyzers.PROSE_ES).custom()
			.tokenizer("standard")
			.charFilter("patternReplace").param("pattern", Analyzers.APOSTROPHES).param("replacement", "'")
			.tokenFilter("lowercase")
			.tokenFilter("stop").param("words", Analyzers.SPANISH_STOP_WORDS).param("format", "snowball")
			.tokenFilter("asciiFolding")
			.tokenFilter("spanishLightStem");
		context.normalizer(Analyzers.WHOLE_NAME).custom()
			.charFilter("patternReplace").param("pattern", Analyzers.NOT_A_WORD).param("replacement", " ")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("trim");
	}

}
