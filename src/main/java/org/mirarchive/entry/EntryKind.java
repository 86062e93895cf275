package org.mirarchive.entry;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of entry, each with the permanent path segment of its pages. A work is a document or
 * text the history concerns (the MIR's mission statement), an entry like any other; the works the
 * archive cites are its sources ({@code /sources}), which are not entries.
 */
public enum EntryKind {

	PERSON("people"), ORGANIZATION("organizations"), EVENT("events"), PLACE("places"), WORK("works");

	/**
	 * Every kind's path segment, as a request mapping's pattern needs it (a constant): {@code
	 * /{kind:people|...}}. EntryKindTest checks that it names every kind.
	 */
	public static final String PATHS = "people|organizations|events|places|works";

	private final String path;

	EntryKind(String path) {
		this.path = path;
	}

	/** The first segment of the kind's URLs: {@code people} in {@code /people/miguel-enriquez}. */
	public String path() {
		return path;
	}

	/** The path of an entry of this kind. */
	public String url(String slug) {
		return "/" + path + "/" + slug;
	}

	/** The slug of an entry of this kind from its path ({@link #url}): {@code santiago} of {@code /places/santiago}. */
	String slugOf(String url) {
		String prefix = url("");
		if (!url.startsWith(prefix)) {
			throw new IllegalArgumentException("Not the address of " + this + ": " + url);
		}
		return url.substring(prefix.length());
	}

	/**
	 * Whether entries of this kind are agents, people and organizations: what an authority record
	 * (EAC-CPF) describes, beside its page.
	 */
	public boolean isAgent() {
		return this == PERSON || this == ORGANIZATION;
	}

	public static Optional<EntryKind> fromPath(String path) {
		return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
	}

}
