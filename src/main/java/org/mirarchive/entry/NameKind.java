package org.mirarchive.entry;

/** What another form of an entry's name is. */
public enum NameKind {
	/** "MIR", "DINA". */
	ACRONYM,
	/** The name in the organization's own language, where the preferred name is another. */
	ORIGINAL,
	/** "Movement of the Revolutionary Left". */
	TRANSLATION,
	/** A spelling or form used in a source: "Miguel Enriquez", "General Augusto Pinochet". */
	VARIANT,
	/** "Ché". */
	NICKNAME
}
