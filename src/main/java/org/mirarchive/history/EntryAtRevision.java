package org.mirarchive.history;

import java.util.List;
import java.util.Map;

import org.mirarchive.entry.Citation;
import org.mirarchive.entry.Coordinates;
import org.mirarchive.entry.EditorialNote;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryName;
import org.mirarchive.entry.ExternalIdentifier;
import org.mirarchive.entry.Relation;
import org.mirarchive.entry.Statement;

/**
 * An entry and its claims as a revision left them, read from the audit tables: the entities are
 * Envers' copies (their own collections read at the same revision); the works and passages cited
 * are the live ones. Each claim's citations are in id order, keyed by the claim's id.
 *
 * @param revision the revision read
 * @param entry the entry's row
 * @param names its other names, in order
 * @param statements its statements, in order
 * @param relations the relations it is the subject or the object of, in order
 * @param notes the editorial notes of the entry, by the statement they stand beside (those beside
 * no statement, under null are not kept: the page shows notes beside statements only)
 * @param dateCitations the citations of its own date
 * @param nameCitations citations by name id
 * @param statementCitations citations by statement id
 * @param relationCitations citations by relation id
 * @param noteCitations citations by note id (of every note below too)
 * @param relationNotes the editorial notes beside its relations, by relation id, in order
 * @param dateNotes the editorial notes beside its date line, in order
 * @param identifiers its identifiers in other archives, in order
 * @param identifierCitations citations by identifier id
 * @param coordinates a place's points, in order
 * @param coordinatesCitations citations by point id
 * @param coordinatesNotes the editorial notes beside each point, by point id, in order
 */
record EntryAtRevision(int revision, Entry entry, List<EntryName> names, List<Statement> statements,
		List<Relation> relations, Map<Long, List<EditorialNote>> notes, List<Citation> dateCitations,
		Map<Long, List<Citation>> nameCitations, Map<Long, List<Citation>> statementCitations,
		Map<Long, List<Citation>> relationCitations, Map<Long, List<Citation>> noteCitations,
		Map<Long, List<EditorialNote>> relationNotes, List<EditorialNote> dateNotes,
		List<ExternalIdentifier> identifiers, Map<Long, List<Citation>> identifierCitations,
		List<Coordinates> coordinates, Map<Long, List<Citation>> coordinatesCitations,
		Map<Long, List<EditorialNote>> coordinatesNotes) {

	/** Whether a relation is read from this entry (its subject) rather than towards it. */
	boolean isSubject(Relation relation) {
		return relation.getSubject().getId().equals(entry.getId());
	}

	/** The entry at a relation's other end, as the same revision left it. */
	Entry other(Relation relation) {
		return isSubject(relation) ? relation.getObject() : relation.getSubject();
	}

}
