package org.mirarchive.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A date in words, split into the parts a page marks up: each date in it with its machine
 * value for an HTML {@code time} element, and the words between ("1944", "–", "1974"); with
 * the date itself, so that a picture can draw what a page puts into words.
 */
public record DateText(List<Part> parts, HistoricalDate date) {

	/** Words, with the machine-readable date they stand for, or null for connecting words. */
	public record Part(String text, String machine) {
	}

	/** The whole date in words. */
	public String words() {
		return parts.stream().map(Part::text).collect(Collectors.joining());
	}

}
