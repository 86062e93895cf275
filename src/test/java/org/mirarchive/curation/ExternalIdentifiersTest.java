package org.mirarchive.curation;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.account.CuratorsTest;
import org.mirarchive.authority.EacCpfSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entry's identifiers in other archives (Wikidata, VIAF…), as a curator records them through
 * the write API and as readers and programs then meet them: on the page with their footnotes, as
 * {@code sameAs} in the page's JSON-LD, as {@code otherRecordId} in the EAC-CPF record (valid
 * against the official schema), in the record and in the entry's history. An identifier not
 * written as its file writes them, uncited, or on an event, is refused by field, and nothing changes.
 */
@EditedArchiveWebTest
class ExternalIdentifiersTest {

	private static final String REVIEWER = CuratorsTest.ADMINISTRATOR_TOKEN;

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aCitedWikidataIdentifierShowsOnThePageAsSameAsAndAsOtherRecordId() {
		String path = created(person("Identified Person " + CuratorsOverHttp.unique(),
				identifier("WIKIDATA", "Q98765432")));
		JsonNode record = json.readTree(send("GET", "/api" + path, null, null, Map.of()).body());
		JsonNode identifier = record.get("identifiers").get(0);
		assertThat(identifier.get("scheme").asString()).isEqualTo("WIKIDATA");
		assertThat(identifier.get("identifier").asString()).isEqualTo("Q98765432");
		assertThat(identifier.get("url").asString()).isEqualTo("https://www.wikidata.org/wiki/Q98765432");
		assertThat(identifier.get("citations").get(0).get("source").get("slug").asString())
			.isEqualTo(ApiWritesTest.ARTICLE);

		Document page = Jsoup.parse(send("GET", path, null, null, Map.of()).body());
		Element section = page.selectFirst("section[aria-labelledby=identifiers-heading]");
		assertThat(section).isNotNull();
		assertThat(section.selectFirst("h2").text()).isEqualTo("In other archives");
		Element link = section.selectFirst("a[href=https://www.wikidata.org/wiki/Q98765432]");
		assertThat(link.text()).isEqualTo("Q98765432");
		assertThat(link.parent().text()).startsWith("Wikidata: Q98765432");
		// Its footnote is one of the References.
		String footnote = link.parent().selectFirst("sup.ref a").attr("href");
		assertThat(page.selectFirst(footnote.replace("#", "li#"))).isNotNull();
		JsonNode linkedData = json.readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(linkedData.get("sameAs").toString()).isEqualTo("[\"https://www.wikidata.org/wiki/Q98765432\"]");

		// The work's page lists it among the claims the archive cites the work for.
		HttpResponse<String> work = send("GET", "/sources/" + ApiWritesTest.ARTICLE, null, null, Map.of());
		assertThat(work.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(work.body()).text()).contains("Identifier in Wikidata: Q98765432");

		Document spanish = Jsoup.parse(send("GET", path + "?lang=es", null, null, Map.of()).body());
		assertThat(spanish.selectFirst("#identifiers-heading").text()).isEqualTo("En otros archivos");

		String eac = send("GET", path + ".xml", null, null, Map.of()).body();
		EacCpfSchema.validate(eac, "a person with a Wikidata identifier");
		Element other = Jsoup.parse(eac, "", org.jsoup.parser.Parser.xmlParser()).selectFirst("otherRecordId");
		assertThat(other.text()).isEqualTo("Q98765432");
		assertThat(other.attr("localType")).isEqualTo("Wikidata");
		assertThat(other.attr("valueURI")).isEqualTo("https://www.wikidata.org/wiki/Q98765432");
		assertThat(other.attr("target")).isNotBlank();
	}

