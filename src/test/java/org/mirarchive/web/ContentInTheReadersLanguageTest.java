package org.mirarchive.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mirarchive.Browser;
import org.mirarchive.Curator;
import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.entry.EntryKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive's texts follow the reader's language: under Spanish, a text the archive has
 * translated is shown in Spanish, marked {@code lang="es"}, and one it has not is shown in English,
 * marked {@code lang="en"}; the page says once that its translations are the archive's. Quotations
 * stay verbatim, with the archive's rendering beside them. Translations are written here by the
 * {@link Curator}, with words no other test uses; English readers see nothing change.
 */
@EditedArchiveWebTest
class ContentInTheReadersLanguageTest {

	private static final String MIR = "/organizations/mir";

	@LocalServerPort
	private int port;

	@Autowired
	private Curator curator;

	@Autowired
	private JsonMapper json;

	@Test
	void aTranslatedStatementIsShownInSpanishAndAnUntranslatedOneInEnglish() {
		curator.translateEntry(EntryKind.ORGANIZATION, "mir", "es", null, "Resumen de prueba del MIR en castellano.");
		curator.translateStatement(EntryKind.ORGANIZATION, "mir", 2, "es", "Afirmación de prueba sobre la fundación.");
		curator.translateNote(EntryKind.ORGANIZATION, "mir", 2, "es", "Nota de prueba de la redacción.");
		String quoted = curator.translateQuotation(EntryKind.ORGANIZATION, "mir", 2, "es", "Cita de prueba vertida al castellano.");
		// The seed translates every statement: the first one's Spanish is withdrawn, as a curator may.
		curator.withdrawStatementTranslation(EntryKind.ORGANIZATION, "mir", 1, "es");
		Browser browser = new Browser(port);

		Element entry = browser.get(MIR + "?lang=es").document().selectFirst("article.entry");
		assertThat(entry.select(".entry-header .summary").text()).isEqualTo("Resumen de prueba del MIR en castellano.");
		assertThat(entry.select(".entry-header .summary").attr("lang")).isEqualTo("es");
		Element translated = entry.select(".statement > p > span").get(1);
		assertThat(translated.text()).isEqualTo("Afirmación de prueba sobre la fundación.");
		assertThat(translated.attr("lang")).isEqualTo("es");
		// The first statement has no Spanish now: it stays in English, and says so.
		Element untranslated = entry.select(".statement > p > span").get(0);
		assertThat(untranslated.attr("lang")).isEqualTo("en");
		assertThat(untranslated.text()).doesNotContain("prueba");
		assertThat(entry.select(".editorial-note span[lang=es]").eachText()).contains("Nota de prueba de la redacción.");
		assertThat(entry.select(".content-language").text())
			.isEqualTo("Traducción de la redacción del archivo; parte de esta entrada aún está solo en inglés.");

		// The passage stays verbatim in its language; the rendering is beside it, outside the q.
		Element q = entry.select(".references q").stream().filter(e -> e.text().equals(quoted)).findFirst().orElseThrow();
		assertThat(q.attr("lang")).isEqualTo("en");
		assertThat(q.select(".rendering")).isEmpty();
		Element rendering = q.parent().selectFirst(".rendering");
		assertThat(rendering.attr("lang")).isEqualTo("es");
		assertThat(rendering.text()).isEqualTo("(traducción del archivo: Cita de prueba vertida al castellano.)");

		// English readers get the English the archive wrote, and no note about language.
		Element english = browser.get(MIR).document().selectFirst("article.entry");
		assertThat(english.text()).doesNotContain("prueba");
		assertThat(english.select(".content-language")).isEmpty();
		assertThat(english.select(".rendering")).isEmpty();

		// Lists show the translated summary too.
		Document list = browser.get("/organizations?lang=es").document();
		assertThat(list.select(".summary[lang=es]").eachText()).contains("Resumen de prueba del MIR en castellano.");
	}

	@Test
	void theApiGivesEveryTranslationBesideTheEnglish() {
		curator.translateStatement(EntryKind.ORGANIZATION, "jcr", 1, "es", "Otra afirmación de prueba para la API.");
		JsonNode record = json.readTree(new Browser(port).get("/api/organizations/jcr", "application/json").body());
		JsonNode statement = record.get("statements").get(0);
		assertThat(statement.get("text").asString()).doesNotContain("prueba");
		assertThat(statement.get("translations").get("es").get("text").asString())
			.isEqualTo("Otra afirmación de prueba para la API.");
	}

	@Test
	void aSpanishHeadwordAndRoleFollowTheReaderToEveryPageThatNamesTheEntry() {
		curator.translateEntry(EntryKind.EVENT, "coup-of-11-september-1973", "es", "Golpe de prueba de 1973",
				"Resumen de prueba del golpe.");
		curator.translateRole(EntryKind.PERSON, "miguel-enriquez", "mir", "es", "Secretario general de prueba");
		Browser browser = new Browser(port);

		Document coup = browser.get("/events/coup-of-11-september-1973?lang=es").document();
		assertThat(coup.select("h1").text()).isEqualTo("Golpe de prueba de 1973");
		assertThat(coup.select("h1").attr("lang")).isEqualTo("es");
		assertThat(coup.title()).startsWith("Golpe de prueba de 1973");
		assertThat(browser.get("/events?lang=es").document().select("a[lang=es]").eachText())
			.contains("Golpe de prueba de 1973");
		assertThat(browser.get("/events").document().text()).doesNotContain("Golpe de prueba");

		Document mir = browser.get(MIR + "?lang=es").document();
		assertThat(mir.select(".relation-group .role[lang=es]").eachText()).contains("Secretario general de prueba");
		assertThat(browser.get(MIR).document().select(".relation-group .role").eachText()).contains("General Secretary");
	}

}
