package org.mirarchive.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import jakarta.persistence.EntityManagerFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;
import org.mirarchive.Download;
import org.mirarchive.SitemapReader;
import org.mirarchive.StatementCount;
import org.mirarchive.entry.EntryKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic test archive as a reader meets it, at 5,000 entries: every page says it is
 * synthetic, and the long lists come a list page at a time, in a stable order, with links
 * between the list pages; a page number that names no list page is the 404 page. So do the API's lists, and the
 * sitemap is split into files of at most {@value #URLS_PER_SITEMAP} URLs that together list every
 * page once. Pages, sitemaps and the API's lists run no more SQL statements than on the seed
 * archive ({@code web.StatementsPerPageTest}).
 */
@ArchiveWebTest
@ActiveProfiles("synthetic")
@TestPropertySource(properties = { "archive.synthetic.size=" + SyntheticArchiveWebTest.SIZE,
		"spring.datasource.url=jdbc:h2:mem:synthetic-web-test;DB_CLOSE_DELAY=-1",
		"archive.sitemap.urls-per-file=" + SyntheticArchiveWebTest.URLS_PER_SITEMAP })
class SyntheticArchiveWebTest {

	static final int SIZE = 5_000;

	/** Fewer URLs a sitemap file than the archive's 10,000, so that 5,000 entries take several files. */
	static final int URLS_PER_SITEMAP = 1_000;

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/people", "/events?page=3", "/timeline", "/sources?page=2", "/people/synthetic-person-2",
			"/organizations/synthetic-organization-1", "/sources/synthetic-source-1", "/people/miguel-enriquez",
			"/no-such-page" })
	void everyPageSaysItIsASyntheticArchive(String path) {
		Document doc = browser.get(path).document();
		assertThat(doc.select("header .synthetic-banner").text()).startsWith("Synthetic test archive — not history.");
		assertThat(doc.title()).endsWith("Synthetic test archive — not history");
		assertThat(doc.select(".site-name").text()).isEqualTo("Synthetic test archive");
	}

	@Test
	void theHomePageCountsTheWholeArchive() {
		long people = jdbc.queryForObject("select count(*) from entry where kind = 'PERSON'", Long.class);
		assertThat(browser.get("/").document().select(".counts").text()).contains(String.format("%,d people", people));
	}

	@Test
	void anIndexShowsFiftyLinesAListPageWithLinksToTheOthers() {
		long places = jdbc.queryForObject("select count(*) from entry where kind = 'PLACE'", Long.class);
		long pages = (places + 49) / 50;
		Document first = browser.get("/places").document();
		assertThat(first.select(".entry-list > li")).hasSize(50);
		assertThat(first.select("nav.pager").text()).contains("Page 1 of " + pages, String.format("Lines 1–50 of %,d", places));
		assertThat(first.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/places?page=2");
		assertThat(first.select("nav.pager a[rel=prev]")).isEmpty();
		assertThat(first.select("nav.pager a").eachText()).containsExactly("Next page", "Last page");
		Document last = browser.get("/places?page=" + pages).document();
		assertThat(last.select("nav.pager").text()).contains("Page " + pages + " of " + pages);
		assertThat(last.select("nav.pager a[rel=prev]").attr("href")).isEqualTo("/places?page=" + (pages - 1));
		assertThat(last.select("nav.pager a[rel=next]")).isEmpty();
		assertThat(last.select("nav.pager a").eachText()).containsExactly("First page", "Previous page");
		assertThat(last.select("nav.pager a").first().attr("href")).isEqualTo("/places");
	}

	@Test
	void followingNextThroughAnIndexMeetsEveryEntryOnceInIndexOrder() {
		List<String> expected = jdbc.queryForList(
				"select '/places/' || slug from entry where kind = 'PLACE' order by sort_key, id", String.class);
		assertThat(walk("/places", ".entry-list > li > a")).isEqualTo(expected);
	}

	@Test
	void followingNextThroughTheTimelineMeetsEveryEventOnceInDateOrder() {
		List<String> walked = walk("/timeline", ".timeline__event a, .entry-list > li > a");
		assertThat(walked).doesNotHaveDuplicates()
			.hasSize(jdbc.queryForObject("select count(*) from entry where kind = 'EVENT'", Integer.class));
		List<java.sql.Date> dates = jdbc.queryForList("select e.date_earliest from entry e where e.kind = 'EVENT' and "
				+ "e.date_earliest is not null order by e.date_earliest", java.sql.Date.class);
		assertThat(walked.subList(0, dates.size())).allMatch(url -> url.startsWith("/events/"));
		List<java.sql.Date> shown = walked.subList(0, dates.size()).stream()
			.map(url -> jdbc.queryForObject("select date_earliest from entry where '/events/' || slug = ?",
					java.sql.Date.class, url))
			.toList();
		assertThat(shown).isEqualTo(dates);
	}

	@Test
	void theTimelineFilterAsksForAnAddressWhenThereAreTooManyToListAndKeepsItsFilterFromListPageToListPage() {
		Document first = browser.get("/timeline?from=1900&to=2020").document();
		assertThat(first.select("select#filter-person, select#filter-organization")).isEmpty();
		assertThat(first.select("input#filter-person[type=text]")).hasSize(1);
		assertThat(first.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/timeline?from=1900&to=2020&page=2");
		Document narrowed = browser.get("/timeline?person=synthetic-person-2").document();
		assertThat(narrowed.select(".timeline__event a, .entry-list > li > a")).isNotEmpty();
		assertThat(narrowed.select("input#filter-person").attr("value")).isEqualTo("synthetic-person-2");
	}

	@Test
	void theSourcesIndexIsPagedToo() {
		Document doc = browser.get("/sources?page=2").document();
		assertThat(doc.select(".entry-list > li")).hasSize(50);
		assertThat(doc.select("nav.pager a[rel=prev]").attr("href")).isEqualTo("/sources");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/people?page=0", "/people?page=-1", "/people?page=abc", "/people?page=1e3",
			"/people?page=99999999999999999999", "/people?page=9999", "/events?page=", "/timeline?page=2.5",
			"/sources?page=100000" })
	void aPageNumberThatNamesNoListPageIsThe404Page(String path) {
		Browser.Answer page = browser.get(path);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.document().select("h1").text()).isEqualTo("Page not found");
		assertThat(page.document().select("header nav")).hasSize(1);
	}

	@Test
	void everyListPageRunsAsFewStatementsAsOnTheSeed() {
		StatementCount statements = new StatementCount(entityManagerFactory);
		assertThat(statements.of(browser, "/")).isLessThanOrEqualTo(StatementCount.HOME);
		for (String list : List.of("/people", "/organizations", "/events", "/places", "/works", "/timeline", "/sources")) {
			String last = browser.get(list).document().select("nav.pager a:contains(Last page)").attr("href");
			assertThat(last).as(list).isNotEmpty();
			for (String page : List.of(list, list + "?page=2", last)) {
				assertThat(statements.of(browser, page)).as(page)
					.isLessThanOrEqualTo(list.equals("/timeline") ? StatementCount.TIMELINE : StatementCount.LIST);
			}
		}
	}

	@Test
	void everyEntryPageRunsNoMoreStatementsThanTheSeedEntryItCopies() {
		StatementCount statements = new StatementCount(entityManagerFactory);
		List<Map<String, Object>> seed = jdbc.queryForList(
				"select kind, slug from entry where slug not like 'synthetic-%' order by position, id");
		int lastFullBlock = (SIZE - seed.size()) / seed.size() - 1;
		for (int i = 0; i < seed.size(); i++) {
			String kind = ((String) seed.get(i).get("kind")).toLowerCase(java.util.Locale.ROOT);
			String path = "/" + EntryKind.valueOf((String) seed.get(i).get("kind")).path() + "/";
			long original = statements.of(browser, path + seed.get(i).get("slug"));
			long first = statements.of(browser, path + "synthetic-" + kind + "-" + (i + 1));
			long last = statements.of(browser, path + "synthetic-" + kind + "-" + (lastFullBlock * seed.size() + i + 1));
			assertThat(original).as("%s", seed.get(i).get("slug"))
				.isLessThanOrEqualTo(StatementCount.ENTRY + StatementCount.map(path) + StatementCount.points(path));
			assertThat(first).as("copy of %s", seed.get(i).get("slug")).isLessThanOrEqualTo(original);
			assertThat(last).as("last copy of %s", seed.get(i).get("slug")).isEqualTo(first);
		}
		assertThat(statements.of(browser, "/sources/chiles-mir-the-revolutionary-left-movement"))
			.isLessThanOrEqualTo(StatementCount.SOURCE);
		assertThat(statements.of(browser, "/sources/synthetic-source-1")).isLessThanOrEqualTo(StatementCount.SOURCE);
	}

	@Test
	void theSitemapSplitsIntoFilesThatTogetherListEveryPageOnce() {
		List<SitemapReader.SitemapFile> files = SitemapReader.read(browser);
		List<String> paths = files.stream().map(file -> file.path(browser)).toList();
		long entryFiles = (jdbc.queryForObject("select max(id) from entry", Long.class) + URLS_PER_SITEMAP - 1)
				/ URLS_PER_SITEMAP;
		long sourceFiles = (jdbc.queryForObject("select max(id) from source", Long.class) + URLS_PER_SITEMAP - 1)
				/ URLS_PER_SITEMAP;
		assertThat(entryFiles).isGreaterThanOrEqualTo(5);
		assertThat(sourceFiles).isGreaterThanOrEqualTo(2);
		List<String> expectedFiles = new ArrayList<>(List.of("/sitemap-pages.xml"));
		LongStream.rangeClosed(1, entryFiles).forEach(n -> expectedFiles.add("/sitemap-entries-" + n + ".xml"));
		LongStream.rangeClosed(1, sourceFiles).forEach(n -> expectedFiles.add("/sitemap-sources-" + n + ".xml"));
		assertThat(paths).isEqualTo(expectedFiles);
		assertThat(files)
			.allSatisfy(file -> assertThat(file.pages()).as(file.loc()).hasSizeLessThanOrEqualTo(URLS_PER_SITEMAP));

		assertThat(SitemapReader.pages(files)).extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrderElementsOf(SitemapReader.everyPage(browser, jdbc));
		// Beyond the last block, nothing.
		assertThat(browser.get("/sitemap-entries-" + (entryFiles + 1) + ".xml", "application/xml").status())
			.isEqualTo(404);
	}

	@Test
	void everySitemapFileRunsAsFewStatementsAsOnTheSeed() {
		StatementCount statements = new StatementCount(entityManagerFactory);
		for (String path : List.of("/sitemap.xml", "/sitemap-pages.xml", "/sitemap-entries-1.xml", "/sitemap-entries-5.xml",
				"/sitemap-sources-2.xml")) {
			assertThat(statements.of(browser, path)).as(path).isLessThanOrEqualTo(StatementCount.SITEMAP);
		}
	}

	@ParameterizedTest
	@CsvSource({ "people, PERSON", "organizations, ORGANIZATION", "events, EVENT", "places, PLACE", "works, WORK" })
	void followingNextThroughAnApiListMeetsEveryEntryOnce(String type, String kind) {
		List<String> walked = walkApi("/api/" + type);
		assertThat(walked).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(
					jdbc.queryForList("select slug from entry where kind = ?", String.class, kind));
		if (!type.equals("events")) {
			assertThat(walked).as("in index order")
				.isEqualTo(jdbc.queryForList("select slug from entry where kind = ? order by sort_key, id", String.class,
						kind));
		}
	}

	@Test
	void followingNextThroughTheApisSourcesMeetsEveryWorkOnceInTheArchivesOrder() {
		assertThat(walkApi("/api/sources"))
			.isEqualTo(jdbc.queryForList("select slug from source order by position, id", String.class));
	}

	@Test
	void anApiListPageLinksToItsNeighboursAndBothEnds() {
		long places = jdbc.queryForObject("select count(*) from entry where kind = 'PLACE'", Long.class);
		int pages = (int) ((places + 49) / 50);
		Browser.Answer answer = browser.get("/api/places?page=2", "application/json");
		JsonNode list = json.readTree(answer.body());
		assertThat(list.get("count").asLong()).isEqualTo(places);
		assertThat(list.get("page").asInt()).isEqualTo(2);
		assertThat(list.get("pages").asInt()).isEqualTo(pages);
		assertThat(list.get("items").size()).isEqualTo(50);
		String api = browser.base() + "/api/places";
		JsonNode links = list.get("links");
		assertThat(links.get("first").asString()).isEqualTo(api);
		assertThat(links.get("previous").asString()).isEqualTo(api);
		assertThat(links.get("next").asString()).isEqualTo(api + "?page=3");
		assertThat(links.get("last").asString()).isEqualTo(api + "?page=" + pages);
		assertThat(answer.headers().get("Link")).containsExactly("<" + api + ">; rel=\"first\", <" + api
				+ ">; rel=\"prev\", <" + api + "?page=3>; rel=\"next\", <" + api + "?page=" + pages + ">; rel=\"last\"");
		assertThat(browser.get("/api/places?page=" + (pages + 1), "application/json").status()).isEqualTo(404);
	}

	@Test
	void everyApiListPageRunsAsFewStatementsAsOnTheSeed() {
		StatementCount statements = new StatementCount(entityManagerFactory);
		for (String list : List.of("/api/people", "/api/organizations", "/api/events", "/api/places", "/api/works", "/api/sources")) {
			String last = json.readTree(browser.get(list, "application/json").body()).get("links").get("last").asString();
			for (String page : List.of(list, list + "?page=2", last.substring(browser.base().length()))) {
				assertThat(statements.of(browser, page)).as(page).isLessThanOrEqualTo(StatementCount.API_LIST);
			}
		}
	}

	@Test
	void theDownloadHoldsEveryEntryWorkRelationAndCitationOnce() {
		Download download = Download.get(port);
		assertThat(download.status()).isEqualTo(200);

		List<String> entries = new ArrayList<>();
		download.eachInJson("entries", entry -> entries.add(entry.get("type").asString() + "/" + entry.get("slug").asString()));
		assertThat(entries).doesNotHaveDuplicates()
			.isEqualTo(jdbc.queryForList("select lower(kind) || '/' || slug from entry order by kind, position, id",
					String.class));
		for (EntryKind entryKind : EntryKind.values()) {
			String kind = entryKind.name();
			String file = entryKind.path() + ".csv";
			assertThat(download.csv(file)).extracting(row -> row.get("slug"))
				.as(file)
				.isEqualTo(jdbc.queryForList("select slug from entry where kind = ? order by position, id", String.class,
						kind));
		}
		List<String> works = jdbc.queryForList("select slug from source order by position, id", String.class);
		List<String> inJson = new ArrayList<>();
		download.eachInJson("sources", source -> inJson.add(source.get("slug").asString()));
		assertThat(inJson).isEqualTo(works);
		assertThat(download.csv("sources.csv")).extracting(row -> row.get("slug")).isEqualTo(works);
		assertThat(download.csv("relations.csv"))
			.hasSize(jdbc.queryForObject("select count(*) from relation", Integer.class));
		assertThat(download.csv("citations.csv"))
			.hasSize(jdbc.queryForObject("select count(*) from citation", Integer.class));
	}

	/**
	 * The slugs met on every list page of a list of the API, following its {@code next} links from
	 * the first; each list page's {@code Link} header says the same as its body.
	 */
	private List<String> walkApi(String first) {
		List<String> met = new ArrayList<>();
		String next = browser.base() + first;
		while (next != null) {
			Browser.Answer answer = browser.get(next.substring(browser.base().length()), "application/json");
			assertThat(answer.status()).as(next).isEqualTo(200);
			JsonNode list = json.readTree(answer.body());
			list.get("items").forEach(item -> met.add(item.get("slug").asString()));
			JsonNode link = list.get("links").get("next");
			next = link.isNull() ? null : link.asString();
			if (next != null) {
				assertThat(answer.headers().get("Link").get(0)).contains("<" + next + ">; rel=\"next\"");
			}
			else {
				assertThat(answer.headers().get("Link").get(0)).doesNotContain("rel=\"next\"");
			}
		}
		return met;
	}

	/** The links met on every list page of a list, following its "next" links from the first. */
	private List<String> walk(String first, String links) {
		List<String> met = new ArrayList<>();
		String next = first;
		while (!next.isEmpty()) {
			Document doc = browser.get(next).document();
			met.addAll(doc.select(links).eachAttr("href"));
			next = doc.select("nav.pager a[rel=next]").attr("href");
		}
		return met;
	}

}
