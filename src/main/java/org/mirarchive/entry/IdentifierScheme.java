package org.mirarchive.entry;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An authority file whose identifiers the archive records for its entries: the file's name, how
 * its identifiers are written, and the address of the record an identifier names. An identifier
 * that is not written as its file writes them is refused; ISNI's check character is checked too.
 */
public enum IdentifierScheme {

	/** Wikidata's items: {@code Q} and a number ("Q42"). */
	WIKIDATA("Wikidata", "Q[1-9][0-9]{0,11}", "https://www.wikidata.org/wiki/", "Q42"),

	/** The Virtual International Authority File: a number ("113230702"). */
	VIAF("VIAF", "[1-9][0-9]{1,21}", "https://viaf.org/viaf/", "113230702"),

	/** The International Standard Name Identifier: sixteen characters, the last a check digit or X. */
	ISNI("ISNI", "[0-9]{15}[0-9X]", "https://isni.org/isni/", "0000000121032683"),

	/** The Library of Congress Name Authority File: a prefix n, nb, no, nr or ns and a number ("n79021164"). */
	LCNAF("LCNAF", "n[bors]?[0-9]{8,10}", "https://id.loc.gov/authorities/names/", "n79021164");

	private final String label;

	private final Pattern written;

	private final String base;

	private final String example;

	IdentifierScheme(String label, String written, String base, String example) {
		this.label = label;
		this.written = Pattern.compile(written);
		this.base = base;
		this.example = example;
	}

	/** An identifier written as this file writes them, to show a curator the form ("Q42"). */
	public String example() {
		return example;
	}

	/** The authority file's own name ("Wikidata"), in every language. */
	public String label() {
		return label;
	}

	/** How the file writes its identifiers, as a regular expression (for messages and forms). */
	public String pattern() {
		return written.pattern();
	}

	/** Whether an identifier is written as this file writes them (and, for ISNI, its check digit holds). */
	public boolean accepts(String identifier) {
		if (identifier == null || !written.matcher(identifier).matches()) {
			return false;
		}
		return this != ISNI || isniCheckHolds(identifier);
	}

	/** The address of the record an identifier names in its file. */
	public String url(String identifier) {
		return base + identifier;
	}

	/** The scheme a name ("WIKIDATA", "wikidata") stands for, if any. */
	public static Optional<IdentifierScheme> named(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(scheme -> scheme.name().equalsIgnoreCase(name.strip())).findFirst();
	}

	/** ISO 7064 MOD 11-2, as ISNI (ISO 27729) computes its last character from the fifteen before it. */
	private static boolean isniCheckHolds(String identifier) {
		int total = 0;
		for (int i = 0; i < 15; i++) {
			total = (total + (identifier.charAt(i) - '0')) * 2;
		}
		int check = (12 - total % 11) % 11;
		char expected = check == 10 ? 'X' : (char) ('0' + check);
		return identifier.charAt(15) == expected;
	}

}
