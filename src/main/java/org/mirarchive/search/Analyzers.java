package org.mirarchive.search;

/**
 * The names of the index's analyzers, as the entities' mapping annotations spell them
 * ({@code @FullTextField(analyzer = "name")}), and what both backends' definitions share.
 */
final class Analyzers {

	/** Names and titles: folded, not stemmed. */
	static final String NAME = "name";

	/** Summaries, statements and notes: folded and stemmed as English. */
	static final String PROSE = "prose";

	/** Every name form again, as Spanish reads it: folded, and Spanish plurals and endings reduced ("poblaciones" = "población"). */
	static final String NAME_ES = "name_es";

	/** The archive's Spanish translations: folded, Spanish stop words left out, stemmed lightly as Spanish. */
	static final String PROSE_ES = "prose_es";

	/** A whole name as one value, folded and with punctuation read as spaces: "Chile’s MIR" is "chile s mir". */
	static final String WHOLE_NAME = "whole_name";

	/** Runs of anything but letters and digits, read as one space in a whole name. */
	static final String NOT_A_WORD = "[^\\p{L}\\p{N}]+";

	/**
	 * Characters readers and sources use for an apostrophe, all read as {@code '}: left and right
	 * single quotation marks, the modifier letter apostrophe, the fullwidth apostrophe, the grave
	 * and acute accents typed in their place.
	 */
	static final String APOSTROPHES = "[\u2018\u2019\u02BC\uFF07`\u00B4]";

	/**
	 * Lucene's Spanish stop words (Snowball's list), the same list a cluster's {@code _spanish_}
	 * names; {@code ArchiveSearch} leaves a word of it optional, since the Spanish fields drop it.
	 */
	static final String SPANISH_STOP_WORDS = "org/apache/lucene/analysis/snowball/spanish_stop.txt";

	private Analyzers() {
	}

}
