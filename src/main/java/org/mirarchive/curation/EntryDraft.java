package org.mirarchive.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 */
public record EntryDraft(EntryKind kind, String slug, String name, String nameEs, String summary,
		String summaryEs, DateDraft date, List<NameDraft> names, List<StatementDraft> statements,
		List<RelationDraft> relations, Boolean contentNote, List<IdentifierDraft> identifiers) {

	public EntryDraft {
		date = date == null ? DateDraft.NONE : date;
		names = names == null ? List.of() : List.copyOf(names);
		statements = statements == null ? List.of() : List.copyOf(statements);
		relations = relations == null ? List.of() : List.copyOf(relations);
		identifiers = identifiers == null ? null : List.copyOf(identifiers);
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
				contentNote, revised);
	}

	/**
	 * This draft with the notes, content note and identifiers of the published entry where it has
	 * none of its own (a draft of the write API's, or one stored before notes or identifiers could
	 * be edited): each claim takes the notes of the published claim of the same id, so that saving
	 * it changes no note, and the identifiers are the published ones.
	 */
	public EntryDraft withNotesOf(EntryDraft published) {
		if (!hasIdentifiers() && published != null && published.hasIdentifiers()) {
			return withIdentifiers(published.identifiers()).withNotesOf(published);
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
				published.contentNote(), identifiers);
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
