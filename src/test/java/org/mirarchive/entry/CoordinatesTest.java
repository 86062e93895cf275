package org.mirarchive.entry;

import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;
import org.mirarchive.Download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the seeded places are, as readers and programs meet it: on a place's page with what the
 * point stands for and a footnote to the work that gives it (and a note where works differ), a
 * sentence on a place no work locates, in the record, the page's JSON-LD, the download's
 * citations, the cited work's page, the place's first revision, and the points a map draws.
 */
@ArchiveWebTest
class CoordinatesTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlacesOnMap map;

	@Test
	void santiagosPageGivesItsCentreWithAFootnoteToEnglishWikipediaAndANoteOnOtherVersions() {
		Document page = new Browser(port).get("/places/santiago").document();
		Element section = page.selectFirst("section[aria-labelledby=coordinates-heading]");
		assertThat(section).isNotNull();
		assertThat(section.selectFirst("h2").text()).isEqualTo("Coordinates");
		Element line = section.selectFirst("ul.coordinates li");
		assertThat(line.text()).startsWith("33.4375° S, 70.65° W: the city’s centre");
		String footnote = line.selectFirst("sup.ref a").attr("href");
		Element reference = page.selectFirst(footnote.replace("#", "li#"));
		assertThat(reference.text()).startsWith("Santiago, Wikipedia, infobox");
		assertThat(reference.selectFirst("a").attr("href")).isEqualTo("/sources/wikipedia-santiago");
		assertThat(line.selectFirst("aside.editorial-note").text()).contains("22 July 2009", "33.43783° S, 70.65033° W");

		Document spanish = new Browser(port).get("/places/santiago?lang=es").document();
		assertThat(spanish.selectFirst("#coordinates-heading").text()).isEqualTo("Coordenadas");
		assertThat(spanish.selectFirst("ul.coordinates li").text()).startsWith("33,4375° S, 70,65° O: el centro de la ciudad");
		assertThat(spanish.selectFirst("ul.coordinates aside.editorial-note").text()).contains("22 de julio de 2009");
	}

	@Test
	void chilesPageGivesTheFactbooksPointAndNamesGeographyOfChileWhichDiffers() {
		Document page = new Browser(port).get("/places/chile").document();
		Element line = page.selectFirst("ul.coordinates li");
		assertThat(line.text()).startsWith("30° S, 71° W: the country’s centre, as the cited work gives it");
		Element reference = page.selectFirst(line.selectFirst("sup.ref a").attr("href").replace("#", "li#"));
		assertThat(reference.text()).startsWith("Chile, The World Factbook, Geography: geographic coordinates");
		assertThat(line.selectFirst("aside.editorial-note").text()).contains("Geography of Chile", "30° S, 70° W");
	}

	@Test
	void aPlaceNoWorkLocatesSaysSoInBothLanguagesAndOtherEntriesSayNothing() {
		for (String slug : List.of("south-america", "southern-cone", "mir-facility-in-the-andes",
				"poor-and-working-class-neighbourhoods-of-santiago")) {
			Document page = new Browser(port).get("/places/" + slug).document();
			Element section = page.selectFirst("section[aria-labelledby=coordinates-heading]");
			assertThat(section).as(slug).isNotNull();
			assertThat(section.select("li")).as(slug).isEmpty();
			assertThat(section.selectFirst("p").text()).as(slug)
				.isEqualTo("No cited coordinates: this place is not drawn on the map.");
		}
		assertThat(new Browser(port).get("/places/south-america?lang=es")
			.document()
			.selectFirst("section[aria-labelledby=coordinates-heading] p")
			.text()).isEqualTo("Sin coordenadas citadas: este lugar no aparece en el mapa.");
		assertThat(new Browser(port).get("/people/miguel-enriquez").document().selectFirst("#coordinates-heading"))
			.isNull();
	}

	@Test
	void theRecordAndTheLinkedDataGiveThePointAndOtherRecordsLeaveItOut() {
		JsonNode record = json.readTree(new Browser(port).get("/api/places/presidential-palace").body());
		JsonNode point = record.get("coordinates").get(0);
		assertThat(point.get("latitude").asDouble()).isEqualTo(-33.443028);
		assertThat(point.get("longitude").asDouble()).isEqualTo(-70.653861);
		assertThat(point.get("precision").asString()).isEqualTo("BUILDING");
		assertThat(point.get("citations").get(0).get("source").get("slug").asString())
			.isEqualTo("wikipedia-de-la-moneda");
		assertThat(json.readTree(new Browser(port).get("/api/places/south-america").body()).has("coordinates")).isFalse();
		assertThat(json.readTree(new Browser(port).get("/api/people/miguel-enriquez").body()).has("coordinates"))
			.isFalse();

		Document page = new Browser(port).get("/places/cuba").document();
		JsonNode linkedData = json.readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(linkedData.get("geo").get("@type").asString()).isEqualTo("GeoCoordinates");
		assertThat(linkedData.get("geo").get("latitude").asDouble()).isEqualTo(21.5);
		assertThat(linkedData.get("geo").get("longitude").asDouble()).isEqualTo(-80.0);
	}

	@Test
	void theDownloadsCitationsAndTheWorksPageListTheCoordinates() {
		List<CSVRecord> citations = Download.get(port).csv("citations.csv");
		assertThat(citations.stream().filter(r -> r.get("claim_type").equals("coordinates")))
			.hasSize(12)
			.anySatisfy(r -> {
				assertThat(r.get("entry_slug")).isEqualTo("andes-mountains");
				assertThat(r.get("claim")).isEqualTo("-32.0 -70.0 REGION");
				assertThat(r.get("source_slug")).isEqualTo("wikipedia-andes");
			});

		Document work = new Browser(port).get("/sources/world-factbook-bolivia").document();
		assertThat(work.text()).contains("Coordinates: 17° S, 65° W (the country’s centre, as the cited work gives it)");
		Document obra = new Browser(port).get("/sources/wikipedia-estadio-nacional-julio-martinez-pradanos?lang=es")
			.document();
		assertThat(obra.text()).contains("Coordenadas: 33,46444° S, 70,61056° O (el edificio o recinto mismo)");
	}

	@Test
	void aPlacesFirstRevisionShowsItsCoordinates() {
		Document first = new Browser(port).get("/places/buenos-aires/revisions/1").document();
		assertThat(first.selectFirst("ul.coordinates li").text()).startsWith("34.60333° S, 58.38167° W: the city’s centre");
	}

	@Test
	void theMapDrawsEveryLocatedPlaceOnceAndNoneOfTheOthers() {
		List<PlacesOnMap.Point> points = map.all(Locale.ENGLISH);
		assertThat(points).extracting(PlacesOnMap.Point::slug)
			.containsExactlyInAnyOrder("santiago", "chile", "presidential-palace", "national-stadium", "uruguay",
					"argentina", "bolivia", "cuba", "andes-mountains", "buenos-aires", "brazil", "united-states");
		PlacesOnMap.Point stadium = points.stream().filter(p -> p.slug().equals("national-stadium")).findFirst().orElseThrow();
		assertThat(stadium.url()).isEqualTo("/places/national-stadium");
		assertThat(stadium.precision()).isEqualTo(Coordinates.Precision.BUILDING);
		assertThat(stadium.latitude()).isEqualByComparingTo("-33.46444");
	}

	@Test
	void theSchemaRefusesACitationOfCoordinatesAndOfAnotherClaimAtOnceAndAPointOffTheEarth() {
		long point = jdbc.queryForObject("select c.id from entry_coordinates c join entry e on e.id = c.entry_id "
				+ "where e.slug = 'santiago'", Long.class);
		long statement = jdbc.queryForObject("select min(id) from statement", Long.class);
		long source = jdbc.queryForObject("select id from source where slug = 'wikipedia-santiago'", Long.class);
		assertThatThrownBy(() -> jdbc.update(
				"insert into citation (source_id, locator, coordinates_id, statement_id) values (?, 'infobox', ?, ?)",
				source, point, statement))
			.isInstanceOf(DataIntegrityViolationException.class);
		long place = jdbc.queryForObject("select id from entry where slug = 'south-america'", Long.class);
		assertThatThrownBy(() -> jdbc.update("insert into entry_coordinates (entry_id, latitude, longitude, "
				+ "precision_level, position) values (?, -91, 0, 'REGION', 1)", place))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
