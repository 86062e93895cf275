package org.mirarchive.curation;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write API as a script meets it: a reviewer's new entry published at once ({@code 201}), an
 * editor's waiting in a change set ({@code 202}) that readers do not see until a reviewer approves
 * it at {@code /api/changes/{id}/approve}; a record read, changed and written back with its ETag
 * ({@code 200}), a stale ETag {@code 412}, none {@code 428}; the rules' problems {@code 422} by the
 * record's field names; anonymous {@code 401}, the wrong role {@code 403}, an unknown entry
 * {@code 404}; history and revert.
 */
@EditedArchiveWebTest
public class ApiWritesTest {

	static final String ARTICLE = "chiles-mir-the-revolutionary-left-movement";

	private static final String PASSWORD = "correct horse battery staple";

	private static final String REVIEWER = CuratorsTest.ADMINISTRATOR_TOKEN;

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aReviewersNewPersonIsPublishedAtOnceWithItsAddressAndETag() {
		String name = "Apiwritten Person " + unique();
		HttpResponse<String> created = send("POST", "/api/people", REVIEWER, newPerson(name), Map.of());

		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("http://localhost:" + port + "/people/apiwritten-person-");
		JsonNode record = json.readTree(created.body());
		assertThat(record.get("name").asString()).isEqualTo(name);
		assertThat(record.get("statements").get(0).get("id").isNumber()).isTrue();
		String path = location.replaceFirst("^https?://[^/]+", "");
		HttpResponse<String> read = send("GET", "/api" + path, null, null, Map.of());
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("ETag")).isEqualTo(created.headers().firstValue("ETag"));
		assertThat(read.headers().firstValue("ETag").orElseThrow()).matches("\"[0-9]+\"");
		assertThat(send("GET", "/api" + path, null, null, Map.of("If-None-Match", read.headers().firstValue("ETag").orElseThrow()))
			.statusCode()).isEqualTo(304);
		assertThat(send("GET", path, null, null, Map.of()).body()).contains(name);
		// The MIR's record now has the relation, read from the person to the MIR.
		assertThat(send("GET", "/api/organizations/mir", null, null, Map.of()).body()).contains(path.substring(path.lastIndexOf('/') + 1));
	}

	@Test
	void aRecordReadIsChangedAndWrittenBackWithItsETagAndAStaleOrMissingOneIsRefused() {
		String path = created("Roundtrip Person " + unique());
		HttpResponse<String> read = send("GET", "/api" + path, null, null, Map.of());
		String etag = read.headers().firstValue("ETag").orElseThrow();
		ObjectNode record = (ObjectNode) json.readTree(read.body());
		long statementId = record.get("statements").get(0).get("id").asLong();
		((ObjectNode) record.get("statements").get(0)).put("text", "A corrected statement written back by the API test.");
		record.put("changeSummary", "Corrects the statement");

		assertThat(send("PUT", "/api" + path, REVIEWER, record.toString(), Map.of()).statusCode()).isEqualTo(428);
		HttpResponse<String> written = send("PUT", "/api" + path, REVIEWER, record.toString(), Map.of("If-Match", etag));
		assertThat(written.statusCode()).isEqualTo(200);
		String newEtag = written.headers().firstValue("ETag").orElseThrow();
		assertThat(newEtag).isNotEqualTo(etag);
		JsonNode after = json.readTree(written.body());
		assertThat(after.get("statements").get(0).get("text").asString()).isEqualTo("A corrected statement written back by the API test.");
		// The same statement, changed: its id and its citation kept.
		assertThat(after.get("statements").get(0).get("id").asLong()).isEqualTo(statementId);
		assertThat(after.get("statements").get(0).get("citations")).hasSize(1);
		assertThat(after.get("relations")).hasSize(1);

		HttpResponse<String> stale = send("PUT", "/api" + path, REVIEWER, record.toString(), Map.of("If-Match", etag));
		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(stale.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(stale.headers().firstValue("ETag")).contains(newEtag);
		assertThat(json.readTree(stale.body()).get("detail").asString()).contains("read it again");

		// A record read back unchanged writes back as it is: nothing in it is refused.
		ObjectNode again = (ObjectNode) json.readTree(send("GET", "/api" + path, null, null, Map.of()).body());
		again.put("changeSummary", "Writes the record back unchanged");
		assertThat(send("PUT", "/api" + path, REVIEWER, again.toString(), Map.of("If-Match", newEtag)).statusCode())
			.isEqualTo(200);
	}

	@Test
	void aSeededEntryReadInEnglishWritesBackUnchangedAndKeepsEveryClaim() {
		HttpResponse<String> read = send("GET", "/api/people/andres-pascal-allende", null, null, Map.of());
		ObjectNode record = (ObjectNode) json.readTree(read.body());
		record.put("changeSummary", "Writes Andrés Pascal Allende back unchanged");
		HttpResponse<String> written = send("PUT", "/api/people/andres-pascal-allende", REVIEWER, record.toString(),
				Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));

		assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
		JsonNode after = json.readTree(written.body());
		for (String claims : new String[] { "names", "statements", "relations" }) {
			assertThat(after.get(claims).toString()).as(claims).isEqualTo(record.get(claims).toString());
		}
		assertThat(after.get("date").toString()).isEqualTo(record.get("date").toString());
	}

	@Test
	void aSeededEntrysEditorialNotesWriteBackUnchangedAndARecordReadInSpanishIsNotWrittenBack() {
		Map<String, Object> noted = jdbc.queryForMap("select e.kind, e.slug from editorial_note n join entry e on e.id = "
				+ "n.entry_id where n.statement_id is not null and e.withdrawn is null order by n.id fetch first 1 rows only");
		String path = "/api/" + org.mirarchive.entry.EntryKind.valueOf((String) noted.get("kind")).path() + "/"
				+ noted.get("slug");
		HttpResponse<String> read = send("GET", path, null, null, Map.of());
		ObjectNode record = (ObjectNode) json.readTree(read.body());
		assertThat(record.get("statements").toString()).contains("\"notes\":[{\"id\":");

		// Read in Spanish, the record words its locators in Spanish: its ETag says so, and it is not written back.
		HttpResponse<String> spanish = send("GET", path, null, null, Map.of("Accept-Language", "es"));
		String spanishTag = spanish.headers().firstValue("ETag").orElseThrow();
		assertThat(spanishTag).isEqualTo(read.headers().firstValue("ETag").orElseThrow().replace("\"", "").transform(
				version -> "\"" + version + "-es\""));
		ObjectNode spanishRecord = (ObjectNode) json.readTree(spanish.body());
		spanishRecord.put("changeSummary", "Writes the Spanish record back");
		HttpResponse<String> refused = send("PUT", path, REVIEWER, spanishRecord.toString(), Map.of("If-Match", spanishTag));
		assertThat(refused.statusCode()).isEqualTo(412);
		assertThat(json.readTree(refused.body()).get("detail").asString()).contains("read the record in English");

		record.put("changeSummary", "Writes an entry with editorial notes back unchanged");
		HttpResponse<String> written = send("PUT", path, REVIEWER, record.toString(),
				Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));
		assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
		JsonNode after = json.readTree(written.body());
		assertThat(after.get("statements").toString()).isEqualTo(record.get("statements").toString());
		assertThat(after.get("contentNote")).isEqualTo(record.get("contentNote"));
	}

	@Test
	void anEditorialNoteIsAddedAndRemovedThroughTheApi() {
		String path = created("Noted Person " + unique());
		Map<String, Object> work = jdbc.queryForMap(
				"select slug, title from source where quotable = false order by id fetch first 1 rows only");
		String noteText = "The work " + work.get("title") + " adds to this statement, in a test of the write API.";
		HttpResponse<String> read = send("GET", "/api" + path, null, null, Map.of());
		ObjectNode record = (ObjectNode) json.readTree(read.body());
		ObjectNode note = ((ObjectNode) record.get("statements").get(0)).putArray("notes").addObject();
		note.put("kind", "PRECISION");
		note.put("text", noteText);
		note.putObject("translations").putObject("es").put("text", "Una nota de prueba de la API.");
		ObjectNode citation = note.putArray("citations").addObject();
		citation.putObject("source").put("slug", (String) work.get("slug"));
		citation.put("locator", "p. 1");
		record.put("changeSummary", "Adds a note");
		HttpResponse<String> added = send("PUT", "/api" + path, REVIEWER, record.toString(),
				Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
		assertThat(send("GET", path, null, null, Map.of()).body()).contains(noteText);
		assertThat(send("GET", path + "?lang=es", null, null, Map.of()).body()).contains("Una nota de prueba de la API.");

		// Uncited, the note is refused by its field's name in the record, and nothing changes.
		ObjectNode uncited = (ObjectNode) json.readTree(added.body());
		((ObjectNode) uncited.get("statements").get(0).get("notes").get(0)).putArray("citations");
		uncited.put("changeSummary", "Takes the note's citation away");
		String etag = added.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> invalid = send("PUT", "/api" + path, REVIEWER, uncited.toString(), Map.of("If-Match", etag));
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("statements[0].notes[0]");

		ObjectNode without = (ObjectNode) json.readTree(added.body());
		((ObjectNode) without.get("statements").get(0)).putArray("notes");
		without.put("changeSummary", "Removes the note");
		HttpResponse<String> removed = send("PUT", "/api" + path, REVIEWER, without.toString(), Map.of("If-Match", etag));
		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
		assertThat(send("GET", path, null, null, Map.of()).body()).doesNotContain(noteText);
	}

	@Test
	void anEditorsChangeWaitsUnseenByReadersUntilAReviewerApprovesItThroughTheApi() {
		String editor = newAccount("EDITOR");
		String path = created("Awaited Person " + unique());
		HttpResponse<String> read = send("GET", "/api" + path, null, null, Map.of());
		ObjectNode record = (ObjectNode) json.readTree(read.body());
		((ObjectNode) record.get("statements").get(0)).put("text", "A statement an editor proposed through the API.");
		record.put("changeSummary", "Proposes a new wording");

		HttpResponse<String> proposed = send("PUT", "/api" + path, editor, record.toString(),
				Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));
		assertThat(proposed.statusCode()).isEqualTo(202);
		String location = proposed.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches("http://localhost:" + port + "/api/changes/[0-9]+");
		JsonNode changeSet = json.readTree(proposed.body());
		assertThat(changeSet.get("status").asString()).isEqualTo("PENDING");
		assertThat(changeSet.get("touches").get(0).get("url").asString()).endsWith(path);
		String id = changeSet.get("id").asString();

		assertThat(send("GET", "/api" + path, null, null, Map.of()).body()).doesNotContain("an editor proposed");
		assertThat(send("GET", path, null, null, Map.of()).body()).doesNotContain("an editor proposed");
		// Unpublished work: only with a token, and an editor sees their own.
		assertThat(send("GET", "/api/changes", null, null, Map.of()).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/api/changes/" + id, null, null, Map.of()).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/api/changes", editor, null, Map.of()).body()).contains("Proposes a new wording");
		assertThat(send("GET", "/api/changes", newAccount("EDITOR"), null, Map.of()).body())
			.doesNotContain("Proposes a new wording");
		JsonNode shown = json.readTree(send("GET", "/api/changes/" + id, REVIEWER, null, Map.of()).body());
		assertThat(shown.get("changes").get(0).get("changes").get(0).get("field").asString()).isEqualTo("statements[0].text");
		assertThat(shown.get("changes").get(0).get("changes").get(0).get("after").asString())
			.isEqualTo("A statement an editor proposed through the API.");

		assertThat(send("POST", "/api/changes/" + id + "/approve", editor, null, Map.of()).statusCode()).isEqualTo(403);
		assertThat(send("POST", "/api/changes/" + id + "/approve", null, null, Map.of()).statusCode()).isEqualTo(401);
		HttpResponse<String> approved = send("POST", "/api/changes/" + id + "/approve", REVIEWER, null, Map.of());
		assertThat(approved.statusCode()).isEqualTo(200);
		assertThat(json.readTree(approved.body()).get("status").asString()).isEqualTo("APPROVED");
		assertThat(send("GET", "/api" + path, null, null, Map.of()).body()).contains("an editor proposed");
		assertThat(send("POST", "/api/changes/" + id + "/approve", REVIEWER, null, Map.of()).statusCode()).isEqualTo(409);
		assertThat(jdbc.queryForList("select kind from authentication_event where subject = ?", String.class,
				"change set " + id)).containsExactly("CHANGE_SET_APPROVED");
		assertThat(send("GET", "/api/changes/999999999", REVIEWER, null, Map.of()).statusCode()).isEqualTo(404);
	}

	@Test
	void anEditorsNewEntryWaitsAndARejectedOneIsNeverPublished() {
		String editor = newAccount("EDITOR");
		String name = "Rejected Apiperson " + unique();
		HttpResponse<String> proposed = send("POST", "/api/people", editor, newPerson(name), Map.of());
		assertThat(proposed.statusCode()).isEqualTo(202);
		JsonNode changeSet = json.readTree(proposed.body());
		assertThat(changeSet.get("touches").get(0).get("created").asBoolean()).isTrue();
		assertThat(changeSet.get("touches").get(0).get("name").asString()).isEqualTo(name);
		String id = changeSet.get("id").asString();
		assertThat(jdbc.queryForObject("select count(*) from entry where name = ?", Integer.class, name)).isZero();

		HttpResponse<String> rejected = send("POST", "/api/changes/" + id + "/reject", REVIEWER,
				"{\"comment\": \"No work cited says so.\"}", Map.of());
		assertThat(rejected.statusCode()).isEqualTo(200);
		assertThat(json.readTree(rejected.body()).get("status").asString()).isEqualTo("REJECTED");
		assertThat(json.readTree(rejected.body()).get("comment").asString()).isEqualTo("No work cited says so.");
		assertThat(jdbc.queryForObject("select count(*) from entry where name = ?", Integer.class, name)).isZero();
		assertThat(jdbc.queryForList("select kind from authentication_event where subject = ?", String.class,
				"change set " + id)).containsExactly("CHANGE_SET_REJECTED");
	}

	@Test
	void aRecordThatBreaksTheRulesIs422NamingEachFieldAndNothingIsSaved() {
		String name = "Uncited Apiperson " + unique();
		ObjectNode person = (ObjectNode) json.readTree(newPerson(name));
		((ObjectNode) person.get("statements").get(0)).set("citations", json.createArrayNode());
		((ObjectNode) person.get("relations").get(0)).put("kind", "LEADER_OF_NOTHING");
		person.set("date", json.readTree("{\"edtf\": \"the sixties\", \"citations\": []}"));
		person.putObject("translations").putObject("es").put("summary", "x".repeat(700));
		person.remove("changeSummary");
		int changeSets = jdbc.queryForObject("select count(*) from change_set", Integer.class);

		HttpResponse<String> refused = send("POST", "/api/people", REVIEWER, person.toString(), Map.of());

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode problem = json.readTree(refused.body());
		assertThat(problem.get("status").asInt()).isEqualTo(422);
		Map<String, String> errors = new LinkedHashMap<>();
		problem.get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
		assertThat(errors).containsKeys("statements[0].citations", "relations[0].kind", "date.edtf",
				"translations.es.summary", "changeSummary");
		assertThat(errors.get("changeSummary")).isEqualTo("Say in a line what you changed, and from which work.");
		assertThat(jdbc.queryForObject("select count(*) from change_set", Integer.class)).isEqualTo(changeSets);
		assertThat(jdbc.queryForObject("select count(*) from entry where name = ?", Integer.class, name)).isZero();

		HttpResponse<String> malformed = send("POST", "/api/people", REVIEWER, "{\"name\": ", Map.of());
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	void writesNeedATokenAndTheRightRoleAndAnUnknownEntryIs404() {
		String body = newPerson("Anonymous Apiperson " + unique());
		assertThat(send("POST", "/api/people", null, body, Map.of()).statusCode()).isEqualTo(401);
		assertThat(send("POST", "/api/people", "mir_not-a-token", body, Map.of()).statusCode()).isEqualTo(401);
		assertThat(send("PUT", "/api/people/andres-pascal-allende", null, body, Map.of("If-Match", "\"1\"")).statusCode())
			.isEqualTo(401);
		assertThat(send("POST", "/api/people/miguel-enriquez/revert", null, "{\"revision\": 1}", Map.of()).statusCode())
			.isEqualTo(401);
		assertThat(send("POST", "/api/changes/1/reject", newAccount("EDITOR"), "{}", Map.of()).statusCode()).isEqualTo(403);
		HttpResponse<String> missing = send("PUT", "/api/people/nobody-at-all", REVIEWER, body, Map.of("If-Match", "\"1\""));
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(send("GET", "/api/people/nobody-at-all/history", null, null, Map.of()).statusCode()).isEqualTo(404);
		// No session: a token's answer sets no cookie.
		assertThat(send("GET", "/api/changes", REVIEWER, null, Map.of()).headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void anEntrysHistoryNumbersItsRevisionsAndARevertIsANewOne() {
		String path = created("Reverted Apiperson " + unique());
		HttpResponse<String> read = send("GET", "/api" + path, null, null, Map.of());
		ObjectNode record = (ObjectNode) json.readTree(read.body());
		((ObjectNode) record.get("statements").get(0)).put("text", "A mistaken statement the API test reverts.");
		record.put("changeSummary", "Rewords mistakenly");
		send("PUT", "/api" + path, REVIEWER, record.toString(), Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));

		JsonNode history = json.readTree(send("GET", "/api" + path + "/history", null, null, Map.of()).body());
		List<JsonNode> revisions = new ArrayList<>();
		history.get("revisions").forEach(revisions::add);
		assertThat(revisions).hasSize(2);
		assertThat(revisions.get(0).get("summary").asString()).isEqualTo("Rewords mistakenly");
		assertThat(revisions.get(0).get("author").asString()).isEqualTo(CuratorsTest.ADMINISTRATOR);
		assertThat(revisions.get(0).get("changeSet").isNumber()).isTrue();
		assertThat(revisions.get(0).get("size").get("changed").asInt()).isEqualTo(1);
		int first = revisions.get(1).get("revision").asInt();
		assertThat(revisions.get(0).get("revision").asInt()).isGreaterThan(first);
		assertThat(revisions.get(1).get("url").asString()).endsWith(path + "/revisions/" + first);

		String editor = newAccount("EDITOR");
		HttpResponse<String> proposed = send("POST", "/api" + path + "/revert", editor, "{\"revision\": " + first + "}", Map.of());
		assertThat(proposed.statusCode()).isEqualTo(202);
		assertThat(send("GET", "/api" + path, null, null, Map.of()).body()).contains("mistaken statement");
		assertThat(send("POST", "/api" + path + "/revert", REVIEWER, "{\"revision\": 999999}", Map.of()).statusCode())
			.isEqualTo(422);
		String readInSpanish = send("GET", "/api" + path, null, null, Map.of("Accept-Language", "es"))
			.headers().firstValue("ETag").orElseThrow();
		assertThat(send("POST", "/api" + path + "/revert", REVIEWER, "{\"revision\": " + first + "}",
				Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow())).statusCode())
			.as("the version before the rewording").isEqualTo(412);
		HttpResponse<String> reverted = send("POST", "/api" + path + "/revert", REVIEWER,
				"{\"revision\": " + first + ", \"changeSummary\": \"Reverts the mistaken wording\"}",
				Map.of("If-Match", readInSpanish));
		assertThat(reverted.statusCode()).isEqualTo(200);
		assertThat(reverted.body()).doesNotContain("mistaken statement");
		assertThat(json.readTree(send("GET", "/api" + path + "/history", null, null, Map.of()).body()).get("revisions"))
			.hasSize(3);
		assertThat(jdbc.queryForList("select kind from authentication_event where subject = ?", String.class, path))
			.containsExactly("REVISION_REVERTED", "REVISION_REVERTED");
	}

	/** A person made through the API by a reviewer; gives its page's path. */
	private String created(String name) {
		HttpResponse<String> created = send("POST", "/api/people", REVIEWER, newPerson(name), Map.of());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	/** A new person's record: a statement and a membership of the MIR, each cited to the seed article. */
	private String newPerson(String name) {
		String quotation = jdbc.queryForObject("select text from quotation where quote_key = 'mir-defined'", String.class);
		ObjectNode person = json.createObjectNode();
		person.put("name", name);
		person.put("summary", "A person added by a test of the write API.");
		ArrayNode statements = person.putArray("statements");
		ObjectNode statement = statements.addObject();
		statement.put("text", name + " was a member of the MIR, according to a test.");
		citation(statement.putArray("citations"), quotation);
		ObjectNode relation = person.putArray("relations").addObject();
		relation.put("kind", "MEMBER_OF");
		relation.putObject("object").put("type", "organization").put("slug", "mir");
		citation(relation.putArray("citations"), quotation);
		person.put("changeSummary", "Adds " + name);
		return person.toString();
	}

	private static void citation(ArrayNode citations, String quotation) {
		ObjectNode citation = citations.addObject();
		citation.putObject("source").put("slug", ARTICLE);
		citation.put("quotation", quotation);
	}

	/** A new account with a role; gives its API token. */
	private String newAccount(String role) {
		HttpResponse<String> made = send("POST", "/api/accounts", REVIEWER, "{\"username\": \"api-" + unique()
				+ "\", \"password\": \"" + PASSWORD + "\", \"role\": \"" + role + "\"}", Map.of());
		assertThat(made.statusCode()).isEqualTo(201);
		return json.readTree(made.body()).get("token").asString();
	}

	private HttpResponse<String> send(String method, String path, String token, String body, Map<String, String> headers) {
		return ApiRequests.send(port, method, path, token, body, headers);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
