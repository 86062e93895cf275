package org.mirarchive.readingpath;

import java.time.LocalDate;
import java.util.List;

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
 * The two reading paths the archive starts with, in both languages: the article section by
 * section with the entries that cite each, and the events of 1965–1974 in date order, each step
 * cited and each link leading to a page that exists.
 */
@ArchiveWebTest
class ReadingPathsTest {

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
	void theListOffersBothPathsWithTheirSteps() {
		Document list = browser.get("/paths").document();
		assertThat(list.selectFirst("h1").text()).isEqualTo("Reading paths");
		assertThat(list.select("ul.entry-list > li > a").eachAttr("href"))
			.containsExactly("/paths/the-article-step-by-step", "/paths/from-1965-to-1974");
		assertThat(list.select("ul.entry-list > li > a").eachText()).containsExactly("The article, step by step",
				"From 1965 to 1974");
		assertThat(list.selectFirst("ul.entry-list .date").text()).isEqualTo("6 steps");
		Document spanish = browser.get("/paths?lang=es").document();
		assertThat(spanish.select("ul.entry-list > li > a").eachText()).containsExactly("El artículo, paso a paso",
				"De 1965 a 1974");
	}

	@Test
	void theArticleStepByStepReadsEachSectionWithTheEntriesThatCiteIt() {
		Document path = browser.get("/paths/the-article-step-by-step").document();
		List<Element> steps = path.select("li.path-step");
		assertThat(steps).hasSize(6);
		assertThat(steps.get(1).selectFirst("h2").text()).isEqualTo("Step 2 · Chile's MIR: The Revolutionary Left Movement, Beginnings of the MIR");
		// A heading the archive supplied is in brackets, as in its references.
		assertThat(steps.get(4).selectFirst("h2").text()).endsWith("[The alliance of revolutionary groups (JCR)]");
		for (Element step : steps) {
			assertThat(step.select("p > sup.ref")).as("the archive's text of %s is cited", step.id()).isNotEmpty();
			assertThat(step.select(".path-step__entries a")).as("entries citing %s", step.id()).isNotEmpty();
		}
		assertThat(steps.get(1).select(".path-step__entries a").eachAttr("href")).contains("/organizations/mir",
				"/people/miguel-enriquez");
		assertThat(steps.get(4).select(".path-step__entries a").eachAttr("href")).contains("/organizations/jcr",
				"/organizations/tupamaros");
		// Every reference of the path quotes the article, where each step's sentences stand.
		assertThat(path.select("section.references li")).isNotEmpty()
			.allSatisfy(reference -> assertThat(reference.selectFirst("q")).isNotNull());
		assertThat(path.select("section.references li cite a").eachAttr("href"))
			.containsOnly("/sources/chiles-mir-the-revolutionary-left-movement");
		for (String link : path.select(".path-step a").eachAttr("href")) {
			assertThat(browser.get(link).status()).as(link).isEqualTo(200);
		}
	}

	@Test
	void fromNineteenSixtyFiveToNineteenSeventyFourWalksTheDatedEventsInOrder() {
		List<String> events = jdbc.queryForList("select e.slug from entry e where e.kind = 'EVENT' and e.withdrawn is null "
				+ "and e.date_earliest between ? and ? order by e.date_earliest, coalesce(e.date_latest, ?), e.position",
				String.class, LocalDate.of(1965, 1, 1), LocalDate.of(1974, 12, 31), LocalDate.of(9999, 12, 31));
		assertThat(events).contains("founding-of-the-mir", "coup-of-11-september-1973", "death-of-miguel-enriquez");
		Document path = browser.get("/paths/from-1965-to-1974").document();
		List<Element> steps = path.select("li.path-step");
		assertThat(steps).extracting(step -> step.selectFirst("h2 a").attr("href"))
			.containsExactlyElementsOf(events.stream()
				.map(slug -> "/events/" + slug + "#statement-"
						+ jdbc.queryForObject("select s.statement_key from statement s join entry e on e.id = s.entry_id "
								+ "where e.slug = ? order by s.position fetch first 1 rows only", String.class, slug))
				.toList());
		for (Element step : steps) {
			assertThat(step.select(".path-step__statement sup.ref")).as("%s is cited", step.id()).isNotEmpty();
			String statement = step.selectFirst(".path-step__statement > span").text();
			String link = step.selectFirst("h2 a").attr("href");
			Document event = browser.get(link.substring(0, link.indexOf('#'))).document();
			assertThat(event.getElementById(link.substring(link.indexOf('#') + 1)).selectFirst("p > span").text())
				.isEqualTo(statement);
		}
	}

	@Test
	void inSpanishThePathIsTheArchivesSpanish() {
		Document path = browser.get("/paths/the-article-step-by-step?lang=es").document();
		assertThat(path.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(path.selectFirst("h1").text()).isEqualTo("El artículo, paso a paso");
		Element first = path.selectFirst("li.path-step");
		assertThat(first.selectFirst("h2").text()).startsWith("Paso 1 · ");
		assertThat(first.selectFirst("p > span").attr("lang")).isEqualTo("es");
		assertThat(first.selectFirst("p > span").text()).startsWith("El artículo comienza describiendo al MIR");
	}

	@Test
	void anUnknownPathIsNotFound() {
		assertThat(browser.get("/paths/nowhere").status()).isEqualTo(404);
	}

}
