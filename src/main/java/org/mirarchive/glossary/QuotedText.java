package org.mirarchive.glossary;

import java.util.ArrayList;
import java.util.List;

/**
 * An explanation in the archive's words split where it quotes its work, so that each quotation is
 * marked as one (a {@code q} element, in the work's language) and the archive's translation of it
 * is not. The glossary's texts write a quotation between straight double quotes in English
 * ({@code "a Chilean insurgent group"}) and between angle quotes in Spanish ({@code «a Chilean
 * insurgent group»}); in Spanish the archive's translation follows in brackets, also between angle
 * quotes ({@code («un grupo insurgente chileno»)}), and is the archive's text, not a quotation.
 * Where the explanation cites no passage, nothing in it is a quotation and it stays whole.
 */
final class QuotedText {

	/** What a part of the text is. */
	enum Kind {
		/** The archive's own words. */
		TEXT,
		/** The work's words, verbatim. */
		QUOTATION
	}

	/** One part of the text; a quotation's text is without its quotation marks. */
	record Part(Kind kind, String text) {

		/** Whether the part is the work's words, for the page to mark as a quotation. */
		public boolean isQuotation() {
			return kind == Kind.QUOTATION;
		}

	}

	private QuotedText() {
	}

	/**
	 * The text's parts in order.
	 *
	 * @param quotes whether the explanation cites a passage of its work (else it quotes nothing)
	 */
	static List<Part> parts(String text, boolean quotes) {
		if (!quotes) {
			return List.of(new Part(Kind.TEXT, text));
		}
		List<Part> parts = new ArrayList<>();
		StringBuilder plain = new StringBuilder();
		int at = 0;
		while (at < text.length()) {
			char c = text.charAt(at);
			char closing = c == '"' ? '"' : c == '«' ? '»' : 0;
			int end = closing == 0 ? -1 : text.indexOf(closing, at + 1);
			if (end < 0) {
				plain.append(c);
				at++;
				continue;
			}
			if (c == '«' && plain.length() > 0 && plain.charAt(plain.length() - 1) == '(') {
				// The archive's translation of the quotation before it: its own text, marks and all.
				plain.append(text, at, end + 1);
				at = end + 1;
				continue;
			}
			if (plain.length() > 0) {
				parts.add(new Part(Kind.TEXT, plain.toString()));
				plain.setLength(0);
			}
			parts.add(new Part(Kind.QUOTATION, text.substring(at + 1, end)));
			at = end + 1;
		}
		if (plain.length() > 0) {
			parts.add(new Part(Kind.TEXT, plain.toString()));
		}
		return List.copyOf(parts);
	}

}
