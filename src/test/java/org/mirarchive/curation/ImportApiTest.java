package org.mirarchive.curation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.account.CuratorsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The import for programs ({@code POST /api/imports}), as a script meets it: each bad file refused
 * with its file, line, column and what to do, and nothing saved; a good file's dry run saying what
 * it would make and change, field by field; the import one change set, waiting for a reviewer when
 * an editor sends it and published when a reviewer does.
 */
@EditedArchiveWebTest
class ImportApiTest extends CuratorsOverHttp {

	static final String ARTICLE = ApiWritesTest.ARTICLE;

	private static final String REVIEWER = CuratorsTest.ADMINISTRATOR_TOKEN;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private HeldText heldText;

	@Test
	void aFileNotInUtf8IsRefusedWithTheLineOfItsFirstBadByteAndNothingChanges() {
		Counts before = counts();
		byte[] latin1 = (header(ImportFiles.ENTRY_COLUMNS) + ",Importlatin Ana,,A person,,,,,,,\r\n"
				+ ",Importlatin Jos\u00e9,,A person,,,,,,,\r\n").getBytes(StandardCharsets.ISO_8859_1);

		HttpResponse<String> answer = csv("people", true, HttpRequest.BodyPublishers.ofByteArray(latin1), REVIEWER);

		assertThat(answer.statusCode()).isEqualTo(422);
		JsonNode problem = only(answer);
		assertThat(problem.get("file").asString()).isEqualTo("people");
		assertThat(problem.get("line").asLong()).isEqualTo(3);
		assertThat(problem.get("column").isNull()).isTrue();
		assertThat(problem.get("message").asString()).contains("not in UTF-8", "CSV UTF-8");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aFileWithAColumnMissingIsRefusedNamingItAndTheColumnsExpected() {
		Counts before = counts();
		List<String> columns = new ArrayList<>(ImportFiles.ENTRY_COLUMNS);
		columns.remove("summary");

		HttpResponse<String> answer = csv("people", true,
				HttpRequest.BodyPublishers.ofString(header(columns) + ",Importcolumns Ana,,1950,,,,,,\r\n"), REVIEWER);

		assertThat(answer.statusCode()).isEqualTo(422);
		JsonNode problem = only(answer);
		assertThat(problem.get("line").asLong()).isEqualTo(1);
		assertThat(problem.get("column").asString()).isEqualTo("summary");
		assertThat(problem.get("message").asString()).isEqualTo("The column summary is missing. The columns, in this "
				+ "order, are: " + String.join(", ", ImportFiles.ENTRY_COLUMNS) + ".");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aFileOfAHundredThousandRowsIsRefusedAtTheLimitAndNothingChanges() {
		Counts before = counts();
		byte[] row = ",X,,s,,,,,,,\r\n".getBytes(StandardCharsets.UTF_8);
		// Made as it is sent: the test never holds the file either.
		InputStream rows = new InputStream() {
			private long served;

			@Override
			public int read() {
				if (served == 100_000L * row.length) {
					return -1;
				}
				return row[(int) (served++ % row.length)];
			}
		};
		InputStream file = new SequenceInputStream(
				new ByteArrayInputStream(header(ImportFiles.ENTRY_COLUMNS).getBytes(StandardCharsets.UTF_8)), rows);

		HttpResponse<String> answer = csv("people", true, HttpRequest.BodyPublishers.ofInputStream(() -> file), REVIEWER);

		assertThat(answer.statusCode()).isEqualTo(422);
		JsonNode problem = only(answer);
		assertThat(problem.get("line").asLong()).isEqualTo(10_002);
		assertThat(problem.get("message").asString()).contains("more than 10,000 rows");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aQuotationNotInTheWorkWordForWordIsReportedAtItsLineAndColumnAndNothingChanges() {
		assumeTrue(heldText.holds(ARTICLE), "the seed article's text is held (archive.held-text.article)");
		Counts before = counts();
		Files files = person("Importverbatim Ana " + unique(), "1950");
		files.citations.set(1, files.citations.get(1).replace(quotation(), "The MIR was founded on the moon."));

		HttpResponse<String> answer = multipart(files.parts(), "dryRun=true", REVIEWER);

		assertThat(answer.statusCode()).isEqualTo(422);
		JsonNode problem = only(answer);
		assertThat(problem.get("file").asString()).isEqualTo("citations");
		assertThat(problem.get("line").asLong()).isEqualTo(3);
		assertThat(problem.get("column").asString()).isEqualTo("quotation");
		assertThat(problem.get("message").asString()).startsWith("This passage is not in the work word for word.");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aCitationOfAWorkTheArchiveDoesNotHaveIsReportedAtItsLineAndColumnAndNothingChanges() {
		Counts before = counts();
		Files files = person("Importmissing Ana " + unique(), "1950");
		files.citations.set(2, files.citations.get(2).replace(ARTICLE, "no-such-work"));

		// Not a dry run: the import itself is refused whole.
		HttpResponse<String> answer = multipart(files.parts(), "summary=Imports+a+person", REVIEWER);

		assertThat(answer.statusCode()).isEqualTo(422);
		JsonNode problem = only(answer);
		assertThat(problem.get("file").asString()).isEqualTo("citations");
		assertThat(problem.get("line").asLong()).isEqualTo(4);
		assertThat(problem.get("column").asString()).isEqualTo("source_slug");
		assertThat(problem.get("message").asString()).startsWith("The archive has no work no-such-work.");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void everyRowsProblemsAreReportedTogetherABadDateAndAnUnknownKindOfRelation() {
		Counts before = counts();
		Files files = person("Importdates Ana " + unique(), "1950-13-45");
		files.relations.set(0, files.relations.get(0).replace("MEMBER_OF", "FRIEND_OF"));
		files.citations.set(2, files.citations.get(2).replace("MEMBER_OF", "FRIEND_OF"));

		HttpResponse<String> answer = multipart(files.parts(), "dryRun=true", REVIEWER);

		assertThat(answer.statusCode()).isEqualTo(422);
		List<String> problems = new ArrayList<>();
		JSON.readTree(answer.body()).get("problems").forEach(p -> problems.add(p.get("file").asString() + ":"
				+ p.get("line").asLong() + ":" + p.get("column").asString() + " " + p.get("message").asString()));
		assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("people:2:date_edtf “1950-13-45” is not a date"));
		assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("relations:2:kind “FRIEND_OF” is not a kind of relation"));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aGoodFilesDryRunSaysWhatItWouldMakeAndChangesNothing() {
		Counts before = counts();
		String name = "Importdry Ana " + unique();

		HttpResponse<String> answer = multipart(person(name, "1950").parts(), "dryRun=true", REVIEWER);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode report = JSON.readTree(answer.body());
		assertThat(report.get("valid").asBoolean()).isTrue();
		assertThat(report.get("problems")).isEmpty();
		JsonNode record = report.get("records").get(0);
		assertThat(record.get("action").asString()).isEqualTo("create");
		assertThat(record.get("slug").asString()).isEqualTo(slug(name));
		assertThat(record.get("changes")).anySatisfy(change -> {
			assertThat(change.get("field").asString()).isEqualTo("name");
			assertThat(change.get("after").asString()).isEqualTo(name);
		});
		assertThat(report.get("changeSet").isNull()).isTrue();
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void anEditorsImportWaitsForAReviewerAsOneChangeSetAndAReviewersIsPublished() {
		String name = "Importeditor Ana " + unique();
		String editor = newAccount("import-editor", "EDITOR").token();

		HttpResponse<String> waiting = multipart(person(name, "1950").parts(), "summary=Imports+a+person", editor);

		assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(202);
		JsonNode report = JSON.readTree(waiting.body());
		assertThat(report.get("status").asString()).isEqualTo("PENDING");
		long changeSet = report.get("changeSet").asLong();
		assertThat(waiting.headers().firstValue("Location")).contains("/api/changes/" + changeSet);
		assertThat(jdbc.queryForObject("select count(*) from entry where name = ?", Integer.class, name)).isZero();

		String published = "Importreviewer Ana " + unique();
		HttpResponse<String> made = multipart(person(published, "1950").parts(), "summary=Imports+a+person", REVIEWER);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		assertThat(JSON.readTree(made.body()).get("status").asString()).isEqualTo("APPROVED");
		assertThat(get("/people/" + slug(published)).statusCode()).isEqualTo(200);
	}

	@Test
	void aChangedSummaryOfAPublishedEntryIsShownAsADiffAgainstIt() {
		String name = "Importchange Ana " + unique();
		assertThat(multipart(person(name, "1950").parts(), "summary=Imports+a+person", REVIEWER).statusCode())
			.isEqualTo(201);
		Counts before = counts();
		Files changed = new Files();
		changed.people.add(csvRow(slug(name), name, "", "A person whose summary an import changed.", "1950", "", "", "",
				"", "", ""));

		HttpResponse<String> answer = multipart(changed.parts(), "dryRun=true", REVIEWER);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode record = JSON.readTree(answer.body()).get("records").get(0);
		assertThat(record.get("action").asString()).isEqualTo("change");
		assertThat(record.get("changes")).hasSize(1);
		JsonNode change = record.get("changes").get(0);
		assertThat(change.get("field").asString()).isEqualTo("summary");
		assertThat(change.get("before").asString()).isEqualTo("A person imported by a test.");
		assertThat(change.get("after").asString()).isEqualTo("A person whose summary an import changed.");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aRelationBetweenTwoEntriesOfTheSameImportIsMadeWhenTheyArePublished() {
		String ana = "Importkin Ana " + unique();
		String bea = "Importkin Bea " + unique();
		String cora = "Importkin Cora " + unique();
		Files files = person(ana, "1950");
		for (String other : List.of(bea, cora)) {
			Files more = person(other, "1950");
			files.people.addAll(more.people);
			files.relations.addAll(more.relations);
			files.citations.addAll(more.citations);
		}
		// The first row's entry the subject (the later one holds it), and the last row's (it holds it).
		files.relations.add(csvRow("RELATIVE_OF", "person", slug(ana), ana, "person", slug(bea), bea, "sister", "", "", "",
				"", ""));
		files.relations.add(csvRow("RELATIVE_OF", "person", slug(cora), cora, "person", slug(ana), ana, "", "", "", "",
				"", ""));
		files.citations.add(csvRow("person", slug(ana), "relation", "RELATIVE_OF " + bea, ARTICLE, "", "", "", quotation()));
		files.citations.add(csvRow("person", slug(cora), "relation", "RELATIVE_OF " + ana, ARTICLE, "", "", "", quotation()));

		HttpResponse<String> checked = multipart(files.parts(), "dryRun=true", REVIEWER);
		assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
		HttpResponse<String> made = multipart(files.parts(), "summary=Imports+three+relatives", REVIEWER);

		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		assertThat(kin(ana)).containsExactlyInAnyOrder(slug(ana) + " RELATIVE_OF " + slug(bea) + " (sister)",
				slug(cora) + " RELATIVE_OF " + slug(ana) + " ()");
		assertThat(kin(bea)).containsExactly(slug(ana) + " RELATIVE_OF " + slug(bea) + " (sister)");
		assertThat(kin(cora)).containsExactly(slug(cora) + " RELATIVE_OF " + slug(ana) + " ()");
	}

	/** An entry's relations of kin as its record gives them: subject, kind, object and role. */
	private List<String> kin(String name) {
		HttpResponse<String> record = get("/api/people/" + slug(name));
		assertThat(record.statusCode()).isEqualTo(200);
		List<String> kin = new ArrayList<>();
		JSON.readTree(record.body()).get("relations").forEach(r -> {
			if (r.get("kind").asString().equals("RELATIVE_OF")) {
				kin.add(r.get("subject").get("slug").asString() + " RELATIVE_OF " + r.get("object").get("slug").asString()
						+ " (" + (r.get("role").isNull() ? "" : r.get("role").asString()) + ")");
			}
		});
		return kin;
	}

	@Test
	void theSpanishHeadwordSummaryAndStatementsOfTheTranslationsFileAreImportedAndItsMistakesReported() {
		String name = "Importspanish Ana " + unique();
		Files files = person(name, "1950");
		String statement = name + " was a member of the MIR, says a test.";
		files.translations.add(csvRow("person", slug(name), "entry", "summary", "A person imported by a test.", "es",
				"Una persona importada por una prueba."));
		files.translations.add(csvRow("person", slug(name), "statement", "text", statement, "es",
				name + " fue militante del MIR, según una prueba."));
		// A note's translation is not read: the import does not take notes.
		files.translations.add(csvRow("person", slug(name), "note", "text", "A note.", "es", "Una nota."));

		HttpResponse<String> checked = multipart(files.parts(), "dryRun=true", REVIEWER);
		assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
		assertThat(JSON.readTree(checked.body()).get("records").get(0).get("changes"))
			.anySatisfy(change -> assertThat(change.get("after").asString()).isEqualTo("Una persona importada por una prueba."));
		HttpResponse<String> made = multipart(files.parts(), "summary=Imports+a+person+in+two+languages", REVIEWER);

		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		JsonNode record = JSON.readTree(get("/api/people/" + slug(name)).body());
		assertThat(record.at("/translations/es/summary").asString()).isEqualTo("Una persona importada por una prueba.");
		assertThat(record.get("statements")).anySatisfy(s -> {
			assertThat(s.get("text").asString()).isEqualTo(statement);
			assertThat(s.at("/translations/es/text").asString()).isEqualTo(name + " fue militante del MIR, según una prueba.");
		});

		Counts before = counts();
		String other = "Importspanish Bea " + unique();
		Files wrong = person(other, "1950");
		wrong.translations.add(csvRow("person", slug(other), "entry", "summary", "A person imported by a test.", "fr",
				"Une personne."));
		wrong.translations.add(csvRow("person", slug(other), "statement", "text", "No such statement.", "es",
				"Ninguna afirmación."));
		HttpResponse<String> refused = multipart(wrong.parts(), "summary=Imports+a+person", REVIEWER);
		assertThat(refused.statusCode()).isEqualTo(422);
		List<String> problems = new ArrayList<>();
		JSON.readTree(refused.body()).get("problems").forEach(p -> problems.add(p.get("file").asString() + ":"
				+ p.get("line").asLong() + ":" + p.get("column").asString() + " " + p.get("message").asString()));
		assertThat(problems).containsExactly(
				"translations:2:language The archive translates into Spanish only: write es here, not “fr”.",
				"translations:3:english The entry has no statement “No such statement.” to translate: write its English "
						+ "text as the citations file does.");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void anImportWithoutASummaryOrWithoutATokenSavesNothing() {
		Counts before = counts();
		Files files = person("Importsummary Ana " + unique(), "1950");

		HttpResponse<String> unsummarised = multipart(files.parts(), "", REVIEWER);
		assertThat(unsummarised.statusCode()).isEqualTo(422);
		assertThat(only(unsummarised).get("message").asString()).contains("Say in a line what you changed");
		assertThat(multipart(files.parts(), "dryRun=true", null).statusCode()).isEqualTo(401);
		assertThat(counts()).isEqualTo(before);
	}

	/** What an import changes when it saves anything. */
	record Counts(int entries, int changeSets, int citations) {
	}

	private Counts counts() {
		return new Counts(jdbc.queryForObject("select count(*) from entry", Integer.class),
				jdbc.queryForObject("select count(*) from change_set", Integer.class),
				jdbc.queryForObject("select count(*) from citation", Integer.class));
	}

	/** The three files of a new person: the entry, a membership of the MIR, and their citations. */
	Files person(String name, String edtf) {
		return person(name, edtf, quotation());
	}

	static Files person(String name, String edtf, String quotation) {
		String slug = slug(name);
		Files files = new Files();
		files.people.add(csvRow(slug, name, "", "A person imported by a test.", edtf, "", "", "", "", "", ""));
		files.relations.add(csvRow("MEMBER_OF", "person", slug, name, "organization", "mir", "MIR", "", "", "", "", "", ""));
		files.citations.add(csvRow("person", slug, "statement", name + " was a member of the MIR, says a test.", ARTICLE, "",
				"", "", quotation));
		files.citations.add(csvRow("person", slug, "date", edtf, ARTICLE, "", "", "", quotation));
		files.citations.add(csvRow("person", slug, "relation", "MEMBER_OF MIR", ARTICLE, "", "", "", quotation));
		return files;
	}

	/** Rows of an import's files, without their headers. */
	static final class Files {

		final List<String> people = new ArrayList<>();

		final List<String> relations = new ArrayList<>();

		final List<String> citations = new ArrayList<>();

		final List<String> translations = new ArrayList<>();

		Map<String, String> parts() {
			Map<String, String> parts = new LinkedHashMap<>();
			parts.put("people", header(ImportFiles.ENTRY_COLUMNS) + String.join("", people));
			if (!relations.isEmpty()) {
				parts.put("relations", header(ImportFiles.RELATION_COLUMNS) + String.join("", relations));
			}
			if (!citations.isEmpty()) {
				parts.put("citations", header(ImportFiles.CITATION_COLUMNS) + String.join("", citations));
			}
			if (!translations.isEmpty()) {
				parts.put("translations", header(ImportFiles.TRANSLATION_COLUMNS) + String.join("", translations));
			}
			return parts;
		}

	}

	String quotation() {
		return jdbc.queryForObject("select text from quotation where quote_key = 'mir-defined'", String.class);
	}

	static String slug(String name) {
		return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
	}

	static String header(List<String> columns) {
		return String.join(",", columns) + "\r\n";
	}

	static String csvRow(String... values) {
		List<String> quoted = new ArrayList<>();
		for (String value : values) {
			quoted.add(value.matches(".*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
		}
		return String.join(",", quoted) + "\r\n";
	}

	private JsonNode only(HttpResponse<String> answer) {
		JsonNode problems = JSON.readTree(answer.body()).get("problems");
		assertThat(problems).as(answer.body()).hasSize(1);
		return problems.get(0);
	}

	private HttpResponse<String> csv(String file, boolean dryRun, HttpRequest.BodyPublisher body, String token) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + ImportApi.IMPORTS + "?file=" + file + "&dryRun=" + dryRun))
			.header("Content-Type", "text/csv; charset=utf-8")
			.POST(body);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	private HttpResponse<String> multipart(Map<String, String> parts, String query, String token) {
		String boundary = "import-" + unique();
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + ImportApi.IMPORTS + "?" + query))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(parts, boundary)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	/** A multipart form's body: each file a part named by it. */
	static byte[] multipartBody(Map<String, String> parts, String boundary) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		parts.forEach((name, text) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"; filename=\"" + name + ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + text + "\r\n")
			.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

}
