package org.mirarchive.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of an entry's or source's text with the words that matched a search marked, split into
 * parts so that the page escapes every part and wraps the matched ones in {@code mark}: no
 * markup produced by the highlighter is ever written into a page unescaped.
 */
public record Snippet(List<Part> parts) {

	/** Words, and whether they matched the search. */
	public record Part(String text, boolean marked) {
	}

	/**
	 * What the highlighter puts around a matched word: private-use characters, which no text of
	 * the archive contains, so that splitting on them cannot misread the text.
	 */
	static final String OPEN = "\uE000";

	static final String CLOSE = "\uE001";

	/** Splits the highlighter's output at its marks. */
	static Snippet highlighted(String highlighted) {
		List<Part> parts = new ArrayList<>();
		int at = 0;
		while (at < highlighted.length()) {
			int open = highlighted.indexOf(OPEN, at);
			if (open < 0) {
				break;
			}
			int close = highlighted.indexOf(CLOSE, open);
			if (close < 0) {
				break;
			}
			add(parts, highlighted.substring(at, open), false);
			add(parts, highlighted.substring(open + OPEN.length(), close), true);
			at = close + CLOSE.length();
		}
		add(parts, highlighted.substring(at).replace(OPEN, "").replace(CLOSE, ""), false);
		return new Snippet(List.copyOf(parts));
	}

	/** Text with nothing marked. */
	static Snippet plain(String text) {
		return new Snippet(text == null || text.isEmpty() ? List.of() : List.of(new Part(text, false)));
	}

	/** The whole text, without marks. */
	public String text() {
		StringBuilder text = new StringBuilder();
		parts.forEach(part -> text.append(part.text()));
		return text.toString();
	}

	/** How many characters are marked. */
	public int markedLength() {
		return parts.stream().filter(Part::marked).mapToInt(part -> part.text().length()).sum();
	}

	private static void add(List<Part> parts, String text, boolean marked) {
		if (text.isEmpty()) {
			return;
		}
		// Adjacent matched words ("Miguel Enríquez") read as one mark.
		int last = parts.size() - 1;
		if (last >= 0 && parts.get(last).marked() == marked) {
			parts.set(last, new Part(parts.get(last).text() + text, marked));
		}
		else {
			parts.add(new Part(text, marked));
		}
	}

}
