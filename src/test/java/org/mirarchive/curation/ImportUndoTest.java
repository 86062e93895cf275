package org.mirarchive.curation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.HtmlChecker;
import org.mirarchive.account.CuratorBrowser;
import org.mirarchive.account.CuratorsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A published import undone as a unit, by a reviewer, as users notice it: the entries it made
 * answer 410 with a reason naming the import, the entries it changed read as before it, their
 * history has the undo as a revision, the audit log one line; refused with nothing changed where an
 * entry changed again after the import (named), where the change set is no import, or for an editor.
 */
@EditedArchiveWebTest
class ImportUndoTest extends CuratorsOverHttp {

	private static final String REVIEWER = CuratorsTest.ADMINISTRATOR_TOKEN;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String FIRST_SUMMARY = "A person imported by a test.";

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void undoingAnImportWithdrawsWhatItMadeAndPutsBackWhatItChangedInOneRevisionAndOneAuditLine() {
		String changedName = "Undochanged Ana " + unique();
		assertThat(imported(person(changedName), REVIEWER).statusCode()).isEqualTo(201);
		String madeName = "Undomade Bea " + unique();
		ImportApiTest.Files files = person(madeName);
		files.people.add(ImportApiTest.csvRow(ImportApiTest.slug(changedName), changedName, "",
				"A summary the import changed.", "1950", "", "", "", "", "", ""));
		HttpResponse<String> made = imported(files, REVIEWER);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		long changeSet = JSON.readTree(made.body()).get("changeSet").asLong();
		String madeUrl = "/people/" + ImportApiTest.slug(madeName);
		String changedUrl = "/people/" + ImportApiTest.slug(changedName);
		assertThat(summaryOf(changedUrl)).isEqualTo("A summary the import changed.");

		HttpResponse<String> undone = undo(changeSet, "{\"reason\": \"The spreadsheet was the wrong one.\"}", REVIEWER);

		assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
		JsonNode answer = JSON.readTree(undone.body());
		assertThat(answer.get("withdrawn").findValuesAsString("address")).containsExactly(madeUrl);
		assertThat(answer.get("restored").findValuesAsString("address")).containsExactly(changedUrl);
		// The entry it made is gone from readers, with a reason that names the import; never deleted.
		assertThat(get(madeUrl).statusCode()).isEqualTo(410);
		HttpResponse<String> gone = get("/api" + madeUrl);
		assertThat(gone.statusCode()).isEqualTo(410);
		assertThat(JSON.readTree(gone.body()).path("reason").asString()).contains("change set " + changeSet,
				"The spreadsheet was the wrong one.");
		assertThat(jdbc.queryForObject("select count(*) from entry where name = ?", Integer.class, madeName)).isOne();
		// The entry it changed reads as before, and its history has the undo as its newest revision.
		assertThat(summaryOf(changedUrl)).isEqualTo(FIRST_SUMMARY);
		JsonNode revisions = JSON.readTree(get("/api" + changedUrl + "/history").body()).get("revisions");
		assertThat(revisions).hasSize(3);
		assertThat(revisions.get(0).get("summary").asString())
			.isEqualTo("Import of change set " + changeSet + " undone: The spreadsheet was the wrong one.");
		assertThat(reader(madeUrl + "/history").select(".revisions > li").first().text())
			.contains("Import of change set " + changeSet + " undone");
		// One line in the audit log; and a second undo is refused.
		assertThat(jdbc.queryForList("select detail from authentication_event where kind = 'IMPORT_UNDONE' and subject = ?",
				String.class, "change set " + changeSet))
			.containsExactly("1 withdrawn, 1 restored: The spreadsheet was the wrong one.");
		HttpResponse<String> again = undo(changeSet, "{\"reason\": \"Twice.\"}", REVIEWER);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(JSON.readTree(again.body()).path("detail").asString()).contains("undone already");
	}

	@Test
	void anImportWhoseEntryChangedSinceIsNotUndoneAndTheAnswerNamesTheEntry() {
		String name = "Undolater Cora " + unique();
		HttpResponse<String> made = imported(person(name), REVIEWER);
		long changeSet = JSON.readTree(made.body()).get("changeSet").asLong();
		ImportApiTest.Files later = new ImportApiTest.Files();
		later.people.add(ImportApiTest.csvRow(ImportApiTest.slug(name), name, "", "Changed after the import.", "1950",
				"", "", "", "", "", ""));
		assertThat(imported(later, REVIEWER).statusCode()).isEqualTo(201);
		String url = "/people/" + ImportApiTest.slug(name);

		HttpResponse<String> refused = undo(changeSet, "{\"reason\": \"Wrong file.\"}", REVIEWER);

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(JSON.readTree(refused.body()).path("detail").asString()).startsWith("Nothing was undone")
			.contains(name + " (" + url + ")");
		assertThat(get(url).statusCode()).isEqualTo(200);
		assertThat(summaryOf(url)).isEqualTo("Changed after the import.");
		assertThat(jdbc.queryForObject("select count(*) from authentication_event where kind = 'IMPORT_UNDONE' and subject = ?",
				Integer.class, "change set " + changeSet)).isZero();
		// Nor is a change set that is no import, an undo without a reason, or an editor's.
		HttpResponse<String> notImport = undo(writtenByTheApi(), "{\"reason\": \"Wrong.\"}", REVIEWER);
		assertThat(notImport.statusCode()).isEqualTo(409);
		assertThat(JSON.readTree(notImport.body()).path("detail").asString()).contains("is not an import");
		long fresh = JSON.readTree(imported(person("Undoreason Dora " + unique()), REVIEWER).body()).get("changeSet").asLong();
		HttpResponse<String> unreasoned = undo(fresh, "{\"reason\": \" \"}", REVIEWER);
		assertThat(unreasoned.statusCode()).isEqualTo(422);
		assertThat(unreasoned.body()).contains("Say why the import is undone");
		assertThat(undo(fresh, "{\"reason\": \"Mine.\"}", newAccount("undo-editor", "EDITOR").token()).statusCode())
			.isEqualTo(403);
		assertThat(undo(999_999_999L, "{\"reason\": \"None.\"}", REVIEWER).statusCode()).isEqualTo(404);
	}

