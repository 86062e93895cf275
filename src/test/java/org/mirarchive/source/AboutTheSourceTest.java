package org.mirarchive.source;

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
 * The page for students about the seed article: its record, what it leaves out, every editorial
 * note of the archive's by kind (each with its entry and the works it rests on), how to check a
 * claim; in English and Spanish, and linked from every entry's References.
 */
@ArchiveWebTest
class AboutTheSourceTest {

	@LocalServerPort
	private int port;

	private Browser browser;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	@Test
	void everyDisagreementOfOtherWorksIsListedWithItsEntryAndItsWorks() {
		Document page = browser.get("/about-the-source").document();
		assertThat(page.select("h1").text()).isEqualTo("About the source");
		assertThat(page.select("dl.record").text()).contains("Chile's MIR: The Revolutionary Left Movement",
				"Christopher Minster");

		for (String kind : List.of("DISAGREEMENT", "PRECISION", "LIMITATION")) {
			// Each note once, however many entries' pages carry it.
			List<String> expected = jdbc.queryForList("select distinct n.text from editorial_note n join entry e "
					+ "on e.id = n.entry_id where n.statement_id is not null and e.withdrawn is null and n.kind = ?",
					String.class, kind);
			Element section = page.selectFirst("section[aria-labelledby=notes-" + kind + "]");
			if (expected.isEmpty()) {
				assertThat(section).as(kind).isNull();
				continue;
			}
			List<Element> lines = section.select("ul.about-notes > li");
			assertThat(lines).as(kind).hasSize(expected.size());
			assertThat(lines).allSatisfy(line -> {
				assertThat(line.select("> a").eachAttr("href")).isNotEmpty()
					.allMatch(href -> href.matches("/(people|organizations|events|places|works)/[a-z0-9-]+"));
				assertThat(line.select(".about-notes__works a").eachAttr("href")).isNotEmpty()
					.allMatch(href -> href.startsWith("/sources/"));
			});
			assertThat(lines).extracting(Element::text)
				.allSatisfy(text -> assertThat(expected).anyMatch(note -> text.contains(note)));
		}
		// The founding congress's disagreement stands on the MIR's page and on its founding's: listed once, with both.
		assertThat(page.select("section[aria-labelledby=notes-DISAGREEMENT] li")
			.stream()
			.filter(line -> line.select("> a[href=/events/founding-of-the-mir]").size() == 1)
			.findFirst()
			.orElseThrow()
			.select("> a")
			.eachAttr("href")).contains("/organizations/mir", "/events/founding-of-the-mir");
		// It quotes nothing: the article is quoted beside the claims it supports, never whole.
		assertThat(page.select("main q, main blockquote")).isEmpty();
	}

	@Test
	void inSpanishTheNotesAreTheArchivesSpanishAndEveryEntrysReferencesLinkToIt() {
		Document page = browser.get("/about-the-source?lang=es").document();
		assertThat(page.select("h1").text()).isEqualTo("Sobre la fuente");
		String spanish = jdbc.queryForObject("select t.text from editorial_note n join editorial_note_translation t "
				+ "on t.note_id = n.id join entry e on e.id = n.entry_id where n.statement_id is not null and "
				+ "n.kind = 'DISAGREEMENT' and t.language = 'es' and e.withdrawn is null order by e.position, n.position "
				+ "fetch first 1 rows only", String.class);
		assertThat(page.select("section[aria-labelledby=notes-DISAGREEMENT] li [lang=es]").eachText()).contains(spanish);

		for (String entry : List.of("/people/miguel-enriquez", "/events/coup-of-11-september-1973", "/places/santiago")) {
			assertThat(browser.get(entry).document().select("section.references a[href=/about-the-source]")).as(entry)
				.hasSize(1);
		}
	}

}
