package org.mirarchive.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations never change once landed: Flyway refuses to start on a database whose applied
 * migrations have changed, and from the curation work on the archive keeps curators' edits in a
 * database that lives across releases. {@code migration-checksums.txt} holds the SHA-256 of
 * every landed migration; a changed, removed or unlisted file fails here, with what to do instead.
 */
class MigrationChecksumsTest {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Where the one migration that cannot be plain SQL lives (Flyway finds it by its package). */
	private static final Path JAVA_MIGRATIONS = Path.of("src/main/java/db/migration");

	private static final String LIST = "migration-checksums.txt";

	private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (\\S+)");

	private static final Pattern VERSION = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.+\\.(sql|java)");

	@Test
	void noLandedMigrationHasChangedOrGone() {
		List<String> problems = new ArrayList<>();
		landed().forEach((file, checksum) -> {
			Path migration = location(file);
			if (!Files.exists(migration)) {
				problems.add(file + " has landed but is gone: a landed migration is never removed or renamed. "
						+ "Put it back (git checkout); undo what it did, if need be, in a new migration.");
			}
			else if (!sha256(migration).equals(checksum)) {
				problems.add(file + " has changed since it landed (SHA-256 " + checksum + ", now " + sha256(migration)
						+ "). Never edit a landed migration: Flyway refuses a database it was applied to. "
						+ "Put it back (git checkout) and make the correction a new migration.");
			}
		});
		assertThat(problems).as("landed migrations").isEmpty();
	}

	@Test
	void everyMigrationHasItsLine() {
		Map<String, String> landed = landed();
		List<String> problems = migrations().stream()
			.filter(file -> !landed.containsKey(file))
			.map(file -> file + " has no line in src/test/resources/" + LIST + ": add the line for a new migration "
					+ "at the end (" + sha256(location(file)) + "  " + file + "); never edit a landed one "
					+ "to make room for it, since corrections come as new migrations.")
			.toList();
		assertThat(problems).as("migrations without a checksum").isEmpty();
	}

	@Test
	void eachNewMigrationIsNumberedAboveEveryLandedOne() {
		List<String> problems = new ArrayList<>();
		MigrationVersion highest = MigrationVersion.EMPTY;
		String highestFile = null;
		for (String file : landed().keySet()) {
			Matcher name = VERSION.matcher(file);
			if (!name.matches()) {
				problems.add(file + " is not named as Flyway versions a migration (V<number>__<what_it_does>.sql)");
				continue;
			}
			MigrationVersion version = MigrationVersion.fromVersion(name.group(1));
			if (version.compareTo(highest) <= 0) {
				problems.add(file + " comes after " + highestFile + " but is not numbered above it: a new migration "
						+ "takes the next number above the highest landed one, since Flyway refuses a database that "
						+ "already has a higher one (out-of-order is off for the real archive)");
			}
			else {
				highest = version;
				highestFile = file;
			}
		}
		assertThat(problems).as("order of " + LIST).isEmpty();
	}

	/** The landed migrations and their SHA-256, in the order of the list. */
	private static Map<String, String> landed() {
		Map<String, String> landed = new LinkedHashMap<>();
		try (InputStream in = MigrationChecksumsTest.class.getResourceAsStream("/" + LIST)) {
			assertThat(in).as(LIST + " on the test class path").isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				Matcher entry = LINE.matcher(line.strip());
				assertThat(entry.matches()).as("'%s' in %s is '<sha256>  <file name>'", line, LIST).isTrue();
				assertThat(landed.put(entry.group(2), entry.group(1))).as("%s listed twice", entry.group(2)).isNull();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return landed;
	}

	private static List<String> migrations() {
		try (Stream<Path> sql = Files.list(MIGRATIONS); Stream<Path> java = Files.list(JAVA_MIGRATIONS)) {
			return Stream.concat(sql, java).map(file -> file.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A migration's file: SQL in the resources, Java beside the sources. */
	private static Path location(String file) {
		return (file.endsWith(".java") ? JAVA_MIGRATIONS : MIGRATIONS).resolve(file);
	}

	private static String sha256(Path file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
