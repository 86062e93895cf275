package org.mirarchive.account;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.mirarchive.ArchiveProcess;
import org.mirarchive.ArchiveProcess.Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the archive said it saved is saved, even if its process is killed at once ({@code kill -9}):
 * the archive runs as its own process ({@link ArchiveProcess}), on its shipped configuration, while
 * a writer creates accounts through the API; the process is killed while writes are still coming,
 * started again on the same database, and every account it acknowledged (201) is in the database,
 * the curator who had logged in is still logged in, and the seed's migrations were applied once,
 * at the first start only. On both databases the archive runs on: the embedded H2 file in a
 * temporary data folder, and PostgreSQL (a new database on the server the tests start, given to
 * the archive through the environment as docs/deployment.md says). The first write path the
 * archive has (issue 11); curators' edits take the same path to the same database.
 */
class KilledArchiveKeepsWhatItAcknowledgedTest {

	private static final String ADMIN = ArchiveProcess.ADMIN;

	private static final String TOKEN = UUID.randomUUID() + "-" + UUID.randomUUID();

	/** Enough acknowledged writes before the kill that the file holds more than its first pages. */
	private static final int BEFORE_THE_KILL = 15;

	private static final Duration START = Duration.ofMinutes(3);

	@TempDir
	static Path folder;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static Stream<Arguments> databases() {
		return Stream.of(Arguments.of(Database.h2(folder.resolve("data")), true),
				Arguments.of(Database.newPostgres(), false));
	}

	@ParameterizedTest(name = "on {0}")
	@MethodSource("databases")
	void everyAccountTheArchiveAcknowledgedIsThereAfterItWasKilledAndStartedAgain(Database database, boolean h2)
			throws Exception {
		String name = database.toString().replace(' ', '-');
		ArchiveProcess first = ArchiveProcess.start(database, folder.resolve(name + "-first.log"), TOKEN);
		int port = first.port();
		String session = null;
		ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
		AtomicReference<Throwable> writerFailed = new AtomicReference<>();
		AtomicBoolean killed = new AtomicBoolean();
		try {
			// The first administrator is made by a runner that runs once the server answers.
			first.awaitLog("Created the first administrator");
			CuratorBrowser curator = new CuratorBrowser(port);
			curator.logIn(ADMIN, ArchiveProcess.ADMIN_PASSWORD);
			session = curator.session();
			Thread writer = new Thread(() -> writeUntilRefused(port, acknowledged, killed));
			writer.setUncaughtExceptionHandler((thread, ex) -> writerFailed.set(ex));
			writer.start();
			Instant giveUp = Instant.now().plus(START);
			while (acknowledged.size() < BEFORE_THE_KILL && writer.isAlive() && Instant.now().isBefore(giveUp)) {
				Thread.sleep(20);
			}
			assertThat(writerFailed.get()).as("what stopped the writer").isNull();
			assertThat(acknowledged).as("accounts acknowledged before the kill").hasSizeGreaterThanOrEqualTo(BEFORE_THE_KILL);
			// SIGKILL while the writer is still sending: no shutdown hook, no closing of the database.
			killed.set(true);
			first.kill();
			writer.join(30_000);
		}
		finally {
			first.kill();
		}

		ArchiveProcess second = ArchiveProcess.start(database, folder.resolve(name + "-second.log"), TOKEN);
		int loggedInAfter;
		try {
			// The curator who logged in before the kill is still logged in: sessions are in the database.
			loggedInAfter = http.send(HttpRequest.newBuilder(URI.create(second.base() + "/account"))
				.header("Cookie", "JSESSIONID=" + session)
				.GET()
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		finally {
			second.stop();
		}

		if (h2) {
			assertThat(folder.resolve("data").resolve("mir-archive.mv.db")).isRegularFile();
		}
		Set<String> kept = new HashSet<>();
		List<String> applied = new ArrayList<>();
		try (Connection db = database.connect(); Statement query = db.createStatement()) {
			try (ResultSet rows = query.executeQuery("select username from account")) {
				while (rows.next()) {
					kept.add(rows.getString(1));
				}
			}
			try (ResultSet rows = query.executeQuery("select \"version\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null")) {
				while (rows.next()) {
					applied.add(rows.getString(1));
				}
			}
		}
		assertThat(session).as("the session the login made").isNotNull();
		assertThat(loggedInAfter).as("the curator's session after the kill and the restart").isEqualTo(200);
		assertThat(kept).as("accounts in the database after the kill and the restart").contains(ADMIN)
			.containsAll(acknowledged);
		// The seed was built at the first start only: the restart applied no migration again.
		assertThat(applied).as("migrations applied, after two starts").doesNotHaveDuplicates()
			.hasSize(migrationFiles());
	}

	/** The migrations: SQL in the resources, and the one in Java beside the sources (V33). */
	private static int migrationFiles() throws IOException {
		try (Stream<Path> sql = Files.list(Path.of("src/main/resources/db/migration"));
				Stream<Path> classes = Files.list(Path.of("src/main/java/db/migration"))) {
			return (int) Stream.concat(sql, classes)
				.filter(file -> file.getFileName().toString().matches("V[0-9]+__.+\\.(sql|java)"))
				.count();
		}
	}

	/** Creates editors one after another until the archive, killed, stops answering; records each 201. */
	private void writeUntilRefused(int port, ConcurrentLinkedQueue<String> acknowledged, AtomicBoolean killed) {
		for (int n = 1;; n++) {
			String username = "editor-" + n;
			HttpRequest create = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/accounts"))
				.header("Authorization", "Bearer " + TOKEN)
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"username\": \"" + username + "\", \"password\": \"a long enough password\", \"role\": \"EDITOR\"}"))
				.build();
			try {
				HttpResponse<String> answer = http.send(create, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() != 201) {
					throw new AssertionError("POST /api/accounts answered " + answer.statusCode() + ": " + answer.body());
				}
				acknowledged.add(username);
			}
			catch (IOException refused) {
				if (!killed.get()) {
					throw new AssertionError("POST /api/accounts failed before the kill", refused);
				}
				return;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
