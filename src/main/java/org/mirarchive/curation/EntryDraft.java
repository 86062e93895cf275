package org.mirarchive.curation;

import java.util.List;

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
 */
public record EntryDraft(EntryKind kind, String slug, String name, String nameEs, String summary,
		String summaryEs, DateDraft date, List<NameDraft> names, List<StatementDraft> statements,
		List<RelationDraft> relations) {

	public EntryDraft {
		date = date == null ? DateDraft.NONE : date;
		names = names == null ? List.of() : List.copyOf(names);
		statements = statements == null ? List.of() : List.copyOf(statements);
		relations = relations == null ? List.of() : List.copyOf(relations);
	}

	/**
	 * A claim's support: a work of the archive's (by its slug), and where in it: for a work whose
	 * text the archive holds (the seed article), the verbatim quotation, which gives the section
	 * and paragraph; for any other work, a free locator ("p. 112", "chapter on the JCR").
	 */
	public record CitationDraft(String work, String locator, String quotation) {
	}

	/** An entry's date in EDTF ("1944-03-27/1974-10-05", "1965", blank for none) and its citations. */
	public record DateDraft(String edtf, List<CitationDraft> citations) {

		public static final DateDraft NONE = new DateDraft(null, List.of());

		public DateDraft {
			citations = citations == null ? List.of() : List.copyOf(citations);
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
	 */
	public record StatementDraft(Long id, String text, String textEs, List<CitationDraft> citations) {

		public StatementDraft {
			citations = citations == null ? List.of() : List.copyOf(citations);
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
	 */
	public record RelationDraft(Long id, String kind, boolean subject, String other, String role, String roleEs,
			String edtf, List<CitationDraft> citations) {

		public RelationDraft {
			citations = citations == null ? List.of() : List.copyOf(citations);
		}

	}

}
