package org.mirarchive.web;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim other works dispute carries its editorial note wherever a reader meets it: beside a
 * relation on the pages of both its ends, beside an entry's date line, and as a marker on the
 * timeline that leads to that note; in English and in Spanish, and in the API's records.
 */
@ArchiveWebTest
public class DisputedClaimsOnEveryPageTest {

	@LocalServerPort
	private int port;

	private Browser browser;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	/** The relation line on {@code page} that links to {@code other}. */
	private static Element relationLine(Document page, String other) {
		return page.select(".relation-group li")
			.stream()
			.filter(li -> li.selectFirst("a[href$='" + other + "']") != null)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no relation line to " + other));
	}

	@ParameterizedTest
	@CsvSource({ "'', 23 August 1973, Editorial note: other works differ",
			"?lang=es, 23 de agosto de 1973, Nota editorial: otras obras difieren" })
	void pratsAsHeadOfTheArmedForcesIsNotedOnBothEndsPages(String lang, String resigned, String label) {
		Element onHis = relationLine(browser.get("/people/carlos-prats" + lang).document(),
				"/organizations/chilean-armed-forces");
		Element onTheirs = relationLine(browser.get("/organizations/chilean-armed-forces" + lang).document(),
				"/people/carlos-prats");
		for (Element line : List.of(onHis, onTheirs)) {
			Element note = line.selectFirst("aside.editorial-note--disagreement");
			assertThat(note).as(line.text()).isNotNull();
			assertThat(note.text()).contains(label, resigned);
			assertThat(note.select("sup.ref")).isNotEmpty();
		}
	}

	@ParameterizedTest
	@CsvSource({ "/events/carlos-prats-steps-down, '', 23 August 1973",
			"/events/carlos-prats-steps-down, ?lang=es, 23 de agosto de 1973",
			"/events/imprisonment-of-marcello-ferrada-noli, '', Russell Tribunal",
			"/events/imprisonment-of-marcello-ferrada-noli, ?lang=es, Tribunal Russell",
			"/organizations/mir, '', 1986", "/organizations/mir, ?lang=es, 1986" })
	void aDisputedDateHasItsNoteBesideTheDateLine(String path, String lang, String says) {
		Document page = browser.get(path + lang).document();
		Element dateNotes = page.getElementById("date-note");
		assertThat(dateNotes).isNotNull();
		assertThat(dateNotes.previousElementSibling().hasClass("entry-date")).isTrue();
		assertThat(dateNotes.select("aside.editorial-note--disagreement").text()).contains(says);
	}

	@Test
	void anUndisputedDateHasNoNoteBesideIt() {
		assertThat(browser.get("/events/coup-of-11-september-1973").document().getElementById("date-note")).isNull();
	}

	/**
	 * A claim that shares its passage with a disputed one but that no work disputes has no note:
	 * Allende began the nationalization of copper (confirmed by Ley 17.450), while his reforms of
	 * education are disputed. On both ends' pages, in both languages.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "", "?lang=es" })
	void aConfirmedClaimBesideADisputedOneHasNoNoteThatOtherWorksDiffer(String lang) {
		Document allende = browser.get("/people/salvador-allende" + lang).document();
		Document copper = browser.get("/events/nationalization-of-copper-mining" + lang).document();
		assertThat(relationLine(allende, "/events/nationalization-of-copper-mining").select("aside.editorial-note--disagreement"))
			.isEmpty();
		assertThat(relationLine(copper, "/people/salvador-allende").select("aside.editorial-note--disagreement")).isEmpty();
		assertThat(relationLine(allende, "/events/takeover-of-education").select("aside.editorial-note--disagreement"))
			.isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/organizations/mir", "/people/carlos-prats", "/organizations/chilean-armed-forces",
			"/events/founding-of-the-jcr", "/places/buenos-aires", "/events/carlos-prats-steps-down" })
	void footnotesAreNumberedInReadingOrderAndEachLeadsToItsReference(String path) {
		Document page = browser.get(path).document();
		List<Integer> firstSeen = new ArrayList<>();
		for (Element marker : page.select("sup.ref a")) {
			String anchor = marker.attr("href").substring(1);
			assertThat(page.getElementById(anchor)).as(anchor).isNotNull();
			int number = Integer.parseInt(anchor.replaceAll("\\D", ""));
			if (!firstSeen.contains(number)) {
				firstSeen.add(number);
			}
		}
		assertThat(firstSeen).isNotEmpty();
		for (int i = 0; i < firstSeen.size(); i++) {
			assertThat(firstSeen.get(i)).as("the %s-th reference first cited", i + 1).isEqualTo(i + 1);
		}
		assertThat(page.select(".references li")).hasSize(firstSeen.size());
	}

	@ParameterizedTest
	@CsvSource({ "'', Editorial note", "?lang=es, Nota editorial" })
	void theTimelineMarksADisputedDateAndLeadsToItsNote(String lang, String marker) {
		Document timeline = browser.get("/timeline" + lang).document();
		Element stepsDown = timeline.select(".timeline > li")
			.stream()
			.filter(li -> li.selectFirst("a[href$='/events/carlos-prats-steps-down']") != null)
			.findFirst()
			.orElseThrow();
		Element link = stepsDown.selectFirst(".timeline__date a.timeline__note");
		assertThat(link).isNotNull();
		assertThat(link.text()).isEqualTo(marker);
		assertThat(link.attr("href")).endsWith("/events/carlos-prats-steps-down#date-note");
		Element coup = timeline.select(".timeline > li")
			.stream()
			.filter(li -> li.selectFirst("a[href$='/events/coup-of-11-september-1973']") != null)
			.findFirst()
			.orElseThrow();
		assertThat(coup.select("a.timeline__note")).isEmpty();
		String path = link.attr("href").replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", "");
		assertThat(browser.get(path + lang).document().getElementById("date-note")).isNotNull();
	}

	@Test
	void theApiRecordsCarryTheNotesWithTheirRelationAndDate() {
		JsonNode prats = json.readTree(browser.get("/api/people/carlos-prats", "application/json").body());
		JsonNode heads = null;
		for (JsonNode relation : prats.get("relations")) {
			if (relation.get("object").get("slug").asString().equals("chilean-armed-forces")) {
				heads = relation;
			}
		}
		assertThat(heads).isNotNull();
		JsonNode note = heads.get("notes").get(0);
		assertThat(note.get("kind").asString()).isEqualTo("DISAGREEMENT");
		assertThat(note.get("text").asString()).contains("23 August 1973");
		assertThat(note.get("translations").get("es").get("text").asString()).contains("23 de agosto de 1973");
		assertThat(note.get("citations").get(0).get("source").get("title").asString()).contains("Carlos Prats");

		JsonNode event = json.readTree(browser.get("/api/events/carlos-prats-steps-down", "application/json").body());
		assertThat(event.get("date").get("notes").get(0).get("text").asString()).contains("23 August 1973");
		// Unchanged for a date or relation without notes: no "notes" field at all.
		JsonNode coup = json.readTree(browser.get("/api/events/coup-of-11-september-1973", "application/json").body());
		assertThat(coup.get("date").has("notes")).isFalse();
	}

}
