package org.mirarchive.curation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.curation.EntryDraft.CitationDraft;
import org.mirarchive.curation.EntryDraft.CoordinatesDraft;
import org.mirarchive.curation.EntryDraft.IdentifierDraft;
import org.mirarchive.curation.EntryDraft.NameDraft;
import org.mirarchive.curation.EntryDraft.NoteDraft;
import org.mirarchive.curation.EntryDraft.RelationDraft;
import org.mirarchive.curation.EntryDraft.StatementDraft;
import org.mirarchive.entry.Citation;
import org.mirarchive.entry.Coordinates;
import org.mirarchive.entry.EditorialNote;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryName;
import org.mirarchive.entry.ExternalIdentifier;
import org.mirarchive.entry.IdentifierScheme;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.EntryTranslation;
import org.mirarchive.entry.NameKind;
import org.mirarchive.entry.Relation;
import org.mirarchive.entry.RelationKind;
import org.mirarchive.entry.RelationRepository;
import org.mirarchive.entry.RelationTranslation;
import org.mirarchive.entry.Statement;
import org.mirarchive.model.HistoricalDate;
import org.mirarchive.model.StoredDate;
import org.mirarchive.work.Quotation;
import org.mirarchive.work.Source;

/**
 * Writes a draft into the archive's records: a new entry, or a published one brought to the
 * draft's state, claim by claim (a statement, name or relation kept by its id, a new one added,
 * one the draft no longer has removed with its citations). Only what differs is written, so
 * that a revision holds what the curator changed and nothing else. The caller has checked the
 * draft against the rules and the entry's version. Editorial notes are written beside their claims
 * the same way, and a claim removed takes its notes with it; a draft made without notes (the
 * write API's) leaves them as they are, and a claim it would orphan (a statement with an
 * editorial note beside it) is refused here, changing nothing.
 */
@Component
public class Publisher {

	private final EntityManager entityManager;

	private final EntryRepository entries;

	private final RelationRepository relations;

	private final ObjectProvider<QuotedPassages> passages;

	private final Clock clock;

	private final DraftRules rules;

	Publisher(EntityManager entityManager, EntryRepository entries, RelationRepository relations,
			ObjectProvider<QuotedPassages> passages, Clock clock, DraftRules rules) {
		this.entityManager = entityManager;
		this.entries = entries;
		this.relations = relations;
		this.passages = passages;
		this.clock = clock;
		this.rules = rules;
	}

	/** A claim the draft cannot remove or cite as it stands; nothing was written. */
	public static class Refused extends RuntimeException {

		private final String field;

		private final String messageKey;

		Refused(String field, String messageKey) {
			super(field + ": " + messageKey);
			this.field = field;
			this.messageKey = messageKey;
		}

		public String field() {
			return field;
		}

		public String messageKey() {
			return messageKey;
		}

	}

