package org.mirarchive.curation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.work.RecordField;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceNote;
import org.mirarchive.work.SourceRepository;
import org.mirarchive.work.SourceTranslation;

/**
 * Writes a work's draft into the archive's records: a new work at an address made from its title,
 * or a published one brought to the draft's state (its record, its Spanish, the fields it declares
 * unknown, its notes kept by id, added, changed or removed). Only what differs is written, so that
 * a revision holds what the curator changed. A draft made from an older version of the work than
 * the published one is refused, changing nothing: a work's record is short, and the curator reads
 * it again rather than have it merged.
 */
@Component
public class WorkPublisher {

	private final EntityManager entityManager;

	private final SourceRepository sources;

	private final DraftRules rules;

	private final Clock clock;

	WorkPublisher(EntityManager entityManager, SourceRepository sources, DraftRules rules, Clock clock) {
		this.entityManager = entityManager;
		this.sources = sources;
		this.rules = rules;
		this.clock = clock;
	}

	/** Publishes a draft: the work with this id (made from {@code baseVersion}) or, with no id, a new work. */
	@Transactional
	public Source publish(WorkDraft draft, Long sourceId, Long baseVersion) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		Source.Fields fields = fields(draft);
		Source source;
		if (sourceId == null) {
			String slug = rules.slugFor(draft.title())
				.orElseThrow(() -> new Publisher.Refused("title", "curation.work.problem.noLetters"));
			Integer last = entityManager.createQuery("select max(s.position) from Source s", Integer.class)
				.getSingleResult();
			source = Source.create(slug, fields, last == null ? 1 : last + 1, now);
			entityManager.persist(source);
		}
		else {
			source = sources.findById(sourceId)
				.orElseThrow(() -> new Publisher.Refused("title", "curation.work.gone"));
			if (baseVersion == null || source.getVersion() != baseVersion) {
				throw new Publisher.Refused("title", "curation.work.stale");
			}
			if (!fields.equals(source.fields())) {
				source.revise(fields, now);
			}
		}
		spanish(source, draft, now);
		unknown(source, draft, now);
		notes(source, draft);
		source.changed(now);
		entityManager.flush();
		return source;
	}

	/** The work with this id as it is now, as a draft. */
	WorkDraft current(long sourceId) {
		return WorkDrafts.draft(sources.findById(sourceId)
			.orElseThrow(() -> new Publisher.Refused("title", "curation.work.gone"))).draft();
	}

	static Source.Fields fields(WorkDraft draft) {
		return new Source.Fields(WorkRules.kind(draft.kind()), draft.title(), draft.subtitle(), draft.author(),
				draft.container(), draft.publisher(), draft.issued(), draft.url(), draft.accessed(),
				draft.accessedBefore() == null ? null : LocalDate.parse(draft.accessedBefore()), draft.place(),
				draft.isbn(), draft.language(), draft.summary());
	}

	private static void spanish(Source source, WorkDraft draft, OffsetDateTime now) {
		SourceTranslation wanted = draft.summaryEs() == null ? null
				: new SourceTranslation(draft.summaryEs(), draft.authorEs(), draft.containerEs(), draft.placeEs());
		if (!Objects.equals(wanted, source.getTranslations().get(EntryDrafts.SPANISH))) {
			source.translateRecord(EntryDrafts.SPANISH, wanted, now);
		}
	}

	private static void unknown(Source source, WorkDraft draft, OffsetDateTime now) {
		Map<RecordField, RecordField.Unknown> declared = new EnumMap<>(RecordField.class);
		draft.unknown()
			.forEach(u -> declared.put(RecordField.valueOf(u.field()), RecordField.Unknown.valueOf(u.reason())));
		Map<RecordField, RecordField.Unknown> had = new EnumMap<>(RecordField.class);
		had.putAll(source.getUnknown());
		if (!declared.equals(had)) {
			source.declareUnknown(declared, now);
		}
	}

	private void notes(Source source, WorkDraft draft) {
		Map<Long, SourceNote> published = new HashMap<>();
		source.getNotes().forEach(note -> published.put(note.getId(), note));
		int position = 0;
		for (WorkDraft.NoteDraft wanted : draft.notes()) {
			position++;
			SourceNote.Kind kind = SourceNote.Kind.valueOf(wanted.kind());
			SourceNote note = wanted.id() == null ? null : published.remove(wanted.id());
			if (note == null) {
				note = new SourceNote(source, kind, wanted.text(), position);
				entityManager.persist(note);
				source.getNotes().add(note);
			}
			else if (note.getKind() != kind || !note.getText().equals(wanted.text()) || note.getPosition() != position) {
				note.revise(kind, wanted.text(), position);
			}
			if (wanted.textEs() == null && note.textIn(EntryDrafts.SPANISH) != null) {
				note.withdrawTranslation(EntryDrafts.SPANISH);
			}
			else if (wanted.textEs() != null && !wanted.textEs().equals(note.textIn(EntryDrafts.SPANISH))) {
				note.translate(EntryDrafts.SPANISH, wanted.textEs());
			}
		}
		for (SourceNote gone : published.values()) {
			source.getNotes().remove(gone);
			entityManager.remove(gone);
		}
	}

}
