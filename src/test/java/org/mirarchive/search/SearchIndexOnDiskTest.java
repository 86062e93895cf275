package org.mirarchive.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import org.mirarchive.Curator;
import org.mirarchive.MirArchiveApplication;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.model.Paging;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive as deployed by default: an H2 file and the search index on disk, both in the data
 * folder (a temporary one here). The first start builds the index; a clean stop stamps it as in
 * step with the database; the next start on the same folder does not rebuild it and still finds
 * what was changed before. A stop without the stamp (as a crash leaves it) or a row changed behind
 * JPA's back while the archive was stopped makes the next start rebuild it. Whether a start
 * rebuilt the index is read from Hibernate Search's own log line for a finished mass indexing.
 */
@ExtendWith(OutputCaptureExtension.class)
class SearchIndexOnDiskTest {

	/** Hibernate Search's "Mass indexing complete" (logged once per rebuilding). */
	private static final String REBUILT = "HSEARCH700168";

	private static final String IN_STEP = "is in step with the database: not rebuilt";

	@TempDir
	Path data;

	@Test
	void aCleanStopStampsTheIndexAndTheNextStartFindsTheChangeWithoutRebuilding(CapturedOutput output) {
		try (ConfigurableApplicationContext first = start()) {
			assertThat(count(output.getOut(), REBUILT)).as("the first start builds the index").isEqualTo(1);
			assertThat(stamp()).as("no stamp while the archive runs").doesNotExist();
			assertThat(found(first, "Valparaiso")).isEmpty();

			first.getBean(Curator.class).addToSummary(EntryKind.PLACE, "santiago", " Not Valparaíso.");

			assertThat(found(first, "Valparaiso")).containsExactly("/places/santiago");
		}
		assertThat(stamp()).as("written at a clean stop").exists();

		int mark = output.getOut().length();
		try (ConfigurableApplicationContext second = start()) {
			String log = output.getOut().substring(mark);
			assertThat(count(log, REBUILT)).as("rebuildings at the second start").isZero();
			assertThat(log).contains(IN_STEP);
			assertThat(stamp()).as("taken at start").doesNotExist();
			assertThat(found(second, "Valparaiso")).containsExactly("/places/santiago");
			assertThat(found(second, "Salvador Allende")).first().isEqualTo("/people/salvador-allende");
		}
		assertThat(stamp()).exists();
	}

	@Test
	void aStopWithoutTheStampOrARowChangedBehindJpasBackRebuilds(CapturedOutput output) throws Exception {
		start().close();
		assertThat(stamp()).exists();

		// As a crash leaves it: no stamp.
		Files.delete(stamp());
		int mark = output.getOut().length();
		try (ConfigurableApplicationContext afterCrash = start()) {
			String log = output.getOut().substring(mark);
			assertThat(count(log, REBUILT)).as("rebuildings after a crash").isEqualTo(1);
			assertThat(log).doesNotContain(IN_STEP);
			assertThat(found(afterCrash, "Salvador Allende")).first().isEqualTo("/people/salvador-allende");
		}
		assertThat(stamp()).exists();

		// Changed while the archive was stopped, as another instance or a restore would change it.
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("mir-archive"), "sa",
				""); Statement statement = connection.createStatement()) {
			assertThat(statement.executeUpdate("update entry set summary = summary || ' Not Cochabamba.',"
					+ " last_changed = last_changed + interval '1' day where slug = 'santiago'")).isEqualTo(1);
		}
		mark = output.getOut().length();
		try (ConfigurableApplicationContext afterChange = start()) {
			String log = output.getOut().substring(mark);
			assertThat(count(log, REBUILT)).as("rebuildings after a change behind JPA's back").isEqualTo(1);
			assertThat(found(afterChange, "Cochabamba")).containsExactly("/places/santiago");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(MirArchiveApplication.class, Curator.class).run(
				"--archive.data-directory=" + data,
				"--spring.datasource.url=jdbc:h2:file:" + data.resolve("mir-archive") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem", "--server.port=0");
	}

	private Path stamp() {
		return data.resolve("search-index").resolve(IndexStamp.FILE);
	}

	private static List<String> found(ConfigurableApplicationContext archive, String typed) {
		Paging first = new Paging(1, ArchiveSearch.RESULTS_A_PAGE);
		return archive.getBean(ArchiveSearch.class)
			.find(QueryWords.of(typed), null, first, Locale.ENGLISH)
			.hits()
			.lines()
			.stream()
			.map(Hit::url)
			.toList();
	}

	private static int count(String log, String line) {
		int count = 0;
		for (int at = log.indexOf(line); at >= 0; at = log.indexOf(line, at + 1)) {
			count++;
		}
		return count;
	}

}
