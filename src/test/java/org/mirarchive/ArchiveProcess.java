package org.mirarchive;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The archive as its own process, as a deployment runs it: this test JVM's class path, the shipped
 * configuration only, its data in a folder the test gives, on a port the test gives, its output in
 * a log file; the first administrator from the environment the test gives
 * ({@code ARCHIVE_ADMIN_USERNAME}, {@code ARCHIVE_ADMIN_PASSWORD}…). So that a test can kill it
 * ({@code kill -9}: no shutdown hook, no closing of the database) and start it again on the same
 * data, which an archive inside the test's own JVM cannot be.
 */
public final class ArchiveProcess {

	/** How long a start may take: Flyway builds the seed at the first start, on a small heap. */
	public static final Duration START = Duration.ofMinutes(3);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ArchiveProcess() {
	}

	/**
	 * Starts the archive on {@code data} at {@code port}, its output in {@code log}, with these
	 * environment variables and any further arguments (settings, such as another database).
	 */
	public static Process start(Path data, int port, Path log, Map<String, String> environment, String... arguments)
			throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), MirArchiveApplication.class.getName(),
				"--spring.config.location=classpath:/application.properties", "--archive.data-directory=" + data,
				"--server.port=" + port, "--archive.hosts=localhost"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		return builder.start();
	}

	/** Waits until the archive serves its home page; fails with its log if it stops first. */
	public static void awaitHomePage(Process archive, int port, Path log) throws IOException, InterruptedException {
		Instant giveUp = Instant.now().plus(START);
		HttpRequest home = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
			.timeout(Duration.ofSeconds(10))
			.build();
		while (Instant.now().isBefore(giveUp)) {
			if (!archive.isAlive()) {
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

	/** Waits until the archive's log has this text (the first administrator is made after the server answers). */
	public static void awaitLog(Path log, String text) throws IOException, InterruptedException {
		Instant giveUp = Instant.now().plus(START);
		while (!Files.readString(log).contains(text)) {
			if (Instant.now().isAfter(giveUp)) {
				throw new AssertionError("The archive did not log \"" + text + "\" within " + START);
			}
			Thread.sleep(100);
		}
	}

	/** {@code kill -9}: the process ends at once, without its shutdown hooks, its database left as it is. */
	public static void kill(Process archive) throws InterruptedException {
		archive.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
	}

	/** Stops the archive as an operator would (SIGTERM), and kills it if it has not stopped within a minute. */
	public static void stop(Process archive) throws InterruptedException {
		archive.destroy();
		archive.waitFor(60, TimeUnit.SECONDS);
		archive.destroyForcibly();
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
