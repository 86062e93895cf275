package org.mirarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Whether the search index kept on disk is known to be in step with the database, so that a start
 * need not rebuild it. At a clean stop, after the last change this instance indexed, a stamp is
 * written in the index's folder: a {@link Fingerprint} of what the index was built from (the
 * database's content as search sees it, and the code that gives the index its shape). A start
 * {@linkplain #take takes} the stamp, reading and deleting it before anything can change, so that a
 * crash afterwards leaves none; the index is in step only if the stamp was there and its fingerprint
 * is the one the start sees now. Anything else (no stamp, another fingerprint, an unreadable one)
 * means: rebuild.
 */
final class IndexStamp {

	/** The stamp's file, in the index's folder. */
	static final String FILE = "in-step.stamp";

	/** The stamp's own format: a stamp written in another is never in step. */
	private static final String FORMAT = "mir-archive search index stamp 1";

	private IndexStamp() {
	}

	/**
	 * Reads and deletes the stamp in the folder: its fingerprint, or nothing if there was none or it
	 * could not be read (deleted all the same, when it can be).
	 */
	static Optional<String> take(Path folder) {
		Path file = folder.resolve(FILE);
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException none) {
			return Optional.empty();
		}
		catch (IOException | UncheckedIOException unreadable) {
			text = null;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// A stamp that cannot be deleted must not be trusted by the next start either.
			throw new UncheckedIOException("Could not delete the search index's stamp " + file, ex);
		}
		if (text == null || !text.startsWith(FORMAT + "\n")) {
			return Optional.empty();
		}
		return Optional.of(text.substring(FORMAT.length() + 1));
	}

	/** Writes the stamp (whole or not at all: written aside, then moved into place). */
	static void write(Path folder, String fingerprint) throws IOException {
		Files.createDirectories(folder);
		Path aside = folder.resolve(FILE + ".new");
		Files.writeString(aside, FORMAT + "\n" + fingerprint, StandardCharsets.UTF_8);
		try {
			Files.move(aside, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(aside, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** The rule: in step only if a stamp was taken and its fingerprint is the one seen now. */
	static boolean inStep(Optional<String> stamped, String now) {
		return stamped.isPresent() && stamped.get().equals(now);
	}

	/**
	 * What the index was built from, as text: each indexed entity type's row count and newest
	 * {@code last_changed}; Flyway's history (how many migrations, the highest installed rank, the
	 * sum of their checksums); and a digest of the code the index's shape depends on. Two
	 * fingerprints are equal only if every part is.
	 */
	static final class Fingerprint {

		private final SortedMap<String, String> types = new TreeMap<>();

		private String migrations = "none";

		private String code = "none";

		/** An indexed entity type's rows: how many, and the newest last change (null if it has none). */
		Fingerprint type(String name, long rows, Object newest) {
			types.put(name, "rows=" + rows + " newest=" + newest);
			return this;
		}

		/** Flyway's history of migrations. */
		Fingerprint migrations(long count, Object highestRank, Object checksumSum) {
			migrations = "count=" + count + " highest=" + highestRank + " checksums=" + checksumSum;
			return this;
		}

		/** The code's digest ({@link #digest}). */
		Fingerprint code(String digest) {
			code = digest;
			return this;
		}

		String text() {
			StringBuilder text = new StringBuilder();
			types.forEach((name, rows) -> text.append("type ").append(name).append(' ').append(rows).append('\n'));
			text.append("migrations ").append(migrations).append('\n');
			text.append("code ").append(code).append('\n');
			return text.toString();
		}

		@Override
		public String toString() {
			return text();
		}

	}

	/**
	 * A digest of named contents (class files by name, versions), in the order of their names, so
	 * that it does not depend on the order they were found in.
	 */
	static String digest(Map<String, byte[]> contents) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			new TreeMap<>(contents).forEach((name, bytes) -> {
				sha.update(name.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				sha.update(bytes);
			});
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
