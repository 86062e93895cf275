package org.mirarchive.curation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.Browser;
import org.mirarchive.Download;
import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.SitemapReader;
import org.mirarchive.account.CuratorBrowser;
import org.mirarchive.account.CuratorsTest;
import org.mirarchive.entry.EntryKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Withdrawing a published entry, as a reviewer does it on the curators' screens and by the write
 * API: its address answers 410 Gone with its name, the reason and the entry that replaces it, its
 * history keeps it, and readers no longer meet it anywhere else: lists and counts, search, the
 * sitemap, the timeline, the download, the MIR's page, the cited work's page. Editors and readers
 * cannot withdraw; a withdrawal without a reason changes nothing.
 */
@EditedArchiveWebTest
public class WithdrawalTest extends CuratorsOverHttp {

	private static final String ARTICLE = "chiles-mir-the-revolutionary-left-movement";


	private static final JsonMapper JSON = JsonMapper.builder().build();


	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Withdrawals withdrawals;

	/**
	 * The entries a test withdrew are published again after it: the other tests of the edited
	 * archive count what it holds (every citation in the download) and expect to find it all.
	 */
	@AfterEach
	void publishWhatWasWithdrawnAgain() {
		jdbc.query("select kind, slug from entry where withdrawn is not null", (java.sql.ResultSet row) -> {
			withdrawals.restore(EntryKind.valueOf(row.getString("kind")), row.getString("slug"),
					CuratorsTest.ADMINISTRATOR, "The withdrawal's test is over.");
		});
	}

