package org.mirarchive.curation;

import java.util.List;

/**
 * A work the archive cites (a {@code work.Source}) as a curator edits it and as a change set
 * stores it: its record field by field as the work's page shows it, the archive's description
 * and the record's own words in both content languages, why each field it lacks is empty, and
 * its notes (who wrote it, where it was read, its rights: what says where the record comes from),
 * each in both languages. Its quotations are not here: they are the passages entries cite, and
 * are made and changed by citing them from an entry.
 *
 * @param slug the work's address under {@code /sources}, made from its title when it is first
 * published and never changed after; null for a work not yet published
 * @param kind a {@code SourceKind}'s name (ARTICLE, BOOK, WEB_PAGE…)
 * @param title the title as published (never translated)
 * @param subtitle the subtitle as published, or null
 * @param author the author as the work names them, or null
 * @param authorEs a corporate author in Spanish words, or null where the recorded name serves
 * @param container the site, periodical or work it appears in, or null
 * @param containerEs the same in Spanish words, or null
 * @param publisher the publisher, or null
 * @param place the place of publication as the imprint gives it, or null
 * @param placeEs the place in Spanish ("Nueva York"), or null
 * @param issued when it was issued, in EDTF, or null
 * @param url its web address (http or https), or null
 * @param accessed when the archive read it on the web, in EDTF, or null
 * @param accessedBefore where that day was not recorded, the day it was read by (yyyy-mm-dd), or null
 * @param isbn its ISBN, or null
 * @param language the work's language as a BCP 47 tag ("en", "es")
 * @param summary the archive's one-line description of the work (English)
 * @param summaryEs the archive's Spanish description, or null
 * @param unknown why each field the record must have and lacks is empty
 * @param notes the record's further fields, in order
 */
public record WorkDraft(String slug, String kind, String title, String subtitle, String author, String authorEs,
		String container, String containerEs, String publisher, String place, String placeEs, String issued,
		String url, String accessed, String accessedBefore, String isbn, String language, String summary,
		String summaryEs, List<UnknownDraft> unknown, List<NoteDraft> notes) {

	public WorkDraft {
		unknown = unknown == null ? List.of() : List.copyOf(unknown);
		notes = notes == null ? List.of() : List.copyOf(notes);
	}

	/** An empty work of no kind yet, for the new-work form. */
	static WorkDraft blank() {
		return new WorkDraft(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null);
	}

	/**
	 * Why a field of the record is empty.
	 *
	 * @param field a {@code RecordField}'s name (AUTHOR, PUBLISHER, PLACE, ISSUED, ACCESSED, ISBN)
	 * @param reason a {@code RecordField.Unknown}'s name (NOT_FOUND, NOT_SHOWN, NOT_RECORDED, NONE),
	 * or null where the field is not declared unknown
	 */
	public record UnknownDraft(String field, String reason) {
	}

	/**
	 * A further field of the record.
	 *
	 * @param id the published note's id, or null for a new one
	 * @param kind a {@code SourceNote.Kind}'s name (AUTHOR, DATE, PART, REPUBLISHED, IMAGE, CAPTURE, RIGHTS, CREDIT)
	 * @param text the note (English)
	 * @param textEs the archive's Spanish translation, or null
	 */
	public record NoteDraft(Long id, String kind, String text, String textEs) {
	}

}
