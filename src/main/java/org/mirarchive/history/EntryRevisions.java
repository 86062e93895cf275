package org.mirarchive.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditCriterion;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.curation.EntryDraft;
import org.mirarchive.curation.PublishedHistory;
import org.mirarchive.entry.Citation;
import org.mirarchive.entry.Coordinates;
import org.mirarchive.entry.EditorialNote;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryName;
import org.mirarchive.entry.ExternalIdentifier;
import org.mirarchive.entry.Relation;
import org.mirarchive.entry.Statement;

/**
 * An entry's revisions, and the entry as any of them left it, read from the tables Envers writes:
 * for readers' history pages and for curators ({@link PublishedHistory}: what a change set was
 * made from, what to revert to).
 */
@Component
public class EntryRevisions implements PublishedHistory {

	/**
	 * Every revision that wrote a row of the entry or of its claims: its names, statements,
	 * relations at either end, editorial notes, identifiers in other archives, their translations
	 * and citations. A row keeps what
	 * it belongs to even in the revision that removed it (Envers stores a removed row's data).
	 */
	private static final String TOUCHING = """
			with names as (select distinct id from entry_name_aud where entry_id = :entry),
			     statements as (select distinct id from statement_aud where entry_id = :entry),
			     relations as (select distinct id from relation_aud where subject_id = :entry or object_id = :entry),
			     notes as (select distinct id from editorial_note_aud where entry_id = :entry
			         or relation_id in (select id from relations)),
			     identifiers as (select distinct id from entry_identifier_aud where entry_id = :entry),
			     points as (select distinct id from entry_coordinates_aud where entry_id = :entry),
			     citations as (select distinct id from citation_aud where date_entry_id = :entry
			         or name_id in (select id from names) or statement_id in (select id from statements)
			         or relation_id in (select id from relations) or note_id in (select id from notes)
			         or identifier_id in (select id from identifiers) or coordinates_id in (select id from points))
			select r.rev, r.revtstmp, r.author, r.summary, r.change_set_id from revinfo r where r.rev in (
			    select rev from entry_aud where id = :entry
			    union select rev from entry_translation_aud where entry_id = :entry
			    union select rev from entry_name_aud where id in (select id from names)
			    union select rev from statement_aud where id in (select id from statements)
			    union select rev from statement_translation_aud where statement_id in (select id from statements)
			    union select rev from relation_aud where id in (select id from relations)
			    union select rev from relation_translation_aud where relation_id in (select id from relations)
			    union select rev from editorial_note_aud where id in (select id from notes)
			    union select rev from editorial_note_translation_aud where note_id in (select id from notes)
			    union select rev from entry_identifier_aud where id in (select id from identifiers)
			    union select rev from entry_coordinates_aud where id in (select id from points)
			    union select rev from citation_aud where id in (select id from citations)
			    union select rev from citation_translation_aud where citation_id in (select id from citations))
			order by r.rev desc
			""";

	/** A row of {@code revinfo} read as its five columns: rev, revtstmp, author, summary, change_set_id. */
	static final RowMapper<Revision> REVISION = (row, n) -> new Revision(row.getInt(1),
			Instant.ofEpochMilli(row.getLong(2)), row.getString(3), row.getString(4),
			(Long) row.getObject(5, Long.class));

	private final EntityManager entityManager;

	private final NamedParameterJdbcTemplate jdbc;