	/**
	 * Publishes a draft, in the caller's transaction (or a new one): the entry with this id
	 * brought to the draft's state, or, with no id, a new entry at the draft's slug. Gives the entry.
	 */
	@Transactional
	public Entry publish(EntryDraft draft, Long entryId) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		Entry entry;
		if (entryId == null) {
			String slug = draft.slug() != null ? draft.slug()
					: rules.slugFor(draft.name()).orElseThrow(() -> new Refused("name", "rules.name.required"));
			Integer last = entityManager.createQuery("select max(e.position) from Entry e", Integer.class)
				.getSingleResult();
			entry = Entry.create(draft.kind(), slug, draft.name(), SortKeys.of(draft.kind(), draft.name()),
					draft.summary(), last == null ? 1 : last + 1, now);
			entityManager.persist(entry);
		}
		else {
			entry = entries.findById(entryId).orElseThrow(() -> new Refused("slug", "curation.entry.gone"));
			if (!entry.getName().equals(draft.name())) {
				entry.rename(draft.name(), SortKeys.of(entry.getKind(), draft.name()), now);
			}
			if (!entry.getSummary().equals(draft.summary())) {
				entry.reviseSummary(draft.summary(), now);
			}
		}
		spanish(entry, draft, now);
		date(entry, draft, now);
		names(entry, draft.names());
		if (draft.hasIdentifiers()) {
			identifiers(entry, draft.identifiers());
		}
		if (draft.hasCoordinates()) {
			coordinates(entry, draft.coordinates(), draft.hasNotes());
		}
		statements(entry, draft.statements(), draft.hasNotes());
		relations(entry, draft.relations(), now, draft.hasNotes());
		if (draft.hasNotes() && entry.hasContentNote() != draft.contentNote()) {
			entry.markContentNote(draft.contentNote(), now);
		}
		// Every change to a claim dates the entry and raises its version, as a change to its own fields does.
		entry.changed(now);
		entityManager.flush();
		return entry;
	}

	private void spanish(Entry entry, EntryDraft draft, OffsetDateTime now) {
		String name = blankToNull(draft.nameEs());
		String summary = blankToNull(draft.summaryEs());
		EntryTranslation had = entry.getTranslations().get(EntryDrafts.SPANISH);
		if (name == null && summary == null) {
			if (had != null) {
				entry.withdrawTranslation(EntryDrafts.SPANISH, now);
			}
			return;
		}
		EntryTranslation wanted = new EntryTranslation(name, name == null ? null : SortKeys.of(entry.getKind(), name),
				summary);
		if (!wanted.equals(had)) {
			entry.translate(EntryDrafts.SPANISH, wanted, now);
		}
	}

	private void date(Entry entry, EntryDraft draft, OffsetDateTime now) {
		String edtf = draft.date().isPresent() ? draft.date().edtf().strip() : null;
		if (!Objects.equals(edtf, entry.getDate().getEdtf())) {
			entry.redate(edtf == null ? null : StoredDate.of(HistoricalDate.parse(edtf)), now);
		}
		List<CitationDraft> wanted = edtf == null ? List.of() : draft.date().citations();
		if (!EntryDrafts.citations(entry.getDateCitations()).equals(wanted)) {
			removeAll(entry.getDateCitations());
			wanted.forEach(c -> cite(c, (source, quotation, locator) -> Citation.ofDate(entry, source, quotation, locator)));
		}
		if (draft.hasNotes()) {
			notes(entry.getDateNotes(), edtf == null ? List.of() : draft.date().notes(),
					(kind, text, position) -> EditorialNote.besideDate(entry, newNoteKey(), kind, text, position));
		}
		else if (edtf == null && !entry.getDateNotes().isEmpty()) {
			throw new Refused(FieldPath.of("date").then("edtf").toString(), "curation.date.has-notes");
		}
	}

	private void names(Entry entry, List<NameDraft> drafts) {
		Map<Long, EntryName> published = new HashMap<>();
		entry.getNames().forEach(name -> published.put(name.getId(), name));
		int position = 0;
		for (NameDraft draft : drafts) {
			position++;
			NameKind kind = NameKind.valueOf(draft.kind());
			String lang = blankToNull(draft.lang());
			EntryName name = draft.id() == null ? null : published.remove(draft.id());
			if (name == null) {
				name = entry.addName(newKey(entry), kind, draft.form(), lang, OffsetDateTime.now(clock));
				entityManager.persist(name);
			}
			else if (name.getKind() != kind || !name.getName().equals(draft.form()) || !Objects.equals(name.getLang(), lang)
					|| name.getPosition() != position) {
				name.revise(kind, draft.form(), lang, position);
			}
			EntryName cited = name;
			recite(name.getCitations(), draft.citations(),
					(source, quotation, locator) -> Citation.ofName(cited, source, quotation, locator));
		}
		for (EntryName gone : published.values()) {
			removeAll(gone.getCitations());
			entry.getNames().remove(gone);
			entityManager.remove(gone);
		}
	}

	private void identifiers(Entry entry, List<IdentifierDraft> drafts) {
		Map<Long, ExternalIdentifier> published = new HashMap<>();
		entry.getIdentifiers().forEach(identifier -> published.put(identifier.getId(), identifier));
		int position = 0;
		for (IdentifierDraft draft : drafts) {
			position++;
			IdentifierScheme scheme = IdentifierScheme.named(draft.scheme()).orElseThrow();
			String written = draft.identifier().strip();
			ExternalIdentifier identifier = draft.id() == null ? null : published.remove(draft.id());
			if (identifier == null) {
				identifier = entry.addIdentifier(scheme, written, OffsetDateTime.now(clock));
				entityManager.persist(identifier);
			}
			else if (identifier.getScheme() != scheme || !identifier.getIdentifier().equals(written)
					|| identifier.getPosition() != position) {
				identifier.revise(scheme, written, position);
			}
			ExternalIdentifier cited = identifier;
			recite(identifier.getCitations(), draft.citations(),
					(source, quotation, locator) -> Citation.ofIdentifier(cited, source, quotation, locator));
		}
		for (ExternalIdentifier gone : published.values()) {
			removeAll(gone.getCitations());
			entry.getIdentifiers().remove(gone);
			entityManager.remove(gone);
		}
	}

	/**
	 * The place's point brought to the draft's: the published one kept and revised where it
	 * differs, made where there was none, removed with its citations (and its notes, where the
	 * draft speaks of notes) where the draft's is empty. A place has one point: any other a
	 * place had goes too.
	 */
	private void coordinates(Entry entry, CoordinatesDraft draft, boolean withNotes) {
		List<Coordinates> published = entry.coordinates();
		Coordinates point = null;
		if (draft.hasPoint()) {
			BigDecimal latitude = CoordinatesDraft.decimal(draft.latitude()).orElseThrow();
			BigDecimal longitude = CoordinatesDraft.decimal(draft.longitude()).orElseThrow();
			Coordinates.Precision precision = Coordinates.Precision.valueOf(draft.precision());
			point = published.stream()
				.filter(p -> p.getId().equals(draft.id()))
				.findFirst()
				.orElse(published.isEmpty() ? null : published.get(0));
			if (point == null) {
				point = entry.addCoordinates(latitude, longitude, precision, OffsetDateTime.now(clock));
				entityManager.persist(point);
			}
			else if (point.getLatitude().compareTo(latitude) != 0 || point.getLongitude().compareTo(longitude) != 0
					|| point.getPrecision() != precision) {
				point.revise(latitude, longitude, precision);
			}
			Coordinates cited = point;
			if (!EntryDrafts.citations(point.getCitations()).equals(draft.citations())) {
				removeAll(point);
				draft.citations()
					.forEach(c -> cite(c, (source, quotation, locator) -> Citation.ofCoordinates(cited, source,
							quotation, locator)));
			}
			if (withNotes) {
				notes(point.getNotes(), draft.notes(), (kind, text, position) -> EditorialNote.besideCoordinates(cited,
						newNoteKey(), kind, text, position));
			}
		}
		for (Coordinates gone : published) {
			if (gone == point) {
				continue;
			}
			if (!withNotes && !gone.getNotes().isEmpty()) {
				throw new Refused(FieldPath.of("coordinates").toString(), "curation.coordinates.has-notes");
			}
			notes(gone.getNotes(), List.of(), null);
			removeAll(gone);
			entry.removeCoordinates(gone);
			entityManager.remove(gone);
		}
	}

	/** Removes a point's citations. */
	private void removeAll(Coordinates point) {
		point.getCitations().forEach(entityManager::remove);
		point.forgetCitations();
	}

	private void statements(Entry entry, List<StatementDraft> drafts, boolean withNotes) {
		Map<Long, Statement> published = new HashMap<>();
		entry.getStatements().forEach(statement -> published.put(statement.getId(), statement));
		int position = 0;
		for (StatementDraft draft : drafts) {
			position++;
			Statement statement = draft.id() == null ? null : published.remove(draft.id());
			if (statement == null) {
				statement = new Statement(entry, newKey(entry), draft.text(), position);
				entityManager.persist(statement);
			}
			else if (!statement.getText().equals(draft.text()) || statement.getPosition() != position) {
				statement.revise(draft.text(), position);
			}
			String spanish = blankToNull(draft.textEs());
			if (spanish == null && statement.textIn(EntryDrafts.SPANISH) != null) {
				statement.withdrawTranslation(EntryDrafts.SPANISH);
			}
			else if (spanish != null && !spanish.equals(statement.textIn(EntryDrafts.SPANISH))) {
				statement.translate(EntryDrafts.SPANISH, spanish);
			}
			Statement cited = statement;
			recite(statement.getCitations(), draft.citations(),
					(source, quotation, locator) -> Citation.ofStatement(cited, source, quotation, locator));
			if (withNotes) {
				notes(statement.getNotes(), draft.notes(),
						(kind, text, notePosition) -> EditorialNote.besideStatement(cited, newNoteKey(), kind, text,
								notePosition));
			}
		}
		for (Statement gone : published.values()) {
			if (!withNotes && !gone.getNotes().isEmpty()) {
				throw new Refused("statements", "curation.statement.has-notes");
			}
			// A statement the draft removes takes its notes with it: they spoke of it alone.
			notes(gone.getNotes(), List.of(), null);
			removeAll(gone.getCitations());
			entry.getStatements().remove(gone);
			entityManager.remove(gone);
		}
	}

	/**
	 * The entry's relations brought to the draft's. A relation shows on the pages of both its
	 * ends, so a change to one dates the other entry too: its page, its citation and its
	 * {@code Last-Modified} change with it.
	 */
	private void relations(Entry entry, List<RelationDraft> drafts, OffsetDateTime now, boolean withNotes) {
		Map<Long, Relation> published = new HashMap<>();
		if (entry.getId() != null) {
			relations.findTouching(entry).forEach(relation -> published.put(relation.getId(), relation));
		}
		for (RelationDraft draft : drafts) {
			RelationKind kind = RelationKind.valueOf(draft.kind());
			StoredDate date = blankToNull(draft.edtf()) == null ? null : StoredDate.of(HistoricalDate.parse(draft.edtf().strip()));
			String role = blankToNull(draft.role());
			Relation relation = draft.id() == null ? null : published.remove(draft.id());
			if (relation == null) {
				Entry other = other(draft.other()).orElseThrow(() -> new Refused("relations", "curation.relation.no-entry"));
				Integer last = entityManager.createQuery("select max(r.position) from Relation r", Integer.class)
					.getSingleResult();
				relation = new Relation(newKey(entry), kind, draft.subject() ? entry : other,
						draft.subject() ? other : entry, role, date, last == null ? 1 : last + 1);
				entityManager.persist(relation);
				other.changed(now);
			}
			else if (relation.getKind() != kind || !Objects.equals(relation.getRole(), role)
					|| !Objects.equals(relation.getDate().getEdtf(), date == null ? null : date.getEdtf())) {
				relation.revise(kind, role, date);
				otherEnd(entry, relation).changed(now);
			}
			String roleEs = blankToNull(draft.roleEs());
			RelationTranslation had = relation.getTranslations().get(EntryDrafts.SPANISH);
			boolean retold = false;
			if (roleEs == null && had != null && had.inverseRole() == null) {
				relation.withdrawTranslation(EntryDrafts.SPANISH);
				retold = true;
			}
			else if (roleEs != null && (had == null || !roleEs.equals(had.role()))) {
				relation.translate(EntryDrafts.SPANISH, new RelationTranslation(roleEs, had == null ? null : had.inverseRole()));
				retold = true;
			}
			Relation cited = relation;
			if (recite(relation.getCitations(), draft.citations(),
					(source, quotation, locator) -> Citation.ofRelation(cited, source, quotation, locator)) || retold) {
				otherEnd(entry, relation).changed(now);
			}
			// A note beside a relation shows on the other end's page too.
			if (withNotes && notes(relation.getNotes(), draft.notes(),
					(noteKind, text, position) -> EditorialNote.besideRelation(entry, cited, newNoteKey(), noteKind, text, position))) {
				otherEnd(entry, relation).changed(now);
			}
		}
		for (Relation gone : published.values()) {
			if (!withNotes && !gone.getNotes().isEmpty()) {
				throw new Refused("relations", "curation.relation.has-notes");
			}
			notes(gone.getNotes(), List.of(), null);
			removeAll(gone.getCitations());
			otherEnd(entry, gone).changed(now);
			entityManager.remove(gone);
		}
	}

	private static Entry otherEnd(Entry entry, Relation relation) {
		return relation.getSubject().getId().equals(entry.getId()) ? relation.getObject() : relation.getSubject();
	}

	/** The entry a relation's other end names: its address ("/organizations/mir") or its slug. */
	private Optional<Entry> other(String address) {
		return ArchiveLookups.slugOf(address)
			.flatMap(slug -> entityManager.createQuery("select e from Entry e where e.slug = :slug", Entry.class)
				.setParameter("slug", slug)
				.getResultStream()
				.findFirst());
	}

	/**
	 * Brings the notes beside a claim to the draft's: a note kept by its id and revised only where
	 * it differs (its citations kept where they are the same), a new one made, one the draft no
	 * longer has removed with its citations. Says whether anything changed.
	 */
	private boolean notes(List<EditorialNote> had, List<NoteDraft> drafts, NewNote beside) {
		Map<Long, EditorialNote> published = new LinkedHashMap<>();
		had.forEach(note -> published.put(note.getId(), note));
		boolean changed = false;
		int position = 0;
		for (NoteDraft draft : drafts) {
			position++;
			EditorialNote.Kind kind = EditorialNote.Kind.valueOf(draft.kind());
			EditorialNote note = draft.id() == null ? null : published.remove(draft.id());
			if (note == null) {
				note = beside.make(kind, draft.text(), position);
				entityManager.persist(note);
				changed = true;
			}
			else if (note.getKind() != kind || !note.getText().equals(draft.text()) || note.getPosition() != position) {
				note.revise(kind, draft.text(), position);
				changed = true;
			}
			String spanish = blankToNull(draft.textEs());
			if (spanish == null && note.textIn(EntryDrafts.SPANISH) != null) {
				note.withdrawTranslation(EntryDrafts.SPANISH);
				changed = true;
			}
			else if (spanish != null && !spanish.equals(note.textIn(EntryDrafts.SPANISH))) {
				note.translate(EntryDrafts.SPANISH, spanish);
				changed = true;
			}
			EditorialNote cited = note;
			changed |= recite(note.getCitations(), draft.citations(),
					(source, quotation, locator) -> Citation.ofNote(cited, source, quotation, locator));
		}
		for (EditorialNote gone : published.values()) {
			removeAll(gone.getCitations());
			gone.detach();
			entityManager.remove(gone);
			changed = true;
		}
		return changed;
	}

	/** Makes a new note beside a claim, at a place among its notes. */
	private interface NewNote {

		EditorialNote make(EditorialNote.Kind kind, String text, int position);

	}

	/** Replaces a claim's citations where the draft's differ from them, else leaves them be. */
	private boolean recite(List<Citation> had, List<CitationDraft> wanted, Cites cites) {
		if (EntryDrafts.citations(had).equals(wanted)) {
			return false;
		}
		removeAll(had);
		wanted.forEach(c -> cite(c, cites));
		return true;
	}

	private interface Cites {

		Citation cite(Source source, Quotation quotation, String locator);

	}

	private void cite(CitationDraft draft, Cites cites) {
		Source source = citedWork(draft);
		entityManager.persist(cites.cite(source, quotationOf(source, draft), blankToNull(draft.locator())));
	}

	/** The work a citation names; refused where the archive has no such work. */
	Source citedWork(CitationDraft draft) {
		return entityManager.createQuery("select s from Source s where s.slug = :slug", Source.class)
			.setParameter("slug", draft.work())
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new Refused("citations", "curation.citation.no-work"));
	}

	/** The quotation a citation gives, as the archive holds it (made where it is new), or null for none. */
	Quotation quotationOf(Source source, CitationDraft draft) {
		String quoted = blankToNull(draft.quotation());
		if (quoted == null) {
			return null;
		}
		return entityManager
			.createQuery("select q from Quotation q where q.source = :source and q.text = :text", Quotation.class)
			.setParameter("source", source)
			.setParameter("text", quoted)
			.getResultStream()
			.findFirst()
			.orElseGet(() -> quote(source, quoted));
	}

	private Quotation quote(Source source, String quoted) {
		QuotedPassages held = passages.getIfAvailable();
		QuotedPassages.Place place = (held == null ? Optional.<QuotedPassages.Place>empty()
				: held.locate(source.getSlug(), quoted))
			.orElseThrow(() -> new Refused("citations", "curation.citation.not-verbatim"));
		Quotation quotation = new Quotation(source, "curated-" + UUID.randomUUID(), place.section(), place.paragraph(),
				quoted);
		entityManager.persist(quotation);
		return quotation;
	}

	private void removeAll(List<Citation> citations) {
		citations.forEach(entityManager::remove);
		citations.clear();
	}

	/** A new note's key: unique, and short enough for its column (80) whatever the entry's slug. */
	private static String newNoteKey() {
		return "curated-note-" + UUID.randomUUID();
	}

	private static String newKey(Entry entry) {
		return entry.getSlug() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
