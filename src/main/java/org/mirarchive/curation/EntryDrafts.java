package org.mirarchive.curation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.curation.EntryDraft.CitationDraft;
import org.mirarchive.curation.EntryDraft.CoordinatesDraft;
import org.mirarchive.curation.EntryDraft.DateDraft;
import org.mirarchive.curation.EntryDraft.IdentifierDraft;
import org.mirarchive.curation.EntryDraft.NameDraft;
import org.mirarchive.curation.EntryDraft.NoteDraft;
import org.mirarchive.curation.EntryDraft.RelationDraft;
import org.mirarchive.curation.EntryDraft.StatementDraft;
import org.mirarchive.entry.Citation;
import org.mirarchive.entry.Coordinates;
import org.mirarchive.entry.EditorialNote;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.ExternalIdentifier;
import org.mirarchive.entry.Relation;
import org.mirarchive.entry.RelationRepository;
import org.mirarchive.entry.RelationTranslation;
import org.mirarchive.model.StoredDate;

/** Reads a published entry as the draft a curator starts from. */
@Component
public class EntryDrafts {

	/** The Spanish texts the draft carries beside the English ones. */
	static final String SPANISH = "es";

	private final EntryRepository entries;

	private final RelationRepository relations;

	EntryDrafts(EntryRepository entries, RelationRepository relations) {
		this.entries = entries;
		this.relations = relations;
	}

	/** A published entry: its id, the version read (the form's and the API's ETag) and its draft. */
	public record Published(long id, long version, EntryDraft draft, boolean withdrawn) {
	}

	@Transactional(readOnly = true)
	public Optional<Published> published(EntryKind kind, String slug) {
		return entries.findByKindAndSlug(kind, slug)
			.map(entry -> new Published(entry.getId(), entry.getVersion(), of(entry, relations.findTouching(entry)),
					entry.isWithdrawn()));
	}

	@Transactional(readOnly = true)
	public Optional<Published> published(long id) {
		return entries.findById(id)
			.map(entry -> new Published(entry.getId(), entry.getVersion(), of(entry, relations.findTouching(entry)),
					entry.isWithdrawn()));
	}

	/**
	 * An entry's claims as a draft: the entry as published, or as it was at a revision (the same
	 * entities, read from the history), with the relations in which it is subject or object.
	 */
	public static EntryDraft of(Entry entry, List<Relation> touching) {
		return new EntryDraft(entry.getKind(), entry.getSlug(), entry.getName(), entry.nameIn(SPANISH),
				entry.getSummary(), entry.summaryIn(SPANISH), date(entry),
				entry.getNames()
					.stream()
					.map(name -> new NameDraft(name.getId(), name.getKind().name(), name.getName(), name.getLang(),
							citations(name.getCitations())))
					.toList(),
				entry.getStatements()
					.stream()
					.map(statement -> new StatementDraft(statement.getId(), statement.getText(),
							statement.textIn(SPANISH), citations(statement.getCitations()), notes(statement.getNotes())))
					.toList(),
				touching.stream().map(relation -> relation(entry, relation)).toList(), entry.hasContentNote(),
				identifiers(entry.getIdentifiers()),
				entry.coordinates().stream().findFirst().map(point -> coordinates(point, citations(point.getCitations()),
						notes(point.getNotes()))).orElse(CoordinatesDraft.NONE));
	}

	/** A place's point as a draft gives it, with its citations and the notes beside it. */
	public static CoordinatesDraft coordinates(Coordinates point, List<CitationDraft> citations, List<NoteDraft> notes) {
		return new CoordinatesDraft(point.getId(), point.getLatitude().stripTrailingZeros().toPlainString(),
				point.getLongitude().stripTrailingZeros().toPlainString(),
				point.getPrecision() == null ? null : point.getPrecision().name(), citations, notes);
	}

	/** An entry's identifiers in other archives as a draft gives them, in order. */
	public static List<IdentifierDraft> identifiers(Collection<ExternalIdentifier> identifiers) {
		return identifiers.stream()
			.map(identifier -> new IdentifierDraft(identifier.getId(), identifier.getScheme().name(),
					identifier.getIdentifier(), citations(identifier.getCitations())))
			.toList();
	}

	private static DateDraft date(Entry entry) {
		StoredDate date = entry.getDate();
		return date.isPresent()
				? new DateDraft(date.getEdtf(), citations(entry.getDateCitations()), notes(entry.getDateNotes()))
				: DateDraft.NONE;
	}

	/** The editorial notes beside a claim, in order, as a draft gives them. */
	public static List<NoteDraft> notes(List<EditorialNote> notes) {
		return notes.stream()
			.map(note -> new NoteDraft(note.getId(), note.getKind().name(), note.getText(), note.textIn(SPANISH),
					citations(note.getCitations())))
			.toList();
	}

	private static RelationDraft relation(Entry entry, Relation relation) {
		boolean subject = relation.getSubject().getId().equals(entry.getId());
		Entry other = subject ? relation.getObject() : relation.getSubject();
		RelationTranslation spanish = relation.getTranslations().get(SPANISH);
		return new RelationDraft(relation.getId(), relation.getKind().name(), subject, other.url(), relation.getRole(),
				spanish == null ? null : spanish.role(), relation.getDate().getEdtf(), citations(relation.getCitations()),
				notes(relation.getNotes()));
	}

	/** A claim's citations as a draft gives them: the work's slug, the free locator, the passage. */
	public static List<CitationDraft> citations(List<Citation> citations) {
		return citations.stream()
			.map(citation -> new CitationDraft(citation.getSource().getSlug(), citation.getLocator(),
					citation.getQuotation() == null ? null : citation.getQuotation().getText()))
			.toList();
	}

}
