package org.mirarchive.curation;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.account.CuratorBrowser;
import org.mirarchive.account.CuratorsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curators set, change and remove a place's coordinates, in the form and through the write API,
 * cited as any claim; readers see the point on the place's page and on the map of places as soon
 * as it is published. A revision that says nothing of coordinates (a record written back without
 * the field) keeps the point, its citation and the note beside it.
 */
@EditedArchiveWebTest
class CoordinatesCurationTest extends CuratorsOverHttp {

	private static final String REVIEWER = CuratorsTest.ADMINISTRATOR_TOKEN;

	private static final String ARTICLE = "chiles-mir-the-revolutionary-left-movement";

	/** A work cited with a locator: the point's citation. */
	private static final String WORK = "wikipedia-santiago";

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aReviewerSetsAPointOnAPlaceInTheFormAndItsPageAndTheMapOfPlacesDrawItTillARevisionRemovesIt() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String slug = newPlace(reviewer, "Coordinatestest Harbour " + unique());
		// Readers have read the place and the map of places (the page cache keeps them) before it has a point.
		assertThat(reader("/places/" + slug).select("ul.coordinates li")).isEmpty();
		assertThat(reader("/places").select("figure.place-map svg a[href=/places/" + slug + "]")).isEmpty();
		assertThat(reader("/places/chile").select("section.entry-map svg a[href=/places/" + slug + "]")).isEmpty();

		Map<String, String> form = formOf(reviewer.page("/curate/places/" + slug));
		assertThat(form).containsKeys("coordinates.latitude", "coordinates.longitude", "coordinates.precision",
				"coordinates.citations[0].work");
		form.put("coordinates.latitude", "-133.0472");
		form.put("coordinates.longitude", "-71.6127");
		form.put("coordinates.precision", "CITY");
		form.put("changeSummary", "Locates " + slug);
		form.put("action", "save");

		// Uncited, the point comes back with its problem beside it, and nothing is saved.
		Document uncited = Jsoup.parse(new String(reviewer.post("/curate/draft", form).body(), StandardCharsets.UTF_8));
		assertThat(uncited.select("[role=alert] a[href=#coordinates.citations]").text())
			.isEqualTo("Coordinates need at least one citation: the work that gives the point, and where in it.");
		// Off the earth, the latitude's problem is beside the latitude.
		form.put("coordinates.citations[0].work", WORK);
		form.put("coordinates.citations[0].locator", "Infobox: coordinates");
		Document offEarth = Jsoup.parse(new String(reviewer.post("/curate/draft", form).body(), StandardCharsets.UTF_8));
		assertThat(offEarth.selectFirst("input#coordinates\\.latitude").parent().select(".field-problem").text())
			.isEqualTo("A latitude is between -90 and 90 degrees; “-133.0472” is off the earth.");
		assertThat(offEarth.selectFirst("input#coordinates\\.latitude").val()).isEqualTo("-133.0472");
		assertThat(points(slug)).isZero();

		form.put("coordinates.latitude", "-33.0472");
		HttpResponse<byte[]> saved = reviewer.post("/curate/draft", form);
		assertThat(saved.statusCode()).isEqualTo(302);
		Element line = reader("/places/" + slug).selectFirst("ul.coordinates li");
		assertThat(line.text()).startsWith("33.0472° S, 71.6127° W: the city’s centre");
		assertThat(line.select("sup.ref")).isNotEmpty();
		assertThat(reader("/places").select("figure.place-map svg a[href=/places/" + slug + "]")).isNotEmpty();
		// Chile's page draws the places it holds: it shows the new point too.
		assertThat(reader("/places/chile").select("section.entry-map svg a[href=/places/" + slug + "]")).isNotEmpty();
		assertThat(reader("/api/places/" + slug).text()).contains("\"latitude\":-33.0472");
		// The change set shows the point as a reviewer reads it.
		assertThat(reviewer.page(saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
			.select("main").text()).contains("33.0472° S, 71.6127° W");

		// The form shows the point again; emptied, it removes it.
		Map<String, String> again = formOf(reviewer.page("/curate/places/" + slug));
		assertThat(again).containsEntry("coordinates.latitude", "-33.0472")
			.containsEntry("coordinates.precision", "CITY")
			.containsEntry("coordinates.citations[0].locator", "Infobox: coordinates")
			.containsKey("coordinates.citations[1].work");
		again.replaceAll((field, value) -> field.startsWith("coordinates.") && !field.equals("coordinates.id") ? "" : value);
		again.put("changeSummary", "Removes the point of " + slug);
		again.put("action", "save");
		assertThat(reviewer.post("/curate/draft", again).statusCode()).isEqualTo(302);
		assertThat(points(slug)).isZero();
		assertThat(reader("/places/" + slug).select("ul.coordinates li")).isEmpty();
		assertThat(reader("/places").select("figure.place-map svg a[href=/places/" + slug + "]")).isEmpty();
		assertThat(reader("/places/chile").select("section.entry-map svg a[href=/places/" + slug + "]")).isEmpty();
	}

