package org.mirarchive.seed;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations, run on an empty PostgreSQL database: the same test bodies as
 * {@link SeedMigrationTest}, which runs them on H2.
 */
@OnPostgres
class SeedMigrationOnPostgresTest extends SeedMigrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theDatabaseIsPostgres() {
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
	}

}
