package org.mirarchive.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader typed into the search box, reduced to the words the archive searches for.
 * Anything can arrive here (very long text, markup, control characters, broken Unicode, query
 * syntax): only letters, digits and apostrophes inside words survive, so nothing typed is ever
 * read as query syntax. Also says which words may be matched with one typo.
 *
 * @param text the cleaned input, as the page shows it back (control characters and broken
 * Unicode removed, cut to {@link #MAX_LENGTH})
 * @param words the words searched for, at most {@link #MAX_WORDS}
 * @param shortened whether the input was cut, so the page can say that not all of it was used
 */
public record QueryWords(String text, List<String> words, boolean shortened) {

	/** Longer input is cut: nobody searches a paragraph, and a query's cost grows with its words. */
	static final int MAX_LENGTH = 200;

	static final int MAX_WORDS = 10;

	/** Longer words are cut; the longest word in the archive is far shorter. */
	static final int MAX_WORD_LENGTH = 40;

	/**
	 * Words this long or longer forgive one typo ("Pinochett", "Tupamarso"). Shorter ones must be
	 * exact: one letter off in a short word is another word, or another acronym (MIT is not MIR).
	 */
	static final int FUZZY_MIN_LETTERS = 5;

	/**
	 * Letters (with their combining marks) and digits, joined by apostrophes, points and commas
	 * ("Chile’s", "d'etat", "17.450"): words as the index's tokenizer (Unicode word boundaries)
	 * cuts them, so that each word searched for is a word of the index.
	 */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['\u2018\u2019\u02BC.,][\\p{L}\\p{M}\\p{N}]+)*");

	public static QueryWords of(String input) {
		if (input == null) {
			return new QueryWords("", List.of(), false);
		}
		// Only the start of a very long input is looked at at all.
		boolean shortened = input.length() > 4 * MAX_LENGTH;
		String clean = clean(shortened ? input.substring(0, 4 * MAX_LENGTH) : input);
		if (clean.codePointCount(0, clean.length()) > MAX_LENGTH) {
			shortened = true;
			clean = clean.substring(0, clean.offsetByCodePoints(0, MAX_LENGTH)).strip();
		}
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(clean);
		while (matcher.find()) {
			if (words.size() == MAX_WORDS) {
				shortened = true;
				break;
			}
			String word = matcher.group();
			if (word.codePointCount(0, word.length()) > MAX_WORD_LENGTH) {
				word = word.substring(0, word.offsetByCodePoints(0, MAX_WORD_LENGTH));
			}
			words.add(word);
		}
		return new QueryWords(clean, List.copyOf(words), shortened);
	}

	/** Whether the reader typed nothing at all (only spaces count as nothing). */
	public boolean blank() {
		return text.isEmpty();
	}

	/** Whether there is anything to search for. */
	public boolean searchable() {
		return !words.isEmpty();
	}

	/** Whether a word may match with one typo: long enough, and not a number. */
	static boolean forgivesTypo(String word) {
		int letters = 0;
		for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
			int c = word.codePointAt(i);
			if (Character.isDigit(c)) {
				return false;
			}
			if (Character.isLetter(c)) {
				letters++;
			}
		}
		return letters >= FUZZY_MIN_LETTERS;
	}

	/**
	 * Composes accents into their letters (so "e" + combining acute is "é", as the archive stores
	 * it), turns control characters into spaces and drops unpaired surrogates and invisible format
	 * characters, which no reader means to search for.
	 */
	private static String clean(String input) {
		StringBuilder out = new StringBuilder(input.length());
		for (int i = 0; i < input.length(); i++) {
			char c = input.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < input.length() && Character.isLowSurrogate(input.charAt(i + 1))) {
				out.append(c).append(input.charAt(++i));
			}
			else if (Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT) {
				continue;
			}
			else if (Character.isISOControl(c) || Character.isWhitespace(c)) {
				out.append(' ');
			}
			else {
				out.append(c);
			}
		}
		String composed = Normalizer.normalize(out, Normalizer.Form.NFC);
		return composed.replaceAll(" {2,}", " ").strip();
	}

}
