package org.mirarchive.curation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.HtmlChecker;
import org.mirarchive.account.CuratorBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curators' screen for importing a spreadsheet ({@code /curate/import}), as a curator uses it
 * in a browser without JavaScript: the form, a check that lists each problem by file, line and
 * column and saves nothing, and an import that makes one change set; a reader is sent to log in,
 * and a form without its CSRF token is refused.
 */
@EditedArchiveWebTest
class ImportScreenTest extends CuratorsOverHttp {

	private static final HtmlChecker CHECKER = new HtmlChecker();

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aReaderIsSentToLogInAndAFormWithoutItsTokenIsRefused() {
		HttpResponse<String> anonymous = get(ImportController.IMPORT);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		CuratorBrowser editor = loggedIn(newAccount("import-screen", "EDITOR").name(), PASSWORD);
		int changeSets = changeSets();
		Map<String, String> fields = new LinkedHashMap<>(files("Importscreen Nocsrf " + unique()));
		fields.put("action", "import");
		fields.put("summary", "Imports a person");
		assertThat(post(editor, fields).statusCode()).isEqualTo(403);
		assertThat(changeSets()).isEqualTo(changeSets);
	}

	@Test
	void aCheckListsEachProblemByFileLineAndColumnAndSavesNothing() {
		CuratorBrowser editor = loggedIn(newAccount("import-screen", "EDITOR").name(), PASSWORD);
		Document form = editor.page(ImportController.IMPORT);
		assertThat(form.select("form[enctype=multipart/form-data] input[type=file]")).hasSize(ImportFiles.all().size());
		int changeSets = changeSets();
		Map<String, String> fields = new LinkedHashMap<>(files("Importscreen Badwork " + unique()));
		fields.put("citations", fields.get("citations").replace(ImportApiTest.ARTICLE, "no-such-work"));
		fields.put("_csrf", editor.csrf(ImportController.IMPORT));
		fields.put("action", "check");

		HttpResponse<String> answer = post(editor, fields);

		assertThat(answer.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.select("tr.import-problem")).hasSize(3);
		assertThat(page.select("tr.import-problem").get(0).select("td").eachText()).containsExactly("citations", "2",
				"source_slug", "The archive has no work no-such-work. Choose one of its works, or add the work first.");
		assertThat(changeSets()).isEqualTo(changeSets);
		assertThat(CHECKER.check(answer.body())).as("the report's markup").isEmpty();
		assertThat(CHECKER.check(new String(editor.get(ImportController.IMPORT).body(), StandardCharsets.UTF_8)))
			.as("the form's markup")
			.isEmpty();
	}

	@Test
	void anEditorsImportIsOneChangeSetWaitingForAReviewerShownInSpanishToo() {
		CuratorBrowser editor = loggedIn(newAccount("import-screen", "EDITOR").name(), PASSWORD);
		String name = "Importscreen Good " + unique();
		Map<String, String> fields = new LinkedHashMap<>(files(name));
		fields.put("_csrf", editor.csrf(ImportController.IMPORT));
		fields.put("action", "check");
		Document checked = Jsoup.parse(post(editor, fields).body());
		assertThat(checked.select("section.import-record h2").text()).contains(name, "/people/" + ImportApiTest.slug(name));
		assertThat(checked.select("section.import-record ins").eachText()).contains(name);
		int changeSets = changeSets();

		fields.put("action", "import");
		fields.put("summary", "Imports " + name);
		HttpResponse<String> imported = post(editor, fields);

		assertThat(imported.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(imported.body()).select("p.curator-message").text()).contains("waits for a reviewer");
		assertThat(CHECKER.check(imported.body())).as("the markup of an import done").isEmpty();
		assertThat(changeSets()).isEqualTo(changeSets + 1);
		assertThat(jdbc.queryForObject("select status from change_set where summary = ?", String.class, "Imports " + name))
			.isEqualTo("PENDING");
		assertThat(jdbc.queryForObject("select count(*) from entry where name = ?", Integer.class, name)).isZero();
		HttpResponse<String> spanish = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + ImportController.IMPORT))
			.header("Cookie", "JSESSIONID=" + editor.session())
			.header("Accept-Language", "es"));
		assertThat(Jsoup.parse(spanish.body()).select("h1").text()).isEqualTo("Importar una hoja de cálculo");
	}

	/** A new person's three files as a form's file fields. */
	private Map<String, String> files(String name) {
		String quotation = jdbc.queryForObject("select text from quotation where quote_key = 'mir-defined'", String.class);
		return ImportApiTest.person(name, "1950", quotation).parts();
	}

	private int changeSets() {
		return jdbc.queryForObject("select count(*) from change_set", Integer.class);
	}

	/** Posts the form as a browser does: multipart, the files as files, with the curator's session. */
	private HttpResponse<String> post(CuratorBrowser curator, Map<String, String> fields) {
		String boundary = "screen-" + unique();
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> {
			boolean file = ImportFiles.all().containsKey(name);
			body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
				.append(file ? "\"; filename=\"" + name + ".csv\"\r\nContent-Type: text/csv" : "\"")
				.append("\r\n\r\n").append(value).append("\r\n");
		});
		body.append("--").append(boundary).append("--\r\n");
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + ImportController.IMPORT))
			.header("Cookie", "JSESSIONID=" + curator.session())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

}
