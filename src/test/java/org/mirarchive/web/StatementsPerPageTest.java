package org.mirarchive.web;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;
import org.mirarchive.StatementCount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each kind of page costs in SQL statements on the seed archive: a fixed number, whatever
 * the entry, so that no page runs a query per line or per claim (the sitemaps and the API's
 * lists included). The same bounds hold on an
 * archive of 5,000 entries ({@code synthetic.SyntheticArchiveWebTest}).
 */
@ArchiveWebTest
class StatementsPerPageTest {

	@LocalServerPort
	private int port;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Browser browser;

	private StatementCount statements;

	@BeforeEach
	void count() {
		browser = new Browser(port);
		statements = new StatementCount(entityManagerFactory);
	}

	@ParameterizedTest
	@ValueSource(strings = "/")
	void theHomePage(String path) {
		assertThat(statements.of(browser, path)).isLessThanOrEqualTo(StatementCount.HOME);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/people", "/organizations", "/events", "/places", "/works", "/sources" })
	void aList(String path) {
		assertThat(statements.of(browser, path)).isLessThanOrEqualTo(StatementCount.LIST);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sitemap.xml", "/sitemap-pages.xml", "/sitemap-entries-1.xml", "/sitemap-sources-1.xml" })
	void aSitemap(String path) {
		assertThat(statements.of(browser, path)).isLessThanOrEqualTo(StatementCount.SITEMAP);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/people", "/api/organizations", "/api/events", "/api/places", "/api/works", "/api/sources" })
	void aListInTheApi(String path) {
		assertThat(statements.of(browser, path)).isLessThanOrEqualTo(StatementCount.API_LIST);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/timeline", "/timeline?person=salvador-allende", "/timeline?organization=mir&from=1973",
			"/timeline?from=1970&to=1974" })
	void theTimeline(String path) {
		// Narrowed, it also looks up the people or organization named, and counts what it keeps.
		assertThat(statements.of(browser, path)).isLessThanOrEqualTo(StatementCount.TIMELINE + 3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/people/miguel-enriquez", "/people/salvador-allende", "/organizations/mir",
			"/organizations/jcr", "/events/coup-of-11-september-1973", "/events/founding-of-the-jcr", "/places/santiago",
			"/places/southern-cone" })
	void anEntryPage(String path) {
		assertThat(statements.of(browser, path)).isLessThanOrEqualTo(StatementCount.ENTRY + StatementCount.points(path));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sources/chiles-mir-the-revolutionary-left-movement",
			"/sources/photograph-van-schouwen-ferrada-noli-enriquez", "/sources/wikipedia-carlos-prats" })
	void aSourcePage(String path) {
		assertThat(statements.of(browser, path)).isLessThanOrEqualTo(StatementCount.SOURCE);
	}

	/**
	 * Under Spanish each page reads the translations of what it shows as well: with the rows they
	 * translate, or a batch per kind of text, whether the archive has translated much or nothing.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/people/miguel-enriquez?lang=es", "/organizations/mir?lang=es",
			"/events/coup-of-11-september-1973?lang=es", "/places/santiago?lang=es" })
	void anEntryPageInSpanish(String path) {
		assertThat(statements.of(browser, path))
			.isLessThanOrEqualTo(StatementCount.ENTRY + StatementCount.ENTRY_TRANSLATED + StatementCount.map(path)
					+ StatementCount.points(path));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sources/chiles-mir-the-revolutionary-left-movement?lang=es",
			"/sources/wikipedia-carlos-prats?lang=es" })
	void aSourcePageInSpanish(String path) {
		assertThat(statements.of(browser, path)).isLessThanOrEqualTo(StatementCount.SOURCE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/people?lang=es", "/events?lang=es", "/sources?lang=es" })
	void aListInSpanish(String path) {
		assertThat(statements.of(browser, path)).isLessThanOrEqualTo(StatementCount.LIST);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/timeline?lang=es", "/timeline?person=salvador-allende&lang=es" })
	void theTimelineInSpanish(String path) {
		assertThat(statements.of(browser, path)).isLessThanOrEqualTo(StatementCount.TIMELINE + 3);
	}

}
