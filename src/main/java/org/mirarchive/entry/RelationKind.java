package org.mirarchive.entry;

import java.util.Set;

/**
 * The kinds of relation between entries, each read from its subject to its object, with the
 * kinds of entry allowed at each end (checked by the integrity tests).
 */
public enum RelationKind {

	/**
	 * A person founded, or conceived, an organization; or organizations founded one ("a union of
	 * leftist student groups").
	 */
	FOUNDER_OF(Set.of(EntryKind.PERSON, EntryKind.ORGANIZATION), Set.of(EntryKind.ORGANIZATION)),
	/** A person led an organization, with a title such as General Secretary. */
	LEADER_OF(Set.of(EntryKind.PERSON), Set.of(EntryKind.ORGANIZATION)),
	/** A person or organization belonged to an organization or alliance. */
	MEMBER_OF(Set.of(EntryKind.PERSON, EntryKind.ORGANIZATION), Set.of(EntryKind.ORGANIZATION)),
	/** An organization is part of another, such as an agency of a state. */
	PART_OF(Set.of(EntryKind.ORGANIZATION), Set.of(EntryKind.ORGANIZATION)),
	/** Kinship: role names the subject ("nephew"), inverse role the object ("uncle"). */
	RELATIVE_OF(Set.of(EntryKind.PERSON), Set.of(EntryKind.PERSON)),
	/**
	 * A place within a larger place (the stadium in Santiago, Santiago in Chile), where a source
	 * says so; a place may be within more than one. Countries, and the regions that span them,
	 * are within none. A place's page lists the events within it, at any depth.
	 */
	LOCATED_IN(Set.of(EntryKind.PLACE), Set.of(EntryKind.PLACE)),
	/** Where an organization was based or had a facility. */
	BASED_IN(Set.of(EntryKind.ORGANIZATION), Set.of(EntryKind.PLACE)),
	/** Where an event happened. */
	HAPPENED_AT(Set.of(EntryKind.EVENT), Set.of(EntryKind.PLACE)),
	/**
	 * A person or organization took part in an event, in the role given; so may a state, filed as
	 * a place like every state, where a source has it act as one ("the help of nations like the
	 * United States and Brazil").
	 */
	PARTICIPANT_IN(Set.of(EntryKind.PERSON, EntryKind.ORGANIZATION, EntryKind.PLACE), Set.of(EntryKind.EVENT)),
	/**
	 * A person or organization supported another, or found support in a place (its people:
	 * "support in Santiago's poor and working-class neighborhoods").
	 */
	SUPPORTER_OF(Set.of(EntryKind.PERSON, EntryKind.ORGANIZATION, EntryKind.PLACE),
			Set.of(EntryKind.PERSON, EntryKind.ORGANIZATION)),
	/** A person or organization opposed another: fought it, or sought to overthrow it. */
	OPPONENT_OF(Set.of(EntryKind.PERSON, EntryKind.ORGANIZATION), Set.of(EntryKind.PERSON, EntryKind.ORGANIZATION)),
	/** A person or organization wrote a work, in the role given ("writer"). */
	AUTHOR_OF(Set.of(EntryKind.PERSON, EntryKind.ORGANIZATION), Set.of(EntryKind.WORK)),
	/**
	 * A work is an organization's or a person's own document, as its mission statement is the
	 * MIR's, with the role saying which ("mission statement"); who wrote it is AUTHOR_OF.
	 */
	DOCUMENT_OF(Set.of(EntryKind.WORK), Set.of(EntryKind.ORGANIZATION, EntryKind.PERSON));

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
