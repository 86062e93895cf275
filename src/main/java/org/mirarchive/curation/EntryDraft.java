package org.mirarchive.curation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.mirarchive.entry.Coordinates;
import org.mirarchive.entry.EntryKind;

/**
 * An entry as a curator edits it and as a change set stores it: every editable claim with its
 * citations, in both content languages. Read from the archive's records, changed in a form or
 * by the write API, checked by the rules, compared with the published version, and published.
 *
 * @param kind person, organization, event, place or work
 * @param slug the entry's address, made from its headword when it is new and never changed after
 * it is published; null for an entry not yet named
 * @param name the English headword
 * @param nameEs the Spanish headword, or null where the English one serves
 * @param summary one line saying what the entry is (English)
 * @param summaryEs the archive's Spanish translation of the summary, or null
 * @param date the entry's own date (a life, an organization's existence, an event) with its citations
 * @param names other forms of the name, each cited
 * @param statements the cited facts, in order
 * @param relations relations with other entries, each cited
 * @param contentNote whether the entry's page carries the content note (it describes detention,
 * torture, disappearance or killing); null for a draft made without notes (by the write API, or
 * stored before curators could edit notes), which leaves the entry's notes and content note as
 * they are published
 * @param identifiers the entry's identifiers in other archives, each cited; null for a draft that
 * says nothing of them (made by the write API from a record without them, by an import, or stored
 * before curators could record them), which leaves the published ones as they are
 * @param coordinates where the place is, cited ({@link CoordinatesDraft#NONE} for none: a draft
 * with an empty point removes the published one); null for a draft that says nothing of them
 * (made by the write API from a record without them, by an import, or stored before curators
 * could record them), which leaves the published ones as they are
 */
