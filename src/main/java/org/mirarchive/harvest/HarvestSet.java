package org.mirarchive.harvest;

import java.util.Arrays;
import java.util.Optional;

import org.mirarchive.entry.EntryKind;

/**
 * The sets a harvester may ask for: one per kind of entry, and the cited works. A set's spec is the
 * first segment of its records' addresses ({@code people}, {@code sources}), and so of their
 * identifiers ({@code oai:mir.example:people/miguel-enriquez}).
 */
public enum HarvestSet {

	PEOPLE(EntryKind.PERSON, "People"), ORGANIZATIONS(EntryKind.ORGANIZATION, "Organizations"),
	EVENTS(EntryKind.EVENT, "Events"), PLACES(EntryKind.PLACE, "Places"),
	WORKS(EntryKind.WORK, "Works (documents and texts the history concerns)"),
	SOURCES(null, "Cited works (the archive's sources)");

	private final EntryKind kind;

	private final String name;

	HarvestSet(EntryKind kind, String name) {
		this.kind = kind;
		this.name = name;
	}

	/** The set's spec: {@code people}, ..., {@code sources}. */
	public String spec() {
		return kind == null ? "sources" : kind.path();
	}

	/** The set's name as ListSets gives it (in English: the protocol has one name per set). */
	public String displayName() {
		return name;
	}

	/** The kind of entry the set holds; empty for the cited works. */
	public Optional<EntryKind> kind() {
		return Optional.ofNullable(kind);
	}

	public static HarvestSet of(EntryKind kind) {
		return Arrays.stream(values()).filter(set -> set.kind == kind).findFirst().orElseThrow();
	}

	public static Optional<HarvestSet> fromSpec(String spec) {
		return Arrays.stream(values()).filter(set -> set.spec().equals(spec)).findFirst();
	}

}
