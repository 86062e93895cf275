package org.mirarchive.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Download;
import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.entry.EntryRecords;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.RelationRepository;
import org.mirarchive.source.SourceRecords;
import org.mirarchive.work.SourceRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader who has waited longer than {@code archive.download.wait} for the download to be built
 * is told, on a page and in {@code Retry-After}, to come back; the build goes on, and is there
 * when they do. Here readers wait (almost) not at all, and the build is held until the first
 * reader has been told: a context of its own, on the seed, which it only reads.
 */
@ArchiveWebTest
@TestPropertySource(properties = "archive.download.wait=1ms")
class DownloadBusyTest {

	private static final CountDownLatch toldToComeBack = new CountDownLatch(1);

	@LocalServerPort
	private int port;

	@Test
	void aReaderWhoWaitedTooLongIsAskedToComeBackAndTheDownloadIsThereWhenTheyDo() throws InterruptedException {
		Download busy = Download.get(port, "Accept", "text/html");
		toldToComeBack.countDown();

		assertThat(busy.status()).isEqualTo(503);
		assertThat(busy.header("Retry-After")).isEqualTo("30");
		assertThat(Jsoup.parse(new String(busy.response().body(), StandardCharsets.UTF_8)).select("h1").text())
			.isEqualTo("This is still being prepared");

		// Coming back until it is there (no reader would wait the 30 s here).
		Download later = busy;
		for (int tries = 0; later.status() == 503 && tries < 600; tries++) {
			Thread.sleep(100);
			later = Download.get(port);
		}
		assertThat(later.status()).isEqualTo(200);
		assertThat(later.files()).containsKey("mir-archive.json");
	}

	/** The download, built only once the first reader has been told to come back. */
	static class HeldArchiveDownload extends ArchiveDownload {

		HeldArchiveDownload(EntryRepository entries, RelationRepository relations, SourceRepository sources,
				EntryRecords records, SourceRecords sourceRecords, JsonMapper json, ArchiveAddresses addresses,
				EntityManager entityManager) {
			super(entries, relations, sources, records, sourceRecords, json, addresses, entityManager);
		}

		@Override
		public void write(OutputStream out, Path scratch, Locale locale) throws IOException {
			try {
				toldToComeBack.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
			super.write(out, scratch, locale);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class HeldBuilds {

		@Bean
		@Primary
		ArchiveDownload heldArchiveDownload(EntryRepository entries, RelationRepository relations,
				SourceRepository sources, EntryRecords records, SourceRecords sourceRecords, JsonMapper json,
				ArchiveAddresses addresses, EntityManager entityManager) {
			return new HeldArchiveDownload(entries, relations, sources, records, sourceRecords, json, addresses,
					entityManager);
		}

	}

}
