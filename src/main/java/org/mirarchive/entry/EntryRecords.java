package org.mirarchive.entry;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.StoredDate;
import org.mirarchive.model.Translations;
import org.mirarchive.work.Locators;
import org.mirarchive.work.Quotation;
import org.mirarchive.work.Source;

/**
 * Turns entries into {@link EntryRecord}s: every claim with its citations, dates as EDTF, words
 * and bounds, URLs absolute. Used by the API, by entry pages (for their JSON-LD) and by the
 * whole-archive download, which leaves the quotations out.
 */
@Component
public class EntryRecords {

	/** Whether records carry the verbatim quotations of their citations. */
	public enum Quotations {
		/** As entry pages show them: each quotation beside the claim it supports. */
		INCLUDED,
		/** Gathered together, the quotations would reassemble the article, which the archive does not republish. */
		LEFT_OUT
	}

	private final EntryRepository entries;

	private final RelationRepository relations;

	private final Locators locators;

	private final DateWords dateWords;

	private final ArchiveAddresses addresses;

	EntryRecords(EntryRepository entries, RelationRepository relations, Locators locators, DateWords dateWords,
			ArchiveAddresses addresses) {
		this.entries = entries;
		this.relations = relations;
		this.locators = locators;
		this.dateWords = dateWords;
		this.addresses = addresses;
	}

	/** One entry's record, with quotations, or empty for an unknown slug or a withdrawn entry. */
	@Transactional(readOnly = true)
	public Optional<EntryRecord> find(EntryKind kind, String slug, Locale locale) {
		return findVersioned(kind, slug, locale).map(Versioned::record);
	}

	/**
	 * A record with the version of the entry it was read from: the API's {@code ETag}, which a
	 * write names in {@code If-Match} to say which version it changes.
	 */
	public record Versioned(EntryRecord record, long version, Locale locale) {

		/**
		 * The version as a strong entity tag: {@code "7"} for the record read in English, the one
		 * a write names; {@code "7-es"} for a record read in Spanish, whose free locators and dates
		 * in words are Spanish, so that it differs from the English one and cannot be written back
		 * in its place ({@link #readInAnotherLanguage}).
		 */
		public String etag() {
			String language = locale.getLanguage();
			return Locale.ENGLISH.getLanguage().equals(language) ? etag(version)
					: "\"" + version + "-" + language + "\"";
		}

		public static String etag(long version) {
			return "\"" + version + "\"";
		}

		/**
		 * An {@code If-Match} with each record read in another language named by its version only
		 * ({@code "7-es"} as {@code "7"}): for a request that writes no record back (a revert), where
		 * the language it was read in does not matter.
		 */
		public static String inAnyLanguage(String ifMatch) {
			return ifMatch.replaceAll("\"([0-9]+)-[a-z]+\"", "\"$1\"");
		}

		/** Whether an {@code If-Match} names a record read in a language other than English. */
		public static boolean readInAnotherLanguage(String ifMatch) {
			return ifMatch.matches(".*\"[0-9]+-[a-z]+\".*");
		}

	}

	/** One entry's record, with quotations, and its version; empty for an unknown slug or a withdrawn entry. */
	@Transactional(readOnly = true)
	public Optional<Versioned> findVersioned(EntryKind kind, String slug, Locale locale) {
		return entries.findByKindAndSlug(kind, slug)
			.filter(entry -> !entry.isWithdrawn())
			.map(entry -> new Versioned(record(entry, relations.findTouching(entry), Quotations.INCLUDED, locale),
					entry.getVersion(), locale));
	}

	/**
	 * The record of an entry whose relations (those it is subject or object of, both ends loaded)
	 * the caller has already read, inside the caller's transaction.
	 */
	public EntryRecord record(Entry entry, Collection<Relation> touching, Quotations quotations, Locale locale) {
		return record(entry, touching, quotations, true, locale);
	}

