package org.mirarchive.glossary;

import java.util.List;

import org.mirarchive.entry.Footnotes;
import org.mirarchive.model.LocalText;

/**
 * What the glossary page shows: each term with its explanation in the reader's language and the
 * footnotes behind each, then the References list.
 */
record GlossaryPage(List<TermLine> terms, List<Footnotes.Reference> references) {

	/**
	 * One term.
	 *
	 * @param anchor the term's own address on the page ({@code term-dina})
	 * @param spanishRefs the footnotes of the Spanish term, none where it is the archive's translation
	 * @param definition the explanation in the reader's language (the language it is written in)
	 * @param definitionParts the explanation split where it quotes its work
	 * @param quotedLanguage the language of the work it quotes, or null where it quotes none
	 * @param entryName the entry about what the term names, or null
	 */
	record TermLine(String anchor, String term, String spanishTerm, boolean spanishTermCited, List<Integer> spanishRefs,
			LocalText definition, List<QuotedText.Part> definitionParts, String quotedLanguage, List<Integer> refs, LocalText entryName, String entryUrl) {
	}

}
