package org.mirarchive.data;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.mirarchive.ArchiveProcess;
import org.mirarchive.ArchiveProcess.Database;
import org.mirarchive.MirArchiveApplication;
import org.mirarchive.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portable backup reproduces the archive exactly, as docs/deployment.md ("Portable backup")
 * tells maintainers to make and import it, each command run as its own process: an archive on H2
 * that a reviewer has changed (a new entry with a Spanish translation and a cited Wikidata
 * identifier, a seed entry withdrawn in
 * its favour) is exported; the file is imported into a new H2 data folder and into a new
 * PostgreSQL database; each is exported again, and every file of the zip is the same, byte for
 * byte, as the first export's.
 *
 * <p>Nothing is excluded from the comparison: the files are compared in the zips' order, and each
 * is written in a fixed order (rows by key), dated when the archive's records last changed, with
 * the rows' own ids, which the import keeps. The one time the import generates, its revision's
 * timestamp, is in no file (the revision history is not in the backup): the test checks instead
 * that the history starts again from that one revision, holding every row.
 */
class PortableBackupRoundTripTest {

	private static final String TOKEN = UUID.randomUUID().toString();

	private static final String SEED_SOURCE = "chiles-mir-the-revolutionary-left-movement";

	private static final String QUOTATION = "The MIR was founded in 1965 by a union of leftist student groups, primarily in Santiago.";

	@TempDir
	Path folder;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anEditedArchiveExportedImportedIntoH2AndPostgresAndExportedAgainIsTheSameByteForByte() throws Exception {
		Database original = Database.h2(folder.resolve("original"));
		ArchiveProcess archive = ArchiveProcess.start(original, folder.resolve("original.log"), TOKEN);
		try {
			archive.awaitLog("Created the first administrator");
			edit(archive);
		}
		finally {
			archive.stop();
		}
		Path backup = folder.resolve("original.zip");
		command(original, "--archive.export=" + backup);
		Map<String, byte[]> exported = unzip(backup);
		assertThat(exported).containsKeys("mir-archive.json", "people.csv", "citations.csv", "translations.csv",
				PortableBackup.TABLES);
		assertThat(new String(exported.get(PortableBackup.TABLES), java.nio.charset.StandardCharsets.UTF_8))
			.as("the reviewer's entry, its translation, its identifier in another archive and the withdrawal are in the backup")
			.contains("Ana Portable", "Una persona de ejemplo", "Q99999999", "A duplicate, for the portable backup test.");
		assertThat(new String(exported.get(PortableBackup.TABLES), java.nio.charset.StandardCharsets.UTF_8))
			.as("the places' coordinates and the notes beside them are in the backup")
			.contains("\"entry_coordinates\"", "santiago-coordinates-note");

		Database h2 = Database.h2(folder.resolve("imported"));
		command(h2, "--archive.import=" + backup);
		assertBaseline(h2);
		Path again = folder.resolve("imported.zip");
		command(h2, "--archive.export=" + again);
		assertSameFiles(exported, unzip(again), "H2");

		Database postgres = Database.postgres(newPostgresDatabase(), "postgres", "");
		command(postgres, "--archive.import=" + backup);
		assertBaseline(postgres);
		Path fromPostgres = folder.resolve("postgres.zip");
		command(postgres, "--archive.export=" + fromPostgres);
		assertSameFiles(exported, unzip(fromPostgres), "PostgreSQL");

		// An archive with content of its own is not overwritten: the import is refused, saying why.
		Path log = command(h2, 1, "--archive.import=" + backup);
		assertThat(Files.readString(log)).contains("This archive is not new");
		assertSameFiles(exported, unzip(exportOf(h2)), "H2, after the refused import");

		assertIdsGoOnAfterTheImported(h2);
		assertIdsGoOnAfterTheImported(postgres);
	}

	/**
	 * A row added after the import takes a new id, after the imported rows', not one of theirs: the
	 * backup has statements the seed has not (the reviewer's), whose ids a new database's counter
	 * would give again.
	 */
	private static void assertIdsGoOnAfterTheImported(Database database) throws SQLException {
		try (Connection db = database.connect(); Statement query = db.createStatement()) {
			long last = count(query, "select max(id) from statement");
			query.executeUpdate("insert into statement (statement_key, entry_id, text, position)"
					+ " select 'added-after-the-import', min(id), 'Added after the import.', 99 from entry");
			assertThat(count(query, "select id from statement where statement_key = 'added-after-the-import'"))
				.as(database + ": the next id").isEqualTo(last + 1);
		}
	}

