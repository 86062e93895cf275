package org.mirarchive.history;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveDatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations give every seeded row of the audited tables a baseline revision, so that each
 * entry's history starts with the archive as it was seeded: revision 1, by no one, every row
 * added in it as it is.
 */
@ArchiveDatabaseTest
public class RevisionBaselineTest {

	@Autowired
	private JdbcTemplate jdbc;

	/** Each audited table and the columns that name one of its rows. */
	static List<String[]> audited() {
		return List.of(new String[] { "entry", "id" }, new String[] { "entry_translation", "entry_id, language" },
				new String[] { "entry_name", "id" }, new String[] { "statement", "id" },
				new String[] { "statement_translation", "statement_id, language" }, new String[] { "relation", "id" },
				new String[] { "relation_translation", "relation_id, language" }, new String[] { "editorial_note", "id" },
				new String[] { "editorial_note_translation", "note_id, language" }, new String[] { "citation", "id" },
				new String[] { "citation_translation", "citation_id, language" }, new String[] { "source", "id" },
				new String[] { "source_translation", "source_id, language" },
				new String[] { "source_unknown", "source_id, field" }, new String[] { "source_note", "id" },
				new String[] { "source_note_translation", "source_note_id, language" });
	}

	@Test
	void revisionOneIsTheSeedByNoOne() {
		Map<String, Object> baseline = jdbc.queryForMap("select * from revinfo where rev = 1");
		assertThat(baseline.get("author")).isNull();
		assertThat(baseline.get("summary")).isEqualTo("The archive as its migrations seeded it");
		assertThat(baseline.get("change_set_id")).isNull();
		// Dated when the seed's records last changed, not when the migration happened to run.
		assertThat(((Number) baseline.get("revtstmp")).longValue()).isEqualTo(jdbc.queryForObject(
				"select max(last_changed) from entry", java.time.OffsetDateTime.class).toInstant().toEpochMilli());
		assertThat(jdbc.queryForObject("select count(*) from revinfo", Long.class)).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("audited")
	void everySeededRowIsAddedInTheBaseline(String table, String key) {
		long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
		assertThat(rows).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from " + table + "_aud where rev = 1 and revtype = 0", Long.class))
			.isEqualTo(rows);
		assertThat(jdbc.queryForObject("select count(*) from (select " + key + " from " + table + " except select "
				+ key + " from " + table + "_aud) missing", Long.class)).isZero();
	}

	@Test
	void theBaselineHoldsEachEntryAsItIs() {
		assertThat(jdbc.queryForObject("""
				select count(*) from entry e join entry_aud a on a.id = e.id and a.rev = 1
				 where a.slug <> e.slug or a.name <> e.name or a.summary <> e.summary or a.version <> e.version
				    or a.kind <> e.kind or coalesce(a.date_edtf, '-') <> coalesce(e.date_edtf, '-')
				""", Long.class)).isZero();
	}

}