	@Test
	void coordinatesOnAPersonAreRefusedAndAPersonsFormHasNoPlaceForThem() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		assertThat(formOf(reviewer.page("/curate/people/miguel-enriquez")).keySet())
			.noneMatch(field -> field.startsWith("coordinates"));

		HttpResponse<String> read = ApiRequests.send(port, "GET", "/api/people/miguel-enriquez", null, null, Map.of());
		ObjectNode record = (ObjectNode) json.readTree(read.body());
		record.set("coordinates", json.readTree("[" + point("-33.0472", "-71.6127") + "]"));
		record.put("changeSummary", "Locates a person, for the coordinates test");
		HttpResponse<String> refused = ApiRequests.send(port, "PUT", "/api/people/miguel-enriquez", REVIEWER,
				record.toString(), Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(refused.body()).contains("coordinates[0]").contains("Only places have coordinates");
		assertThat(jdbc.queryForObject("select count(*) from entry_coordinates p join entry e on e.id = p.entry_id "
				+ "where e.slug = 'miguel-enriquez'", Integer.class)).isZero();
	}

	@Test
	void theWriteApiSetsAPointFromARecordsCoordinatesKeepsItWithoutTheFieldAndRemovesItWithAnEmptyList() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String slug = newPlace(reviewer, "Coordinatestest Cove " + unique());

		HttpResponse<String> read = ApiRequests.send(port, "GET", "/api/places/" + slug, null, null, Map.of());
		ObjectNode record = (ObjectNode) json.readTree(read.body());
		assertThat(record.has("coordinates")).isFalse();
		record.set("coordinates", json.readTree("[" + point("-90.5", "-71.6127") + "]"));
		record.put("changeSummary", "Locates " + slug + " through the API");
		String etag = read.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> offEarth = ApiRequests.send(port, "PUT", "/api/places/" + slug, REVIEWER, record.toString(),
				Map.of("If-Match", etag));
		assertThat(offEarth.statusCode()).as(offEarth.body()).isEqualTo(422);
		assertThat(offEarth.body()).contains("coordinates[0].latitude");
		assertThat(points(slug)).isZero();

		record.set("coordinates", json.readTree("[" + point("-33.04721", "-71.6127") + "]"));
		HttpResponse<String> located = ApiRequests.send(port, "PUT", "/api/places/" + slug, REVIEWER, record.toString(),
				Map.of("If-Match", etag));
		assertThat(located.statusCode()).as(located.body()).isEqualTo(200);
		JsonNode point = json.readTree(located.body()).get("coordinates").get(0);
		assertThat(point.get("latitude").asDouble()).isEqualTo(-33.04721);
		assertThat(point.get("precision").asString()).isEqualTo("CITY");
		assertThat(point.get("citations").get(0).get("locator").asString()).isEqualTo("Infobox: coordinates");