	/**
	 * The record an entry page's JSON-LD is written from, in the page's transaction: the
	 * translations schema.org is given (headwords, summary, roles), not those of statements, notes
	 * and quotations, which the page would otherwise read for an English reader too; and neither
	 * the citations' locators nor the dates in words, which {@link SchemaOrg} does not give (null
	 * here), and which cost a message to format each.
	 */
	public EntryRecord forLinkedData(Entry entry, Collection<Relation> touching, Locale locale) {
		return record(entry, touching, Quotations.INCLUDED, false, locale);
	}

	/**
	 * @param whole every translation, the citations' locators and the dates in words, as programs
	 *     read the record; else only what an entry page's JSON-LD says ({@link #forLinkedData})
	 */
	private EntryRecord record(Entry entry, Collection<Relation> touching, Quotations quotations,
			boolean whole, Locale locale) {
		Function<Map<String, String>, Map<String, Map<String, String>>> texts = byLanguage -> whole
				? Translations.of(byLanguage, "text") : Map.of();
		List<EntryRecord.NameRecord> names = entry.getNames()
			.stream()
			.map(n -> new EntryRecord.NameRecord(n.getId(), n.getName(), n.getKind().name(), n.getLang(),
					citations(n.getCitations(), quotations, whole, locale)))
			.toList();
		Function<List<EditorialNote>, List<EntryRecord.NoteRecord>> notes = list -> list.stream()
			.map(n -> new EntryRecord.NoteRecord(n.getId(), n.getKind().name(), n.getText(),
					citations(n.getCitations(), quotations, whole, locale), texts.apply(n.getTranslations())))
			.toList();
		EntryRecord.DateRecord date = entry.getDate().isPresent()
				? date(entry.getDate(), citations(entry.getDateCitations(), quotations, whole, locale),
						notes.apply(entry.getDateNotes()), whole, locale)
				: null;
		List<EntryRecord.StatementRecord> statements = entry.getStatements()
			.stream()
			.map(s -> new EntryRecord.StatementRecord(s.getId(), s.getText(),
					citations(s.getCitations(), quotations, whole, locale),
					notes.apply(s.getNotes()),
					texts.apply(s.getTranslations())))
			.toList();
		List<EntryRecord.RelationRecord> relationRecords = touching.stream()
			.filter(Relation::isShown)
			.map(r -> relation(r, citations(r.getCitations(), quotations, whole, locale),
					notes.apply(r.getNotes()), whole, locale))
			.toList();
		List<EntryRecord.IdentifierRecord> identifiers = entry.getIdentifiers()
			.stream()
			.map(i -> new EntryRecord.IdentifierRecord(i.getId(), i.getScheme().name(), i.getIdentifier(), i.url(),
					citations(i.getCitations(), quotations, whole, locale)))
			.toList();
		List<EntryRecord.CoordinatesRecord> coordinates = entry.coordinates()
			.stream()
			.map(c -> new EntryRecord.CoordinatesRecord(c.getId(), c.getLatitude().doubleValue(),
					c.getLongitude().doubleValue(), c.getPrecision().name(),
					citations(c.getCitations(), quotations, whole, locale), notes.apply(c.getNotes())))
			.toList();
		return new EntryRecord(type(entry.getKind()), entry.getSlug(), entry.getName(), entry.getSummary(),
				addresses.absolute(entry.url()), addresses.absolute(api(entry)), entry.getLastChanged(),
				entry.hasContentNote(), names, date, statements, relationRecords, translations(entry), identifiers,
				coordinates);
	}

	private List<EntryRecord.CitationRecord> citations(List<Citation> citations, Quotations quotations,
			boolean whole, Locale locale) {
		return citations.stream().map(c -> citation(c, quotations, whole, locale)).toList();
	}

	/** A relation as programs read it, for the download's relations file: no notes. */
	public EntryRecord.RelationRecord relation(Relation r, List<EntryRecord.CitationRecord> citations, Locale locale) {
		return relation(r, citations, List.of(), locale);
	}

