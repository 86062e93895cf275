package org.mirarchive.seed;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveDatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the migrations on an empty database, as a new installation does, and checks that the
 * schema and the seed were applied in order and hold what the article names.
 */
@ArchiveDatabaseTest
public class SeedMigrationTest {

	@Autowired
	private Flyway flyway;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void migrationsRunInOrderOnAnEmptyDatabase() {
		List<String> applied = java.util.Arrays.stream(flyway.info().applied())
			.map(m -> m.getVersion().getVersion())
			.toList();
		assertThat(applied).containsExactly("1", "2", "3", "4", "5", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18");
		assertThat(flyway.info().pending()).isEmpty();
	}

	@Test
	void theSeedHoldsEveryKindOfEntryTheArticleNames() {
		assertThat(count("select count(*) from entry where kind = 'PERSON'")).isGreaterThanOrEqualTo(10);
		assertThat(count("select count(*) from entry where kind = 'ORGANIZATION'")).isGreaterThanOrEqualTo(8);
		assertThat(count("select count(*) from entry where kind = 'EVENT'")).isGreaterThanOrEqualTo(12);
		assertThat(count("select count(*) from entry where kind = 'PLACE'")).isGreaterThanOrEqualTo(8);
		// Names that occur once in the article are there too.
		assertThat(jdbc.queryForList("select slug from entry", String.class)).contains("bautista-van-schouwen",
				"united-states", "brazil", "cuban-revolution", "national-stadium", "presidential-palace", "che-guevara",
				"mario-santucho", "manuel-contreras");
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

}