	EntryRevisions(EntityManager entityManager, NamedParameterJdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** The revisions that changed the entry or its claims, newest first. */
	@Transactional(readOnly = true)
	public List<Revision> of(long entryId) {
		return jdbc.query(TOUCHING, Map.of("entry", entryId), REVISION);
	}

	@Override
	@Transactional(readOnly = true)
	public OptionalInt revisionOf(long changeSetId) {
		return jdbc
			.queryForList("select min(rev) from revinfo where change_set_id = :changeSet", Map.of("changeSet", changeSetId),
					Integer.class)
			.stream()
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public OptionalInt lastRevision(long entryId) {
		return of(entryId).stream().mapToInt(Revision::number).findFirst();
	}

	/** One revision of the archive, if there is one of that number. */
	@Transactional(readOnly = true)
	public Optional<Revision> revision(int number) {
		return jdbc
			.query("select rev, revtstmp, author, summary, change_set_id from revinfo where rev = :rev",
					Map.of("rev", number), REVISION)
			.stream()
			.findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EntryDraft> draftAtRevision(long entryId, int revision) {
		return at(entryId, revision).map(Drafts::of);
	}

	/**
	 * As the last revision before the entry's next version left it (or the latest, for the version
	 * it has now): the entry as curators read it while it had that version.
	 */
	@Override
	@Transactional(readOnly = true)
	public Optional<EntryDraft> draftAtVersion(long entryId, long version) {
		AuditReader reader = reader();
		List<?> reached = reader.createQuery()
			.forRevisionsOfEntity(Entry.class, false, true)
			.addProjection(AuditEntity.revisionNumber().min())
			.add(AuditEntity.id().eq(entryId))
			.add(AuditEntity.property("version").eq(version))
			.getResultList();
		if (reached.isEmpty() || reached.get(0) == null) {
			return Optional.empty();
		}
		List<?> next = reader.createQuery()
			.forRevisionsOfEntity(Entry.class, false, true)
			.addProjection(AuditEntity.revisionNumber().min())
			.add(AuditEntity.id().eq(entryId))
			.add(AuditEntity.property("version").gt(version))
			.getResultList();
		int until;
		if (next.isEmpty() || next.get(0) == null) {
			until = of(entryId).get(0).number();
		}
		else {
			until = ((Number) next.get(0)).intValue() - 1;
		}
		return draftAtRevision(entryId, until);
	}

	/**
	 * The entry and its claims as a revision left them; empty where the entry did not exist then
	 * (not yet made, or removed).
	 */
	@Transactional(readOnly = true)
	public Optional<EntryAtRevision> at(long entryId, int revision) {
		AuditReader reader = reader();
		Entry entry = reader.find(Entry.class, entryId, revision);
		if (entry == null) {
			return Optional.empty();
		}
		List<EntryName> names = list(reader, EntryName.class, revision, AuditEntity.relatedId("entry").eq(entryId),
				"position");
		List<Statement> statements = list(reader, Statement.class, revision,
				AuditEntity.relatedId("entry").eq(entryId), "position");
		List<Relation> relations = list(reader, Relation.class, revision,
				AuditEntity.or(AuditEntity.relatedId("subject").eq(entryId),
						AuditEntity.relatedId("object").eq(entryId)),
				"position");
		List<EditorialNote> notes = statements.isEmpty() ? List.of()
				: list(reader, EditorialNote.class, revision, AuditEntity.relatedId("statement").in(ids(statements,
						Statement::getId)), "position");
		List<EditorialNote> relationNotes = relations.isEmpty() ? List.of()
				: list(reader, EditorialNote.class, revision, AuditEntity.relatedId("relation").in(ids(relations,
						Relation::getId)), "position");
		List<EditorialNote> dateNotes = list(reader, EditorialNote.class, revision,
				AuditEntity.relatedId("dateEntry").eq(entryId), "position");
		List<EditorialNote> allNotes = new ArrayList<>(notes);
		allNotes.addAll(relationNotes);
		allNotes.addAll(dateNotes);
		List<Citation> dateCitations = list(reader, Citation.class, revision,
				AuditEntity.relatedId("dateEntry").eq(entryId), null);
		List<ExternalIdentifier> identifiers = list(reader, ExternalIdentifier.class, revision,
				AuditEntity.relatedId("entry").eq(entryId), "position");
		List<Coordinates> points = list(reader, Coordinates.class, revision, AuditEntity.relatedId("entry").eq(entryId),
				"position");
		List<EditorialNote> pointNotes = points.isEmpty() ? List.of()
				: list(reader, EditorialNote.class, revision,
						AuditEntity.relatedId("coordinates").in(ids(points, Coordinates::getId)), "position");
		allNotes.addAll(pointNotes);
		return Optional.of(new EntryAtRevision(revision, entry, names, statements, relations,
				byOwner(notes, note -> note.getStatement().getId()), dateCitations,
				citations(reader, revision, "name", names, EntryName::getId, c -> c.getName().getId()),
				citations(reader, revision, "statement", statements, Statement::getId, c -> c.getStatement().getId()),
				citations(reader, revision, "relation", relations, Relation::getId, c -> c.getRelation().getId()),
				citations(reader, revision, "note", allNotes, EditorialNote::getId, c -> c.getNote().getId()),
				byOwner(relationNotes, note -> note.getRelation().getId()), dateNotes, identifiers,
				citations(reader, revision, "identifier", identifiers, ExternalIdentifier::getId,
						c -> c.getIdentifier().getId()),
				points, citations(reader, revision, "coordinates", points, Coordinates::getId,
						c -> c.getCoordinates().getId()),
				byOwner(pointNotes, note -> note.getCoordinates().getId())));
	}

	private <T> Map<Long, List<Citation>> citations(AuditReader reader, int revision, String claim, List<T> owners,
			Function<T, Long> id, Function<Citation, Long> owner) {
		if (owners.isEmpty()) {
			return Map.of();
		}
		return byOwner(list(reader, Citation.class, revision, AuditEntity.relatedId(claim).in(ids(owners, id)), null),
				owner);
	}

	private static <T> Object[] ids(Collection<T> rows, Function<T, Long> id) {
		return rows.stream().map(id).distinct().toArray();
	}

	private static <T> Map<Long, List<T>> byOwner(List<T> rows, Function<T, Long> owner) {
		Map<Long, List<T>> byOwner = new LinkedHashMap<>();
		rows.forEach(row -> byOwner.computeIfAbsent(owner.apply(row), k -> new ArrayList<>()).add(row));
		return byOwner;
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(AuditReader reader, Class<T> type, int revision, AuditCriterion criterion,
			String order) {
		AuditQuery query = reader.createQuery().forEntitiesAtRevision(type, revision).add(criterion);
		if (order != null) {
			query.addOrder(AuditEntity.property(order).asc());
		}
		return query.addOrder(AuditEntity.id().asc()).getResultList();
	}

	private AuditReader reader() {
		return AuditReaderFactory.get(entityManager);
	}

	/**
	 * One revision of the archive.
	 *
	 * @param number its number, from 1 (the seed)
	 * @param committed when it was committed
	 * @param author the curator's username, or null for the seed
	 * @param summary why, in the curator's words, or null
	 * @param changeSetId the change set it published, or null
	 */
	public record Revision(int number, Instant committed, String author, String summary, Long changeSetId) {

		/** The summary V28 gave the seed's revision. */
		static final String SEED_SUMMARY = "The archive as its migrations seeded it";

		/** Whether this is the archive as its migrations seeded it. */
		public boolean isBaseline() {
			return number == 1;
		}

		/**
		 * Whether this is the seed's own revision, whose summary V28 wrote in English (an import's
		 * first revision is a baseline too, summarised by the import): pages word it in the
		 * reader's language.
		 */
		public boolean isSeed() {
			return number == 1 && author == null && SEED_SUMMARY.equals(summary);
		}

	}

}
