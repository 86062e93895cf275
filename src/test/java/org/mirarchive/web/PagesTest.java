package org.mirarchive.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of page, fetched over HTTP and read as a reader (and a screen reader) would. */
@ArchiveWebTest
public class PagesTest {

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/people", "/organizations", "/events", "/places", "/works", "/timeline", "/sources",
			"/people/miguel-enriquez", "/organizations/mir", "/events/coup-of-11-september-1973", "/places/santiago",
			"/works/mir-mission-statement", "/sources/chiles-mir-the-revolutionary-left-movement",
			"/sources/wikipedia-carlos-prats" })
	void everyPageHasOneHeadingLandmarksAndALanguage(String path) {
		Browser.Answer page = browser.get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		Document doc = page.document();
		assertThat(doc.select("h1")).hasSize(1);
		assertThat(doc.select("html").attr("lang")).isEqualTo("en");
		assertThat(doc.select("body > header")).hasSize(1);
		assertThat(doc.select("header nav")).hasSize(1);
		assertThat(doc.select("main#main")).hasSize(1);
		assertThat(doc.select("body > footer")).hasSize(1);
		assertThat(doc.select("a.skip-link[href=#main]")).hasSize(1);
		assertThat(doc.title()).endsWith("The MIR Archive");
	}

	/**
	 * A screen reader names a section by the element its {@code aria-labelledby} points to, and
	 * a link to {@code #id} jumps to the first element with that id: with an id given twice, the
	 * second section takes the first one's name (a source page's "Cite this page of the archive"
	 * was read as "Cite this work").
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/", "/people", "/timeline", "/timeline?person=salvador-allende&from=1970&to=1974",
			"/sources", "/search?q=Pinochet", "/people/miguel-enriquez", "/organizations/mir",
			"/events/coup-of-11-september-1973", "/places/santiago", "/works", "/works/mir-mission-statement",
			"/sources/chiles-mir-the-revolutionary-left-movement", "/sources/wikipedia-carlos-prats", "/people/nobody" })
	void everyIdIsUniqueAndEverySectionIsNamedByItsOwnHeading(String path) {
		Document doc = browser.get(path).document();
		assertThat(doc.select("[id]").eachAttr("id")).as(path).doesNotHaveDuplicates();
		for (Element section : doc.select("[aria-labelledby]")) {
			Element label = doc.getElementById(section.attr("aria-labelledby"));
			assertThat(label).as(path + ": the label of " + section.cssSelector()).isNotNull();
			assertThat(label.parents()).as(path + ": " + label.text() + " names a section it is in").contains(section);
		}
	}

	@Test
	void homeSaysWhatTheArchiveIsAndCountsWhatItHolds() {
		Document doc = browser.get("/").document();
		assertThat(doc.select("h1").text()).contains("MIR");
		assertThat(doc.select(".counts").text()).contains("10 people", "12 organizations", "24 events", "16 places",
				"one work", "39 cited works");
		assertThat(doc.text()).contains("Chile's MIR: The Revolutionary Left Movement", "Christopher Minster");
		assertThat(doc.select("main a").eachAttr("href")).contains("/people", "/organizations", "/events", "/places",
				"/works", "/timeline", "/sources", "/sources/chiles-mir-the-revolutionary-left-movement");
	}

	@Test
	void peopleAreListedBySurname() {
		List<String> names = browser.get("/people").document().select(".entry-list > li > a").eachText();
		assertThat(names).startsWith("Salvador Allende", "Manuel Contreras", "Miguel Enríquez", "Marcello Ferrada-Noli",
				"Che Guevara", "Andrés Pascal Allende", "Augusto Pinochet", "Carlos Prats", "Mario Santucho",
				"Bautista Van Schouwen");
	}

	@Test
	void eventsAreListedInDateOrderWithUndatedOnesLast() {
		List<String> names = browser.get("/events").document().select(".entry-list > li > a").eachText();
		// Both begin in 1970: the election, which ends first, comes before the reforms.
		assertThat(names.subList(0, 6)).containsExactly("Founding of the MIR", "Che Guevara's fighting in Bolivia",
				"Election of Salvador Allende", "Reforms of the Allende government", "Nationalization of copper mining",
				"Talks on a revolutionary alliance");
		assertThat(names.indexOf("Carlos Prats steps down")).isLessThan(names.indexOf("Coup of 11 September 1973"));
		assertThat(names.indexOf("Death of Miguel Enríquez")).isGreaterThan(names.indexOf("Coup of 11 September 1973"));
		assertThat(names.get(names.size() - 1)).isEqualTo("Political kidnappings by the ERP");
	}

	@Test
	void anEntryPageShowsNamesDatesStatementsAndReferences() {
		Document doc = browser.get("/people/miguel-enriquez").document();
		assertThat(doc.select("h1").text()).isEqualTo("Miguel Enríquez");
		assertThat(doc.select(".entry-date time").eachAttr("datetime")).containsExactly("1944", "1974");
		assertThat(doc.select(".entry-date").text()).startsWith("1944–1974");
		assertThat(doc.select(".names").text()).contains("Miguel Enriquez", "form used in the source");
		assertThat(doc.select(".statement")).hasSizeGreaterThanOrEqualTo(5);
		// The statement, its footnotes, then its own link (StatementAnchorsTest).
		Element first = doc.select(".statement p").first().clone();
		assertThat(first.children().last().hasClass("permalink")).isTrue();
		first.select(".permalink").remove();
		assertThat(first.text()).contains("doctor").containsPattern("\\[\\d+\\]$");
		Elements references = doc.select(".references li");
		assertThat(references).isNotEmpty();
		assertThat(references.select("q").eachText()).anyMatch(q -> q.contains("Miguel Enríquez (1944-1974)"));
		assertThat(references.select("cite a").eachAttr("href")).allMatch(href -> href.startsWith("/sources/"));
		assertThat(references.text()).contains("section “Beginnings of the MIR”, paragraph 1");
	}

	@Test
	void everyFootnoteMarkerLeadsToAReferenceWithTheSource() {
		Document doc = browser.get("/organizations/mir").document();
		List<String> targets = doc.select("sup.ref a").eachAttr("href");
		assertThat(targets).isNotEmpty().allSatisfy(target -> {
			Element reference = doc.getElementById(target.substring(1));
			assertThat(reference).as(target).isNotNull();
			assertThat(reference.select("cite a")).isNotEmpty();
		});
		// The same passage cited twice keeps its number, as named references do on Wikipedia.
		assertThat(doc.select(".references li")).hasSizeLessThan(targets.size());
	}

	@Test
	void relationsReadFromBothEnds() {
		Document mir = browser.get("/organizations/mir").document();
		assertThat(group(mir, "Founders")).contains("Marcello Ferrada-Noli");
		assertThat(group(mir, "Leaders")).contains("Miguel Enríquez, General Secretary, 1967–1974",
				"Andrés Pascal Allende, young leader");
		assertThat(group(mir, "Member of")).contains("Junta Coordinadora Revolucionaria");
		Document enriquez = browser.get("/people/miguel-enriquez").document();
		assertThat(group(enriquez, "Leader of")).contains("Movimiento de Izquierda Revolucionaria, General Secretary, 1967–1974");
		assertThat(enriquez.select("a[href=/organizations/mir]")).isNotEmpty();
		Document nephew = browser.get("/people/andres-pascal-allende").document();
		assertThat(group(nephew, "Relatives")).contains("Salvador Allende, uncle");
		Document uncle = browser.get("/people/salvador-allende").document();
		assertThat(group(uncle, "Relatives")).contains("Andrés Pascal Allende, nephew");
	}

	@Test
	void theEventsAnEntryTookPartInAreInDateOrder() {
		List<String> events = group(browser.get("/people/salvador-allende").document(), "Events taken part in");
		// Undated ones last, in the order the article names them.
		assertThat(events).extracting(line -> line.replaceFirst("^[^:]*\\d: ", "").replaceFirst(",.*$", ""))
			.containsExactly("Election of Salvador Allende", "Reforms of the Allende government",
					"Nationalization of copper mining", "Coup of 11 September 1973", "Death of Salvador Allende",
					"Takeover of education", "Takeover of health care", "Land reform");
	}

	@Test
	void editorialNotesStandBesideTheArticlesClaimAndCiteOtherWorks() {
		Document doc = browser.get("/people/carlos-prats").document();
		Element claim = doc.select(".statement").stream()
			.filter(s -> s.text().contains("According to the article, he stepped down in early September 1973"))
			.findFirst()
			.orElseThrow();
		Element note = claim.selectFirst("aside.editorial-note");
		assertThat(note).isNotNull();
		assertThat(note.text()).contains("Editorial note: other works differ", "23 August 1973", "commanded the Army");
		String target = note.selectFirst("sup.ref a").attr("href");
		Element reference = doc.getElementById(target.substring(1));
		assertThat(reference.text()).contains("Carlos Prats", "Wikipedia");
		assertThat(reference.select("q")).isEmpty();
	}

	@Test
	void anEventShowsWhoTookPartAndWhere() {
		Document doc = browser.get("/events/coup-of-11-september-1973").document();
		assertThat(doc.select(".entry-date time").attr("datetime")).isEqualTo("1973-09-11");
		assertThat(doc.select(".entry-date").text()).startsWith("11 September 1973");
		assertThat(group(doc, "Who took part")).contains("Augusto Pinochet, led the coup",
				"Salvador Allende, President overthrown");
		assertThat(group(doc, "Where it happened")).contains("Santiago", "La Moneda");
	}

	@Test
	void aPlaceListsTheEventsThatHappenedThere() {
		Document doc = browser.get("/places/santiago").document();
		assertThat(group(doc, "Events here")).anyMatch(line -> line.contains("Coup of 11 September 1973"));
		assertThat(group(doc, "Organizations based here")).anyMatch(line -> line.contains("Movimiento de Izquierda Revolucionaria"));
	}

	@Test
	void aPlaceListsWhatHappenedWithinIt() {
		// The coup happened at Santiago and at La Moneda; Santiago is within Chile, La Moneda within Santiago.
		Document chile = browser.get("/places/chile").document();
		assertThat(group(chile, "Places within")).anyMatch(line -> line.startsWith("Santiago"));
		assertThat(group(chile, "Events within this place"))
			.anyMatch(line -> line.contains("Coup of 11 September 1973, Santiago"))
			.anyMatch(line -> line.contains("Mass arrests after the coup, Santiago"))
			.noneMatch(line -> line.contains("Election of Salvador Allende"));
		// Each line cites where the event happened and each step up to this place.
		Element coup = chile.select(".relation-group li").stream()
			.filter(li -> li.text().contains("Coup of 11 September 1973"))
			.findFirst()
			.orElseThrow();
		assertThat(coup.select("sup.ref").size()).isGreaterThanOrEqualTo(2);
		// An event is listed once: the coup, at Santiago itself, is under "Events here" on Santiago's
		// page, not again under La Moneda, within it; Allende's death, at La Moneda only, is within.
		Document santiago = browser.get("/places/santiago").document();
		assertThat(group(santiago, "Within")).containsExactly("Chile");
		assertThat(group(santiago, "Places within")).contains("National Stadium", "La Moneda");
		assertThat(group(santiago, "Events within this place")).anyMatch(line -> line.contains("Death of Salvador Allende, La Moneda"))
			.noneMatch(line -> line.contains("Coup of 11 September 1973"));
		Document stadium = browser.get("/places/national-stadium").document();
		assertThat(group(stadium, "Within")).containsExactly("Santiago");
		assertThat(stadium.select(".relation-group h3").eachText()).doesNotContain("Events within this place");
	}

	/** A translated name says which language it is in, in the reader's words. */
	@Test
	void aTranslatedNameSaysIntoWhichLanguage() {
		assertThat(browser.get("/events/coup-of-11-september-1973").document().select(".name-kind")
			.eachText()).contains("(translation into Spanish)");
		assertThat(browser.get("/organizations/mir").document().select(".name-kind").eachText())
			.contains("(translation into English)");
		assertThat(browser.get("/events/coup-of-11-september-1973?lang=es").document().select(".name-kind").eachText())
			.contains("(traducción al español)").doesNotContain("(traducción al inglés)");
	}

	@Test
	void aPlaceListsWhatHappenedWithinItInSpanishToo() {
		Document chile = browser.get("/places/chile?lang=es").document();
		assertThat(group(chile, "Acontecimientos ocurridos dentro de este lugar"))
			.anyMatch(line -> line.contains("Golpe de Estado del 11 de septiembre de 1973"));
		assertThat(group(chile, "Lugares que comprende")).anyMatch(line -> line.startsWith("Santiago"));
	}

	@Test
	void anEntryWhoseKindWasCorrectedKeepsItsOldAddress() {
		Browser.Answer old = browser.get("/organizations/united-states");
		assertThat(old.status()).isEqualTo(301);
		assertThat(old.headers().get("location")).singleElement().asString().endsWith("/places/united-states");
		assertThat(browser.get("/places/united-states").document().select(".kind").text()).isEqualTo("Place");
		assertThat(browser.get("/people/no-such-entry").status()).isEqualTo(404);
		assertThat(browser.get("/people/chile").status()).isEqualTo(301);
	}

	@Test
	void aHeadwordReadersLookForKeepsTheArticlesForm() {
		Document che = browser.get("/people/che-guevara").document();
		assertThat(che.select("h1").text()).isEqualTo("Che Guevara");
		assertThat(che.select(".name").eachText()).contains("Ché Guevara");
		assertThat(che.text()).contains("Robert W. Jones Jr.");
		Document moneda = browser.get("/places/presidential-palace").document();
		assertThat(moneda.select("h1").text()).isEqualTo("La Moneda");
		assertThat(moneda.select(".name").eachText()).contains("presidential palace", "Palacio de La Moneda");
	}

	@Test
	void theTimelineListsDatedEventsInOrderWithDatesInWords() {
		Document doc = browser.get("/timeline").document();
		List<String> dates = doc.select(".timeline .timeline__when").eachText();
		assertThat(dates).startsWith("1965", "3 November 1966 – 9 October 1967", "1970", "1970 – 11 September 1973",
				"11 July 1971", "from October 1972 (end not given in the works cited)");
		assertThat(dates).contains("September 1973", "11 September 1973", "1973–1975", "1974");
		assertThat(doc.select(".timeline time").eachAttr("datetime")).contains("1973-09-11", "1973-09");
		assertThat(doc.select("#undated-heading")).hasSize(1);
		assertThat(doc.select(".timeline__event a, .entry-list a").eachAttr("href")).hasSize(24)
			.allMatch(href -> href.startsWith("/events/"));
	}

	@Test
	void aSourcePageGivesTheRecordACitationAndWhatCitesItInArticleOrder() {
		Document doc = browser.get("/sources/chiles-mir-the-revolutionary-left-movement").document();
		assertThat(doc.select(".record").text()).contains("Christopher Minster", "About.com", "2014",
				"Urban Guerrillas Declare War on the Pinochet Dictatorship", "ThoughtCo", "All rights reserved");
		assertThat(doc.select(".ready-citation").text()).contains("Minster, Christopher", "Chile’s MIR", "2014");
		List<String> groups = doc.select(".claims h3").eachText();
		assertThat(groups.get(0)).isEqualTo("Movimiento de Izquierda Revolucionaria");
		assertThat(groups).contains("Miguel Enríquez", "Founding of the JCR");
		assertThat(doc.select(".claims li").first().text()).contains("paragraph");
		// Listed by locator, never by quotation: in article order, quotations would rebuild the article.
		assertThat(doc.select("q, blockquote")).isEmpty();
	}

	@Test
	void theRealArchiveCarriesNoSyntheticMarkAndItsShortListsNoPager() {
		for (String path : List.of("/", "/people", "/events", "/timeline", "/sources", "/people/miguel-enriquez")) {
			Document doc = browser.get(path).document();
			assertThat(doc.select(".synthetic-banner")).as(path).isEmpty();
			assertThat(doc.select(".site-name").text()).isEqualTo("The MIR Archive");
			assertThat(doc.select("nav.pager")).as(path).isEmpty();
		}
		assertThat(browser.get("/people?page=1").status()).isEqualTo(200);
		assertThat(browser.get("/people?page=2").status()).isEqualTo(404);
	}

	@Test
	void anUnknownAddressGetsA404PageInTheSiteLayoutWithAWayBack() {
		for (String path : List.of("/people/nobody", "/sources/nothing", "/no-such-page", "/events/MIR")) {
			Browser.Answer page = browser.get(path);
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.document().select("h1").text()).isEqualTo("Page not found");
			assertThat(page.document().select("header nav")).hasSize(1);
			assertThat(page.document().select("main a[href=/]")).hasSize(1);
			assertThat(page.body()).doesNotContain("Whitelabel", "Exception", "at org.");
		}
	}

	private static List<String> group(Document doc, String heading) {
		Element h3 = doc.select(".relation-group h3").stream()
			.filter(h -> h.text().equals(heading))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No group " + heading));
		// A relation line as it reads, without the editorial note that may stand beside it.
		return h3.parent().select("li").stream().map(li -> {
			Element line = li.clone();
			line.select("aside").remove();
			return line.text();
		}).map(t -> t.replaceAll("\\s*Reference \\d+\\[\\d+\\]", "")).toList();
	}

}
