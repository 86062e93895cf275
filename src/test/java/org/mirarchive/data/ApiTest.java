package org.mirarchive.data;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API, read as a program would: lists, one entry with its claims and citations, sources, 404s. */
@ArchiveWebTest
public class ApiTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	@ParameterizedTest
	@CsvSource({ "people, PERSON", "organizations, ORGANIZATION", "events, EVENT", "places, PLACE" })
	void eachTypeListsAllItsEntriesWithTheirAddresses(String type, String kind) {
		Browser.Answer answer = browser.get("/api/" + type, "application/json");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		JsonNode list = json.readTree(answer.body());
		long count = jdbc.queryForObject("select count(*) from entry where kind = ?", Long.class, kind);
		assertThat(list.get("type").asString()).isEqualTo(type);
		assertThat(list.get("count").asLong()).isEqualTo(count);
		// The seed's kinds fit on one list page, which is then the first and the last.
		assertThat(list.get("items").size()).isEqualTo((int) count);
		assertThat(list.get("page").asInt()).isEqualTo(1);
		assertThat(list.get("pages").asInt()).isEqualTo(1);
		assertThat(list.get("links").get("first").asString()).isEqualTo(browser.base() + "/api/" + type);
		assertThat(list.get("links").get("last").asString()).isEqualTo(browser.base() + "/api/" + type);
		assertThat(list.get("links").get("previous").isNull()).isTrue();
		assertThat(list.get("links").get("next").isNull()).isTrue();
		assertThat(answer.headers().get("Link")).containsExactly("<" + browser.base() + "/api/" + type + ">; rel=\"first\", <"
				+ browser.base() + "/api/" + type + ">; rel=\"last\"");
		for (JsonNode item : list.get("items")) {
			String slug = item.get("slug").asString();
			assertThat(item.get("url").asString()).isEqualTo(browser.base() + "/" + type + "/" + slug);
			assertThat(item.get("api").asString()).isEqualTo(browser.base() + "/api/" + type + "/" + slug);
			OffsetDateTime changed = jdbc.queryForObject("select last_changed from entry where slug = ?",
					OffsetDateTime.class, slug);
			assertThat(Instant.parse(item.get("lastChanged").asString())).as(slug).isEqualTo(changed.toInstant());
		}
	}

	@Test
	void aListIsInTheOrderOfItsIndexPage() {
		List<String> api = list(json.readTree(browser.get("/api/events", "application/json").body()).get("items"))
			.stream()
			.map(item -> item.get("url").asString())
			.toList();
		List<String> page = browser.get("/events").document().select(".entry-list > li > a").eachAttr("abs:href");
		assertThat(api).isNotEmpty().isEqualTo(page);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/people?page=2", "/api/people?page=0", "/api/events?page=-1", "/api/places?page=abc",
			"/api/organizations?page=", "/api/people?page=1e3", "/api/people?page=99999999999999999999",
			"/api/sources?page=2", "/api/sources?page=%3Cscript%3E" })
	void aPageNumberThatNamesNoListPageIsAProblemReport(String path) {
		Browser.Answer answer = browser.get(path, "application/json");
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.get("status").asInt()).isEqualTo(404);
		assertThat(problem.get("detail").asString()).isEqualTo("There is no page of this list at this address.");
	}

	@Test
	void anEntryGivesNamesDatesStatementsRelationsAndTheirCitations() {
		JsonNode enriquez = json.readTree(browser.get("/api/people/miguel-enriquez", "application/json").body());
		assertThat(enriquez.get("type").asString()).isEqualTo("person");
		assertThat(enriquez.get("name").asString()).isEqualTo("Miguel Enríquez");
		assertThat(enriquez.get("url").asString()).isEqualTo(browser.base() + "/people/miguel-enriquez");
		assertThat(enriquez.get("lastChanged").asString()).isEqualTo("2026-12-06T23:30:00Z");
		assertThat(enriquez.get("names").get(0).get("name").asString()).isEqualTo("Miguel Enriquez");
		assertThat(enriquez.get("names").get(0).get("kind").asString()).isEqualTo("VARIANT");

		JsonNode date = enriquez.get("date");
		assertThat(date.get("edtf").asString()).isEqualTo("1944/1974");
		assertThat(date.get("words").asString()).isEqualTo("1944–1974");
		assertThat(date.get("earliest").asString()).isEqualTo("1944-01-01");
		assertThat(date.get("latest").asString()).isEqualTo("1974-12-31");
		JsonNode dateCitation = date.get("citations").get(0);
		assertThat(dateCitation.get("source").get("slug").asString()).isEqualTo("chiles-mir-the-revolutionary-left-movement");
		assertThat(dateCitation.get("locator").asString()).isEqualTo("section “Beginnings of the MIR”, paragraph 1");
		assertThat(dateCitation.get("quotation").asString()).contains("Miguel Enríquez (1944-1974)");

		List<JsonNode> statements = list(enriquez.get("statements"));
		assertThat(statements).isNotEmpty().allSatisfy(s -> assertThat(s.get("citations").size()).isPositive());
		assertThat(statements).flatExtracting(s -> list(s.get("notes")))
			.anySatisfy(note -> assertThat(note.get("kind").asString()).isEqualTo("PRECISION"));

		JsonNode leads = list(enriquez.get("relations")).stream()
			.filter(r -> r.get("kind").asString().equals("LEADER_OF"))
			.findFirst()
			.orElseThrow();
		assertThat(leads.get("subject").get("slug").asString()).isEqualTo("miguel-enriquez");
		assertThat(leads.get("object").get("url").asString()).isEqualTo(browser.base() + "/organizations/mir");
		assertThat(leads.get("role").asString()).isEqualTo("General Secretary");
		assertThat(leads.get("date").get("edtf").asString()).isEqualTo("1967/1974");
		assertThat(leads.get("date").get("words").asString()).isEqualTo("1967–1974");
		assertThat(leads.get("citations").size()).isPositive();
	}

	@Test
	void anEntryGivesEveryRelationTouchingItFromTheDatabase() {
		JsonNode mir = json.readTree(browser.get("/api/organizations/mir", "application/json").body());
		long relations = jdbc.queryForObject(
				"select count(*) from relation r join entry e on e.id in (r.subject_id, r.object_id) where e.slug = 'mir'",
				Long.class);
		assertThat(mir.get("relations").size()).isEqualTo((int) relations);
	}

	@Test
	void sourcesAreListedAndEachSaysWhatCitesIt() {
		Browser.Answer answer = browser.get("/api/sources", "application/json");
		JsonNode list = json.readTree(answer.body());
		long count = jdbc.queryForObject("select count(*) from source", Long.class);
		assertThat(list.get("count").asLong()).isEqualTo(count);
		assertThat(list.get("items").size()).isEqualTo((int) count);
		assertThat(list.get("items").get(0).get("slug").asString()).isEqualTo("chiles-mir-the-revolutionary-left-movement");
		assertThat(list.get("items").get(0).has("citedBy")).isFalse();
		assertThat(list.get("links").get("next").isNull()).isTrue();
		assertThat(answer.headers().get("Link").get(0)).contains("<" + browser.base() + "/api/sources>; rel=\"first\"");
		JsonNode article = json
			.readTree(browser.get("/api/sources/chiles-mir-the-revolutionary-left-movement", "application/json").body());
		assertThat(article.get("author").asString()).isEqualTo("Christopher Minster");
		assertThat(article.get("issued").get("edtf").asString()).isEqualTo("2014");
		assertThat(article.get("url").asString())
			.isEqualTo(browser.base() + "/sources/chiles-mir-the-revolutionary-left-movement");
		assertThat(article.get("citedBy").get(0).get("name").asString()).isEqualTo("Movimiento de Izquierda Revolucionaria");
		assertThat(article.get("citedBy").get(0).get("claims").get(0).get("locator").asString()).contains("paragraph");
		// A work's claims are listed with locators, never quotations: in order they would rebuild the article.
		assertThat(article.toString()).doesNotContain("quotation");
	}

	@Test
	void theApiAnswersJsonEvenToAClientThatAsksForHtml() {
		Browser.Answer answer = browser.get("/api/people", "text/html");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
	}

	@Test
	void anUnknownSlugIsAProblemReport() {
		for (String path : List.of("/api/people/nobody", "/api/sources/nothing", "/api/events/mir")) {
			Browser.Answer answer = browser.get(path, "application/json");
			assertThat(answer.status()).as(path).isEqualTo(404);
			assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
			JsonNode problem = json.readTree(answer.body());
			assertThat(problem.get("status").asInt()).isEqualTo(404);
			assertThat(problem.get("detail").asString()).startsWith("There is no ").endsWith(" at this address.");
		}
	}

	private static List<JsonNode> list(JsonNode array) {
		return array.valueStream().toList();
	}

}
