package org.mirarchive.entry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An entry's record as programs read it (the API's answer for {@code /api/people/{slug}}, one
 * object of the download's JSON): every claim the page shows, each with its citations, and
 * absolute URLs.
 *
 * @param type {@code person}, {@code organization}, {@code event}, {@code place} or {@code work}
 * @param url the entry's permanent page
 * @param api this record's address in the API
 * @param contentNote whether the entry describes torture, disappearance or killing
 * @param translations the archive's translations of the name and summary, by language and field
 * ({@code {"es": {"name": …, "summary": …}}}); every record with texts of the archive's has one,
 * beside its English fields ({@code model.Translations})
 * @param identifiers the entry's identifiers in other archives' authority files, each cited (left
 * out where there are none, as in every seeded record)
 * @param coordinates where a place is, each point cited, with what it stands for and the notes
 * beside it (left out where there are none: every record but a place's that a work locates)
 */
public record EntryRecord(String type, String slug, String name, String summary, String url, String api,
		OffsetDateTime lastChanged, boolean contentNote, List<NameRecord> names, DateRecord date,
		List<StatementRecord> statements, List<RelationRecord> relations,
		Map<String, Map<String, String>> translations,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<IdentifierRecord> identifiers,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<CoordinatesRecord> coordinates) {

	/** A record without identifiers in other archives. */
	public EntryRecord(String type, String slug, String name, String summary, String url, String api,
			OffsetDateTime lastChanged, boolean contentNote, List<NameRecord> names, DateRecord date,
			List<StatementRecord> statements, List<RelationRecord> relations,
			Map<String, Map<String, String>> translations) {
		this(type, slug, name, summary, url, api, lastChanged, contentNote, names, date, statements, relations,
				translations, List.of(), List.of());
	}

	/** A record without coordinates (of anything but a place that a work locates). */
	public EntryRecord(String type, String slug, String name, String summary, String url, String api,
			OffsetDateTime lastChanged, boolean contentNote, List<NameRecord> names, DateRecord date,
			List<StatementRecord> statements, List<RelationRecord> relations,
			Map<String, Map<String, String>> translations, List<IdentifierRecord> identifiers) {
		this(type, slug, name, summary, url, api, lastChanged, contentNote, names, date, statements, relations,
				translations, identifiers, List.of());
	}

	public EntryRecord {
		identifiers = identifiers == null ? List.of() : identifiers;
		coordinates = coordinates == null ? List.of() : coordinates;
	}

	/**
	 * A point where a place is: decimal degrees (south and west negative) as its work gives them,
	 * and {@code precision}, what the point stands for: COUNTRY (a country's centre as its work
	 * gives it), REGION (a nominal point for a region or range), CITY (a city's centre) or
	 * BUILDING; {@code id} the claim's own.
	 */
	public record CoordinatesRecord(Long id, double latitude, double longitude, String precision,
			List<CitationRecord> citations, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<NoteRecord> notes) {
	}

	/**
	 * An identifier in another archive's authority file: {@code scheme} WIKIDATA, VIAF, ISNI or
	 * LCNAF, the identifier as that file writes it, the address of its record there; {@code id}
	 * (as for names) the claim's own.
	 */
	public record IdentifierRecord(Long id, String scheme, String identifier, String url,
			List<CitationRecord> citations) {
	}

	/**
	 * Another form of the name: ACRONYM, ORIGINAL, TRANSLATION, VARIANT or NICKNAME. {@code id}
	 * (as for statements and relations): the claim's own, which a write names to change it
	 * rather than add another.
	 */
	public record NameRecord(Long id, String name, String kind, String lang, List<CitationRecord> citations) {
	}

	/**
	 * A date: the EDTF expression as stored, in words, and the first and last days it can mean
	 * (null at an open or unknown end); with its citations where the date is itself a claim, and
	 * the editorial notes beside it (left out where there are none).
	 */
	public record DateRecord(String edtf, String words, LocalDate earliest, LocalDate latest,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<CitationRecord> citations,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<NoteRecord> notes) {
	}

	public record StatementRecord(Long id, String text, List<CitationRecord> citations, List<NoteRecord> notes,
			Map<String, Map<String, String>> translations) {
	}

	/**
	 * An editorial note: DISAGREEMENT (other works differ), PRECISION (other works add) or
	 * LIMITATION (what the archive does not know); {@code id} names it in a record written back.
	 */
	public record NoteRecord(Long id, String kind, String text, List<CitationRecord> citations,
			Map<String, Map<String, String>> translations) {
	}

	/**
	 * A relation read from subject to object (FOUNDER_OF, LEADER_OF, MEMBER_OF, …); role is the
	 * subject's. {@code notes}: the editorial notes beside it (left out where there are none).
	 */
	public record RelationRecord(Long id, String kind, EntryRef subject, EntryRef object, String role, String inverseRole,
			DateRecord date, List<CitationRecord> citations,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<NoteRecord> notes,
			Map<String, Map<String, String>> translations) {
	}

	/** The entry at one end of a relation. */
	public record EntryRef(String type, String slug, String name, String url,
			Map<String, Map<String, String>> translations) {
	}

	/**
	 * A reference: the work, the place in it, and for the seed article the verbatim quotation
	 * (null for works cited without quotation, and in the whole-archive download), with the
	 * archive's renderings of it ({@code {"es": {"quotation": …}}}; none where there is no quotation).
	 */
	public record CitationRecord(SourceRef source, String locator, String quotation,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Map<String, String>> translations) {
	}

	/** A cited work: its page in the archive ({@code url}) and its own address where it has one. */
	public record SourceRef(String slug, String title, String author, boolean personalAuthor, String publisher,
			String url, String workUrl) {
	}

}