	@Test
	void aReviewerUndoesAnImportFromItsChangeSetPageInEitherLanguage() {
		Made reviewerAccount = newAccount("undo-reviewer", "REVIEWER");
		String name = "Undopage Eva " + unique();
		long changeSet = JSON.readTree(imported(person(name), reviewerAccount.token()).body()).get("changeSet").asLong();
		CuratorBrowser reviewer = loggedIn(reviewerAccount.name(), PASSWORD);
		String page = "/curate/changes/" + changeSet;
		String undoPage = page + "/undo";
		assertThat(reviewer.page(page).select("main a[href=" + undoPage + "]").text()).isEqualTo("Undo this import");
		Document confirm = reviewer.page(undoPage);
		assertThat(confirm.select("h1").text()).isEqualTo("Undo the import of change set " + changeSet);
		assertThat(confirm.select("main section li").eachText()).containsExactly(name);
		assertThat(new HtmlChecker().check(new String(reviewer.get(undoPage).body(), StandardCharsets.UTF_8)))
			.as("the undo page's markup")
			.isEmpty();
		CuratorBrowser editor = loggedIn(newAccount("undo-page-editor", "EDITOR").name(), PASSWORD);
		assertThat(editor.get(undoPage).statusCode()).isEqualTo(403);

		Map<String, String> fields = formOf(confirm);
		HttpResponse<byte[]> unreasoned = reviewer.post(undoPage, fields);
		assertThat(unreasoned.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(new String(unreasoned.body(), StandardCharsets.UTF_8))
			.select("#reason-problem")
			.text()).startsWith("Say why the import is undone");
		assertThat(get("/people/" + ImportApiTest.slug(name)).statusCode()).isEqualTo(200);

		fields.put("reason", "Imported twice by mistake.");
		fields.put("reasonEs", "Importada dos veces por error.");
		HttpResponse<byte[]> undone = reviewer.post(undoPage, fields);
		assertThat(undone.statusCode()).isEqualTo(302);
		assertThat(undone.headers().firstValue("Location").orElseThrow()).endsWith(page);
		assertThat(reviewer.page(page).select("p.curator-message").text()).startsWith("Undone by " + reviewerAccount.name())
			.endsWith("Imported twice by mistake.");
		assertThat(reviewer.page(page).select("main a[href=" + undoPage + "]")).isEmpty();
		assertThat(get("/people/" + ImportApiTest.slug(name)).statusCode()).isEqualTo(410);
		HttpResponse<String> spanish = send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/people/" + ImportApiTest.slug(name)))
			.header("Accept-Language", "es"));
		assertThat(Jsoup.parse(spanish.body()).select("main").text())
			.contains("Creada por la importación del conjunto de cambios " + changeSet + ", que se deshizo: Importada dos veces por error.");
		HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + undoPage))
			.header("Cookie", "JSESSIONID=" + reviewer.session())
			.header("Accept-Language", "es"));
		Document refusedInSpanish = Jsoup.parse(again.body());
		assertThat(refusedInSpanish.select("h1").text())
			.isEqualTo("Deshacer la importación del conjunto de cambios " + changeSet);
		assertThat(refusedInSpanish.select("[role=alert]").text()).contains("ya se deshizo");
		assertThat(refusedInSpanish.select("form.curator-form")).isEmpty();
	}

	private ImportApiTest.Files person(String name) {
		return ImportApiTest.person(name, "1950",
				jdbc.queryForObject("select text from quotation where quote_key = 'mir-defined'", String.class));
	}

	/** The change set of an entry written through the write API, not imported. */
	private long writtenByTheApi() {
		String name = "Undowritten Fay " + unique();
		List<Map<String, Object>> cited = List.of(Map.of("source", Map.of("slug", ImportApiTest.ARTICLE), "quotation",
				jdbc.queryForObject("select text from quotation where quote_key = 'mir-defined'", String.class)));
		HttpResponse<String> made = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/people"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + REVIEWER)
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("name", name, "summary",
					"Written by a test.", "statements",
					List.of(Map.of("text", name + " joined the MIR, says a test.", "citations", cited)), "relations",
					List.of(Map.of("kind", "MEMBER_OF", "object", Map.of("type", "organization", "slug", "mir"),
							"citations", cited)),
					"changeSummary", "Adds " + name)))));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		return jdbc.queryForObject("select id from change_set where summary = ?", Long.class, "Adds " + name);
	}

	private String summaryOf(String url) {
		HttpResponse<String> record = get("/api" + url);
		assertThat(record.statusCode()).as(url).isEqualTo(200);
		return JSON.readTree(record.body()).get("summary").asString();
	}

	private HttpResponse<String> imported(ImportApiTest.Files files, String token) {
		String boundary = "undo-" + unique();
		return send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + ImportApi.IMPORTS + "?summary=Imports+for+an+undo"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofByteArray(ImportApiTest.multipartBody(files.parts(), boundary))));
	}

	private HttpResponse<String> undo(long changeSet, String body, String token) {
		return send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + ChangeSetRecords.CHANGES + "/" + changeSet + "/undo"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

}
