package org.mirarchive.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.entry.Citation;
import org.mirarchive.entry.Entry;
import org.mirarchive.work.Quotation;
import org.mirarchive.work.RecordField;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceNote;
import org.mirarchive.work.SourceRepository;
import org.mirarchive.work.SourceTranslation;

/**
 * Published works read as curators' drafts ({@link WorkDraft}), with the version each was read at;
 * and a work's quotations with the entries that cite each, which its edit screen shows.
 */
@Component
@Transactional(readOnly = true)
public class WorkDrafts {

	private final SourceRepository sources;

	private final EntityManager entityManager;

	WorkDrafts(SourceRepository sources, EntityManager entityManager) {
		this.sources = sources;
		this.entityManager = entityManager;
	}

	/** A published work as a draft, with its id and the version it was read at. */
	public record Published(long id, long version, WorkDraft draft) {
	}

	/** The work at an address, as a draft. */
	public Optional<Published> published(String slug) {
		return sources.findBySlug(slug).map(WorkDrafts::draft);
	}

	/** The work with an id, as a draft. */
	public Optional<Published> published(long id) {
		return sources.findById(id).map(WorkDrafts::draft);
	}

	/** A work as a draft: as it is now, or as a past revision left it (read through Envers). */
	public static Published draft(Source source) {
		SourceTranslation spanish = source.getTranslations().get(EntryDrafts.SPANISH);
		List<WorkDraft.UnknownDraft> unknown = new ArrayList<>();
		for (Map.Entry<RecordField, RecordField.Unknown> declared : new TreeMap<>(source.getUnknown()).entrySet()) {
			unknown.add(new WorkDraft.UnknownDraft(declared.getKey().name(), declared.getValue().name()));
		}
		List<WorkDraft.NoteDraft> notes = new ArrayList<>();
		for (SourceNote note : source.getNotes()) {
			notes.add(new WorkDraft.NoteDraft(note.getId(), note.getKind().name(), note.getText(),
					note.textIn(EntryDrafts.SPANISH)));
		}
		Source.Fields fields = source.fields();
		return new Published(source.getId(), source.getVersion(), new WorkDraft(source.getSlug(), fields.kind().name(),
				fields.title(), fields.subtitle(), fields.author(), spanish == null ? null : spanish.author(),
				fields.container(), spanish == null ? null : spanish.container(), fields.publisher(), fields.place(),
				spanish == null ? null : spanish.place(), fields.issued(), fields.url(), fields.accessed(),
				fields.accessedBefore() == null ? null : fields.accessedBefore().toString(), fields.isbn(),
				fields.language(), fields.summary(), spanish == null ? null : spanish.summary(), unknown, notes));
	}

	/** An entry that cites a quotation: its name and address. */
	public record Citer(String name, String url) {
	}

	/** One of a work's quoted passages, where it stands in the work, and the entries that cite it. */
	public record QuotationView(String text, int section, int paragraph, List<Citer> citedBy) {
	}

	/** A work's quotations in the order of the work, each with the entries citing it (each once). */
	public List<QuotationView> quotations(long sourceId) {
		List<Quotation> quotations = entityManager
			.createQuery("select q from Quotation q where q.source.id = :id order by q.sectionNo, q.paragraphNo, q.id",
					Quotation.class)
			.setParameter("id", sourceId)
			.getResultList();
		Map<Long, Map<Long, Citer>> citers = new LinkedHashMap<>();
		for (Citation citation : entityManager
			.createQuery("select c from Citation c where c.quotation.source.id = :id order by c.id", Citation.class)
			.setParameter("id", sourceId)
			.getResultList()) {
			Entry entry = citation.claimEntry();
			citers.computeIfAbsent(citation.getQuotation().getId(), q -> new LinkedHashMap<>())
				.putIfAbsent(entry.getId(), new Citer(entry.getName(), entry.getKind().url(entry.getSlug())));
		}
		return quotations.stream()
			.map(q -> new QuotationView(q.getText(), q.getSectionNo(), q.getParagraphNo(),
					List.copyOf(citers.getOrDefault(q.getId(), Map.of()).values())))
			.toList();
	}

}
