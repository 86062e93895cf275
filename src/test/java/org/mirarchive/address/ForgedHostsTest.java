package org.mirarchive.address;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Download;
import org.mirarchive.RawHttp;
import org.mirarchive.StatementCount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request may say it is for any host. With {@code archive.base-url} unset (the default), a
 * host the archive does not answer to ({@code archive.hosts}) never gets into what the archive
 * writes (canonical links, citations, JSON-LD, the API, sitemaps, the download) and never has a
 * download built for it, which would cost a build each and push out the real one.
 */
@ArchiveWebTest
class ForgedHostsTest {

	private static final List<String> FORGED = List.of("forged.example", "forged.example:80", "localhost.forged.example",
			"forgedhost", "10.9.8.7", "10.9.8.7:8080");

	@LocalServerPort
	private int port;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private RawHttp http;

	private Statistics statistics;

	@BeforeEach
	void client() {
		http = new RawHttp(port);
		statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@Test
	void aForgedHostIsInNoAddressTheArchiveWrites() {
		String base = "http://localhost:" + port;
		for (String host : FORGED) {
			for (String[] request : List.of(new String[] { "/people/miguel-enriquez", "text/html" },
					new String[] { "/sources/chiles-mir-the-revolutionary-left-movement", "text/html" },
					new String[] { "/people/miguel-enriquez", "application/ld+json" },
					new String[] { "/people/miguel-enriquez/cite.bib", "*/*" },
					new String[] { "/people/miguel-enriquez/cite.ris", "*/*" },
					new String[] { "/people/miguel-enriquez/cite.json", "*/*" },
					new String[] { "/api/people", "application/json" },
					new String[] { "/api/people/miguel-enriquez", "application/json" },
					new String[] { "/sitemap.xml", "*/*" }, new String[] { "/sitemap-pages.xml", "*/*" },
					new String[] { "/sitemap-entries-1.xml", "*/*" }, new String[] { "/robots.txt", "*/*" },
					new String[] { "/opensearch.xml", "*/*" }, new String[] { "/", "text/html" })) {
				RawHttp.Response response = get(host, request[0], request[1]);
				String what = request[0] + " " + request[1] + " at " + host;
				assertThat(response.status()).as(what).isEqualTo(200);
				assertThat(response.text()).as(what).doesNotContain("forged", "10.9.8.7").contains(base + "/");
			}
		}
	}

	@Test
	void aForgedHostBuildsNoDownload() throws IOException {
		byte[] real = Download.get(port).response().body();
		for (String host : FORGED) {
			statistics.clear();
			RawHttp.Response forged = get(host, Download.PATH, "*/*");

			assertThat(forged.status()).as(host).isEqualTo(200);
			assertThat(statistics.getPrepareStatementCount()).as("only when the archive last changed, at " + host)
				.isLessThanOrEqualTo(StatementCount.DOWNLOAD);
			assertThat(forged.body()).as(host).isEqualTo(real);
			assertThat(unzipped(forged.body())).as(host).doesNotContain("forged", "10.9.8.7");
		}
		// The real one was kept, not pushed out by the others.
		statistics.clear();
		assertThat(Download.get(port).response().body()).isEqualTo(real);
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(StatementCount.DOWNLOAD);
	}

	@Test
	void theHostsTheArchiveAnswersToGetAddressesAtThemselves() {
		assertThat(get("127.0.0.1:" + port, "/people/miguel-enriquez", "text/html").text())
			.contains("http://127.0.0.1:" + port + "/people/miguel-enriquez");
		// A listed name, but not the port the archive was reached at.
		assertThat(get("localhost:1", "/people/miguel-enriquez", "text/html").text())
			.contains("http://localhost:" + port + "/people/miguel-enriquez")
			.doesNotContain("localhost:1/");
	}

	private RawHttp.Response get(String host, String path, String accept) {
		String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: " + accept
				+ "\r\nConnection: close\r\n\r\n";
		return http.sendExactly(request.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static String unzipped(byte[] zip) throws IOException {
		StringBuilder text = new StringBuilder();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return text.toString();
	}

}
