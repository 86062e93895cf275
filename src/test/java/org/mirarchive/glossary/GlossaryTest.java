package org.mirarchive.glossary;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The glossary: every term cited, in both languages, each with its own address; and in entries
 * the first place a term appears on a page links to it, never a term for what that entry is.
 */
@ArchiveWebTest
class GlossaryTest {

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
	void everyTermIsExplainedWithItsReferencesAndTheSpanishTermCitedOrSaidToBeTheArchives() {
		List<Map<String, Object>> terms = jdbc.queryForList(
				"select term_key, term, spanish_term, spanish_term_cited from glossary_term order by position");
		assertThat(terms).extracting(t -> t.get("term_key"))
			.contains("coup", "junta", "dina", "poblaciones", "southern-cone", "insurgent");
		Document page = browser.get("/glossary").document();
		assertThat(page.selectFirst("h1").text()).isEqualTo("Glossary");
		assertThat(page.select("dl.glossary-terms > dt").eachAttr("id"))
			.containsExactlyElementsOf(terms.stream().map(t -> "term-" + t.get("term_key")).toList());
		for (Map<String, Object> term : terms) {
			Element dt = page.getElementById("term-" + term.get("term_key"));
			assertThat(dt.selectFirst("dfn").text()).isEqualTo(term.get("term"));
			assertThat(dt.selectFirst(".glossary-spanish").attr("lang")).isEqualTo("es");
			if ((Boolean) term.get("spanish_term_cited")) {
				assertThat(dt.select("sup.ref")).as("the Spanish term of %s is cited", term.get("term_key")).isNotEmpty();
			}
			else {
				assertThat(dt.select("sup.ref")).isEmpty();
				assertThat(dt.selectFirst(".glossary-translated").text()).contains("the archive’s translation");
			}
			Element definition = dt.nextElementSibling();
			assertThat(definition.select("p").first().select("sup.ref"))
				.as("the explanation of %s is cited", term.get("term_key"))
				.isNotEmpty();
		}
		// Every footnote marker leads to a reference in the list, each a work's page.
		for (Element marker : page.select("sup.ref a")) {
			assertThat(page.getElementById(marker.attr("href").substring(1))).as(marker.attr("href")).isNotNull();
		}
		assertThat(page.select("section.references li cite a")).allSatisfy(work -> {
			assertThat(work.attr("href")).startsWith("/sources/");
			assertThat(browser.get(work.attr("href")).status()).isEqualTo(200);
		});
		// The article is quoted; the other works are named, never quoted.
		assertThat(page.select("section.references li q")).isNotEmpty();
		assertThat(page.select("section.references li:has(q) cite a")).allSatisfy(
				work -> assertThat(work.attr("href")).isEqualTo("/sources/chiles-mir-the-revolutionary-left-movement"));
		// A term about an entry links to it.
		Element dina = page.getElementById("term-dina").nextElementSibling();
		assertThat(dina.selectFirst(".glossary-entry a").attr("href")).isEqualTo("/organizations/dina");
	}

	@Test
	void anExplanationMarksTheArticlesWordsAsQuotationsAndItsOwnTranslationsAsText() {
		Element insurgent = browser.get("/glossary").document().getElementById("term-insurgent").nextElementSibling();
		assertThat(insurgent.select("q").eachText()).containsExactly("a Chilean insurgent group",
				"actively attempted to overthrow the Chilean government", "a communist or an insurgent");
		assertThat(insurgent.select("q")).allSatisfy(q -> assertThat(q.attr("lang")).isEqualTo("en"));
		assertThat(insurgent.text()).doesNotContain("\"");

		Element spanish = browser.get("/glossary?lang=es").document().getElementById("term-insurgent").nextElementSibling();
		assertThat(spanish.select("q").eachText()).containsExactly("a Chilean insurgent group",
				"actively attempted to overthrow the Chilean government", "a communist or an insurgent");
		// The archive's translation of each stays its own text, in brackets, never marked as the article's words.
		assertThat(spanish.selectFirst("p").ownText() + spanish.selectFirst("p > span").ownText())
			.contains("(«un grupo insurgente chileno»)");
		// That each is the article's own words, the crawl of every page checks (web.CrawlTest).
	}

