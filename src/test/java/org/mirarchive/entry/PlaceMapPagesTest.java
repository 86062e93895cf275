package org.mirarchive.entry;

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
 * The maps on the archive's pages: /places draws every place with cited coordinates, each a link
 * named by the place, and names the places it cannot draw; a place's page draws it among the
 * places it is connected to, an event's page where it happened; nothing else has a map.
 */
@ArchiveWebTest
class PlaceMapPagesTest {

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
	void thePlacesPageDrawsEveryPlaceWithCitedCoordinatesAndNamesTheRest() {
		List<String> located = jdbc.queryForList("select distinct '/places/' || e.slug from entry e join entry_coordinates c "
				+ "on c.entry_id = e.id where e.withdrawn is null", String.class);
		List<String> unlocated = jdbc.queryForList("select '/places/' || e.slug from entry e where e.kind = 'PLACE' and "
				+ "e.withdrawn is null and not exists (select 1 from entry_coordinates c where c.entry_id = e.id)", String.class);
		assertThat(located).contains("/places/santiago", "/places/presidential-palace", "/places/cuba", "/places/brazil",
				"/places/united-states");
		assertThat(unlocated).contains("/places/south-america", "/places/southern-cone");

		Document page = browser.get("/places").document();
		Element map = page.selectFirst("section.places-map figure.place-map");
		List<Element> markers = map.select("svg a");
		assertThat(markers).extracting(marker -> marker.attr("href")).containsExactlyInAnyOrderElementsOf(located);
		assertThat(markers).allSatisfy(marker -> assertThat(marker.attr("aria-label")).isNotBlank());
		assertThat(map.select("svg a[href=/places/presidential-palace]").attr("aria-label")).isEqualTo("La Moneda");
		// The crowded places of Santiago are enlarged in an inset, named for the city.
		assertThat(map.select(".place-map__inset a").eachAttr("href")).contains("/places/presidential-palace",
				"/places/national-stadium");
		assertThat(map.selectFirst(".place-map__inset .place-map__caption").text()).isEqualTo("Enlarged: Santiago");
		Element notDrawn = page.selectFirst("section.places-map p.how-to-read");
		assertThat(notDrawn.select("a").eachAttr("href")).containsExactlyInAnyOrderElementsOf(unlocated);
		// The list stays, as the map's text form.
		assertThat(page.select("ul.entry-list > li > a").eachAttr("href")).containsAll(located).containsAll(unlocated);

		Document spanish = browser.get("/places?lang=es").document();
		assertThat(spanish.selectFirst("#map-heading").text()).isEqualTo("Mapa de los lugares");
		assertThat(spanish.select("figure.place-map svg a")).hasSameSizeAs(markers);
	}

	@Test
	void aPlacesPageDrawsItAmongThePlacesItIsConnectedTo() {
		Document santiago = browser.get("/places/santiago").document();
		List<String> drawn = santiago.select("section.entry-map svg a").eachAttr("href");
		assertThat(drawn).contains("/places/santiago", "/places/presidential-palace", "/places/national-stadium");
		assertThat(drawn).as("every place drawn is the page's own or one it links to").allSatisfy(href -> assertThat(
				href.equals("/places/santiago") || !santiago.select("section a[href=" + href + "]").isEmpty()).isTrue());

		Document southAmerica = browser.get("/places/south-america").document();
		assertThat(southAmerica.selectFirst("#coordinates-heading")).isNotNull();
		assertThat(southAmerica.text()).contains("No cited coordinates");
	}

	@Test
	void anEventsPageDrawsWhereItHappenedAndOtherEntriesHaveNoMap() {
		Document coup = browser.get("/events/coup-of-11-september-1973").document();
		assertThat(coup.selectFirst("#map-heading").text()).isEqualTo("Where it happened, on the map");
		assertThat(coup.select("section.entry-map svg a").eachAttr("href")).isNotEmpty()
			.allSatisfy(href -> assertThat(href).startsWith("/places/"));
		assertThat(browser.get("/people/miguel-enriquez").document().select("figure.place-map")).isEmpty();
		assertThat(browser.get("/organizations/mir").document().select("figure.place-map")).isEmpty();
	}

}