	/**
	 * A reviewer's changes through the write API: a new person with a Spanish summary and
	 * statement, and a seed entry withdrawn, replaced by the new one (an entry replaced by one made
	 * after it).
	 */
	private void edit(ArchiveProcess archive) throws Exception {
		String citation = "[{\"source\": {\"slug\": \"" + SEED_SOURCE + "\"}, \"quotation\": \"" + QUOTATION + "\"}]";
		HttpResponse<String> made = send(archive, "POST", "/api/people", """
				{"name": "Ana Portable", "summary": "An example person the portable backup test makes.",
				 "translations": {"es": {"summary": "Una persona de ejemplo que hace la prueba de la copia portable."}},
				 "statements": [{"text": "Ana Portable joined the MIR, in this test.", "citations": %s,
				   "translations": {"es": {"text": "Ana Portable entró al MIR, en esta prueba."}}}],
				 "relations": [{"kind": "MEMBER_OF", "object": {"type": "organization", "slug": "mir"}, "citations": %s}],
				 "identifiers": [{"scheme": "WIKIDATA", "identifier": "Q99999999", "citations": %s}],
				 "changeSummary": "Adds Ana Portable for the portable backup test"}
				""".formatted(citation, citation, citation));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		HttpResponse<String> withdrawn = send(archive, "POST", "/api/people/bautista-van-schouwen/withdraw",
				"{\"reason\": \"A duplicate, for the portable backup test.\", \"replacement\": \"/people/ana-portable\"}");
		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
	}

	private HttpResponse<String> send(ArchiveProcess archive, String method, String path, String body)
			throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(archive.base() + path))
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The history starts from the import: one revision, by no one, that adds every row as it is. */
	private void assertBaseline(Database database) throws SQLException {
		try (Connection db = database.connect(); Statement query = db.createStatement()) {
			try (ResultSet revisions = query.executeQuery("select rev, author, summary from revinfo")) {
				assertThat(revisions.next()).isTrue();
				assertThat(revisions.getInt(1)).isEqualTo(1);
				assertThat(revisions.getString(2)).isNull();
				assertThat(revisions.getString(3)).isEqualTo("Imported from original.zip");
				assertThat(revisions.next()).as("one revision").isFalse();
			}
			for (ContentTables.Table table : ContentTables.ALL) {
				if (table.audited()) {
					assertThat(count(query, "select count(*) from " + table.name() + "_aud where rev = 1 and revtype = 0"))
						.as(table.name() + ", in the baseline")
						.isEqualTo(count(query, "select count(*) from " + table.name()));
				}
			}
			assertThat(count(query, "select count(*) from entry e join entry_aud a on a.id = e.id and a.rev = 1"
					+ " where a.slug <> e.slug or a.summary <> e.summary or a.version <> e.version"))
				.as("entries in the baseline as they are").isZero();
		}
	}

	private static long count(Statement query, String sql) throws SQLException {
		try (ResultSet row = query.executeQuery(sql)) {
			row.next();
			return row.getLong(1);
		}
	}

	private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String where) {
		assertThat(actual.keySet()).as(where + ": the files, in order").containsExactlyElementsOf(expected.keySet());
		expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(where + ": " + name).isEqualTo(bytes));
	}

	/** A zip's files, in its order (the refusals test reads the backup's files too). */
	static Map<String, byte[]> unzip(Path zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	private Path exportOf(Database database) throws Exception {
		Path file = folder.resolve("export-" + UUID.randomUUID() + ".zip");
		command(database, "--archive.export=" + file);
		return file;
	}

	/** A new, empty database on the tests' PostgreSQL server. */
	private static String newPostgresDatabase() throws SQLException {
		String shared = TestPostgres.jdbcUrl();
		String name = "portable_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = DriverManager.getConnection(shared);
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		return shared.replace("/postgres?", "/" + name + "?");
	}

	private Path command(Database database, String argument) throws Exception {
		return command(database, 0, argument);
	}

	/** Runs the archive as docs/deployment.md's command does, and waits for it to end with {@code status}. */
	private Path command(Database database, int status, String argument) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), MirArchiveApplication.class.getName(),
				"--spring.config.location=classpath:/application.properties"));
		command.addAll(database.arguments());
		command.add(argument);
		Path log = folder.resolve("command-" + UUID.randomUUID() + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(database.environment());
		Process process = builder.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(argument).isTrue();
		assertThat(process.exitValue()).as(argument + ":\n" + Files.readString(log)).isEqualTo(status);
		return log;
	}

}
