package org.mirarchive.history;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.mirarchive.ArchiveProcess;
import org.mirarchive.ArchiveProcess.Database;
import org.mirarchive.account.CuratorBrowser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The backups docs/deployment.md tells administrators to make can be restored: the archive runs as
 * its own process, a curator corrects an entry through the curation form, the documented commands
 * ({@code scripts/backup} and {@code scripts/restore}, which the page names) back the database up
 * and restore it into a new, empty one, and the archive started on that one shows the correction
 * to readers, with its revision in the entry's history. On the embedded H2 file (stopped first, as
 * the page says) and on PostgreSQL (backed up while the archive runs). {@code pg_dump} refuses a
 * server of a later major version than its own, and the embedded PostgreSQL the other tests start
 * ships no {@code pg_dump}: the PostgreSQL part runs on a server of the installed {@code pg_dump}'s
 * own version, started here from the same installation, and is skipped, saying why, where there is none.
 */
class BackupsRestoreTest {

	private static final String ENTRY = "/people/miguel-enriquez";

	private static final String TOKEN = UUID.randomUUID().toString();

	@TempDir
	Path folder;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anH2BackupRestoredIntoANewDataFolderHasTheCuratorsChangeAndItsHistory() throws Exception {
		Database original = Database.h2(folder.resolve("data"));
		ArchiveProcess archive = ArchiveProcess.start(original, folder.resolve("original.log"), TOKEN);
		String summary;
		try {
			summary = correct(archive);
		}
		finally {
			// The page says: stop the archive first (the H2 file is the running archive's alone).
			archive.stop();
		}
		Path backup = folder.resolve("mir-archive-backup.zip");
		Map<String, String> h2 = Map.of("H2_JAR", jarOf(org.h2.Driver.class));
		run(h2, "scripts/backup", "h2", folder.resolve("data").toString(), backup.toString());
		run(h2, "scripts/restore", "h2", backup.toString(), folder.resolve("restored").toString());

		assertRestored(Database.h2(folder.resolve("restored")), summary);
	}

	@Test
	void aPostgresBackupRestoredIntoAnEmptyDatabaseHasTheCuratorsChangeAndItsHistory() throws Exception {
		Path bin = postgresBinaries();
		Path cluster = Files.createTempDirectory("mir-backup-postgres");
		try (LocalPostgres server = LocalPostgres.start(bin, cluster)) {
			Database original = Database.postgres(server.createDatabase("original"), "postgres", "");
			ArchiveProcess archive = ArchiveProcess.start(original, folder.resolve("original.log"), TOKEN);
			Path backup = folder.resolve("mir-archive.dump");
			String summary;
			try {
				summary = correct(archive);
				// pg_dump reads one consistent snapshot: the archive keeps running meanwhile.
				run(Map.of(), "scripts/backup", "postgres", server.uri("original"), backup.toString());
			}
			finally {
				archive.stop();
			}
			server.createDatabase("restored");
			run(Map.of(), "scripts/restore", "postgres", backup.toString(), server.uri("restored"));

			assertRestored(Database.postgres(server.jdbcUrl("restored"), "postgres", ""), summary);
		}
		finally {
			deleteAll(cluster);
		}
	}

