package org.mirarchive.entry;

import java.util.Set;

/**
 * The kinds of relation between entries, each read from its subject to its object, with the
 * kinds of entry allowed at each end (checked by the integrity tests).
 */
public enum RelationKind {

	/** A person founded, or conceived, an organization. */
	FOUNDER_OF(Set.of(EntryKind.PERSON), Set.of(EntryKind.ORGANIZATION)),
	/** A person led an organization, with a title such as General Secretary. */
	LEADER_OF(Set.of(EntryKind.PERSON), Set.of(EntryKind.ORGANIZATION)),
	/** A person or organization belonged to an organization or alliance. */
	MEMBER_OF(Set.of(EntryKind.PERSON, EntryKind.ORGANIZATION), Set.of(EntryKind.ORGANIZATION)),
	/** An organization is part of another, such as an agency of a state. */
	PART_OF(Set.of(EntryKind.ORGANIZATION), Set.of(EntryKind.ORGANIZATION)),
	/** Kinship: role names the subject ("nephew"), inverse role the object ("uncle"). */
	RELATIVE_OF(Set.of(EntryKind.PERSON), Set.of(EntryKind.PERSON)),
	/** Where an organization was based or had a facility. */
	BASED_IN(Set.of(EntryKind.ORGANIZATION), Set.of(EntryKind.PLACE)),
	/** Where an event happened. */
	HAPPENED_AT(Set.of(EntryKind.EVENT), Set.of(EntryKind.PLACE)),
	/** A person or organization took part in an event, in the role given. */
	PARTICIPANT_IN(Set.of(EntryKind.PERSON, EntryKind.ORGANIZATION), Set.of(EntryKind.EVENT));

	private final Set<EntryKind> subjects;

	private final Set<EntryKind> objects;

	RelationKind(Set<EntryKind> subjects, Set<EntryKind> objects) {
		this.subjects = subjects;
		this.objects = objects;
	}

	/** Whether a relation of this kind may join entries of these kinds. */
	public boolean allows(EntryKind subject, EntryKind object) {
		return subjects.contains(subject) && objects.contains(object);
	}

}
