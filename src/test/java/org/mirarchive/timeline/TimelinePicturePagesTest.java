package org.mirarchive.timeline;

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
 * The drawn timeline as readers get it: on /timeline, one link in the picture for each dated
 * event the page lists, in the same order, narrowed with the list; on a person's page, a lifeline
 * with the events they took part in and their own dates; undated events each say why.
 */
@ArchiveWebTest
class TimelinePicturePagesTest {

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	@Test
	void thePictureHasALinkForEachDatedEventListedInTheListsOrder() {
		Document doc = browser.get("/timeline").document();
		List<String> listed = doc.select(".timeline__event a").eachAttr("href");
		assertThat(listed).hasSizeGreaterThan(5);
		assertThat(pictureLinks(doc)).containsExactlyElementsOf(listed);
		// The picture comes before the list, which stays as its text form.
		assertThat(doc.select("figure.timechart, ol.timeline").first().is("figure.timechart")).isTrue();
		assertThat(doc.select(".timechart svg").attr("aria-label"))
			.isEqualTo("The dated events on this page on a time axis, each a link to its page, in date order");
		// Each link is named by the event and its date in words.
		assertThat(doc.select(".timechart a[href=/events/coup-of-11-september-1973]").attr("aria-label"))
			.isEqualTo("Coup of 11 September 1973, 11 September 1973");
		assertThat(doc.select(".timechart a[href=/events/founding-of-the-mir]").attr("aria-label"))
			.isEqualTo("Founding of the MIR, 1965");
		// A day is a dot, a year and an interval are bars; the talks' unknown end fades.
		assertThat(doc.select(".timechart a[href=/events/coup-of-11-september-1973] circle")).hasSize(1);
		assertThat(doc.select(".timechart a[href=/events/allende-reforms] rect")).hasSize(1);
		assertThat(doc.select(".timechart a[href=/events/alliance-talks] rect").attr("fill")).startsWith("url(#timeline-");
		assertThat(doc.select(".timechart linearGradient, .timechart lineargradient")).isNotEmpty();
		// The policy allows no inline style: the picture's look is all in classes.
		assertThat(doc.select(".timechart [style]")).isEmpty();
		assertThat(doc.select(".timechart__legend li")).hasSize(6);
	}

	@Test
	void narrowingByAPersonNarrowsThePictureToo() {
		Document whole = browser.get("/timeline").document();
		Document doc = browser.get("/timeline?person=salvador-allende").document();
		List<String> drawn = pictureLinks(doc);
		assertThat(drawn).containsExactlyElementsOf(doc.select(".timeline__event a").eachAttr("href"))
			.contains("/events/election-of-salvador-allende", "/events/death-of-salvador-allende")
			.doesNotContain("/events/founding-of-the-mir");
		assertThat(drawn.size()).isLessThan(pictureLinks(whole).size());
		Document range = browser.get("/timeline?from=1973-09&to=1973-09").document();
		assertThat(pictureLinks(range)).containsExactlyElementsOf(range.select(".timeline__event a").eachAttr("href"))
			.doesNotContain("/events/founding-of-the-mir", "/events/election-of-salvador-allende");
	}

	@Test
	void aTimelineWithoutADatedEventHasNoPicture() {
		Document doc = browser.get("/timeline?person=augusto-pinochet&to=1960").document();
		assertThat(doc.select(".timechart")).isEmpty();
	}

	@Test
	void everyUndatedEventSaysWhyAndNamesOnlyWhatTheNotesCite() {
		Document doc = browser.get("/timeline").document();
		List<Element> undated = doc.select("#undated-heading ~ .entry-list li");
		assertThat(undated).isNotEmpty().allSatisfy(line -> assertThat(line.select(".timeline__why").text())
			.startsWith("The article does not date it"));
		assertThat(why(doc, "/events/cuban-revolution"))
			.isEqualTo("The article does not date it, and the archive records no date for it from another work.");
		assertThat(why(doc, "/events/creation-of-dina")).isEqualTo(
				"The article does not date it; an editorial note on its page cites other works: Dirección de Inteligencia Nacional; "
						+ "Informe de la Comisión Nacional de Verdad y Reconciliación.");
		assertThat(why(browser.get("/timeline?lang=es").document(), "/events/cuban-revolution"))
			.isEqualTo("El artículo no lo fecha, y el archivo no registra una fecha tomada de otra obra.");
	}

	@Test
	void aPersonsPageHasALifelineWithTheirEventsAndTheirLife() {
		Document doc = browser.get("/people/miguel-enriquez").document();
		Element lifeline = doc.selectFirst("section.lifeline");
		assertThat(lifeline).isNotNull();
		assertThat(lifeline.select("h2").text()).isEqualTo("Lifeline");
		assertThat(lifeline.select("svg a").eachAttr("href")).containsExactly("/events/alliance-talks",
				"/events/death-of-miguel-enriquez");
		assertThat(lifeline.select("svg a").eachAttr("aria-label")).contains("Death of Miguel Enríquez, 1974");
		// His own life is a bar, and no link: it is this page.
		assertThat(lifeline.select(".timechart__own").attr("aria-label")).isEqualTo("Miguel Enríquez, 1944–1974");
		assertThat(lifeline.select(".timechart__own rect").attr("class")).contains("timechart__mark--own");
		// Before the other names, after the header.
		assertThat(doc.select("section.lifeline, section[aria-labelledby=names-heading]").first().is("section.lifeline"))
			.isTrue();
		assertThat(browser.get("/organizations/mir").document().select("section.lifeline svg a")).isNotEmpty();
		assertThat(browser.get("/people/miguel-enriquez?lang=es").document().select("section.lifeline h2").text())
			.isEqualTo("Línea de vida");
	}

	@Test
	void onlyPeopleAndOrganizationsHaveALifeline() {
		assertThat(browser.get("/events/coup-of-11-september-1973").document().select("section.lifeline")).isEmpty();
		assertThat(browser.get("/places/santiago").document().select("section.lifeline")).isEmpty();
	}

	private static List<String> pictureLinks(Document doc) {
		return doc.select(".timechart svg a").eachAttr("href");
	}

	private static String why(Document doc, String href) {
		return doc.select(".entry-list li:has(a[href=" + href + "]) .timeline__why").text();
	}

}