	@Test
	void aWithdrawnEntryAnswersGoneWithItsReasonAndReplacementAndLeavesEveryListReadersSee() {
		CuratorBrowser reviewer = reviewer();
		String surname = "Aaawithdrawn" + letters();
		String person = publish(reviewer, newEntry(reviewer, "people", "Wanda " + surname, true));
		String replacement = publish(reviewer, newEntry(reviewer, "people", "Wendy Replacement" + letters(), true));
		Map<String, String> dated = newEntry(reviewer, "events", "Aaawithdrawn event " + letters(), false);
		dated.put("date.edtf", "1800");
		dated.put("date.citations[0].work", ARTICLE);
		dated.put("date.citations[0].quotation", dated.get("statements[0].citations[0].quotation"));
		String event = publish(reviewer, dated);
		String personUrl = "/people/" + person;
		String eventUrl = "/events/" + event;
		long people = peopleCounted();

		// Before: readers meet both wherever they look (counted in the text; the pictures draw them as links too).
		assertThat(reader("/organizations/mir").select("a[href=" + personUrl + "]:not(svg a)")).hasSize(1);
		assertThat(reader("/people").select("a[href=" + personUrl + "]:not(svg a)")).hasSize(1);
		assertThat(reader("/search?q=" + surname).select("a[href=" + personUrl + "]:not(svg a)")).isNotEmpty();
		assertThat(sitemap()).contains(personUrl, eventUrl);
		assertThat(reader("/timeline").select("a[href=" + eventUrl + "]:not(svg a)")).hasSize(1);
		assertThat(reader("/timeline?organization=mir").select("a[href=" + eventUrl + "]:not(svg a)")).hasSize(1);
		assertThat(reader("/events").select("a[href=" + eventUrl + "]:not(svg a)")).hasSize(1);
		assertThat(reader("/sources/" + ARTICLE).select("a[href=" + personUrl + "]:not(svg a)")).isNotEmpty();
		assertThat(downloaded()).contains(person, event);
		assertThat(get("/api/organizations/mir").body()).contains(personUrl);

		assertThat(reviewer.page("/curate" + personUrl).select("main a[href=/curate" + personUrl + "/withdraw]")).hasSize(1);
		Document form = reviewer.page("/curate" + personUrl + "/withdraw");
		assertThat(form.select("h1").text()).isEqualTo("Withdraw Wanda " + surname);
		Map<String, String> fields = formOf(form);
		fields.put("reason", "It repeats another entry of the same person.");
		fields.put("reasonEs", "Repite otra entrada de la misma persona.");
		fields.put("replacement", "/people/" + replacement);
		HttpResponse<byte[]> withdrawn = reviewer.post("/curate" + personUrl + "/withdraw", fields);
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(withdrawn.headers().firstValue("Location").orElseThrow()).endsWith(personUrl + "/history");
		Map<String, String> eventFields = formOf(reviewer.page("/curate" + eventUrl + "/withdraw"));
		eventFields.put("reason", "No work dates this event.");
		assertThat(reviewer.post("/curate" + eventUrl + "/withdraw", eventFields).statusCode()).isEqualTo(302);

		// Its edit form says it is withdrawn and offers to publish it again, not to withdraw it.
		Document editing = reviewer.page("/curate" + personUrl);
		assertThat(editing.select("main [role=status]").text()).startsWith("This entry is withdrawn");
		assertThat(editing.select("main a[href=/curate" + personUrl + "/restore]")).hasSize(1);
		assertThat(editing.select("main a[href=/curate" + personUrl + "/withdraw]")).isEmpty();

		// Its address: 410 Gone, saying what it was, why, and where to read instead, in both languages.
		Browser.Answer gone = new Browser(port).get(personUrl);
		assertThat(gone.status()).isEqualTo(410);
		assertThat(gone.document().select("h1").text()).isEqualTo("Wanda " + surname);
		assertThat(gone.document().select("main").text()).contains("It repeats another entry of the same person.");
		assertThat(gone.document().select("main a[href=/people/" + replacement + "]").text()).startsWith("Wendy Replacement");
		assertThat(gone.document().select("main a[href=" + personUrl + "/history]")).hasSize(1);
		Browser.Answer spanish = new Browser(port).get(personUrl, "text/html", "Accept-Language", "es");
		assertThat(spanish.status()).isEqualTo(410);
		assertThat(spanish.document().select("main").text()).contains("Esta entrada fue retirada del archivo",
				"Repite otra entrada de la misma persona.");
		assertThat(new Browser(port).get(eventUrl).document().select("main").text()).contains("No work dates this event.")
			.doesNotContain("Read instead");
		HttpResponse<String> record = get("/api" + personUrl);
		assertThat(record.statusCode()).isEqualTo(410);
		assertThat(record.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(record.body());
		assertThat(problem.path("name").asString()).isEqualTo("Wanda " + surname);
		assertThat(problem.path("reason").asString()).isEqualTo("It repeats another entry of the same person.");
		assertThat(problem.path("replacement").asString()).endsWith("/people/" + replacement);
		assertThat(new Browser(port).get(personUrl, "application/ld+json").status()).isEqualTo(410);
		// So is its authority record (org.mirarchive.authority), at both its addresses.
		assertThat(new Browser(port).get(personUrl, "application/eac-cpf+xml").status()).isEqualTo(410);
		assertThat(new Browser(port).get(personUrl + ".xml", "*/*").status()).isEqualTo(410);

		// Everywhere else, readers no longer meet it; the rest stays.
		assertThat(reader("/organizations/mir").select("a[href=" + personUrl + "]")).isEmpty();
		// Once in the lists (the picture of connections may draw it too, as it has room: it has less
		// when other tests have related more entries to the MIR).
		assertThat(reader("/organizations/mir").select("a[href=/people/" + replacement + "]:not(.graph-node)"))
			.hasSize(1);
		assertThat(get("/api/organizations/mir").body()).doesNotContain(personUrl);
		assertThat(reader("/people").select("a[href=" + personUrl + "]")).isEmpty();
		assertThat(peopleCounted()).isEqualTo(people - 1);
		assertThat(get("/api/people").body()).doesNotContain(personUrl);
		assertThat(reader("/search?q=" + surname).select("a[href=" + personUrl + "]")).isEmpty();
		assertThat(sitemap()).doesNotContain(personUrl, eventUrl).contains("/people/" + replacement);
		assertThat(reader("/timeline").select("a[href=" + eventUrl + "]")).isEmpty();
		assertThat(reader("/timeline?organization=mir").select("a[href=" + eventUrl + "]")).isEmpty();
		assertThat(reader("/events").select("a[href=" + eventUrl + "]")).isEmpty();
		assertThat(reader("/sources/" + ARTICLE).select("a[href=" + personUrl + "]")).isEmpty();
		assertThat(downloaded()).doesNotContain(person, event).contains(replacement);

		// Its history stays, with the withdrawal as a revision, and the audit log holds it.
		Document history = reader(personUrl + "/history");
		assertThat(history.select(".revisions > li")).hasSize(2);
		assertThat(history.select(".revisions > li").first().text()).contains(CuratorsTest.ADMINISTRATOR,
				"Withdrawn: It repeats another entry of the same person.");
		String revision = history.select(".revisions > li").last().select("a[href*=/revisions/]").attr("href");
		assertThat(reader(revision).select("h1").text()).contains("Wanda " + surname);
		assertThat(jdbc.queryForList("select username from authentication_event where kind = 'ENTRY_WITHDRAWN' and subject = ?",
				String.class, personUrl)).containsExactly(CuratorsTest.ADMINISTRATOR);
		assertThat(jdbc.queryForObject("select detail from authentication_event where kind = 'ENTRY_WITHDRAWN' and subject = ?",
				String.class, personUrl)).contains("It repeats another entry", "/people/" + replacement);
		assertThat(jdbc.queryForObject("select count(*) from entry_aud a join entry e on a.id = e.id where e.slug = ? and a.withdrawn is not null",
				Integer.class, person)).isEqualTo(1);
	}

	@Test
	void aWithdrawalWithoutAReasonOrWithAnUnknownReplacementIsShownAgainAndChangesNothing() {
		CuratorBrowser reviewer = reviewer();
		String person = publish(reviewer, newEntry(reviewer, "people", "Ursula Unwithdrawn" + letters(), true));
		String url = "/curate/people/" + person + "/withdraw";
		int audited = jdbc.queryForObject("select count(*) from authentication_event", Integer.class);

		Map<String, String> fields = formOf(reviewer.page(url));
		fields.put("reason", "  ");
		fields.put("replacement", "/people/nobody-by-this-name");
		HttpResponse<byte[]> answer = reviewer.post(url, fields);
		Document shown = Jsoup.parse(new String(answer.body(), StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(shown.select("#reason ~ .field-problem").text()).isEqualTo("Say why the entry is withdrawn, in at most 1,000 characters.");
		assertThat(shown.select("#replacement ~ .field-problem").text()).isEqualTo("No published entry has this address.");
		assertThat(shown.select("#replacement").attr("value")).isEqualTo("/people/nobody-by-this-name");
		assertThat(new Browser(port).get("/people/" + person).status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select count(*) from entry where slug = ? and withdrawn is null", Integer.class, person))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from authentication_event", Integer.class)).isEqualTo(audited);
		assertThat(reader("/people/" + person + "/history").select(".revisions > li")).hasSize(1);
	}

	@Test
	void editorsAndReadersCannotWithdraw() {
		CuratorBrowser reviewer = reviewer();
		String person = publish(reviewer, newEntry(reviewer, "people", "Edna Kept" + letters(), true));
		String url = "/curate/people/" + person + "/withdraw";
		CuratorBrowser editor = loggedIn(newAccount("EDITOR"), PASSWORD);

		assertThat(editor.get(url).statusCode()).isEqualTo(403);
		assertThat(editor.post(url, Map.of("reason", "An editor's try.", "_csrf", editor.csrf("/curate"))).statusCode())
			.isEqualTo(403);
		CuratorBrowser anonymous = new CuratorBrowser(port);
		assertThat(anonymous.get(url).statusCode()).isEqualTo(302);
		assertThat(anonymous.get(url).headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(anonymous.post(url, Map.of("reason", "A reader's try.")).statusCode()).isEqualTo(403);
		// Nor a reviewer's form without its CSRF token.
		assertThat(reviewer.post(url, Map.of("reason", "A forged try.")).statusCode()).isEqualTo(403);

		assertThat(new Browser(port).get("/people/" + person).status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select count(*) from entry where slug = ? and withdrawn is null", Integer.class, person))
			.isEqualTo(1);
	}

	@Test
	void aReviewerPublishesAWithdrawnEntryAgain() {
		CuratorBrowser reviewer = reviewer();
		String person = publish(reviewer, newEntry(reviewer, "people", "Rita Restored" + letters(), true));
		String url = "/people/" + person;
		Map<String, String> fields = formOf(reviewer.page("/curate" + url + "/withdraw"));
		fields.put("reason", "Withdrawn by mistake, to be restored.");
		reviewer.post("/curate" + url + "/withdraw", fields);
		assertThat(new Browser(port).get(url).status()).isEqualTo(410);

		Document restoring = reviewer.page("/curate" + url + "/restore");
		assertThat(restoring.select("main").text()).contains("Withdrawn by mistake, to be restored.");
		Map<String, String> again = formOf(restoring);
		again.put("reason", "It was withdrawn by mistake.");
		assertThat(reviewer.post("/curate" + url + "/restore", again).statusCode()).isEqualTo(302);

		assertThat(new Browser(port).get(url).status()).isEqualTo(200);
		assertThat(reader("/organizations/mir").select("a[href=" + url + "]")).hasSize(1);
		assertThat(reader(url + "/history").select(".revisions > li").first().text()).contains("Published again: It was withdrawn by mistake.");
		assertThat(jdbc.queryForList("select kind from authentication_event where subject = ? order by id", String.class, url))
			.containsExactly("ENTRY_WITHDRAWN", "ENTRY_RESTORED");
	}

	@Test
	void theWriteApiWithdrawsForAReviewerAndSaysWhatIsWrongToOthers() {
		CuratorBrowser reviewer = reviewer();
		String person = publish(reviewer, newEntry(reviewer, "people", "Agnes Apiwithdrawn" + letters(), true));
		String route = "/api/people/" + person + "/withdraw";
		String editorToken = newAccountToken("EDITOR");

		assertThat(withdrawByApi(route, null, "{\"reason\": \"x\"}").statusCode()).isEqualTo(401);
		HttpResponse<String> forbidden = withdrawByApi(route, editorToken, "{\"reason\": \"An editor's try.\"}");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		HttpResponse<String> unprocessable = withdrawByApi(route, CuratorsTest.ADMINISTRATOR_TOKEN,
				"{\"reason\": \"\", \"replacement\": \"/people/nobody-by-this-name\"}");
		assertThat(unprocessable.statusCode()).isEqualTo(422);
		JsonNode errors = JSON.readTree(unprocessable.body()).path("errors");
		// The same shape as every write's problems: a list of each field's path and what to do.
		Map<String, String> byField = new LinkedHashMap<>();
		errors.forEach(error -> byField.put(error.path("field").asString(), error.path("message").asString()));
		assertThat(byField).containsExactlyInAnyOrderEntriesOf(Map.of("reason",
				"Say why the entry is withdrawn, in at most 1,000 characters.", "replacement",
				"No published entry has this address."));
		assertThat(withdrawByApi("/api/people/nobody-by-this-name/withdraw", CuratorsTest.ADMINISTRATOR_TOKEN,
				"{\"reason\": \"Gone.\"}").statusCode()).isEqualTo(404);
		assertThat(new Browser(port).get("/people/" + person).status()).isEqualTo(200);

		HttpResponse<String> done = withdrawByApi(route, CuratorsTest.ADMINISTRATOR_TOKEN,
				"{\"reason\": \"A duplicate.\", \"reasonEs\": \"Un duplicado.\", \"replacement\": \"organizations/mir\"}");
		assertThat(done.statusCode()).isEqualTo(200);
		JsonNode answer = JSON.readTree(done.body());
		assertThat(answer.path("reason").asString()).isEqualTo("A duplicate.");
		assertThat(answer.path("replacement").asString()).isEqualTo("/organizations/mir");
		assertThat(new Browser(port).get("/people/" + person).status()).isEqualTo(410);
		assertThat(withdrawByApi(route, CuratorsTest.ADMINISTRATOR_TOKEN, "{\"reason\": \"Again.\"}").statusCode())
			.isEqualTo(404);
		// Withdrawn, it is not changed by the write API either, until a reviewer restores it.
		HttpResponse<String> changed = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/people/" + person))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + CuratorsTest.ADMINISTRATOR_TOKEN)
			.header("If-Match", "*")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"Agnes\", \"changeSummary\": \"A change\"}")));
		assertThat(changed.statusCode()).isEqualTo(410);
	}

	/** The new-entry form of a kind filled in: a cited statement, and a cited relation to the MIR. */
	private Map<String, String> newEntry(CuratorBrowser curator, String kindPath, String name, boolean member) {
		Map<String, String> form = formOf(curator.page("/curate/new?kind=" + kindPath));
		String quotation = jdbc.queryForObject("select text from quotation where quote_key = 'mir-defined'", String.class);
		form.put("name", name);
		form.put("summary", "An entry added by the withdrawal's test.");
		form.put("statements[0].text", name + " is here to be withdrawn, according to a test.");
		form.put("statements[0].citations[0].work", ARTICLE);
		form.put("statements[0].citations[0].quotation", quotation);
		form.put("relations[0].kind", member ? "MEMBER_OF" : "PARTICIPANT_IN");
		form.put("relations[0].subject", member ? "true" : "false");
		form.put("relations[0].other", "/organizations/mir");
		form.put("relations[0].citations[0].work", ARTICLE);
		form.put("relations[0].citations[0].quotation", quotation);
		form.put("changeSummary", "Adds " + name);
		form.put("action", "save");
		return form;
	}

	/** Publishes a reviewer's new entry; gives its slug. */
	private String publish(CuratorBrowser reviewer, Map<String, String> form) {
		HttpResponse<byte[]> saved = reviewer.post("/curate/draft", form);
		assertThat(saved.statusCode()).as(new String(saved.body(), StandardCharsets.UTF_8)).isEqualTo(302);
		return jdbc.queryForObject("select slug from entry where name = ?", String.class, form.get("name"));
	}

	/** How many people the home page says the archive holds. */
	private long peopleCounted() {
		return Long.parseLong(reader("/").select(".counts a[href=/people]").text().replaceAll("\\D", ""));
	}

	private List<String> sitemap() {
		List<String> paths = new ArrayList<>();
		String base = "http://localhost:" + port;
		SitemapReader.pages(SitemapReader.read(new Browser(port))).forEach(page -> paths.add(page.getKey().replace(base, "")));
		return paths;
	}

	/** The download's JSON and CSV files, as one text. */
	private String downloaded() {
		Download download = Download.get(port);
		assertThat(download.status()).isEqualTo(200);
		StringBuilder all = new StringBuilder();
		download.files().forEach((name, bytes) -> all.append(new String(bytes, StandardCharsets.UTF_8)));
		return all.toString();
	}

	private CuratorBrowser reviewer() {
		return loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
	}

	private HttpResponse<String> withdrawByApi(String path, String token, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	private String newAccount(String role) {
		return account(role)[0];
	}

	private String newAccountToken(String role) {
		return account(role)[1];
	}

	/** A new account's name and first token. */
	private String[] account(String role) {
		Made made = newAccount("withdrawal", role);
		return new String[] { made.name(), made.token() };
	}

	/** Eight lowercase letters: names and slugs of their own, which sort as names do. */
	private static String letters() {
		StringBuilder letters = new StringBuilder();
		ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
		return letters.toString();
	}

}
