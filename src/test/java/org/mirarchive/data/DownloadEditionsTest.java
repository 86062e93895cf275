package org.mirarchive.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.mirarchive.address.ArchiveAddresses;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which downloads {@link DownloadCache} builds and keeps, with a download that writes a line
 * saying which build it is, and a clock the test moves: each edition of the archive built once
 * however many readers ask; an older download removed a minute after a newer one in its language
 * is built, not before, and not the other language's; readers beyond those who may wait for a
 * build told to come back.
 */
class DownloadEditionsTest {

	private static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");

	private static final Instant TUESDAY = Instant.parse("2026-03-03T10:00:00Z");

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@TempDir
	private Path directory;

	private final AtomicLong now = new AtomicLong();

	private final AtomicInteger builds = new AtomicInteger();

	/** Builds wait for it: a build that takes as long as the test needs. */
	private CountDownLatch held = new CountDownLatch(0);

	private DownloadCache cache;

	@BeforeEach
	void start() throws IOException {
		cache = new DownloadCache(new NumberedDownload(), new ArchiveAddresses("https://archive.test"),
				directory.toString(), now::get);
	}

	@AfterEach
	void stop() throws IOException {
		held.countDown();
		cache.destroy();
	}

	@Test
	void eachEditionIsBuiltOnceHoweverManyReadersAsk() throws IOException {
		List<CompletableFuture<DownloadCache.Kept>> asked = IntStream.range(0, 8)
			.mapToObj(reader -> cache.zip(MONDAY, Locale.ENGLISH))
			.toList();

		for (CompletableFuture<DownloadCache.Kept> download : asked) {
			assertThat(text(download.join())).isEqualTo("build 1 in en");
		}
		assertThat(text(cache.zip(MONDAY, SPANISH).join())).isEqualTo("build 2 in es");
		assertThat(text(cache.zip(MONDAY, Locale.ENGLISH).join())).isEqualTo("build 1 in en");
		assertThat(builds).hasValue(2);
	}

	@Test
	void anOlderDownloadIsRemovedAMinuteAfterANewerOneIsBuilt() throws IOException {
		Path older = cache.zip(MONDAY, Locale.ENGLISH).join().file();
		Path spanish = cache.zip(MONDAY, SPANISH).join().file();
		Path newer = cache.zip(TUESDAY, Locale.ENGLISH).join().file();

		after(DownloadCache.SUPERSEDED.minusSeconds(1));
		assertThat(cache.zip(MONDAY, Locale.ENGLISH).join().file()).isEqualTo(older).exists();

		after(Duration.ofSeconds(2));
		assertThat(text(cache.zip(MONDAY, Locale.ENGLISH).join())).as("built again").isEqualTo("build 4 in en");
		assertThat(older).doesNotExist();
		assertThat(newer).exists();
		assertThat(spanish).exists();
		assertThat(cache.zip(MONDAY, SPANISH).join().file()).isEqualTo(spanish);
	}

	@Test
	void readersBeyondThoseWhoMayWaitForABuildAreToldToComeBack() {
		held = new CountDownLatch(1);
		List<CompletableFuture<DownloadCache.Kept>> waiting = IntStream.range(0, DownloadCache.WAITING_BUILDS)
			.mapToObj(day -> cache.zip(MONDAY.plus(Duration.ofDays(day)), Locale.ENGLISH))
			.toList();

		CompletableFuture<DownloadCache.Kept> refused = cache.zip(TUESDAY.plus(Duration.ofDays(7)), Locale.ENGLISH);

		assertThat(refused).isCompletedExceptionally();
		assertThat(refused.handle((kept, failure) -> failure).join()).isInstanceOf(DownloadCache.Busy.class);
		held.countDown();
		assertThat(waiting).allSatisfy(download -> assertThat(download.join().file()).exists());
		assertThat(cache.zip(TUESDAY.plus(Duration.ofDays(7)), Locale.ENGLISH).join().file()).exists();
	}

	private void after(Duration duration) {
		now.addAndGet(duration.toNanos());
	}

	private static String text(DownloadCache.Kept kept) throws IOException {
		return Files.readString(kept.file());
	}

	/** Writes which build it is and in which language, once the test lets it. */
	private final class NumberedDownload extends ArchiveDownload {

		NumberedDownload() {
			super(null, null, null, null, null, JsonMapper.builder().build(), null, null);
		}

		@Override
		public void write(OutputStream out, Path scratch, Locale locale) throws IOException {
			try {
				held.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
			out.write(("build " + builds.incrementAndGet() + " in " + locale).getBytes(StandardCharsets.UTF_8));
		}

	}

}
