package org.mirarchive.web;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;
import org.mirarchive.RawHttp;
import org.mirarchive.SitemapReader;
import org.mirarchive.address.ArchiveAddresses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What search engines and link previews read: a sitemap index whose files list every page once
 * with when it changed and in each language, within the protocol's limits; robots.txt pointing to
 * it; one canonical address per page, and its address in each language; and Open Graph and Twitter
 * cards.
 */
@ArchiveWebTest
public class SitemapAndSharingTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	@Test
	void theSitemapIsAnIndexOfFilesThatTogetherListEveryPageOnce() {
		List<SitemapReader.SitemapFile> files = SitemapReader.read(browser);
		assertThat(files).extracting(file -> file.path(browser))
			.containsExactly("/sitemap-pages.xml", "/sitemap-entries-1.xml", "/sitemap-sources-1.xml");
		assertThat(SitemapReader.pages(files)).extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrderElementsOf(SitemapReader.everyPage(browser, jdbc));
	}

	@Test
	void everyPageInTheSitemapSaysWhenItLastChanged() {
		Map<String, String> sitemap = sitemap();
		// Each entry and source with its own last change; an index with the latest of what it lists.
		Map<String, OffsetDateTime> changed = new HashMap<>();
		jdbc.query("select case kind when 'PERSON' then '/people/' when 'ORGANIZATION' then '/organizations/' "
				+ "when 'EVENT' then '/events/' when 'PLACE' then '/places/' else '/works/' end || slug, last_changed from entry "
				+ "union all select '/sources/' || slug, last_changed from source",
				(ResultSet row) -> {
					changed.put(browser.base() + row.getString(1), row.getObject(2, OffsetDateTime.class));
				});
		OffsetDateTime pathsChanged = jdbc.queryForObject("select max(last_changed) from reading_path",
				OffsetDateTime.class);
		assertThat(sitemap).allSatisfy((page, lastmod) -> {
			String path = page.substring(browser.base().length());
			// The home page, the page about the source, the glossary, the reading paths (the list and each path) and
			// the graph change with anything; the timeline with the events.
			String listed = path.equals("/") || path.equals("/about-the-source") || path.equals("/glossary")
					|| path.equals("/paths") || path.startsWith("/paths/") || path.equals("/connections") ? "/"
					: path.equals("/timeline") ? "/events/" : path + "/";
			OffsetDateTime latest = changed.containsKey(page) ? changed.get(page)
					: changed.entrySet().stream()
						.filter(entry -> entry.getKey().startsWith(browser.base() + listed))
						.map(Map.Entry::getValue)
						.max(Comparator.naturalOrder())
						.orElseThrow();
			// The reading paths also with their own latest change.
			if ((path.equals("/paths") || path.startsWith("/paths/")) && pathsChanged.isAfter(latest)) {
				latest = pathsChanged;
			}
			assertThat(OffsetDateTime.parse(lastmod)).as(path).isAtSameInstantAs(latest);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sitemap-entries-2.xml", "/sitemap-sources-2.xml", "/sitemap-entries-0.xml",
			"/sitemap-entries-01.xml", "/sitemap-entries--1.xml", "/sitemap-entries-abc.xml", "/sitemap-sources-1e3.xml",
			"/sitemap-entries-99999999999999999999.xml", "/sitemap-entries-999999999.xml", "/sitemap-people-1.xml",
			"/sitemap-pages-1.xml", "/sitemaps/pages.xml" })
	void aSitemapFileThatNamesNoBlockOfPagesIsNotFound(String path) {
		assertThat(browser.get(path, "application/xml").status()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sitemap.xml", "/sitemap-pages.xml", "/sitemap-entries-1.xml", "/sitemap-sources-1.xml" })
	void sitemapsAnswerConditionalRequestsAsPagesDo(String path) {
		Browser.Answer fresh = browser.get(path, "application/xml", "Cache-Control", "no-cache");
		String lastModified = fresh.headers().get("Last-Modified").get(0);
		assertThat(fresh.headers().get("Cache-Control").get(0)).contains("public", "s-maxage=300");
		Browser.Answer again = browser.get(path, "application/xml", "Cache-Control", "no-cache", "If-Modified-Since",
				lastModified);
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void sitemapsAreXmlWhateverTheRequestAccepts() {
		Browser.Answer answer = browser.get("/sitemap.xml", "text/html");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/xml");
	}

	@Test
	void robotsTxtPointsToTheSitemapByItsFullAddress() {
		Browser.Answer robots = browser.get("/robots.txt", "text/plain");
		assertThat(robots.status()).isEqualTo(200);
		assertThat(robots.contentType()).startsWith("text/plain");
		assertThat(robots.body().lines()).contains("Sitemap: " + browser.base() + "/sitemap.xml");
	}

	@Test
	void everyPageInTheSitemapHasExactlyOneCanonicalLinkToItself() {
		for (String url : sitemap().keySet()) {
			Document doc = browser.get(url.substring(browser.base().length())).document();
			assertThat(doc.select("link[rel=canonical]")).as(url).hasSize(1);
			assertThat(doc.select("head link[rel=canonical]").attr("href")).as(url).isEqualTo(url);
			assertThat(property(doc, "og:url")).as(url).isEqualTo(url);
			assertThat(property(doc, "og:site_name")).isEqualTo("The MIR Archive");
			assertThat(property(doc, "og:type")).isEqualTo("website");
			assertThat(name(doc, "twitter:card")).isEqualTo("summary");
			assertThat(property(doc, "og:description")).isNotBlank();
		}
	}

	/**
	 * Every page a search engine finds lists itself in English, in Spanish and as the default, by
	 * the same absolute addresses as the sitemap; each language's page is its own canonical page and
	 * lists the same three, so that each names the other (a search engine ignores alternates that
	 * are not named back).
	 */
	@Test
	void everyPageInTheSitemapNamesItsAddressInEachLanguageAndEachNamesItBack() {
		for (String url : sitemap().keySet()) {
			String path = url.substring(browser.base().length());
			Map<String, String> alternates = alternates(browser.get(path).document());
			assertThat(alternates).as(url)
				.containsExactly(Map.entry("en", url + "?lang=en"), Map.entry("es", url + "?lang=es"),
						Map.entry("x-default", url));
			for (String language : List.of("en", "es")) {
				Document inLanguage = browser.get(path + "?lang=" + language).document();
				assertThat(inLanguage.select("html").attr("lang")).as(url).isEqualTo(language);
				assertThat(inLanguage.select("head link[rel=canonical]").attr("href")).as(url)
					.isEqualTo(alternates.get(language));
				assertThat(alternates(inLanguage)).as(url).isEqualTo(alternates);
			}
		}
	}

	@Test
	void aFilteredTimelinesAlternatesKeepItsFiltersAndAnErrorPageHasNone() {
		String filtered = browser.base() + "/timeline?person=augusto-pinochet&from=1970";
		assertThat(alternates(browser.get("/timeline?person=augusto-pinochet&from=1970&lang=es").document()))
			.containsExactly(Map.entry("en", filtered + "&lang=en"), Map.entry("es", filtered + "&lang=es"),
					Map.entry("x-default", filtered));
		for (String error : List.of("/people/nobody", "/people/nobody?lang=es", "/sources/nothing", "/no/such/page?lang=en")) {
			assertThat(browser.get(error).document().select("link[hreflang]")).as(error).isEmpty();
		}
	}

	/** The alternates are at the archive's own address, whatever host a request names. */
	@Test
	void aForgedHostGetsNoAlternateAtItsAddress() {
		for (String host : List.of("forged.example", "forged.example:" + port)) {
			String request = "GET /people/miguel-enriquez?lang=es HTTP/1.1\r\nHost: " + host
					+ "\r\nAccept: text/html\r\nConnection: close\r\n\r\n";
			RawHttp.Response answer = new RawHttp(port).sendExactly(request.getBytes(StandardCharsets.ISO_8859_1));
			Document page = Jsoup.parse(answer.text());
			assertThat(alternates(page).values()).as(host)
				.allSatisfy(href -> assertThat(href).startsWith(browser.base() + "/people/miguel-enriquez"));
			assertThat(page.select("head link[rel=canonical]").attr("href")).as(host)
				.isEqualTo(browser.base() + "/people/miguel-enriquez?lang=es");
		}
	}

	/**
	 * A sitemap file at the most URLs the archive may be set to write, every one at the longest
	 * address an entry can have (a slug of the 160 characters its column holds) on a long base
	 * address, with its alternates, stays within the protocol's 50 MB; at the protocol's own
	 * 50,000 URLs it would not, which is why the setting is refused beyond.
	 */
	@Test
	void aSitemapFileAtTheMostUrlsAndTheLongestAddressesStaysWithinTheProtocolsSize() throws Exception {
		String base = "https://" + "a".repeat(180) + ".example.org";
		assertThat(base).hasSize(200);
		SitemapController sitemaps = new SitemapController(null, null, new ArchiveAddresses(base), null,
				SitemapController.URLS_PER_FILE, List.of());
		OffsetDateTime changed = OffsetDateTime.parse("2026-12-06T21:55:18.123456+01:00");
		String longest = "/organizations/" + "m".repeat(160);
		int most = SitemapController.MOST_URLS_PER_FILE;
		long bytes = sitemaps.write("urlset", "url", Collections.nCopies(most, new SitemapController.Listed(longest, changed)))
			.getBytes(StandardCharsets.UTF_8).length;
		assertThat(bytes).isLessThanOrEqualTo(SitemapReader.MAX_BYTES);
		assertThat(bytes * SitemapReader.MAX_ENTRIES / most).isGreaterThan(SitemapReader.MAX_BYTES);
		assertThatThrownBy(() -> new SitemapController(null, null, new ArchiveAddresses(base), null, most + 1, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aSharedEntryLinkPreviewsWithTheEntrysNameAndSummary() {
		Document doc = browser.get("/people/miguel-enriquez").document();
		assertThat(property(doc, "og:title")).isEqualTo("Miguel Enríquez");
		assertThat(name(doc, "twitter:title")).isEqualTo("Miguel Enríquez");
		String summary = doc.select(".entry-header .summary").text();
		assertThat(property(doc, "og:description")).isEqualTo(summary);
		assertThat(name(doc, "twitter:description")).isEqualTo(summary);
		assertThat(name(doc, "description")).isEqualTo(summary);
	}

	@Test
	void aFilteredTimelineIsItsOwnCanonicalPageAndAnErrorPageHasNone() {
		Document filtered = browser.get("/timeline?person=augusto-pinochet&organization=&from=1970&to=").document();
		assertThat(filtered.select("link[rel=canonical]").attr("href"))
			.isEqualTo(browser.base() + "/timeline?person=augusto-pinochet&from=1970");
		assertThat(browser.get("/people/nobody").document().select("link[rel=canonical]")).isEmpty();
	}

	/** Every page the sitemap's files list, with its lastmod (each listed with one on the seed). */
	private Map<String, String> sitemap() {
		Map<String, String> urls = new LinkedHashMap<>();
		SitemapReader.pages(SitemapReader.read(browser)).forEach(page -> urls.put(page.getKey(), page.getValue()));
		assertThat(urls).doesNotContainValue(null);
		return urls;
	}

	/** The head's language alternates, {@code hreflang} to address, in their order. */
	private static Map<String, String> alternates(Document doc) {
		Map<String, String> alternates = new LinkedHashMap<>();
		for (var link : doc.select("head link[rel=alternate][hreflang]")) {
			assertThat(alternates.put(link.attr("hreflang"), link.attr("href"))).as(link.attr("hreflang")).isNull();
		}
		return alternates;
	}

	private static String property(Document doc, String property) {
		assertThat(doc.select("head meta[property=" + property + "]")).as(property).hasSize(1);
		return doc.selectFirst("head meta[property=" + property + "]").attr("content");
	}

	private static String name(Document doc, String name) {
		assertThat(doc.select("head meta[name=" + name + "]")).as(name).hasSize(1);
		return doc.selectFirst("head meta[name=" + name + "]").attr("content");
	}

}
