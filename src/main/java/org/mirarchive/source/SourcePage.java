package org.mirarchive.source;

import java.util.List;

import org.mirarchive.model.DateText;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceNote;

/**
 * Everything a source page shows: the bibliographic record, a ready-made citation of the work,
 * and every claim in the archive that cites it, grouped by entry in the order of the work.
 * Claims are listed with their locators, not their quotations: gathered in article order,
 * the quotations would reassemble the article, which the archive does not republish.
 * {@code record} is the same as data, for the page's JSON-LD and the API.
 */
public record SourcePage(Source source, List<SourceNote> notes, DateText issued, String citation,
		List<EntryClaims> entries, int citationCount, SourceRecord record) {

	/**
	 * The work's author for Highwire Press's {@code citation_author} tag, which Google Scholar
	 * and Zotero read: a person's name as recorded; none for a body such as the Vicaría de la
	 * Solidaridad, which Zotero would split like a person's name ("Solidaridad, Vicaría de la").
	 */
	public List<String> citationAuthors() {
		return source.hasPersonalAuthor() ? List.of(source.getAuthor().strip()) : List.of();
	}

	/** The claims one entry makes on the strength of this work. */
	public record EntryClaims(String name, String url, List<Claim> claims) {
	}

	/**
	 * A claim in words, and where in the work its support is.
	 * @param content whether the text is the archive's content (a statement or a note, in the
	 * content's language) rather than words of the interface (other names, dates, relations)
	 */
	public record Claim(String text, boolean content, String locator) {
	}

}
