package org.mirarchive.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.envers.AuditReaderFactory;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.curation.WorkDraft;
import org.mirarchive.curation.WorkDrafts;
import org.mirarchive.work.Source;

/**
 * A cited work's revisions, and the work as any of them left it, read from the tables Envers
 * writes: its record, its translations, the fields it declares unknown and its notes (its sections
 * are not edited and not kept).
 */
@Component
class WorkRevisions {

	/** Every revision that wrote a row of the work, of its translations or declarations, or of its notes. */
	private static final String TOUCHING = """
			select r.rev, r.revtstmp, r.author, r.summary, r.change_set_id from revinfo r where r.rev in (
			    select rev from source_aud where id = :source
			    union select rev from source_translation_aud where source_id = :source
			    union select rev from source_unknown_aud where source_id = :source
			    union select rev from source_note_aud where source_id = :source
			    union select rev from source_note_translation_aud where source_note_id in (
			        select distinct id from source_note_aud where source_id = :source))
			order by r.rev desc
			""";

	private final EntityManager entityManager;

	private final NamedParameterJdbcTemplate jdbc;

	WorkRevisions(EntityManager entityManager, NamedParameterJdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** The revisions that changed the work, newest first. */
	@Transactional(readOnly = true)
	List<EntryRevisions.Revision> of(long sourceId) {
		return jdbc.query(TOUCHING, Map.of("source", sourceId), EntryRevisions.REVISION);
	}

	/**
	 * The work as a revision left it, its translations, declarations and notes read as that
	 * revision left them when asked for (inside the caller's transaction); empty where the work did
	 * not exist then.
	 */
	@Transactional(readOnly = true)
	Optional<Source> at(long sourceId, int revision) {
		return Optional.ofNullable(AuditReaderFactory.get(entityManager).find(Source.class, sourceId, revision));
	}

	/** The work as a revision left it, as the draft curators edit; empty where it did not exist then. */
	@Transactional(readOnly = true)
	Optional<WorkDraft> draftAtRevision(long sourceId, int revision) {
		return at(sourceId, revision).map(source -> WorkDrafts.draft(source).draft());
	}

}
