package org.mirarchive.entry;

/** What another form of an entry's name is. */
public enum NameKind {
	/** "MIR", "DINA". */
	ACRONYM,
	/** The name in the organization's own language, where the preferred name is another. */
	ORIGINAL,
	/** "Movement of the Revolutionary Left": a translation a cited work gives. */
	TRANSLATION,
	/**
	 * "Estados Unidos": the archive's own translation of the name the article uses, where no cited
	 * work gives the name in that language; cited to the article's passage in which that name
	 * stands, and labelled as the archive's, apart from a translation a work gives.
	 */
	ARCHIVE_TRANSLATION,
	/** A spelling or form used in a source: "Miguel Enriquez", "General Augusto Pinochet". */
	VARIANT,
	/** "Ché". */
	NICKNAME
}
