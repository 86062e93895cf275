package org.mirarchive.history;

import java.util.List;

import org.mirarchive.curation.EntryDraft;
import org.mirarchive.curation.EntryDraft.CitationDraft;
import org.mirarchive.curation.EntryDrafts;
import org.mirarchive.entry.Citation;
import org.mirarchive.entry.EditorialNote;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.Relation;

/** An entry as a revision left it, as the draft curators edit ({@link EntryDraft}). */
final class Drafts {

	private Drafts() {
	}

	static EntryDraft of(EntryAtRevision at) {
		Entry entry = at.entry();
		EntryDraft.DateDraft date = new EntryDraft.DateDraft(entry.getDate().getEdtf(), cited(at.dateCitations()),
				entry.getDate().isPresent() ? notes(at, at.dateNotes()) : List.of());
		List<EntryDraft.NameDraft> names = at.names()
			.stream()
			.map(name -> new EntryDraft.NameDraft(name.getId(), name.getKind() == null ? null : name.getKind().name(),
					name.getName(), name.getLang(), cited(at.nameCitations().get(name.getId()))))
			.toList();
		List<EntryDraft.StatementDraft> statements = at.statements()
			.stream()
			.map(statement -> new EntryDraft.StatementDraft(statement.getId(), statement.getText(),
					statement.textIn("es"), cited(at.statementCitations().get(statement.getId())),
					notes(at, at.notes().get(statement.getId()))))
			.toList();
		List<EntryDraft.RelationDraft> relations = at.relations()
			.stream()
			.map(relation -> relation(at, relation))
			.toList();
		List<EntryDraft.IdentifierDraft> identifiers = at.identifiers()
			.stream()
			.map(identifier -> new EntryDraft.IdentifierDraft(identifier.getId(),
					identifier.getScheme() == null ? null : identifier.getScheme().name(), identifier.getIdentifier(),
					cited(at.identifierCitations().get(identifier.getId()))))
			.toList();
		EntryDraft.CoordinatesDraft coordinates = at.coordinates()
			.stream()
			.findFirst()
			.map(point -> EntryDrafts.coordinates(point, cited(at.coordinatesCitations().get(point.getId())),
					notes(at, at.coordinatesNotes().get(point.getId()))))
			.orElse(EntryDraft.CoordinatesDraft.NONE);
		return new EntryDraft(entry.getKind(), entry.getSlug(), entry.getName(), entry.nameIn("es"), entry.getSummary(),
				entry.summaryIn("es"), date, names, statements, relations, entry.hasContentNote(), identifiers,
				coordinates);
	}

	private static EntryDraft.RelationDraft relation(EntryAtRevision at, Relation relation) {
		Entry other = at.other(relation);
		return new EntryDraft.RelationDraft(relation.getId(), relation.getKind().name(), at.isSubject(relation),
				other.url(), relation.getRole(), relation.roleIn("es"), relation.getDate().getEdtf(),
				cited(at.relationCitations().get(relation.getId())), notes(at, at.relationNotes().get(relation.getId())));
	}

	/** The notes beside a claim as the revision left them, as the draft gives them (none where it had none). */
	private static List<EntryDraft.NoteDraft> notes(EntryAtRevision at, List<EditorialNote> notes) {
		return notes == null ? List.of()
				: notes.stream()
					.map(note -> new EntryDraft.NoteDraft(note.getId(), note.getKind().name(), note.getText(),
							note.textIn("es"), cited(at.noteCitations().get(note.getId()))))
					.toList();
	}

	/** A claim's citations as the draft gives them (none where the revision has none). */
	static List<CitationDraft> cited(List<Citation> citations) {
		return citations == null ? List.of() : EntryDrafts.citations(citations);
	}

}
