package org.mirarchive.data;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.Download;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader who has waited longer than {@code archive.download.wait} for the download to be built
 * is told, on a page and in {@code Retry-After}, to come back; the build goes on, and is there
 * when they do. Here readers wait (almost) not at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:download-busy;DB_CLOSE_DELAY=-1",
				"archive.download.wait=1ms" })
class DownloadBusyTest {

	@LocalServerPort
	private int port;

	@Test
	void aReaderWhoWaitedTooLongIsAskedToComeBackAndTheDownloadIsThereWhenTheyDo() throws InterruptedException {
		Download busy = Download.get(port, "Accept", "text/html");

		assertThat(busy.status()).isEqualTo(503);
		assertThat(busy.header("Retry-After")).isEqualTo("30");
		assertThat(Jsoup.parse(new String(busy.response().body(), java.nio.charset.StandardCharsets.UTF_8))
			.select("h1")
			.text()).isEqualTo("This is still being prepared");

		Download later = busy;
		for (int tries = 0; later.status() == 503 && tries < 600; tries++) {
			Thread.sleep(100);
			later = Download.get(port);
		}
		assertThat(later.status()).isEqualTo(200);
		assertThat(later.files()).containsKey("mir-archive.json");
	}

}
