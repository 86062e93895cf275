package org.mirarchive.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Works as entries (/works): documents the history concerns, such as the MIR's mission statement,
 * each with its page, cited like every entry and joined to who wrote it and whose it is; told apart
 * from the works the archive cites (/sources).
 */
@ArchiveWebTest
class WorksTest {

	private static final String ARTICLE_WORDS = "writer of its mission statement";

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	@Test
	void theIndexListsTheWorksAndSaysTheyAreNotTheSources() {
		Document works = browser.get("/works").document();
		assertThat(works.select("h1").text()).isEqualTo("Works");
		assertThat(works.select("header nav a[aria-current=page]").text()).isEqualTo("Works");
		assertThat(works.select(".lead").text()).contains("not the works the archive cites", "Sources");
		assertThat(works.select(".entry-list > li > a").eachAttr("href")).contains("/works/mir-mission-statement");
		assertThat(works.select(".entry-list > li > a").eachText()).contains("The MIR's mission statement");

		Document obras = browser.get("/works?lang=es").document();
		assertThat(obras.select("h1").text()).isEqualTo("Obras");
		assertThat(obras.select(".lead").text()).contains("no son las obras que cita el archivo", "Fuentes");
		assertThat(obras.select(".entry-list > li > a").eachText()).contains("La declaración de misión del MIR");
	}

	@Test
	void theMissionStatementsPageCitesTheArticleAndNamesItsWriterAndItsOrganization() {
		Document page = browser.get("/works/mir-mission-statement").document();
		assertThat(page.select("h1").text()).isEqualTo("The MIR's mission statement");
		assertThat(page.select(".kind").text()).isEqualTo("Work");
		assertThat(page.select(".statement").text()).contains("Marcello Ferrada-Noli");
		assertThat(page.select(".references q").eachText()).anyMatch(q -> q.contains(ARTICLE_WORDS));
		assertThat(page.select("aside.editorial-note--limitation").text())
			.contains("has not seen the mission statement", "Chile's MIR: The Revolutionary Left Movement");
		assertThat(group(page, "Written by")).anyMatch(line -> line.startsWith("Marcello Ferrada-Noli, writer"));
		assertThat(group(page, "Document of")).anyMatch(line -> line.startsWith("Movimiento de Izquierda Revolucionaria"));
		assertThat(page.select("script[type=application/ld+json]").html()).contains("\"@type\":\"CreativeWork\"",
				"\"author\"", "\"sourceOrganization\"");

		Document es = browser.get("/works/mir-mission-statement?lang=es").document();
		assertThat(es.select("h1").text()).isEqualTo("La declaración de misión del MIR");
		assertThat(es.select(".kind").text()).isEqualTo("Obra");
		assertThat(es.select(".statement").text()).contains("redactó su declaración de misión");
		assertThat(es.select(".references q").eachText()).anyMatch(q -> q.contains(ARTICLE_WORDS));
		assertThat(es.select("aside.editorial-note--limitation").text()).contains("no ha visto la declaración de misión");
		assertThat(group(es, "Autoría")).anyMatch(line -> line.startsWith("Marcello Ferrada-Noli, autor"));
		assertThat(group(es, "Documento de")).anyMatch(line -> line.startsWith("Movimiento de Izquierda Revolucionaria"));
	}

	@Test
	void theWriterAndTheOrganizationListTheWorkOnTheirPages() {
		assertThat(group(browser.get("/people/marcello-ferrada-noli").document(), "Wrote"))
			.anyMatch(line -> line.startsWith("The MIR's mission statement"));
		assertThat(group(browser.get("/organizations/mir").document(), "Documents"))
			.anyMatch(line -> line.startsWith("The MIR's mission statement"));
		assertThat(group(browser.get("/people/marcello-ferrada-noli?lang=es").document(), "Escribió"))
			.anyMatch(line -> line.startsWith("La declaración de misión del MIR"));
		assertThat(group(browser.get("/organizations/mir?lang=es").document(), "Documentos"))
			.anyMatch(line -> line.startsWith("La declaración de misión del MIR"));
		// Every Spanish page names the work as its headword does.
		assertThat(browser.get("/people/marcello-ferrada-noli?lang=es").document().text())
			.contains("declaración de misión").doesNotContain("declaración de principios");
	}

	@Test
	void aWorkIsFoundBySearchAndInTheDataButIsNotOnTheTimeline() {
		Document found = browser.get("/search?q=mission+statement&type=works").document();
		assertThat(found.select(".search-result__title a").eachAttr("href")).contains("/works/mir-mission-statement");
		assertThat(browser.get("/api/works", "application/json").body()).contains("mir-mission-statement");
		assertThat(browser.get("/api/works/mir-mission-statement", "application/json").body())
			.contains("\"type\":\"work\"", "AUTHOR_OF", "DOCUMENT_OF");
		assertThat(browser.get("/sitemap-pages.xml").body()).contains("/works</loc>");
		Document timeline = browser.get("/timeline").document();
		assertThat(timeline.select("a").eachAttr("href")).doesNotContain("/works/mir-mission-statement");
	}

	private static List<String> group(Document page, String heading) {
		Element group = page.select(".relation-group").stream()
			.filter(g -> g.select("h3").text().equals(heading))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no group " + heading + " on " + page.title()));
		return group.select("li").eachText();
	}

}