	@Test
	void everyTermHasACitationOfItsExplanationAndACitedSpanishTermHasOneToo() {
		assertThat(jdbc.queryForList("select t.term_key from glossary_term t where not exists (select 1 from "
				+ "glossary_citation c where c.term_id = t.id and c.supports = 'DEFINITION')", String.class))
			.as("terms without a cited explanation")
			.isEmpty();
		assertThat(jdbc.queryForList("select t.term_key from glossary_term t where t.spanish_term_cited and not exists "
				+ "(select 1 from glossary_citation c where c.term_id = t.id and c.supports = 'SPANISH_TERM')", String.class))
			.as("Spanish terms said to be cited without a citation")
			.isEmpty();
		assertThat(jdbc.queryForList("select t.term_key from glossary_term t where not t.spanish_term_cited and exists "
				+ "(select 1 from glossary_citation c where c.term_id = t.id and c.supports = 'SPANISH_TERM')", String.class))
			.as("Spanish terms said to be the archive's translation with a citation")
			.isEmpty();
		assertThat(jdbc.queryForList("select t.term_key from glossary_term t where not exists (select 1 from "
				+ "glossary_form f where f.term_id = t.id and f.lang = 'en') or not exists (select 1 from glossary_form f "
				+ "where f.term_id = t.id and f.lang = 'es')", String.class))
			.as("terms without a form to link in each language")
			.isEmpty();
	}

	@Test
	void anEntryLinksTheFirstPlaceATermAppearsOnItsPageOnly() {
		String slug = jdbc.queryForObject("select e.slug from statement s join entry e on e.id = s.entry_id "
				+ "where e.kind = 'PERSON' and s.text like '%DINA%' order by e.position fetch first 1 rows only", String.class);
		Document page = browser.get("/people/" + slug).document();
		List<Element> links = page.select("div.statement a.glossary-term[href=/glossary#term-dina]");
		assertThat(links).hasSize(1);
		assertThat(links.get(0).text()).isEqualTo("DINA");
		assertThat(links.get(0).attr("title")).isEqualTo("Glossary: DINA");
		// The statement reads as before: the link is a part of its text.
		String statement = links.get(0).closest("span").text();
		assertThat(jdbc.queryForList("select s.text from statement s join entry e on e.id = s.entry_id where e.slug = ?",
				String.class, slug)).contains(statement);
		long mentions = page.select("div.statement p > span").stream().filter(s -> s.text().contains("DINA")).count();
		assertThat(mentions).as("statements mentioning DINA on %s", slug).isGreaterThanOrEqualTo(1);

		// The DINA's own page does not send its reader to the glossary for the DINA.
		Document dina = browser.get("/organizations/dina").document();
		assertThat(dina.select("div.statement")).isNotEmpty();
		assertThat(dina.select("a.glossary-term[href=/glossary#term-dina]")).isEmpty();
	}

	@Test
	void inSpanishTheGlossaryIsTheArchivesSpanishAndSpanishStatementsLinkTheirTerms() {
		Document page = browser.get("/glossary?lang=es").document();
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Glosario");
		Element coup = page.getElementById("term-coup").nextElementSibling().selectFirst("p > span");
		assertThat(coup.attr("lang")).isEqualTo("es");
		assertThat(coup.text()).startsWith("La palabra con que el artículo nombra");

		Document mir = browser.get("/organizations/mir?lang=es").document();
		assertThat(mir.select("div.statement a.glossary-term")).isNotEmpty()
			.allSatisfy(link -> assertThat(link.attr("title")).startsWith("Glosario: "));
	}

}
