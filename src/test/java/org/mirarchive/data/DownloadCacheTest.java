package org.mirarchive.data;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.Curator;
import org.mirarchive.Download;
import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.StatementCount;
import org.mirarchive.entry.EntryKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole-archive download is built once for each change of the archive and then served from
 * its file to every reader, with what browsers and caches need to ask whether it changed and to
 * resume it; readers who ask while it is being built get that build. On the edited archive, since
 * it changes the seed.
 */
@EditedArchiveWebTest
class DownloadCacheTest {

	@LocalServerPort
	private int port;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private Curator curator;

	@Autowired
	private JdbcTemplate jdbc;

	private Statistics statistics;

	@BeforeEach
	void countStatements() {
		statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@Test
	void downloadedAgainItIsTheSameFileWithoutBeingBuiltAgain() {
		Download first = Download.get(port);
		statistics.clear();
		Download again = Download.get(port);

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.response().body()).isEqualTo(first.response().body());
		assertThat(again.header("Last-Modified")).isEqualTo(first.header("Last-Modified"));
		assertThat(statistics.getPrepareStatementCount()).as("only when the archive last changed")
			.isLessThanOrEqualTo(StatementCount.DOWNLOAD);
		// Asked at all: the zip is not kept in memory as a page (web.PageCache) is.
		assertThat(statistics.getPrepareStatementCount()).isPositive();
	}

	@Test
	void anUnchangedDownloadIsAnsweredWithNotModified() {
		Download first = Download.get(port);
		statistics.clear();
		Download unchanged = Download.get(port, "If-Modified-Since", first.header("Last-Modified"));

		assertThat(unchanged.status()).isEqualTo(304);
		assertThat(unchanged.response().body()).isEmpty();
		assertThat(unchanged.header("Last-Modified")).isEqualTo(first.header("Last-Modified"));
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(StatementCount.DOWNLOAD);
	}

	@Test
	void anInterruptedDownloadCanBeResumed() {
		byte[] whole = Download.get(port).response().body();
		Download rest = Download.get(port, "Range", "bytes=1000-");

		assertThat(rest.status()).isEqualTo(206);
		assertThat(rest.header("Content-Range")).isEqualTo("bytes 1000-" + (whole.length - 1) + "/" + whole.length);
		assertThat(rest.response().body()).isEqualTo(Arrays.copyOfRange(whole, 1000, whole.length));
	}

	@Test
	void aChangeCommittedThroughJpaIsInTheNextDownload() {
		Download before = Download.get(port);
		assertThat(summary(before, "places.csv", "santiago")).doesNotContain("Rancagua");

		curator.addToSummary(EntryKind.PLACE, "santiago", " Not Rancagua.");
		Download after = Download.get(port);

		assertThat(summary(after, "places.csv", "santiago")).endsWith(" Not Rancagua.");
		assertThat(after.text("mir-archive.json")).contains(" Not Rancagua.");
		assertThat(lastModified(after)).isAfter(lastModified(before));
		assertThat(Download.get(port, "If-Modified-Since", before.header("Last-Modified")).status()).isEqualTo(200);
	}

	@Test
	void readersWhoAskWhileItIsBuiltAllGetTheSameCompleteZipBuiltOnce() {
		curator.addToSummary(EntryKind.PLACE, "uruguay", " Corrected once.");
		statistics.clear();
		Download one = Download.get(port);
		long oneReader = statistics.getPrepareStatementCount();
		assertThat(summary(one, "places.csv", "uruguay")).endsWith(" Corrected once.");

		curator.addToSummary(EntryKind.PLACE, "uruguay", " Corrected twice.");
		statistics.clear();
		int readers = 8;
		HttpClient client = HttpClient.newHttpClient();
		List<CompletableFuture<HttpResponse<byte[]>>> asked = IntStream.range(0, readers)
			.mapToObj(i -> client.sendAsync(Download.request(port), HttpResponse.BodyHandlers.ofByteArray()))
			.toList();
		List<Download> downloads = asked.stream().map(CompletableFuture::join).map(Download::of).toList();

		for (Download download : downloads) {
			assertThat(download.status()).isEqualTo(200);
			assertThat(download.response().body()).isEqualTo(downloads.get(0).response().body());
		}
		Download zip = downloads.get(0);
		assertThat(summary(zip, "places.csv", "uruguay")).endsWith(" Corrected twice.");
		assertThat(zip.files()).hasSize(11);
		assertThat(zip.csv("citations.csv")).hasSize(jdbc.queryForObject("select count(*) from citation", Integer.class));
		// One build, and each other reader asked only whether the archive had changed.
		assertThat(statistics.getPrepareStatementCount())
			.isLessThanOrEqualTo(oneReader + (readers - 1) * StatementCount.DOWNLOAD);
	}

	private static String summary(Download download, String file, String slug) {
		return download.csv(file)
			.stream()
			.filter(row -> row.get("slug").equals(slug))
			.map(CSVRecord::toMap)
			.findFirst()
			.orElseThrow()
			.get("summary");
	}

	private static java.time.Instant lastModified(Download download) {
		return ZonedDateTime.parse(download.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
	}

}
