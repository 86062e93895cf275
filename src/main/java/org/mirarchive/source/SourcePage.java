package org.mirarchive.source;

import java.util.List;

import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.LocalText;
import org.mirarchive.work.Source;
import org.mirarchive.work.RecordLines;

/**
 * Everything a source page shows: the bibliographic record, a ready-made citation of the work,
 * and every claim in the archive that cites it, grouped by entry in the order of the work.
 * Claims are listed with their locators, not their quotations: gathered in article order,
 * the quotations would reassemble the article, which the archive does not republish.
 * {@code record} is the same as data, for the page's JSON-LD and the API. The archive's own text
 * (summary, notes, claims) is in the reader's language where the archive has translated it.
 */
public record SourcePage(Source source, LocalText summary, List<RecordLines.FieldLine> fields,
		List<RecordLines.NoteLine> notes, String citation,
		List<EntryClaims> entries, int citationCount, SourceRecord record, ContentLanguage.Note language) {

	/**
	 * The work's author for Highwire Press's {@code citation_author} tag, which Google Scholar
	 * and Zotero read: a person's name as recorded; none for a body such as the Vicaría de la
	 * Solidaridad, which Zotero would split like a person's name ("Solidaridad, Vicaría de la").
	 */
	public List<String> citationAuthors() {
		return source.hasPersonalAuthor() ? List.of(source.getAuthor().strip()) : List.of();
	}

	/** The claims one entry makes on the strength of this work. */
	public record EntryClaims(LocalText name, String url, List<Claim> claims) {
	}

	/**
	 * A claim in words, and where in the work its support is: a statement or a note in the language
	 * the archive has it in; other names, dates and relations worded by the interface (no
	 * {@code lang} of their own).
	 */
	public record Claim(LocalText text, String locator) {
	}

}