	@Test
	void anIdentifierNotWrittenAsItsFileWritesThemUncitedOrOnAnEventIsRefusedAndNothingChanges() {
		ObjectNode wrong = identifier("VIAF", "Q42");
		ObjectNode uncited = identifier("ISNI", "0000000121032683");
		uncited.putArray("citations");
		ObjectNode badCheckDigit = identifier("ISNI", "0000000121032684");
		ObjectNode unknown = identifier("GND", "118540238");
		String name = "Misidentified Person " + CuratorsOverHttp.unique();
		int changeSets = jdbc.queryForObject("select count(*) from change_set", Integer.class);

		HttpResponse<String> refused = send("POST", "/api/people", REVIEWER,
				person(name, wrong, uncited, badCheckDigit, unknown).toString(), Map.of());

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		Map<String, String> errors = errors(refused);
		assertThat(errors).containsKeys("identifiers[0].identifier", "identifiers[1].citations",
				"identifiers[2].identifier", "identifiers[3].scheme");
		assertThat(errors.get("identifiers[0].identifier"))
			.isEqualTo("\u201cQ42\u201d is not written as VIAF writes its identifiers (for example 113230702).");
		assertThat(errors).doesNotContainKey("identifiers[1].identifier");
		assertThat(jdbc.queryForObject("select count(*) from change_set", Integer.class)).isEqualTo(changeSets);
		assertThat(jdbc.queryForObject("select count(*) from entry where name = ?", Integer.class, name)).isZero();

		// An event has no record in an authority file.
		HttpResponse<String> read = send("GET", "/api/events/coup-of-11-september-1973", null, null, Map.of());
		ObjectNode event = (ObjectNode) json.readTree(read.body());
		event.putArray("identifiers").add(identifier("WIKIDATA", "Q1"));
		event.put("changeSummary", "Gives the coup an identifier");
		HttpResponse<String> onEvent = send("PUT", "/api/events/coup-of-11-september-1973", REVIEWER, event.toString(),
				Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));
		assertThat(onEvent.statusCode()).as(onEvent.body()).isEqualTo(422);
		assertThat(errors(onEvent)).containsKey("identifiers[0]");
		assertThat(send("GET", "/api/events/coup-of-11-september-1973", null, null, Map.of()).headers().firstValue("ETag"))
			.isEqualTo(read.headers().firstValue("ETag"));
	}

	@Test
	void aRecordWithoutIdentifiersKeepsThemAnEmptyListRemovesThemAndHistoryKeepsThem() {
		String path = created(person("Twice Identified Person " + CuratorsOverHttp.unique(),
				identifier("VIAF", "113230702"), identifier("LCNAF", "n79021164")));
		HttpResponse<String> read = send("GET", "/api" + path, null, null, Map.of());
		ObjectNode record = (ObjectNode) json.readTree(read.body());
		assertThat(record.get("identifiers")).hasSize(2);

		// Written back without the field, as a program that knows nothing of identifiers writes: they stay.
		record.remove("identifiers");
		record.put("changeSummary", "Rewrites the summary");
		record.put("summary", "A person whose summary a test rewrote.");
		HttpResponse<String> kept = send("PUT", "/api" + path, REVIEWER, record.toString(),
				Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));
		assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
		assertThat(json.readTree(kept.body()).get("identifiers")).hasSize(2);
		int withBoth = revision(path);

		// An empty list removes them; the record then leaves the field out.
		record.putArray("identifiers");
		record.put("changeSummary", "Removes the identifiers");
		HttpResponse<String> removed = send("PUT", "/api" + path, REVIEWER, record.toString(),
				Map.of("If-Match", kept.headers().firstValue("ETag").orElseThrow()));
		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
		assertThat(json.readTree(removed.body()).has("identifiers")).isFalse();
		assertThat(send("GET", path, null, null, Map.of()).body()).doesNotContain("n79021164");

		// The revision that had them still shows them, with their citation.
		Document then = Jsoup.parse(send("GET", path + "/revisions/" + withBoth, null, null, Map.of()).body());
		assertThat(then.select("section[aria-labelledby=identifiers-heading] li")).extracting(Element::text)
			.anySatisfy(line -> assertThat(line).startsWith("VIAF: 113230702"))
			.anySatisfy(line -> assertThat(line).startsWith("LCNAF: n79021164"));
		Document diff = Jsoup.parse(send("GET", path + "/history/diff?from=" + withBoth + "&to=" + revision(path), null,
				null, Map.of()).body());
		assertThat(diff.text()).contains("Identifier in another archive");
	}

	/** The entry's newest revision, from its history in the API. */
	private int revision(String path) {
		return json.readTree(send("GET", "/api" + path + "/history", null, null, Map.of()).body())
			.get("revisions")
			.get(0)
			.get("revision")
			.asInt();
	}

	private Map<String, String> errors(HttpResponse<String> refused) {
		Map<String, String> errors = new LinkedHashMap<>();
		json.readTree(refused.body()).get("errors").forEach(e -> errors.put(e.get("field").asString(),
				e.get("message").asString()));
		return errors;
	}

	private String created(ObjectNode person) {
		HttpResponse<String> created = send("POST", "/api/people", REVIEWER, person.toString(), Map.of());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	/** A new person with a cited statement, a membership of the MIR and these identifiers. */
	private ObjectNode person(String name, ObjectNode... identifiers) {
		ObjectNode person = json.createObjectNode();
		person.put("name", name);
		person.put("summary", "A person added by a test of identifiers in other archives.");
		ObjectNode statement = person.putArray("statements").addObject();
		statement.put("text", name + " was a member of the MIR, according to a test.");
		cite(statement.putArray("citations"));
		ObjectNode relation = person.putArray("relations").addObject();
		relation.put("kind", "MEMBER_OF");
		relation.putObject("object").put("type", "organization").put("slug", "mir");
		cite(relation.putArray("citations"));
		ArrayNode list = person.putArray("identifiers");
		List.of(identifiers).forEach(list::add);
		person.put("changeSummary", "Adds " + name);
		return person;
	}

	/** An identifier cited to the seed article (in a test, any cited work serves). */
	private ObjectNode identifier(String scheme, String value) {
		ObjectNode identifier = json.createObjectNode();
		identifier.put("scheme", scheme);
		identifier.put("identifier", value);
		cite(identifier.putArray("citations"));
		return identifier;
	}

	private void cite(ArrayNode citations) {
		ObjectNode citation = citations.addObject();
		citation.putObject("source").put("slug", ApiWritesTest.ARTICLE);
		citation.put("quotation",
				jdbc.queryForObject("select text from quotation where quote_key = 'mir-defined'", String.class));
	}

	private HttpResponse<String> send(String method, String path, String token, String body,
			Map<String, String> headers) {
		return ApiRequests.send(port, method, path, token, body, headers);
	}

}