	/** A relation as programs read it, with the editorial notes beside it. */
	EntryRecord.RelationRecord relation(Relation r, List<EntryRecord.CitationRecord> citations,
			List<EntryRecord.NoteRecord> notes, Locale locale) {
		return relation(r, citations, notes, true, locale);
	}

	private EntryRecord.RelationRecord relation(Relation r, List<EntryRecord.CitationRecord> citations,
			List<EntryRecord.NoteRecord> notes, boolean inWords, Locale locale) {
		return new EntryRecord.RelationRecord(r.getId(), r.getKind().name(), ref(r.getSubject()), ref(r.getObject()), r.getRole(),
				r.getInverseRole(), r.getDate().isPresent() ? date(r.getDate(), null, List.of(), inWords, locale) : null,
				citations, notes,
				Translations.of(r.getTranslations(),
						t -> Translations.fields("role", t.role(), "inverseRole", t.inverseRole())));
	}

	/** A citation as programs read it. */
	public EntryRecord.CitationRecord citation(Citation citation, Quotations quotations, Locale locale) {
		return citation(citation, quotations, true, locale);
	}

	private EntryRecord.CitationRecord citation(Citation citation, Quotations quotations, boolean whole,
			Locale locale) {
		Quotation quoted = quotations == Quotations.LEFT_OUT ? null : citation.getQuotation();
		Map<String, Map<String, String>> translations = new java.util.TreeMap<>();
		if (whole) {
			// The free locator's translations ("capítulo sobre la JCR") and the quotation's renderings.
			Translations.of(citation.getTranslations(), "locator")
				.forEach((language, fields) -> translations.computeIfAbsent(language, l -> new java.util.LinkedHashMap<>())
					.putAll(fields));
			if (quoted != null) {
				Translations.of(quoted.getTranslations(), "quotation")
					.forEach((language, fields) -> translations
						.computeIfAbsent(language, l -> new java.util.LinkedHashMap<>())
						.putAll(fields));
			}
		}
		return new EntryRecord.CitationRecord(source(citation.getSource()),
				whole ? citation.locate(locators, locale) : null, quoted == null ? null : quoted.getText(),
				translations);
	}

	/** A date as programs read it; citations null where the date is not a claim of its own. */
	public EntryRecord.DateRecord date(StoredDate date, List<EntryRecord.CitationRecord> citations, Locale locale) {
		return date(date, citations, List.of(), true, locale);
	}

	/** A date as programs read it, in words where {@code inWords} (not for the JSON-LD, which gives none). */
	private EntryRecord.DateRecord date(StoredDate date, List<EntryRecord.CitationRecord> citations,
			List<EntryRecord.NoteRecord> notes, boolean inWords, Locale locale) {
		return new EntryRecord.DateRecord(date.getEdtf(), inWords ? dateWords.words(date.parsed(), locale) : null,
				date.getEarliest(), date.getLatest(), citations, notes);
	}

	public EntryRecord.EntryRef ref(Entry entry) {
		return new EntryRecord.EntryRef(type(entry.getKind()), entry.getSlug(), entry.getName(),
				addresses.absolute(entry.url()),
				Translations.of(entry.getTranslations(), t -> Collections.singletonMap("name", t.name())));
	}

	public EntryRecord.SourceRef source(Source source) {
		return new EntryRecord.SourceRef(source.getSlug(), source.getTitle(), source.getAuthor(),
				source.hasPersonalAuthor(), source.getPublisher(), addresses.absolute(source.url()), source.getUrl());
	}

	/** An entry's headword and summary in each language the archive has translated them into. */
	public static Map<String, Map<String, String>> translations(Entry entry) {
		return Translations.of(entry.getTranslations(), t -> Translations.fields("name", t.name(), "summary", t.summary()));
	}

	/** {@code person}, {@code organization}, {@code event} or {@code place}. */
	public static String type(EntryKind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	/** An entry's path in the API: {@code /api/people/miguel-enriquez}. */
	public static String api(Entry entry) {
		return "/api" + entry.url();
	}

}
