package org.mirarchive.web;

import java.io.StringReader;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search engines and link previews read: a sitemap of every page with when it changed,
 * robots.txt pointing to it, one canonical address per page, and Open Graph and Twitter cards.
 */
@ArchiveWebTest
class SitemapAndSharingTest {

	private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";

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
	void theSitemapListsEveryIndexEntryAndSourceWithWhenItLastChanged() throws Exception {
		Map<String, String> sitemap = sitemap();
		List<String> expected = new ArrayList<>(List.of("/", "/people", "/organizations", "/events", "/places",
				"/timeline", "/sources"));
		expected.addAll(jdbc.queryForList("select case kind when 'PERSON' then '/people/' "
				+ "when 'ORGANIZATION' then '/organizations/' when 'EVENT' then '/events/' else '/places/' end || slug "
				+ "from entry union all select '/sources/' || slug from source", String.class));
		assertThat(sitemap.keySet())
			.containsExactlyInAnyOrderElementsOf(expected.stream().map(p -> browser.base() + p).toList());
		// Each entry and source with its own last change; an index with the latest of what it lists.
		Map<String, OffsetDateTime> changed = new HashMap<>();
		jdbc.query("select case kind when 'PERSON' then '/people/' when 'ORGANIZATION' then '/organizations/' "
				+ "when 'EVENT' then '/events/' else '/places/' end || slug, last_changed from entry "
				+ "union all select '/sources/' || slug, last_changed from source",
				(ResultSet row) -> {
					changed.put(browser.base() + row.getString(1), row.getObject(2, OffsetDateTime.class));
				});
		assertThat(sitemap).allSatisfy((page, lastmod) -> {
			String path = page.substring(browser.base().length());
			String listed = path.equals("/") ? "/" : path.equals("/timeline") ? "/events/" : path + "/";
			OffsetDateTime latest = changed.containsKey(page) ? changed.get(page)
					: changed.entrySet().stream()
						.filter(entry -> entry.getKey().startsWith(browser.base() + listed))
						.map(Map.Entry::getValue)
						.max(Comparator.naturalOrder())
						.orElseThrow();
			assertThat(OffsetDateTime.parse(lastmod)).as(path).isAtSameInstantAs(latest);
		});
	}

	@Test
	void robotsTxtPointsToTheSitemapByItsFullAddress() {
		Browser.Page robots = browser.get("/robots.txt", "text/plain");
		assertThat(robots.status()).isEqualTo(200);
		assertThat(robots.contentType()).startsWith("text/plain");
		assertThat(robots.body().lines()).contains("Sitemap: " + browser.base() + "/sitemap.xml");
	}

	@Test
	void everyPageInTheSitemapHasExactlyOneCanonicalLinkToItself() throws Exception {
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

	private Map<String, String> sitemap() throws Exception {
		Browser.Page page = browser.get("/sitemap.xml", "application/xml");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("application/xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(page.body())));
		assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAPS);
		Map<String, String> urls = new LinkedHashMap<>();
		NodeList entries = xml.getElementsByTagNameNS(SITEMAPS, "url");
		for (int i = 0; i < entries.getLength(); i++) {
			Element url = (Element) entries.item(i);
			urls.put(url.getElementsByTagNameNS(SITEMAPS, "loc").item(0).getTextContent(),
					url.getElementsByTagNameNS(SITEMAPS, "lastmod").item(0).getTextContent());
		}
		assertThat(urls).hasSize(entries.getLength());
		return urls;
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
