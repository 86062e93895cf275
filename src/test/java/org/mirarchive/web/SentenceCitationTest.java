package org.mirarchive.web;

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
 * A teacher cites one sentence of an entry: each statement links to a page that shows it and
 * cites the entry's page at the sentence's own address, so that the citation names the sentence
 * and leads a reader to it.
 */
@ArchiveWebTest
class SentenceCitationTest {

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
	void eachStatementLinksToItsOwnCitationWhichNamesItsAddress() {
		Document entry = browser.get("/organizations/mir").document();
		for (Element statement : entry.select("div.statement")) {
			Element cite = statement.select("a.permalink").last();
			assertThat(cite.attr("href")).isEqualTo("/organizations/mir/cite/" + statement.id());
			assertThat(cite.selectFirst(".visually-hidden").text()).isEqualTo("Cite this statement on its own");
		}

		Element first = entry.selectFirst("div.statement");
		String text = first.selectFirst("p > span").text();
		Browser.Answer answer = browser.get("/organizations/mir/cite/" + first.id());
		assertThat(answer.status()).isEqualTo(200);
		Document page = answer.document();
		assertThat(page.selectFirst("h1").text()).isEqualTo("Cite one sentence");
		assertThat(page.selectFirst(".cited-sentence").text()).isEqualTo(text);
		assertThat(page.selectFirst(".kind a").attr("href")).isEqualTo("/organizations/mir");
		assertThat(page.select("a[href=/organizations/mir#" + first.id() + "]")).hasSize(1);
		String address = "/organizations/mir#" + first.id();
		assertThat(page.selectFirst(".citation--chicago-note").text()).contains(address).contains("Movimiento de Izquierda Revolucionaria");
		assertThat(page.selectFirst(".citation--chicago-bibliography").text()).contains(address);
		assertThat(page.selectFirst(".citation--mla").text()).contains(address);
		assertThat(page.selectFirst(".citation--apa").text()).contains(address);
		// The entry's own citation still cites the page as a whole.
		assertThat(entry.selectFirst(".citation--chicago-note").text()).doesNotContain("#");
	}

	@Test
	void anEditorialNoteIsCitedAtItsAddressToo() {
		String key = jdbc.queryForObject("select n.note_key from editorial_note n join statement s on s.id = n.statement_id "
				+ "join entry e on e.id = s.entry_id where e.slug = 'mir' order by n.id fetch first 1 rows only", String.class);
		Document page = browser.get("/organizations/mir/cite/note-" + key).document();
		String onTheEntry = browser.get("/organizations/mir").document().selectFirst("#note-" + key + " p:nth-of-type(2) > span").text();
		assertThat(page.selectFirst(".cited-sentence").text()).isEqualTo(onTheEntry);
		assertThat(page.selectFirst(".lead").text()).startsWith("One of the archive’s editorial notes");
		assertThat(page.selectFirst(".citation--chicago-note").text()).contains("/organizations/mir#note-" + key);
	}

	@Test
	void anAnchorThatIsNotOnTheEntrysPageIsNotFound() {
		String elsewhere = jdbc.queryForObject("select s.statement_key from statement s join entry e on e.id = s.entry_id "
				+ "where e.slug = 'miguel-enriquez' order by s.position fetch first 1 rows only", String.class);
		assertThat(browser.get("/people/miguel-enriquez/cite/statement-" + elsewhere).status()).isEqualTo(200);
		assertThat(browser.get("/organizations/mir/cite/statement-" + elsewhere).status()).isEqualTo(404);
		assertThat(browser.get("/organizations/mir/cite/statement-nothing-here").status()).isEqualTo(404);
		assertThat(browser.get("/people/nobody/cite/statement-nothing-here").status()).isEqualTo(404);
		assertThat(browser.get("/organizations/mir/cite/references").status()).isEqualTo(404);
	}

	@Test
	void inSpanishThePageAndItsCitationAreSpanish() {
		Element first = browser.get("/organizations/mir").document().selectFirst("div.statement");
		Document page = browser.get("/organizations/mir/cite/" + first.id() + "?lang=es").document();
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Citar una sola oración");
		assertThat(page.selectFirst(".citation--chicago-note").text()).contains("Archivo del MIR")
			.contains("/organizations/mir#" + first.id());
	}

	@Test
	void aRevisionPageOffersNoCitationOfItsSentences() {
		Document revision = browser.get("/organizations/mir/revisions/1").document();
		assertThat(revision.select("div.statement")).isNotEmpty();
		assertThat(revision.select("a[href*=/cite/]")).isEmpty();
	}

}
