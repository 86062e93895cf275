package org.mirarchive.entry;

import java.util.Arrays;
import java.util.Optional;

/** The four kinds of entry, each with the permanent path segment of its pages. */
public enum EntryKind {

	PERSON("people"), ORGANIZATION("organizations"), EVENT("events"), PLACE("places");

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

	public static Optional<EntryKind> fromPath(String path) {
		return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
	}

}