		// Written back without the field, the point stays.
		ObjectNode without = (ObjectNode) json.readTree(located.body());
		without.remove("coordinates");
		without.put("summary", "A harbour a test located, then revised.");
		without.put("changeSummary", "Revises " + slug + " without saying anything of its point");
		HttpResponse<String> kept = ApiRequests.send(port, "PUT", "/api/places/" + slug, REVIEWER, without.toString(),
				Map.of("If-Match", located.headers().firstValue("ETag").orElseThrow()));
		assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
		assertThat(json.readTree(kept.body()).get("coordinates")).hasSize(1);
		assertThat(reader("/places/" + slug).selectFirst("ul.coordinates li").text()).startsWith("33.04721° S, 71.6127° W");

		// An empty list removes it.
		ObjectNode removing = (ObjectNode) json.readTree(kept.body());
		removing.set("coordinates", json.createArrayNode());
		removing.put("changeSummary", "Removes the point of " + slug);
		HttpResponse<String> removed = ApiRequests.send(port, "PUT", "/api/places/" + slug, REVIEWER,
				removing.toString(), Map.of("If-Match", kept.headers().firstValue("ETag").orElseThrow()));
		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
		assertThat(json.readTree(removed.body()).has("coordinates")).isFalse();
		assertThat(points(slug)).isZero();
		assertThat(reader("/places/" + slug).select("ul.coordinates li")).isEmpty();
	}

	@Test
	void revisingSantiagosSummaryKeepsItsCoordinatesTheirCitationAndTheirNote() {
		String citationsBefore = citations();
		HttpResponse<String> read = ApiRequests.send(port, "GET", "/api/places/santiago", null, null, Map.of());
		ObjectNode record = (ObjectNode) json.readTree(read.body());
		assertThat(record.get("coordinates")).hasSize(1);
		record.put("summary", record.get("summary").asString() + " Revised by the coordinates test.");
		record.put("changeSummary", "Revises Santiago's summary, for the coordinates test");

		HttpResponse<String> revised = ApiRequests.send(port, "PUT", "/api/places/santiago", REVIEWER,
				record.toString(), Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));

		assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
		JsonNode point = json.readTree(revised.body()).get("coordinates").get(0);
		assertThat(point.get("latitude").asDouble()).isEqualTo(-33.4375);
		assertThat(point.get("citations").get(0).get("source").get("slug").asString()).isEqualTo("wikipedia-santiago");
		assertThat(point.get("notes")).hasSize(1);
		assertThat(citations()).isEqualTo(citationsBefore);

		// Written back without the field, as a program that knows nothing of coordinates writes: they stay.
		ObjectNode again = (ObjectNode) json.readTree(revised.body());
		again.remove("coordinates");
		again.put("summary", again.get("summary").asString() + " Twice.");
		again.put("changeSummary", "Revises Santiago's summary again, for the coordinates test");
		HttpResponse<String> twice = ApiRequests.send(port, "PUT", "/api/places/santiago", REVIEWER, again.toString(),
				Map.of("If-Match", revised.headers().firstValue("ETag").orElseThrow()));
		assertThat(twice.statusCode()).as(twice.body()).isEqualTo(200);

		Element line = Jsoup.parse(ApiRequests.send(port, "GET", "/places/santiago", null, null, Map.of()).body())
			.selectFirst("ul.coordinates li");
		assertThat(line.text()).startsWith("33.4375° S, 70.65° W: the city’s centre");
		assertThat(line.select("sup.ref")).isNotEmpty();
		assertThat(line.selectFirst("aside.editorial-note")).isNotNull();
		assertThat(citations()).isEqualTo(citationsBefore);
	}

	@Test
	void anEditorRevisingInTheFormADraftTheApiMadeWithoutCoordinatesSeesThePublishedPointAndKeepsIt() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String slug = newPlace(reviewer, "Coordinatestest Bay " + unique());
		HttpResponse<String> read = ApiRequests.send(port, "GET", "/api/places/" + slug, null, null, Map.of());
		ObjectNode located = (ObjectNode) json.readTree(read.body());
		located.set("coordinates", json.readTree("[" + point("-33.1", "-71.7") + "]"));
		located.put("changeSummary", "Locates " + slug);
		assertThat(ApiRequests.send(port, "PUT", "/api/places/" + slug, REVIEWER, located.toString(),
				Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow())).statusCode()).isEqualTo(200);

		// An editor's script writes the record back without the coordinates field: it says nothing of them.
		Made editor = newAccount("editor", "EDITOR");
		HttpResponse<String> again = ApiRequests.send(port, "GET", "/api/places/" + slug, null, null, Map.of());
		ObjectNode record = (ObjectNode) json.readTree(again.body());
		record.remove("coordinates");
		record.put("summary", "A bay whose summary an editor's script changed.");
		record.put("changeSummary", "Rewords the summary");
		HttpResponse<String> written = ApiRequests.send(port, "PUT", "/api/places/" + slug, editor.token(),
				record.toString(), Map.of("If-Match", again.headers().firstValue("ETag").orElseThrow()));
		assertThat(written.statusCode()).as(written.body()).isEqualTo(202);
		long changeSet = jdbc.queryForObject("select max(id) from change_set", Long.class);

		// Revised in the form, the draft shows the published point, and sending it keeps it.
		CuratorBrowser editing = loggedIn(editor.name(), PASSWORD);
		Map<String, String> form = formOf(editing.page("/curate/changes/" + changeSet + "/revise"));
		assertThat(form).containsEntry("coordinates.latitude", "-33.1").containsEntry("coordinates.longitude", "-71.7");
		form.put("action", "save");
		assertThat(editing.post("/curate/draft", form).statusCode()).isEqualTo(302);
		reviewer.post("/curate/changes/" + changeSet + "/decision",
				Map.of("decision", "approve", "_csrf", reviewer.csrf("/curate/changes/" + changeSet)));
		assertThat(reader("/places/" + slug).select(".summary").text()).contains("an editor's script changed");
		assertThat(reader("/places/" + slug).selectFirst("ul.coordinates li").text()).startsWith("33.1° S, 71.7° W");
	}

	/** A new place within Chile, made in the form by a reviewer (published at once): its slug. */
	private String newPlace(CuratorBrowser reviewer, String name) {
		Map<String, String> form = formOf(reviewer.page("/curate/new?kind=places"));
		String quotation = jdbc.queryForObject("select text from quotation where quote_key = 'mir-defined'", String.class);
		form.put("name", name);
		form.put("summary", "A harbour added by the coordinates test.");
		form.put("statements[0].text", name + " is a harbour, according to a test.");
		form.put("statements[0].citations[0].work", ARTICLE);
		form.put("statements[0].citations[0].quotation", quotation);
		form.put("relations[0].kind", "LOCATED_IN");
		form.put("relations[0].subject", "true");
		form.put("relations[0].other", "/places/chile");
		form.put("relations[0].citations[0].work", ARTICLE);
		form.put("relations[0].citations[0].quotation", quotation);
		form.put("changeSummary", "Adds " + name);
		form.put("action", "save");
		assertThat(reviewer.post("/curate/draft", form).statusCode()).isEqualTo(302);
		return jdbc.queryForObject("select slug from entry where name = ?", String.class, name);
	}

	/** A point in Chile as a record gives it, cited to a work with a locator. */
	private static String point(String latitude, String longitude) {
		return "{\"latitude\": " + latitude + ", \"longitude\": " + longitude + ", \"precision\": \"CITY\", "
				+ "\"citations\": [{\"source\": {\"slug\": \"" + WORK + "\"}, \"locator\": \"Infobox: coordinates\"}]}";
	}

	/** How many points the place has. */
	private int points(String slug) {
		return jdbc.queryForObject("select count(*) from entry_coordinates p join entry e on e.id = p.entry_id "
				+ "where e.slug = ?", Integer.class, slug);
	}

	/** Santiago's points and their citations, as rows. */
	private String citations() {
		return jdbc.queryForList("select p.latitude, p.longitude, c.id, c.source_id, c.locator from entry_coordinates p "
				+ "join entry e on e.id = p.entry_id join citation c on c.coordinates_id = p.id "
				+ "where e.slug = 'santiago' order by c.id").toString();
	}

}
