package org.mirarchive;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The archive as its own process, as it is deployed: this test's class path, the shipped
 * configuration only, the database given as docs/deployment.md says (an H2 file in a data folder,
 * or PostgreSQL through {@code SPRING_PROFILES_ACTIVE} and {@code SPRING_DATASOURCE_*}), the first
 * administrator from the environment. For tests that must kill it, start it again, or back up its
 * database from outside.
 */
public final class ArchiveProcess {

	public static final String ADMIN = "first-admin";

	public static final String ADMIN_PASSWORD = "the first administrator's password";

	private static final Duration START = Duration.ofMinutes(3);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Process process;

	private final Path log;

	private final int port;

	private ArchiveProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/** Starts the archive on a free port and waits until its home page answers. */
	public static ArchiveProcess start(Database database, Path log, String adminToken) throws Exception {
		return start(database, freePort(), log, Map.of("ARCHIVE_ADMIN_USERNAME", ADMIN, "ARCHIVE_ADMIN_PASSWORD",
				ADMIN_PASSWORD, "ARCHIVE_ADMIN_TOKEN", adminToken));
	}

	/**
	 * Starts the archive at {@code port} with these environment variables (the first administrator's,
	 * say) and waits until its home page answers. A restart on the same port keeps a browser's
	 * cookies good for it.
	 */
	public static ArchiveProcess start(Database database, int port, Path log, Map<String, String> environment)
			throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), MirArchiveApplication.class.getName(),
				"--spring.config.location=classpath:/application.properties", "--server.port=" + port,
				"--archive.hosts=localhost"));
		command.addAll(database.arguments());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(database.environment());
		builder.environment().putAll(environment);
		ArchiveProcess archive = new ArchiveProcess(builder.start(), log, port);
		try {
			archive.awaitHomePage();
		}
		catch (Exception | AssertionError ex) {
			archive.kill();
			throw ex;
		}
		return archive;
	}

	/** The exit status, once it has ended (137 after {@code kill -9}). */
	public int exitValue() {
		return process.exitValue();
	}

	public int port() {
		return port;
	}

	public String base() {
		return "http://localhost:" + port;
	}

	/** {@code kill -9}: no shutdown hook runs, nothing is closed or flushed. */
	public void kill() throws InterruptedException {
		process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
	}

	/** Stops it as a service manager does (SIGTERM), killing it if it has not stopped in a minute. */
	public void stop() throws InterruptedException {
		process.destroy();
		process.waitFor(60, TimeUnit.SECONDS);
		process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
	}

	/** Waits until the log has the line, e.g. the first administrator's creation. */
	public void awaitLog(String line) throws Exception {
		Instant giveUp = Instant.now().plus(START);
		while (!Files.readString(log).contains(line)) {
			if (Instant.now().isAfter(giveUp)) {
				throw new AssertionError("The archive did not log \"" + line + "\" within " + START);
			}
			Thread.sleep(100);
		}
	}

	private void awaitHomePage() throws Exception {
		Instant giveUp = Instant.now().plus(START);
		HttpRequest home = HttpRequest.newBuilder(URI.create(base() + "/")).timeout(Duration.ofSeconds(10)).build();
		while (Instant.now().isBefore(giveUp)) {
			if (!process.isAlive()) {
				throw new AssertionError("The archive stopped at start:\n" + Files.readString(log));
			}
			try {
				if (HTTP.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The archive did not answer within " + START);
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Where the archive keeps its data, given to it as a deployment gives it. */
	public interface Database {

		List<String> arguments();

		Map<String, String> environment();

		/** A connection for the test to look into the database, the archive stopped or not. */
		Connection connect() throws SQLException;

		/** The default: an H2 file in the data folder ({@code archive.data-directory}). */
		static Database h2(Path dataFolder) {
			return new Database() {

				@Override
				public List<String> arguments() {
					return List.of("--archive.data-directory=" + dataFolder);
				}

				@Override
				public Map<String, String> environment() {
					return Map.of();
				}

				@Override
				public Connection connect() throws SQLException {
					return DriverManager.getConnection("jdbc:h2:file:" + dataFolder.resolve("mir-archive"), "sa", "");
				}

				@Override
				public String toString() {
					return "H2 file";
				}
			};
		}

		/** A new, empty database of its own on the PostgreSQL server the tests start ({@link TestPostgres}). */
		static Database newPostgres() {
			return postgres(newPostgresDatabase(), "postgres", "");
		}

		/**
		 * PostgreSQL through the environment, as docs/deployment.md says: the {@code postgres} profile.
		 * The search index is kept in a data folder of its own (never the checkout's ./data), kept
		 * across the restarts of this database's archive as a deployment keeps it.
		 */
		static Database postgres(String url, String username, String password) {
			Path dataFolder;
			try {
				dataFolder = Files.createTempDirectory("archive-postgres-data");
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			return new Database() {

				@Override
				public List<String> arguments() {
					return List.of("--archive.data-directory=" + dataFolder);
				}

				@Override
				public Map<String, String> environment() {
					return Map.of("SPRING_PROFILES_ACTIVE", "postgres", "SPRING_DATASOURCE_URL", url,
							"SPRING_DATASOURCE_USERNAME", username, "SPRING_DATASOURCE_PASSWORD", password);
				}

				@Override
				public Connection connect() throws SQLException {
					return DriverManager.getConnection(url, username, password);
				}

				@Override
				public String toString() {
					return "PostgreSQL";
				}
			};
		}

	}

	/** Makes an empty database on the PostgreSQL server the tests start; gives its URL, without credentials. */
	public static String newPostgresDatabase() {
		String shared = TestPostgres.jdbcUrl();
		String name = "archive_" + UUID.randomUUID().toString().replace("-", "");
		execute(shared, "create database " + name);
		return shared.replaceFirst("/postgres\\?.*$", "/" + name);
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

}
