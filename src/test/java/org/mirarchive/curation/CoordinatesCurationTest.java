package org.mirarchive.curation;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.account.CuratorsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curator's revision of a place leaves its coordinates as published: drafts do not carry them
 * yet, so a record written back (with or without the field) keeps the point, its citation and
 * the note beside it.
 */
@EditedArchiveWebTest
class CoordinatesCurationTest {

	private static final String REVIEWER = CuratorsTest.ADMINISTRATOR_TOKEN;

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

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

	/** Santiago's points and their citations, as rows. */
	private String citations() {
		return jdbc.queryForList("select p.latitude, p.longitude, c.id, c.source_id, c.locator from entry_coordinates p "
				+ "join entry e on e.id = p.entry_id join citation c on c.coordinates_id = p.id "
				+ "where e.slug = 'santiago' order by c.id").toString();
	}

}
