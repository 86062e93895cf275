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
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Policy.VarExpiration;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.github.benmanes.caffeine.cache.Ticker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.mirarchive.address.ArchiveAddresses;

/**
 * The whole-archive download, built at most once for each state of the archive and kept as a
 * file on disk, from which every reader is served. What a download depends on is its
 * {@link Edition}: when the archive last changed (the {@code Last-Modified} of its pages), the
 * language (dates in words, locators) and the archive's address the files are written in. So a
 * change shows in the download when it moves an entry's or a work's {@code last_changed}, as every
 * correction must for pages' {@code Last-Modified} too; the release's date is part of that instant,
 * and a migration comes with a release.
 *
 * <p>Caffeine keeps the downloads by edition, built or being built: readers who ask for one being
 * built wait for that build instead of starting theirs (the cache's own compute, once per key).
 * Builds run one at a time on a thread of their own: however many readers ask, the archive spends
 * one processor on them, and request threads stay free for pages. At most {@value #WAITING_BUILDS}
 * downloads wait for a build (more would only be further hosts of {@code archive.hosts}, where
 * {@code archive.base-url} is not set; a forged {@code Host} gets the first host's address, never
 * a build of its own): beyond that the builder refuses, and readers are told to come back.
 *
 * <p>The files are in a directory of this process's own, under {@code archive.download.directory}
 * (the system's temporary directory if not set), removed when the application stops. The
 * archive's rule for what a change forgets: once a download is built, the older ones in its
 * language and at its address go {@link #SUPERSEDED} later (the readers they were handed to have
 * their file open by then); {@value #KEPT} are kept at most.
 */
@Component
class DownloadCache implements DisposableBean {

	/** How many downloads may wait for their build, the one being built included. */
	static final int WAITING_BUILDS = 4;

	/** How many downloads are kept at most: English and Spanish, at two addresses, each with the one before. */
	static final int KEPT = 8;

	/** How long a download stays once a newer one in its language and at its address is built. */
	static final Duration SUPERSEDED = Duration.ofMinutes(1);

	/** How long a download is kept until superseded: far longer than any archive runs. */
	private static final Duration UNTIL_SUPERSEDED = Duration.ofDays(365 * 100);

	private static final Logger log = LoggerFactory.getLogger(DownloadCache.class);

	private final ArchiveDownload download;

	private final ArchiveAddresses addresses;

	private final Path directory;

	/** One build at a time; the others wait in line, as many as may wait. */
	private final ExecutorService builder = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(WAITING_BUILDS - 1), work -> {
				Thread thread = new Thread(work, "archive-download");
				thread.setDaemon(true);
				return thread;
			});

	private final AtomicLong built = new AtomicLong();

	private final AsyncCache<Edition, Kept> editions;

	@Autowired
	DownloadCache(ArchiveDownload download, ArchiveAddresses addresses,
			@Value("${archive.download.directory:}") String directory) throws IOException {
		this(download, addresses, directory, Ticker.systemTicker());
	}

	/**
	 * @param ticker the time superseded downloads go by
	 */
	DownloadCache(ArchiveDownload download, ArchiveAddresses addresses, String directory, Ticker ticker)
			throws IOException {
		this.download = download;
		this.addresses = addresses;
		Path parent = Path.of(directory.isBlank() ? System.getProperty("java.io.tmpdir") : directory);
		this.directory = Files.createTempDirectory(Files.createDirectories(parent), "mir-archive-download-");
		this.editions = Caffeine.newBuilder()
			.maximumSize(KEPT)
			.expireAfter(Expiry.creating((Edition edition, Kept kept) -> UNTIL_SUPERSEDED))
			.removalListener((Edition edition, Kept kept, RemovalCause cause) -> delete(kept))
			// A superseded file goes from the disk when it expires, not at the next build; the few
			// removals run on the thread that finds them due.
			.scheduler(Scheduler.systemScheduler())
			.executor(Runnable::run)
			.ticker(ticker)
			.buildAsync();
	}

	/** A download built and kept: its file, and when the archive it holds last changed. */
	record Kept(Path file, Instant changed) {
	}

	/** What a download depends on: the archive as it stood when it last changed, in a language, at an address. */
	private record Edition(Locale language, String base, Instant changed) {

		/** Whether this is an older download in the same language and at the same address. */
		boolean supersededBy(Edition newer) {
			return this.language.equals(newer.language) && this.base.equals(newer.base)
					&& this.changed.isBefore(newer.changed);
		}

	}

	/**
	 * The download of the archive as it stood when it last changed at {@code changed}, in a
	 * language, for the archive's address as the current request has it: at once if it is kept,
	 * else when its build (started now, or by an earlier reader) is done. Fails with {@link Busy}
	 * when too many others wait.
	 */
	CompletableFuture<Kept> zip(Instant changed, Locale language) {
		try {
			return editions.get(new Edition(language, addresses.base(), changed),
					(edition, executor) -> CompletableFuture.supplyAsync(() -> build(edition), builder)
						.whenComplete((kept, failure) -> {
							if (failure != null) {
								log.error("The whole-archive download could not be built", failure);
							}
						}));
		}
		catch (RejectedExecutionException ex) {
			return CompletableFuture.failedFuture(new Busy());
		}
	}

	/** Writes the zip to a file of its own, which takes its final name only once complete. */
	private Kept build(Edition edition) {
		Path file = directory.resolve("mir-archive-" + built.incrementAndGet() + ".zip");
		Path part = file.resolveSibling(file.getFileName() + ".part");
		long started = System.nanoTime();
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 64 * 1024)) {
				addresses.withBase(edition.base(), () -> {
					try {
						download.write(out, directory, edition.language());
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
			log.info("Built the whole-archive download for {} in {}, as of {}: {} bytes in {} ms", edition.base(),
					edition.language(), edition.changed(), Files.size(file),
					Duration.ofNanos(System.nanoTime() - started).toMillis());
			supersede(edition);
			return new Kept(file, edition.changed());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(part);
		}
	}

	/** The downloads a newer one supersedes go {@link #SUPERSEDED} from now, if not sooner. */
	private void supersede(Edition newer) {
		VarExpiration<Edition, Kept> expiry = editions.synchronous().policy().expireVariably().orElseThrow();
		for (Edition older : editions.asMap().keySet()) {
			if (older.supersededBy(newer)
					&& expiry.getExpiresAfter(older).filter(left -> left.compareTo(SUPERSEDED) > 0).isPresent()) {
				expiry.setExpiresAfter(older, SUPERSEDED);
			}
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

	/** Too many downloads are waiting to be built: the reader should come back in a while. */
	static final class Busy extends RuntimeException {

		Busy() {
			super("Too many downloads are waiting to be built", null, false, false);
		}

	}

}
