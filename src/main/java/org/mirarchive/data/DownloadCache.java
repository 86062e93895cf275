package org.mirarchive.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.mirarchive.address.ArchiveAddresses;

/**
 * The whole-archive download, built at most once for each state of the archive and kept as a
 * file on disk, from which every reader is served. A state is when the archive last changed (the
 * {@code Last-Modified} of its pages), with the language (dates in words, locators) and the
 * archive's address the files are written in; while one is being built, readers who ask for the
 * same wait for that build instead of starting theirs. So a change shows in the download when it
 * moves an entry's or a work's {@code last_changed}, as every correction must for pages'
 * {@code Last-Modified} too; the release's date is part of that instant, and a migration comes
 * with a release.
 *
 * <p>Builds run one at a time on a thread of their own: however many readers ask, the archive
 * spends one processor on them, and request threads stay free for pages. At most
 * {@value #WAITING_BUILDS} different downloads wait to be built (more would only be forged
 * addresses, where {@code archive.base-url} is not set); beyond that, readers are told to come back.
 * The files are in a directory of this process's own, under {@code archive.download.directory}
 * (the system's temporary directory if not set), removed when the application stops. For each
 * language and address the current file is kept and the one before it, which a reader may still
 * be receiving; {@value #ADDRESSES} languages and addresses at most, the least recently asked for
 * removed first.
 */
@Component
class DownloadCache implements DisposableBean {

	/** How many different downloads may wait for their build. */
	static final int WAITING_BUILDS = 4;

	/** How many languages and addresses keep their download: English and Spanish, at two addresses. */
	static final int ADDRESSES = 4;

	private static final Logger log = LoggerFactory.getLogger(DownloadCache.class);

	private final ArchiveDownload download;

	private final ArchiveAddresses addresses;

	private final Path directory;

	private final ExecutorService builder = Executors.newSingleThreadExecutor(work -> {
		Thread thread = new Thread(work, "archive-download");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicLong built = new AtomicLong();

	/** The downloads kept, by language and address, the least recently asked for first. */
	private final Map<Variant, Shelf> kept = new LinkedHashMap<>(16, 0.75f, true);

	private final Map<State, CompletableFuture<Kept>> building = new HashMap<>();

	DownloadCache(ArchiveDownload download, ArchiveAddresses addresses,
			@Value("${archive.download.directory:}") String directory) throws IOException {
		this.download = download;
		this.addresses = addresses;
		Path parent = Path.of(directory.isBlank() ? System.getProperty("java.io.tmpdir") : directory);
		this.directory = Files.createTempDirectory(Files.createDirectories(parent), "mir-archive-download-");
	}

	/** A download built and kept: its file, and when the archive it holds last changed. */
	record Kept(Path file, Instant changed) {
	}

	/** The language and address a download is written in. */
	private record Variant(Locale language, String base) {
	}

	/** A download as it stands when the archive last changed at {@code changed}. */
	private record State(Variant variant, Instant changed) {
	}

	/** A variant's current download and the one before it. */
	private record Shelf(Kept current, Kept previous) {
	}

	/**
	 * The download of the archive as it stood when it last changed at {@code changed}, in a
	 * language, for the archive's address as the current request has it: at once if it is kept,
	 * else when its build (started now, or by an earlier reader) is done. A download built since
	 * from a later state does as well. Fails with {@link Busy} when too many others wait.
	 */
	synchronized CompletableFuture<Kept> zip(Instant changed, Locale language) {
		Variant variant = new Variant(language, addresses.base());
		Shelf shelf = kept.get(variant);
		if (shelf != null && !shelf.current().changed().isBefore(changed)) {
			return CompletableFuture.completedFuture(shelf.current());
		}
		State state = new State(variant, changed);
		CompletableFuture<Kept> pending = building.get(state);
		if (pending != null) {
			return pending;
		}
		if (building.size() >= WAITING_BUILDS) {
			return CompletableFuture.failedFuture(new Busy());
		}
		CompletableFuture<Kept> build = CompletableFuture.supplyAsync(() -> build(state), builder);
		building.put(state, build);
		build.whenComplete((file, failure) -> done(state, file, failure));
		return build;
	}

	/** Writes the zip to a file of its own, which takes its final name only once complete. */
	private Kept build(State state) {
		Path file = directory.resolve("mir-archive-" + built.incrementAndGet() + ".zip");
		Path part = file.resolveSibling(file.getFileName() + ".part");
		long started = System.nanoTime();
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 64 * 1024)) {
				addresses.withBase(state.variant().base(), () -> {
					try {
						download.write(out, directory, state.variant().language());
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
			log.info("Built the whole-archive download for {} in {}, as of {}: {} bytes in {} ms",
					state.variant().base(), state.variant().language(), state.changed(), Files.size(file),
					Duration.ofNanos(System.nanoTime() - started).toMillis());
			return new Kept(file, state.changed());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(part);
		}
	}

	private synchronized void done(State state, Kept file, Throwable failure) {
		building.remove(state);
		if (failure != null) {
			log.error("The whole-archive download could not be built", failure);
			return;
		}
		Shelf shelf = kept.get(state.variant());
		if (shelf != null && shelf.current().changed().isAfter(file.changed())) {
			// Built from an older state while a newer one was built: served to its readers only.
			delete(shelf.previous());
			kept.put(state.variant(), new Shelf(shelf.current(), file));
			return;
		}
		if (shelf != null) {
			delete(shelf.previous());
		}
		kept.put(state.variant(), new Shelf(file, shelf == null ? null : shelf.current()));
		while (kept.size() > ADDRESSES) {
			Variant eldest = kept.keySet().iterator().next();
			Shelf removed = kept.remove(eldest);
			delete(removed.current());
			delete(removed.previous());
		}
	}

	private static void delete(Kept kept) {
		if (kept != null) {
			delete(kept.file());
		}
	}

	/** Removes a file that may not be there; one still being read is removed when it is closed. */
	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not remove {}", file, ex);
		}
	}

	/** Lets a build under way end on its own (the database it reads closes too), and removes the files. */
	@Override
	public void destroy() throws IOException {
		builder.shutdown();
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(DownloadCache::delete);
		}
	}

	/** Too many downloads wait to be built: the reader should come back in a while. */
	static final class Busy extends RuntimeException {

		Busy() {
			super("Too many downloads are waiting to be built", null, false, false);
		}

	}

}
