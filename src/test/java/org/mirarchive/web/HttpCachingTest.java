package org.mirarchive.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What browsers, CDNs and reverse proxies see of caching: pages answer conditional requests,
 * static files have content-hashed URLs cached for a year, and text travels compressed.
 */
@ArchiveWebTest
public class HttpCachingTest {

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/people", "/organizations", "/events", "/places", "/works", "/timeline", "/sources",
			"/people/miguel-enriquez", "/events/coup-of-11-september-1973",
			"/sources/chiles-mir-the-revolutionary-left-movement", "/connections", "/glossary", "/paths",
			"/paths/the-article-step-by-step", "/paths/from-1965-to-1974", "/about-the-source",
			"/people/miguel-enriquez/history", "/sources/chiles-mir-the-revolutionary-left-movement/history" })
	void anUnchangedPageIsA304WithoutABody(String path) {
		HttpResponse<byte[]> first = get(path);
		assertThat(first.statusCode()).isEqualTo(200);
		String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=0, public, s-maxage=300");

		HttpResponse<byte[]> again = get(path, "If-Modified-Since", lastModified);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("Last-Modified")).hasValue(lastModified);
		assertThat(again.headers().firstValue("Cache-Control")).hasValue("max-age=0, public, s-maxage=300");
	}

	@Test
	void aPageChangedSinceTheCopyIsSentAgainInFull() {
		String lastModified = get("/people/miguel-enriquez").headers().firstValue("Last-Modified").orElseThrow();
		String dayBefore = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusDays(1));
		HttpResponse<byte[]> response = get("/people/miguel-enriquez", "If-Modified-Since", dayBefore);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(text(response)).contains("Miguel Enríquez");
	}

	@Test
	void anUnknownAddressStaysA404WhateverTheCopyIsDated() {
		for (String path : List.of("/people/nobody", "/paths/nowhere", "/people/nobody/history",
				"/people/miguel-enriquez/revisions/999999", "/sources/nothing/history")) {
			HttpResponse<byte[]> response = get(path, "If-Modified-Since", "Tue, 01 Jan 2999 00:00:00 GMT");
			assertThat(response.statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void theStylesheetHasAContentHashedUrlCachedForAYear() {
		String href = Jsoup.parse(text(get("/people"))).select("link[rel=stylesheet]").attr("href");
		assertThat(href).matches("/css/archive-[0-9a-f]{32}\\.css");
		HttpResponse<byte[]> css = get(href);
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
		assertThat(css.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		assertThat(text(css)).contains(".skip-link");
		// A hash that is not the file's names no file.
		assertThat(get("/css/archive-00000000000000000000000000000000.css").statusCode()).isEqualTo(404);
	}

	@Test
	void pagesAndStylesTravelCompressedToClientsThatAcceptIt() throws IOException {
		for (String path : new String[] { "/people/miguel-enriquez", "/timeline", cssHref() }) {
			HttpResponse<byte[]> response = get(path, "Accept-Encoding", "gzip");
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
				assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(path).isNotBlank();
			}
		}
		assertThat(get("/timeline").headers().firstValue("Content-Encoding")).isEmpty();
	}

	/**
	 * What an answer varies by is said once, in one {@code Vary} header, each name once: pages
	 * (language, and on entries and works {@code Accept} too), the download (answered in a second
	 * dispatch, once built), error pages, and the language switch's answers.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/people/miguel-enriquez", "/sources/chiles-mir-the-revolutionary-left-movement", "/people",
			"/download/mir-archive.zip", "/download/mir-archive.zip?lang=es", "/people/miguel-enriquez?lang=es",
			"/people/nobody", "/api/people" })
	void whatAnAnswerVariesByIsOneHeader(String path) {
		HttpResponse<byte[]> response = get(path, "Accept-Language", "es-CL");
		assertThat(response.statusCode()).isIn(200, 404);
		List<String> vary = response.headers().allValues("Vary");
		assertThat(vary).singleElement();
		List<String> names = List.of(vary.get(0).toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
		assertThat(names).doesNotHaveDuplicates().contains("accept-language", "cookie");
		if (path.startsWith("/people/miguel-enriquez") || path.startsWith("/sources/")) {
			assertThat(names).contains("accept");
		}
	}

	private String cssHref() {
		return Jsoup.parse(text(get("/"))).select("link[rel=stylesheet]").attr("href");
	}

	private HttpResponse<byte[]> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return Browser.send(client, request.build());
	}

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

}
