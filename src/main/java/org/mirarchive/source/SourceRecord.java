package org.mirarchive.source;

import org.mirarchive.entry.EntryRecord;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A cited work as programs read it: its bibliographic record, its page in the archive, and (in
 * the API's answer for one work) what the archive cites it for, with locators, not quotations.
 *
 * @param url the work's page in the archive
 * @param workUrl the work's own address, where it has one
 * @param personalAuthor whether the author is a person rather than a body
 * @param citedBy the entries whose claims cite the work, in the work's order; null in lists
 * @param translations the archive's translations of the summary, by language ({@code {"es": {"summary": …}}})
 */
public record SourceRecord(String slug, String kind, String title, String subtitle, String author,
		boolean personalAuthor, String container, String publisher, EntryRecord.DateRecord issued, String workUrl,
		String url, String api, String summary, boolean quotable, List<Note> notes, OffsetDateTime lastChanged,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<CitedBy> citedBy,
		Map<String, Map<String, String>> translations) {

	/** A further field of the record: AUTHOR, DATE, PART, REPUBLISHED, IMAGE, CAPTURE, RIGHTS or CREDIT. */
	public record Note(String kind, String text, Map<String, Map<String, String>> translations) {
	}

	/** An entry that cites the work, and its claims with where in the work their support is. */
	public record CitedBy(String name, String url, List<Claim> claims) {
	}

	public record Claim(String text, String locator) {
	}

}
