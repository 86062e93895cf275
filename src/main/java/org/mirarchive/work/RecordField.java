package org.mirarchive.work;

import java.util.EnumSet;
import java.util.Set;

/**
 * A field of a work's bibliographic record that every work of a kind must fill or say it does not
 * know (docs/editorial-policy.md, "Work records"): never left blank, never invented. Title and
 * summary are required of every work by the schema; these are the fields that a work may lack.
 */
public enum RecordField {

	AUTHOR, PUBLISHER, PLACE, ISSUED, ACCESSED, ISBN, LANGUAGE;

	/** Why a field holds no value: the work's record says so in words (a message per reason). */
	public enum Unknown {

		/** Searched for and not found (the Rettig Report's first publisher). */
		NOT_FOUND,
		/** Not shown on the copy read (Wikipedia's date of last edit). */
		NOT_SHOWN,
		/** Not recorded in the archive's research notes (a web page's author). */
		NOT_RECORDED,
		/** The work has none (a law's personal author). */
		NONE

	}

	/**
	 * The fields a work of this kind must fill or declare unknown: every work names its author,
	 * publisher, date and language; a book or report also its place of publication and ISBN; a
	 * work read on the web (everything but a book, and a report cited as itself) also its access date.
	 */
	public static Set<RecordField> requiredOf(SourceKind kind) {
		Set<RecordField> fields = EnumSet.of(AUTHOR, PUBLISHER, ISSUED, LANGUAGE);
		if (kind == SourceKind.BOOK || kind == SourceKind.REPORT) {
			fields.addAll(EnumSet.of(PLACE, ISBN));
		}
		else {
			fields.add(ACCESSED);
		}
		return fields;
	}

}