public record EntryDraft(EntryKind kind, String slug, String name, String nameEs, String summary,
		String summaryEs, DateDraft date, List<NameDraft> names, List<StatementDraft> statements,
		List<RelationDraft> relations, Boolean contentNote, List<IdentifierDraft> identifiers,
		CoordinatesDraft coordinates) {

	public EntryDraft {
		date = date == null ? DateDraft.NONE : date;
		names = names == null ? List.of() : List.copyOf(names);
		statements = statements == null ? List.of() : List.copyOf(statements);
		relations = relations == null ? List.of() : List.copyOf(relations);
		identifiers = identifiers == null ? null : List.copyOf(identifiers);
	}

	/** A draft that says nothing of a place's coordinates: the published ones stay. */
	public EntryDraft(EntryKind kind, String slug, String name, String nameEs, String summary, String summaryEs,
			DateDraft date, List<NameDraft> names, List<StatementDraft> statements, List<RelationDraft> relations,
			Boolean contentNote, List<IdentifierDraft> identifiers) {
		this(kind, slug, name, nameEs, summary, summaryEs, date, names, statements, relations, contentNote, identifiers,
				null);
	}

	/** A draft that says nothing of identifiers in other archives: the published ones stay. */
	public EntryDraft(EntryKind kind, String slug, String name, String nameEs, String summary, String summaryEs,
			DateDraft date, List<NameDraft> names, List<StatementDraft> statements, List<RelationDraft> relations,
			Boolean contentNote) {
		this(kind, slug, name, nameEs, summary, summaryEs, date, names, statements, relations, contentNote, null);
	}

	/** A draft made without notes: the entry's editorial notes and content note stay as published. */
	public EntryDraft(EntryKind kind, String slug, String name, String nameEs, String summary, String summaryEs,
			DateDraft date, List<NameDraft> names, List<StatementDraft> statements, List<RelationDraft> relations) {
		this(kind, slug, name, nameEs, summary, summaryEs, date, names, statements, relations, null);
	}

	/** Whether the draft says anything of notes: else it leaves the published ones as they are. */
	public boolean hasNotes() {
		return contentNote != null;
	}

	/** Whether the draft says anything of identifiers in other archives: else the published ones stay. */
	public boolean hasIdentifiers() {
		return identifiers != null;
	}

	/** The draft's identifiers in other archives, none where it says nothing of them. */
	public List<IdentifierDraft> identifiersOrNone() {
		return identifiers == null ? List.of() : identifiers;
	}

	/** This draft with the given identifiers in other archives (null: saying nothing of them). */
	public EntryDraft withIdentifiers(List<IdentifierDraft> revised) {
		return new EntryDraft(kind, slug, name, nameEs, summary, summaryEs, date, names, statements, relations,
				contentNote, revised, coordinates);
	}

	/** Whether the draft says anything of a place's coordinates: else the published ones stay. */
	public boolean hasCoordinates() {
		return coordinates != null;
	}

	/** The draft's coordinates, none where it says nothing of them. */
	public CoordinatesDraft coordinatesOrNone() {
		return coordinates == null ? CoordinatesDraft.NONE : coordinates;
	}

	/** This draft with the given coordinates (null: saying nothing of them). */
	public EntryDraft withCoordinates(CoordinatesDraft revised) {
		return new EntryDraft(kind, slug, name, nameEs, summary, summaryEs, date, names, statements, relations,
				contentNote, identifiers, revised);
	}

	/**
	 * This draft with the notes, content note, identifiers and coordinates of the published entry
	 * where it has none of its own (a draft of the write API's, or one stored before notes,
	 * identifiers or coordinates could be edited): each claim takes the notes of the published
	 * claim of the same id, so that saving it changes no note, and the identifiers and coordinates
	 * are the published ones.
	 */
	public EntryDraft withNotesOf(EntryDraft published) {
		if (!hasIdentifiers() && published != null && published.hasIdentifiers()) {
			return withIdentifiers(published.identifiers()).withNotesOf(published);
		}
		if (!hasCoordinates() && published != null && published.hasCoordinates()) {
			return withCoordinates(published.coordinates()).withNotesOf(published);
		}
		if (hasNotes() || published == null || !published.hasNotes()) {
			return this;
		}
		Map<Long, List<NoteDraft>> statementNotes = new HashMap<>();
		published.statements().forEach(s -> statementNotes.put(s.id(), s.notes()));
		Map<Long, List<NoteDraft>> relationNotes = new HashMap<>();
		published.relations().forEach(r -> relationNotes.put(r.id(), r.notes()));
		return new EntryDraft(kind, slug, name, nameEs, summary, summaryEs,
				new DateDraft(date.edtf(), date.citations(), date.isPresent() ? published.date().notes() : List.of()),
				names,
				statements.stream()
					.map(s -> new StatementDraft(s.id(), s.text(), s.textEs(), s.citations(),
							s.id() == null ? List.of() : statementNotes.getOrDefault(s.id(), List.of())))
					.toList(),
				relations.stream()
					.map(r -> new RelationDraft(r.id(), r.kind(), r.subject(), r.other(), r.role(), r.roleEs(), r.edtf(),
							r.citations(), r.id() == null ? List.of() : relationNotes.getOrDefault(r.id(), List.of())))
					.toList(),
				published.contentNote(), identifiers,
				coordinates == null || !coordinates.hasPoint() ? coordinates
						: coordinates.withNotes(published.coordinatesOrNone().notes()));
	}

	/**
	 * A claim's support: a work of the archive's (by its slug), and where in it: for a work whose
	 * text the archive holds (the seed article), the verbatim quotation, which gives the section
	 * and paragraph; for any other work, a free locator ("p. 112", "chapter on the JCR").
	 */
	public record CitationDraft(String work, String locator, String quotation) {
	}

	/**
	 * An entry's date in EDTF ("1944-03-27/1974-10-05", "1965", blank for none), its citations and
	 * the editorial notes beside its date line.
	 */
	public record DateDraft(String edtf, List<CitationDraft> citations, List<NoteDraft> notes) {

		public static final DateDraft NONE = new DateDraft(null, List.of(), List.of());

		public DateDraft {
			citations = citations == null ? List.of() : List.copyOf(citations);
			notes = notes == null ? List.of() : List.copyOf(notes);
		}

		/** A date without notes beside it. */
		public DateDraft(String edtf, List<CitationDraft> citations) {
			this(edtf, citations, List.of());
		}

		public boolean isPresent() {
			return edtf != null && !edtf.isBlank();
		}

	}

	/**
	 * Another form of the name ("MIR", "Movimiento de Izquierda Revolucionaria").
	 *
	 * @param id the published name's id, or null for a new one
	 * @param kind a NameKind's name: ACRONYM, ORIGINAL, TRANSLATION, ARCHIVE_TRANSLATION, VARIANT, NICKNAME
	 * @param form the name as written
	 * @param lang its language tag ("es"), or null
	 */
	public record NameDraft(Long id, String kind, String form, String lang, List<CitationDraft> citations) {

		public NameDraft {
			citations = citations == null ? List.of() : List.copyOf(citations);
		}

	}

	/**
	 * A fact about the entry in the archive's own words.
	 *
	 * @param id the published statement's id, or null for a new one
	 * @param text the English text
	 * @param textEs the archive's Spanish translation, or null
	 * @param notes the editorial notes beside it
	 */
	public record StatementDraft(Long id, String text, String textEs, List<CitationDraft> citations,
			List<NoteDraft> notes) {

		public StatementDraft {
			citations = citations == null ? List.of() : List.copyOf(citations);
			notes = notes == null ? List.of() : List.copyOf(notes);
		}

		/** A statement without notes beside it. */
		public StatementDraft(Long id, String text, String textEs, List<CitationDraft> citations) {
			this(id, text, textEs, citations, List.of());
		}

	}

	/**
	 * A relation with another entry, read from its subject to its object ("Miguel Enríquez"
	 * LEADER_OF "MIR").
	 *
	 * @param id the published relation's id, or null for a new one
	 * @param kind a RelationKind's name
	 * @param subject whether this entry is the relation's subject (else its object)
	 * @param other the other entry's path ("/organizations/mir")
	 * @param role the subject's role ("General Secretary"), or null
	 * @param roleEs the archive's Spanish translation of the role, or null
	 * @param edtf when the relation held, in EDTF, or blank
	 * @param notes the editorial notes beside it, shown on the pages of both its ends
	 */
	public record RelationDraft(Long id, String kind, boolean subject, String other, String role, String roleEs,
			String edtf, List<CitationDraft> citations, List<NoteDraft> notes) {

		public RelationDraft {
			citations = citations == null ? List.of() : List.copyOf(citations);
			notes = notes == null ? List.of() : List.copyOf(notes);
		}

		/** A relation without notes beside it. */
		public RelationDraft(Long id, String kind, boolean subject, String other, String role, String roleEs,
				String edtf, List<CitationDraft> citations) {
			this(id, kind, subject, other, role, roleEs, edtf, citations, List.of());
		}

	}

	/**
	 * An identifier in another archive's authority file ("WIKIDATA", "Q42"), cited.
	 *
	 * @param id the published identifier's id, or null for a new one
	 * @param scheme an IdentifierScheme's name: WIKIDATA, VIAF, ISNI or LCNAF
	 * @param identifier the identifier as that file writes it
	 */
	public record IdentifierDraft(Long id, String scheme, String identifier, List<CitationDraft> citations) {

		public IdentifierDraft {
			citations = citations == null ? List.of() : List.copyOf(citations);
		}

	}

	/**
	 * Where a place is: a point in decimal degrees (south and west negative) as its work gives
	 * them, what it stands for, its citations and the editorial notes beside it. A place has one
	 * point; {@link #NONE}, or one with nothing filled in, is none (a draft with it removes the
	 * published point).
	 *
	 * @param id the published point's id, or null for a new one
	 * @param latitude degrees north, as written ("-33.4375")
	 * @param longitude degrees east, as written ("-70.65")
	 * @param precision a Coordinates.Precision's name: COUNTRY, REGION, CITY or BUILDING
	 * @param notes the editorial notes beside it
	 */
	public record CoordinatesDraft(Long id, String latitude, String longitude, String precision,
			List<CitationDraft> citations, List<NoteDraft> notes) {

		/** No point: the place is not drawn. */
		public static final CoordinatesDraft NONE = new CoordinatesDraft(null, null, null, null, List.of(), List.of());

		public CoordinatesDraft {
			citations = citations == null ? List.of() : List.copyOf(citations);
			notes = notes == null ? List.of() : List.copyOf(notes);
		}

		/** Whether anything of a point is filled in (else the draft has none). */
		public boolean hasPoint() {
			return !blank(latitude) || !blank(longitude) || !blank(precision) || !citations.isEmpty()
					|| !notes.isEmpty();
		}

		/** This point with other notes beside it. */
		public CoordinatesDraft withNotes(List<NoteDraft> revised) {
			return new CoordinatesDraft(id, latitude, longitude, precision, citations, revised);
		}

		/**
		 * The point in words ("33.4375° S, 70.65° W"), as a reviewer reads it in a change; the
		 * degrees as written where they are not numbers, null where there is no point.
		 */
		public String inWords() {
			if (blank(latitude) && blank(longitude)) {
				return null;
			}
			Optional<BigDecimal> north = decimal(latitude);
			Optional<BigDecimal> east = decimal(longitude);
			if (north.isEmpty() || east.isEmpty()) {
				return latitude + ", " + longitude;
			}
			return Coordinates.inWords(north.get(), east.get(), Locale.ENGLISH);
		}

		/**
		 * A number of degrees as written, if it is one: a plain decimal, its sign a hyphen or a
		 * minus sign, its decimal mark a point or (as Spanish writes it) a comma.
		 */
		static Optional<BigDecimal> decimal(String written) {
			if (blank(written)) {
				return Optional.empty();
			}
			String plain = written.strip().replace('\u2212', '-').replace(',', '.');
			return DEGREES.matcher(plain).matches() ? Optional.of(new BigDecimal(plain)) : Optional.empty();
		}

		private static final Pattern DEGREES = Pattern.compile("[-+]?[0-9]{1,3}(\\.[0-9]+)?");

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}

	}

	/**
	 * The archive's editorial note beside a claim (docs/editorial-policy.md, section 4): where other
	 * works disagree with the article, or agree and add precision, or what the archive does not
	 * know; in its own words, naming and citing the works it rests on.
	 *
	 * @param id the published note's id, or null for a new one
	 * @param kind an EditorialNote.Kind's name: DISAGREEMENT, PRECISION or LIMITATION
	 * @param text the English text
	 * @param textEs the archive's Spanish translation, or null
	 */
	public record NoteDraft(Long id, String kind, String text, String textEs, List<CitationDraft> citations) {

		public NoteDraft {
			citations = citations == null ? List.of() : List.copyOf(citations);
		}

	}

}
