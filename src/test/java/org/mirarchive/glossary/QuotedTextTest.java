package org.mirarchive.glossary;

import org.junit.jupiter.api.Test;

import org.mirarchive.glossary.QuotedText.Kind;
import org.mirarchive.glossary.QuotedText.Part;

import static org.assertj.core.api.Assertions.assertThat;

/** An explanation's quotations are told from the archive's words, and from its translations of them. */
class QuotedTextTest {

	@Test
	void straightDoubleQuotesMarkTheWorksWordsInEnglish() {
		assertThat(QuotedText.parts("The article's word for the MIR, \"a Chilean insurgent group\" that, it says, "
				+ "\"actively attempted to overthrow the Chilean government\".", true))
			.containsExactly(new Part(Kind.TEXT, "The article's word for the MIR, "),
					new Part(Kind.QUOTATION, "a Chilean insurgent group"), new Part(Kind.TEXT, " that, it says, "),
					new Part(Kind.QUOTATION, "actively attempted to overthrow the Chilean government"),
					new Part(Kind.TEXT, "."));
	}

	@Test
	void inSpanishTheTranslationInBracketsIsTheArchivesTextNotAQuotation() {
		assertThat(QuotedText.parts("describe al MIR, «a Chilean insurgent group» («un grupo insurgente chileno») que", true))
			.containsExactly(new Part(Kind.TEXT, "describe al MIR, "), new Part(Kind.QUOTATION, "a Chilean insurgent group"),
					new Part(Kind.TEXT, " («un grupo insurgente chileno») que"));
	}

	@Test
	void anExplanationThatCitesNoPassageQuotesNothing() {
		String text = "Chile's \"poblaciones\", in the archive's words.";
		assertThat(QuotedText.parts(text, false)).containsExactly(new Part(Kind.TEXT, text));
	}

	@Test
	void aQuotationMarkNeverClosedIsText() {
		assertThat(QuotedText.parts("a 12\" record", true)).containsExactly(new Part(Kind.TEXT, "a 12\" record"));
	}

}
