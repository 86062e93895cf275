package org.mirarchive.curation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.account.CuratorBrowser;
import org.mirarchive.account.CuratorsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the curation tests do over HTTP, as curators and readers do it: log in, read a form's
 * fields as a browser would send them, read a page as a reader, make an account with a role
 * through the API (as an administrator's script does).
 */
public abstract class CuratorsOverHttp {

	/** Every account these tests make has this password. */
	static final String PASSWORD = "correct horse battery staple";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	protected int port;

	/** An account made for a test: its name and its first API token. */
	record Made(String name, String token) {
	}

	/**
	 * A form's fields as a browser sends them, before any button is pressed: the edit form where
	 * the page has one, else the page's curators' form (a withdrawal's, a decision's).
	 */
	static Map<String, String> formOf(Document page) {
		FormElement form = (FormElement) (page.selectFirst("form.draft-form") != null ? page.selectFirst("form.draft-form")
				: page.selectFirst("form.curator-form"));
		Map<String, String> fields = new LinkedHashMap<>();
		form.formData().forEach(field -> fields.put(field.key(), field.value()));
		return fields;
	}

	/** The new-work form filled in as a curator would, for a book whose ISBN was not found. */
	Map<String, String> workForm(CuratorBrowser curator, String title) {
		Map<String, String> form = formOf(curator.page("/curate/new-source"));
		form.put("kind", "BOOK");
		form.put("title", title);
		form.put("summary", "A book cited by a test of the curators' screens.");
		form.put("summaryEs", "Un libro citado por una prueba de las pantallas de curaduría.");
		form.put("author", "Curatortest Author");
		form.put("publisher", "Curatortest Press");
		form.put("place", "Santiago");
		form.put("issued", "1999");
		form.put("language", "en");
		form.put(unknownReason(form, "ISBN"), "NOT_FOUND");
		form.put("changeSummary", "Adds the work " + title);
		form.put("action", "save");
		return form;
	}

	/** The form's field that says why a record field is empty. */
	private static String unknownReason(Map<String, String> form, String field) {
		return form.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("unknown[") && e.getKey().endsWith(".field") && e.getValue().equals(field))
			.map(e -> e.getKey().replace(".field", ".reason"))
			.findFirst()
			.orElseThrow();
	}

	CuratorBrowser loggedIn(String username, String password) {
		CuratorBrowser browser = new CuratorBrowser(port);
		assertThat(browser.logIn(username, password).statusCode()).isEqualTo(302);
		return browser;
	}

	/** A page as a reader gets it, which must be there (200). */
	Document reader(String path) {
		HttpResponse<String> answer = get(path);
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(answer.body(), "http://localhost:" + port + path);
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
	}

	/** A new account with this role (EDITOR, REVIEWER…), made by the first administrator's API token. */
	Made newAccount(String prefix, String role) {
		String name = prefix + "-" + unique();
		HttpResponse<String> made = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/accounts"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + CuratorsTest.ADMINISTRATOR_TOKEN)
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + name + "\", \"password\": \"" + PASSWORD
					+ "\", \"role\": \"" + role + "\"}")));
		assertThat(made.statusCode()).isEqualTo(201);
		return new Made(name, JSON.readTree(made.body()).path("token").asString());
	}

	static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception failed) {
			throw new IllegalStateException(failed);
		}
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