	/** A curator (the first administrator, a reviewer too: published at once) corrects the entry's summary. */
	private String correct(ArchiveProcess archive) throws Exception {
		archive.awaitLog("Created the first administrator");
		CuratorBrowser curator = new CuratorBrowser(archive.port());
		assertThat(curator.logIn(ArchiveProcess.ADMIN, ArchiveProcess.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
		FormElement form = (FormElement) curator.page("/curate" + ENTRY).selectFirst("form.draft-form");
		Map<String, String> fields = new LinkedHashMap<>();
		form.formData().forEach(field -> fields.put(field.key(), field.value()));
		String summary = fields.get("summary") + " Corrected before a backup.";
		fields.put("summary", summary);
		fields.put("changeSummary", "Corrects the summary before a backup");
		fields.put("action", "save");
		assertThat(curator.post("/curate/draft", fields).statusCode()).as("the curator's save").isEqualTo(302);
		assertThat(reader(archive, ENTRY).select("p.summary").text()).contains("Corrected before a backup.");
		return summary;
	}

	private void assertRestored(Database restored, String summary) throws Exception {
		ArchiveProcess archive = ArchiveProcess.start(restored, folder.resolve("restored.log"), TOKEN);
		try {
			assertThat(reader(archive, ENTRY).select("p.summary").text()).as("the entry, restored")
				.contains("Corrected before a backup.");
			Document history = reader(archive, ENTRY + "/history");
			assertThat(history.select(".revisions > li")).as("revisions, restored").hasSizeGreaterThanOrEqualTo(2);
			assertThat(history.select(".revisions > li").first().text()).contains("Corrects the summary before a backup");
		}
		finally {
			archive.stop();
		}
		try (Connection db = restored.connect(); Statement query = db.createStatement();
				var row = query.executeQuery("select summary from entry where slug = 'miguel-enriquez'")) {
			assertThat(row.next()).isTrue();
			assertThat(row.getString(1)).isEqualTo(summary);
		}
	}

	private Document reader(ArchiveProcess archive, String path) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(archive.base() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(answer.body());
	}

	/** Runs a script of the checkout as an administrator would, from the checkout. */
	private void run(Map<String, String> environment, String... command) throws Exception {
		Path output = folder.resolve("script-" + UUID.randomUUID() + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + Files.readString(output)).isZero();
	}

	private static String jarOf(Class<?> type) throws Exception {
		return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
	}

	/**
	 * The server binaries of the installed {@code pg_dump}'s own release ({@code pg_config --bindir}
	 * names its installation), or the test is skipped; where {@code REQUIRE_POSTGRES_TOOLS=true}
	 * (as in CI, whose {@code .ci/run} installs them) it fails instead.
	 */
	private static Path postgresBinaries() throws Exception {
		String bindir = output("pg_config", "--bindir");
		present(!bindir.isBlank(), "pg_config (PostgreSQL's client programs) on the PATH");
		Path bin = Path.of(bindir.strip());
		for (String program : new String[] { "pg_dump", "pg_restore", "postgres", "initdb" }) {
			present(Files.isExecutable(bin.resolve(program)), program + " in " + bin);
		}
		return bin;
	}

	private static void present(boolean present, String what) {
		if ("true".equals(System.getenv("REQUIRE_POSTGRES_TOOLS"))) {
			assertThat(present).as(what + ", and REQUIRE_POSTGRES_TOOLS is set: the backup test must run here").isTrue();
		}
		assumeThat(present).as(what).isTrue();
	}

	private static String output(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return process.waitFor() == 0 ? out : "";
		}
		catch (IOException | InterruptedException ex) {
			return "";
		}
	}

	private static void deleteAll(Path path) throws IOException {
		if (Files.exists(path)) {
			try (var all = Files.walk(path)) {
				all.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	/**
	 * A PostgreSQL server of its own, in a folder, on a free port, TCP on localhost only. As root,
	 * under a user namespace ({@code unshare -U}, as the embedded PostgreSQL library does): PostgreSQL
	 * refuses to run as root.
	 */
	private record LocalPostgres(Process server, int port) implements AutoCloseable {

		static LocalPostgres start(Path bin, Path folder) throws Exception {
			List<String> asUser = "root".equals(System.getProperty("user.name")) ? List.of("unshare", "-U") : List.of();
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
			Path data = folder.resolve("data");
			Process initdb = new ProcessBuilder(command(asUser, bin.resolve("initdb").toString(), "-D", data.toString(),
					"-U", "postgres", "-A", "trust", "-E", "UTF-8", "--locale=C"))
				.redirectErrorStream(true)
				.redirectOutput(folder.resolve("initdb.log").toFile())
				.start();
			assertThat(initdb.waitFor(2, TimeUnit.MINUTES) && initdb.exitValue() == 0)
				.as("initdb:\n" + Files.readString(folder.resolve("initdb.log")))
				.isTrue();
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			Process server = new ProcessBuilder(command(asUser, bin.resolve("postgres").toString(), "-D", data.toString(),
					"-p", String.valueOf(port), "-c", "listen_addresses=localhost", "-c", "unix_socket_directories="))
				.redirectErrorStream(true)
				.redirectOutput(folder.resolve("postgres.log").toFile())
				.start();
			LocalPostgres started = new LocalPostgres(server, port);
			Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
			while (true) {
				try (Connection connection = DriverManager.getConnection(started.jdbcUrl("postgres"), "postgres", "")) {
					return started;
				}
				catch (SQLException notYet) {
					if (!server.isAlive() || Instant.now().isAfter(giveUp)) {
						started.close();
						throw new AssertionError("PostgreSQL did not start:\n" + Files.readString(folder.resolve("postgres.log")));
					}
					Thread.sleep(200);
				}
			}
		}

		private static List<String> command(List<String> prefix, String... rest) {
			List<String> all = new ArrayList<>(prefix);
			all.addAll(Arrays.asList(rest));
			return all;
		}

		String jdbcUrl(String database) {
			return "jdbc:postgresql://localhost:" + port + "/" + database;
		}

		/** libpq's form of the address, as pg_dump and pg_restore take it. */
		String uri(String database) {
			return "postgresql://postgres@localhost:" + port + "/" + database;
		}

		String createDatabase(String name) throws SQLException {
			try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + name);
			}
			return jdbcUrl(name);
		}

		@Override
		public void close() throws InterruptedException {
			server.destroy();
			if (!server.waitFor(30, TimeUnit.SECONDS)) {
				server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}

	}

}
