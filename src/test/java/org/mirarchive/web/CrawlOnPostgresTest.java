package org.mirarchive.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crawl of the whole archive, served from PostgreSQL: the same test body as {@link CrawlTest},
 * which runs it on H2.
 */
@OnPostgres
class CrawlOnPostgresTest extends CrawlTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theApplicationRunsOnPostgres() {
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
	}

}
