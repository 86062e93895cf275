package org.mirarchive.seed;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.MirArchiveApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive started as the README starts it keeps its database in the data folder: the seed is
 * built once, and what is written stays across a restart, instead of every start rebuilding the
 * seed in memory and forgetting the rest. The application's own configuration is used as it
 * ships (the tests' in-memory database set aside), with only the data folder moved.
 */
class KeptDatabaseTest {

	private static final String WRITTEN = "Written before the archive was stopped.";

	@TempDir
	Path data;

	@Test
	void whatIsWrittenIsStillThereAfterARestartAndTheSeedIsNotBuiltAgain() {
		int migrations;
		try (ConfigurableApplicationContext first = start()) {
			JdbcTemplate jdbc = jdbc(first);
			assertThat(jdbc.update("update entry set summary = ? where slug = 'mir'", WRITTEN)).isEqualTo(1);
			migrations = jdbc.queryForObject("select count(*) from \"flyway_schema_history\"", Integer.class);
		}
		assertThat(data.resolve("mir-archive.mv.db")).isRegularFile();

		try (ConfigurableApplicationContext second = start()) {
			JdbcTemplate jdbc = jdbc(second);
			assertThat(jdbc.queryForObject("select summary from entry where slug = 'mir'", String.class))
				.isEqualTo(WRITTEN);
			assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\"", Integer.class))
				.as("migrations applied, counted again after the restart").isEqualTo(migrations);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(MirArchiveApplication.class).run(
				"--spring.config.location=classpath:/application.properties", "--archive.data-directory=" + data,
				"--server.port=0");
	}

	private static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
		return new JdbcTemplate(context.getBean(DataSource.class));
	}

}
