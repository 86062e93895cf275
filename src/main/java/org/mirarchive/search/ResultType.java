package org.mirarchive.search;

import java.util.Arrays;
import java.util.Optional;

import org.mirarchive.entry.EntryKind;

/** What search results can be narrowed to: one kind of entry, or the sources. */
public enum ResultType {

	PEOPLE(EntryKind.PERSON), ORGANIZATIONS(EntryKind.ORGANIZATION), EVENTS(EntryKind.EVENT), PLACES(EntryKind.PLACE),
	WORKS(EntryKind.WORK),
	SOURCES(null);

	private final EntryKind kind;

	ResultType(EntryKind kind) {
		this.kind = kind;
	}

	/** The kind of entry, or null for sources. */
	EntryKind kind() {
		return kind;
	}

	/** The value of the {@code type} parameter: {@code people}, ..., {@code sources}. */
	public String param() {
		return kind == null ? "sources" : kind.path();
	}

	/** The message key of the type's plural label ("People", "Sources"). */
	public String labelKey() {
		return "search.type." + name();
	}

	static Optional<ResultType> fromParam(String param) {
		return Arrays.stream(values()).filter(type -> type.param().equals(param)).findFirst();
	}

	static ResultType of(EntryKind kind) {
		return Arrays.stream(values()).filter(type -> type.kind == kind).findFirst().orElseThrow();
	}

}
