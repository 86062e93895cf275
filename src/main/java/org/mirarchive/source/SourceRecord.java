package org.mirarchive.source;

import org.mirarchive.entry.EntryRecord;

import java.time.LocalDate;
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
 * @param place the place of publication (books and reports)
 * @param language the language the work is written in, a BCP 47 tag ({@code en}, {@code es})
 * @param accessed the day the archive read the work on the web, where it was recorded
 * @param accessedBefore where that day was not recorded, the day before which the work was read
 * @param unknown the record's fields that are not known, each with why ({@code {"PUBLISHER": "NOT_FOUND"}}:
 *     NOT_FOUND, NOT_SHOWN on the copy read, NOT_RECORDED in the archive's notes, or NONE)
 * @param translations the archive's translations of the summary and the record's own words, by
 *     language ({@code {"es": {"summary": …, "author": "Colaboradores de Wikipedia"}}})
 */
public record SourceRecord(String slug, String kind, String title, String subtitle, String author,
		boolean personalAuthor, String container, String publisher, String place, EntryRecord.DateRecord issued,
		String isbn, String language, String workUrl, EntryRecord.DateRecord accessed, LocalDate accessedBefore,
		Map<String, String> unknown, String url, String api, String summary, boolean quotable, List<Note> notes,
		OffsetDateTime lastChanged,
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
