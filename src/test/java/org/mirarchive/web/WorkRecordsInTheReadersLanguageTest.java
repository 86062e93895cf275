package org.mirarchive.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A work's record as a reader meets it on the work's page: under Spanish, the record's labels, the
 * archive's own words in it (a corporate author, a site named in words, the work's language, what
 * is not known, when the work was read) and the free locators of what the archive cites it for are
 * Spanish; titles, names and addresses stay as published. Under English the record reads as before,
 * with the new fields in English.
 */
@ArchiveWebTest
class WorkRecordsInTheReadersLanguageTest {

	/** English words the archive wrote into records and locators before they were fields and rows. */
	private static final List<String> ENGLISH = List.of("contributors", "English", "Spanish", "German", "Accessed",
			"before", "not recorded", "Not shown", "Not found", "Not applicable", "chapter on");

	private static final String SIMPLE_ENGLISH_WIKIPEDIA = "Simple English Wikipedia";

	@LocalServerPort
	private int port;

	@Autowired
	private JsonMapper json;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "wikipedia-carlos-prats", "dinges-the-condor-years", "rettig-report",
			"wikipedia-simple-buenos-aires", "ley-10383", "memoria-viva-bautista-van-schouwen",
			"photograph-van-schouwen-ferrada-noli-enriquez" })
	void aSpanishRecordShowsNoEnglishWordsOfTheArchive(String slug) {
		Document page = browser.get("/sources/" + slug + "?lang=es").document();
		// A site's name is shown as published, like a title: not the archive's words (V26).
		String record = page.select("dl.record dt, dl.record dd:not(:has(cite)):not(:has(a))").text()
			.replace(SIMPLE_ENGLISH_WIKIPEDIA, "")
			+ " " + page.select(".claims .locator").text();
		assertThat(ENGLISH).allSatisfy(word -> assertThat(record).doesNotContainIgnoringCase(word));
	}

	@Test
	void aWikipediaPageSaysItsEditionLanguageAndWhatIsNotKnownInTheReadersLanguage() {
		assertThat(fields("/sources/wikipedia-carlos-prats?lang=es")).containsSequence("Autoría",
				"Colaboradores de Wikipedia", "Publicado en", "Wikipedia", "Editorial", "Wikimedia Foundation", "Fecha",
				"No aparece en la copia leída", "Consultado", "Día no registrado; antes del 25 de noviembre de 2026",
				"Idioma", "inglés");
		assertThat(fields("/sources/wikipedia-carlos-prats")).containsSequence("Author", "Wikipedia contributors",
				"Published in", "Wikipedia", "Publisher", "Wikimedia Foundation", "Date", "Not shown on the copy read",
				"Accessed", "Day not recorded; before 25 November 2026", "Language", "English");
	}

	@Test
	void aBookGivesPlaceAndIsbnAndAReportSaysWhatWasNotFound() {
		assertThat(fields("/sources/dinges-the-condor-years?lang=es")).containsSequence("Lugar de publicación",
				"Nueva York", "Fecha", "2004", "ISBN", "1-56584-764-4", "Idioma", "inglés");
		assertThat(fields("/sources/dinges-the-condor-years")).containsSequence("Place of publication", "New York");
		assertThat(fields("/sources/rettig-report?lang=es")).containsSequence("Editorial", "No encontrado",
				"Lugar de publicación", "Santiago de Chile", "Fecha", "1991", "ISBN", "No encontrado", "Idioma", "español");
	}

	@Test
	void theCitationOfTheWorkUsesTheRecordsFieldsInTheReadersLanguage() {
		assertThat(browser.get("/sources/wikipedia-carlos-prats?lang=es").document().select(".ready-citation").text())
			.contains("Colaboradores de Wikipedia", "antes del 25 de noviembre de 2026")
			.doesNotContain("contributors", "(English)");
		assertThat(browser.get("/sources/wikipedia-carlos-prats").document().select(".ready-citation").text())
			.contains("Wikipedia contributors", "Accessed before 25 November 2026");
		assertThat(browser.get("/sources/rettig-report").document().select(".ready-citation").text())
			.contains("Santiago de Chile, 1991");
	}

	@Test
	void aSitesNameStaysAsPublishedAndItsCitationAsWritten() {
		Document page = browser.get("/sources/wikipedia-simple-buenos-aires?lang=es").document();
		assertThat(page.select("dl.record dd").eachText()).contains(SIMPLE_ENGLISH_WIKIPEDIA);
		assertThat(page.select(".ready-citation").text()).contains(SIMPLE_ENGLISH_WIKIPEDIA)
			.doesNotContain("En Inglés");
	}

	@Test
	void theFreeLocatorOfTheCondorYearsReadsInTheReadersLanguage() {
		assertThat(browser.get("/sources/dinges-the-condor-years?lang=es").document().select(".claims .locator").eachText())
			.isNotEmpty()
			.allSatisfy(locator -> assertThat(locator).isEqualTo("(capítulo sobre la JCR)"));
		assertThat(browser.get("/events/alliance-talks?lang=es").body()).contains("capítulo sobre la JCR")
			.doesNotContain("chapter on the JCR");
		assertThat(browser.get("/events/alliance-talks").body()).contains("chapter on the JCR");
	}

	/** Programs read the record's fields, what it does not know, and the locators' translations. */
	@Test
	void theApiGivesTheFieldsWhatIsNotKnownAndTheTranslations() throws Exception {
		JsonNode rettig = json.readTree(browser.get("/api/sources/rettig-report", "application/json").body());
		assertThat(rettig.get("place").asString()).isEqualTo("Santiago de Chile");
		assertThat(rettig.get("unknown").get("PUBLISHER").asString()).isEqualTo("NOT_FOUND");
		assertThat(rettig.get("unknown").get("ISBN").asString()).isEqualTo("NOT_FOUND");
		JsonNode prats = json.readTree(browser.get("/api/sources/wikipedia-carlos-prats", "application/json").body());
		assertThat(prats.get("language").asString()).isEqualTo("en");
		assertThat(prats.get("accessedBefore").asString()).isEqualTo("2026-11-25");
		assertThat(prats.get("translations").get("es").get("author").asString()).isEqualTo("Colaboradores de Wikipedia");
		JsonNode talks = json.readTree(browser.get("/api/events/alliance-talks", "application/json").body());
		assertThat(talks.findValues("translations").stream().filter(t -> t.has("es") && t.get("es").has("locator")))
			.isNotEmpty()
			.allSatisfy(t -> assertThat(t.get("es").get("locator").asString()).isEqualTo("capítulo sobre la JCR"));
	}

	/** The record's labels and values in order, as a reader reads them down the page. */
	private List<String> fields(String path) {
		return browser.get(path).document().select("dl.record > dt, dl.record > dd").stream().map(Element::text).toList();
	}

}
