package org.mirarchive.curation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.account.CuratorBrowser;
import org.mirarchive.account.CuratorsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curators at work through the screens, as a browser without JavaScript sends their forms: a
 * reviewer's new entry is published at once, an editor's waits for a reviewer and readers do not
 * see it meanwhile, a draft with a problem is shown again with the problem beside its field and
 * nothing saved, and a preview shows the page without keeping anything.
 */
@EditedArchiveWebTest
public class CurationTest extends CuratorsOverHttp {

	private static final String ARTICLE = "chiles-mir-the-revolutionary-left-movement";



	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JsonMapper json;

	@Test
	void aReviewersNewPersonIsPublishedAtOnceAndTheMirLinksToIt() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String name = "Reviewed Curatortestperson " + unique();
		String mirChanged = jdbc.queryForObject("select last_changed from entry where slug = 'mir'", String.class);
		HttpResponse<byte[]> saved = reviewer.post("/curate/draft", newPerson(reviewer, name, "save"));
		// The MIR's page now links the person: it changed too, so a reader's copy is out of date.
		assertThat(jdbc.queryForObject("select last_changed from entry where slug = 'mir'", String.class))
			.isNotEqualTo(mirChanged);

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/curate/changes/");
		String slug = jdbc.queryForObject("select slug from entry where name = ?", String.class, name);
		Document page = reader("/people/" + slug);
		assertThat(page.select("h1").text()).isEqualTo(name);
		assertThat(page.select(".statement").text()).contains("was a member of the MIR, according to a test");
		assertThat(page.select(".references").text()).contains("The MIR (Movimiento de Izquierda Revolucionaria");
		// Once in the text of its connections (the picture of them draws it too, as a link of its own).
		assertThat(reader("/organizations/mir").select("a[href=/people/" + slug + "]:not(svg a)")).hasSize(1);
		assertThat(jdbc.queryForObject("select status from change_set where summary = ?", String.class,
				"Adds " + name)).isEqualTo("APPROVED");
	}

	@Test
	void anEditorsNewPersonWaitsForAReviewerAndReadersDoNotSeeItUntilApproved() {
		String editorName = newAccount("EDITOR");
		CuratorBrowser editor = loggedIn(editorName, PASSWORD);
		String name = "Proposed Curatortestperson " + unique();
		HttpResponse<byte[]> saved = editor.post("/curate/draft", newPerson(editor, name, "save"));
		String changeSet = saved.headers().firstValue("Location").orElseThrow().replaceFirst(".*/curate/changes/", "");

		assertThat(jdbc.queryForObject("select count(*) from entry where name = ?", Integer.class, name)).isZero();
		assertThat(editor.page("/curate/changes/" + changeSet).select("main").text()).contains("waiting for a reviewer");
		assertThat(editor.page("/curate/changes/" + changeSet).select("button[value=approve]")).isEmpty();
		// An editor cannot decide, even by sending the reviewer's form.
		assertThat(editor.post("/curate/changes/" + changeSet + "/decision",
				Map.of("decision", "approve", "_csrf", editor.csrf("/curate"))).statusCode()).isEqualTo(403);

		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		assertThat(reviewer.page("/curate").select("main table").text()).contains("Adds " + name);
		Document proposal = reviewer.page("/curate/changes/" + changeSet);
		assertThat(proposal.select("table.diff caption").text()).isEqualTo("What the new entry holds");
		assertThat(proposal.select("table.diff ins").text()).contains(name + " was a member of the MIR, according to a test.");
		HttpResponse<byte[]> approved = reviewer.post("/curate/changes/" + changeSet + "/decision",
				Map.of("decision", "approve", "comment", "", "_csrf", reviewer.csrf("/curate/changes/" + changeSet)));
		assertThat(approved.statusCode()).isEqualTo(302);

		String slug = jdbc.queryForObject("select slug from entry where name = ?", String.class, name);
		assertThat(reader("/people/" + slug).select("h1").text()).isEqualTo(name);
		assertThat(jdbc.queryForObject("select status from change_set where id = ?", String.class,
				Long.valueOf(changeSet))).isEqualTo("APPROVED");
		// The revision names who wrote the change, not who approved it, and why.
		assertThat(reader("/people/" + slug + "/history").select(".revisions li").text()).contains(editorName,
				"Adds " + name);
	}

	@Test
	void aReviewerAsksForChangesWithACommentAndTheEditorsRevisionWaitsAgain() {
		String editorName = newAccount("EDITOR");
		CuratorBrowser editor = loggedIn(editorName, PASSWORD);
		long auditedBefore = jdbc.queryForObject("select coalesce(max(id), 0) from authentication_event", Long.class);
		String name = "Revised Curatortestperson " + unique();
		String changeSet = editor.post("/curate/draft", newPerson(editor, name, "save"))
			.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceFirst(".*/curate/changes/", "");
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String decision = "/curate/changes/" + changeSet + "/decision";

		reviewer.post(decision, Map.of("decision", "changes", "comment", "", "_csrf", reviewer.csrf("/curate/changes/" + changeSet)));
		assertThat(reviewer.page("/curate/changes/" + changeSet).select("[role=alert]").text())
			.isEqualTo("Say in a comment what should change, or why it is rejected.");
		reviewer.post(decision, Map.of("decision", "changes", "comment", "Give the birth year too.", "_csrf",
				reviewer.csrf("/curate/changes/" + changeSet)));

		Document sentBack = editor.page("/curate/changes/" + changeSet);
		assertThat(sentBack.select(".change-facts").text()).contains("changes asked for", "Give the birth year too.");
		Map<String, String> form = formOf(editor.page("/curate/changes/" + changeSet + "/revise"));
		assertThat(form).containsEntry("name", name).containsEntry("changeSet", changeSet);
		form.put("summary", "A person added and revised by a test of the curators' screens.");
		form.put("action", "save");
		assertThat(editor.post("/curate/draft", form).headers().firstValue("Location").orElseThrow())
			.endsWith("/curate/changes/" + changeSet);

		assertThat(jdbc.queryForObject("select status from change_set where id = ?", String.class,
				Long.valueOf(changeSet))).isEqualTo("PENDING");
		assertThat(jdbc.queryForObject("select count(*) from entry where name = ?", Integer.class, name)).isZero();
		reviewer.post(decision, Map.of("decision", "approve", "_csrf", reviewer.csrf("/curate/changes/" + changeSet)));
		assertThat(jdbc.queryForObject("select summary from entry where name = ?", String.class, name))
			.isEqualTo("A person added and revised by a test of the curators' screens.");
		assertThat(jdbc.queryForList("select kind from authentication_event where subject = ? and id > ? order by id",
				String.class, "change set " + changeSet, auditedBefore))
			.containsExactly("CHANGES_REQUESTED", "CHANGE_SET_APPROVED");
	}

	@Test
	void aDraftWithoutASummaryOfTheChangeIsShownAgainWithTheProblemAndNothingIsSaved() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String name = "Unsummarised Curatortestperson " + unique();
		Map<String, String> form = newPerson(reviewer, name, "save");
		form.put("changeSummary", "");
		int changeSets = jdbc.queryForObject("select count(*) from change_set", Integer.class);

		HttpResponse<byte[]> answer = reviewer.post("/curate/draft", form);
		Document shown = Jsoup.parse(new String(answer.body(), StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(shown.select("[role=alert] a[href=#changeSummary]").text()).isEqualTo("Say in a line what you changed, and from which work.");
		assertThat(shown.select("#changeSummary ~ .field-problem").text()).isEqualTo("Say in a line what you changed, and from which work.");
		assertThat(shown.select("#name").attr("value")).isEqualTo(name);
		assertThat(shown.select("textarea[name=statements[0].text]").text()).contains("according to a test");
		assertThat(jdbc.queryForObject("select count(*) from change_set", Integer.class)).isEqualTo(changeSets);
		assertThat(jdbc.queryForObject("select count(*) from entry where name = ?", Integer.class, name)).isZero();
	}

	@Test
	void aPreviewShowsThePageAsReadersWouldSeeItAndKeepsNothing() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String name = "Previewed Curatortestperson " + unique();
		HttpResponse<byte[]> answer = reviewer.post("/curate/draft", newPerson(reviewer, name, "preview"));
		Document preview = Jsoup.parse(new String(answer.body(), StandardCharsets.UTF_8));

		assertThat(preview.select("[role=status]").text()).contains("Nothing is saved yet.");
		assertThat(preview.select("article.entry h1").text()).isEqualTo(name);
		assertThat(preview.select("article.entry .statement").text()).contains("according to a test");
		assertThat(preview.select("article.entry a[href=/organizations/mir]")).isNotEmpty();
		assertThat(jdbc.queryForObject("select count(*) from entry where name = ?", Integer.class, name)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from statement where text like ?", Integer.class,
				name + " was a member%")).isZero();
	}

	@Test
	void aReviewersCorrectionOfAStatementIsPublishedAndItsCitationsAreKept() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String name = "Corrected Curatortestperson " + unique();
		reviewer.post("/curate/draft", newPerson(reviewer, name, "save"));
		String slug = jdbc.queryForObject("select slug from entry where name = ?", String.class, name);
		Long citation = jdbc.queryForObject(
				"select c.id from citation c join statement s on c.statement_id = s.id join entry e on s.entry_id = e.id where e.slug = ?",
				Long.class, slug);

		Map<String, String> form = formOf(reviewer.page("/curate/people/" + slug));
		form.put("statements[0].text", name + " was a member of the MIR, according to a corrected test.");
		form.put("changeSummary", "Corrects " + name);
		form.put("action", "save");
		HttpResponse<byte[]> saved = reviewer.post("/curate/draft", form);
		assertThat(saved.statusCode()).isEqualTo(302);
		// Published, the change set still shows what it changed then.
		Document changeSet = reviewer.page(saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
		assertThat(changeSet.select("table.diff ins").text()).isEqualTo("corrected");

		assertThat(reader("/people/" + slug).select(".statement").text()).contains("according to a corrected test");
		assertThat(jdbc.queryForObject(
				"select c.id from citation c join statement s on c.statement_id = s.id join entry e on s.entry_id = e.id where e.slug = ?",
				Long.class, slug)).isEqualTo(citation);
	}

	@Test
	void aCuratorAddsAnIdentifierInAnotherArchiveInTheFormAndAnEventsFormHasNoPlaceForOne() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String name = "Identified Curatortestperson " + unique();
		reviewer.post("/curate/draft", newPerson(reviewer, name, "save"));
		String slug = jdbc.queryForObject("select slug from entry where name = ?", String.class, name);

		Map<String, String> form = formOf(reviewer.page("/curate/people/" + slug));
		form.put("identifiers[0].scheme", "WIKIDATA");
		form.put("identifiers[0].identifier", " Q4115189 ");
		form.put("changeSummary", "Identifies " + name + " in Wikidata");
		form.put("action", "save");
		// Uncited, it comes back with the problem beside it, and nothing is saved.
		Document refused = Jsoup.parse(new String(reviewer.post("/curate/draft", form).body(), StandardCharsets.UTF_8));
		assertThat(refused.text()).contains("Every identifier in another archive needs at least one citation");
		assertThat(jdbc.queryForObject("select count(*) from entry_identifier i join entry e on e.id = i.entry_id "
				+ "where e.slug = ?", Integer.class, slug)).isZero();

		form.put("identifiers[0].citations[0].work", ARTICLE);
		form.put("identifiers[0].citations[0].quotation",
				jdbc.queryForObject("select text from quotation where quote_key = 'mir-defined'", String.class));
		assertThat(reviewer.post("/curate/draft", form).statusCode()).isEqualTo(302);
		assertThat(reader("/people/" + slug).select("section[aria-labelledby=identifiers-heading] a").attr("href"))
			.isEqualTo("https://www.wikidata.org/wiki/Q4115189");
		// The form shows it again, with a place for one more.
		Map<String, String> again = formOf(reviewer.page("/curate/people/" + slug));
		assertThat(again).containsEntry("identifiers[0].identifier", "Q4115189").containsKey("identifiers[1].identifier");

		assertThat(formOf(reviewer.page("/curate/events/coup-of-11-september-1973")).keySet())
			.noneMatch(field -> field.startsWith("identifiers"));
	}

	@Test
	void anEditorRevisingInTheFormADraftTheApiMadeWithoutIdentifiersSeesThePublishedOnesAndKeepsThem() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String name = "Kept Identifier Curatortestperson " + unique();
		Map<String, String> made = newPerson(reviewer, name, "save");
		made.put("identifiers[0].scheme", "VIAF");
		made.put("identifiers[0].identifier", "113230702");
		made.put("identifiers[0].citations[0].work", ARTICLE);
		made.put("identifiers[0].citations[0].quotation", made.get("statements[0].citations[0].quotation"));
		assertThat(reviewer.post("/curate/draft", made).statusCode()).isEqualTo(302);
		String slug = jdbc.queryForObject("select slug from entry where name = ?", String.class, name);

		// An editor's script writes the record back without the identifiers field: it says nothing of them.
		Made editor = newAccount("editor", "EDITOR");
		HttpResponse<String> read = get("/api/people/" + slug);
		ObjectNode record = (ObjectNode) JsonMapper.builder().build().readTree(read.body());
		record.remove("identifiers");
		record.put("summary", "A person whose summary an editor's script changed.");
		record.put("changeSummary", "Rewords the summary");
		HttpResponse<String> written = ApiRequests.send(port, "PUT", "/api/people/" + slug, editor.token(),
				record.toString(), Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));
		assertThat(written.statusCode()).as(written.body()).isEqualTo(202);
		long changeSet = jdbc.queryForObject("select max(id) from change_set", Long.class);

		// Revised in the form, the draft shows the published identifier, and sending it keeps it.
		CuratorBrowser editing = loggedIn(editor.name(), PASSWORD);
		Map<String, String> form = formOf(editing.page("/curate/changes/" + changeSet + "/revise"));
		assertThat(form).containsEntry("identifiers[0].identifier", "113230702");
		form.put("action", "save");
		assertThat(editing.post("/curate/draft", form).statusCode()).isEqualTo(302);
		reviewer.post("/curate/changes/" + changeSet + "/decision",
				Map.of("decision", "approve", "_csrf", reviewer.csrf("/curate/changes/" + changeSet)));
		assertThat(reader("/people/" + slug).select("section[aria-labelledby=identifiers-heading] a").attr("href"))
			.isEqualTo("https://viaf.org/viaf/113230702");
		assertThat(reader("/people/" + slug).select(".summary").text()).contains("an editor's script changed");
	}

	@Test
	void twoCuratorsEditingOneEntryMergeWhereTheyTouchDifferentFieldsAndSeeBothWhereTheyTouchTheSame() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		CuratorBrowser editor = loggedIn(newAccount("EDITOR"), PASSWORD);
		String name = "Concurrent Curatortestperson " + unique();
		Map<String, String> created = newPerson(reviewer, name, "save");
		created.put("date.edtf", "1950");
		created.put("date.citations[0].work", ARTICLE);
		created.put("date.citations[0].quotation", created.get("statements[0].citations[0].quotation"));
		assertThat(reviewer.post("/curate/draft", created).statusCode()).isEqualTo(302);
		String slug = jdbc.queryForObject("select slug from entry where name = ?", String.class, name);

		// The editor changes the statement while the reviewer changes the date: both kept.
		Map<String, String> editors = formOf(editor.page("/curate/people/" + slug));
		Map<String, String> reviewers = formOf(reviewer.page("/curate/people/" + slug));
		reviewers.put("date.edtf", "1951");
		reviewers.put("changeSummary", "Dates " + name);
		reviewers.put("action", "save");
		assertThat(reviewer.post("/curate/draft", reviewers).statusCode()).isEqualTo(302);
		editors.put("statements[0].text", name + " was a member of the MIR, according to the editor's test.");
		editors.put("changeSummary", "Rewords " + name);
		editors.put("action", "save");
		HttpResponse<byte[]> merged = editor.post("/curate/draft", editors);
		assertThat(merged.statusCode()).isEqualTo(302);
		String changeSet = merged.headers().firstValue("Location").orElseThrow().replaceFirst(".*/curate/changes/", "");
		reviewer.post("/curate/changes/" + changeSet + "/decision",
				Map.of("decision", "approve", "_csrf", reviewer.csrf("/curate/changes/" + changeSet)));
		Document both = reader("/people/" + slug);
		assertThat(both.select(".statement").text()).contains("according to the editor's test");
		assertThat(both.select(".entry-date time").attr("datetime")).isEqualTo("1951");

		// Both change the same sentence: the second is not saved, and sees both versions.
		editors = formOf(editor.page("/curate/people/" + slug));
		reviewers = formOf(reviewer.page("/curate/people/" + slug));
		reviewers.put("statements[0].text", name + " was a member of the MIR, in the reviewer's words.");
		reviewers.put("changeSummary", "Rewords " + name + " again");
		reviewers.put("action", "save");
		assertThat(reviewer.post("/curate/draft", reviewers).statusCode()).isEqualTo(302);
		editors.put("statements[0].text", name + " was a member of the MIR, in the editor's words.");
		editors.put("changeSummary", "Rewords " + name + " once more");
		editors.put("action", "save");
		int changeSets = jdbc.queryForObject("select count(*) from change_set", Integer.class);
		HttpResponse<byte[]> conflict = editor.post("/curate/draft", editors);

		assertThat(conflict.statusCode()).isEqualTo(200);
		Document shown = Jsoup.parse(new String(conflict.body(), StandardCharsets.UTF_8));
		assertThat(shown.select("textarea[name=statements[0].text]").text()).endsWith("in the editor's words.");
		assertThat(shown.select("textarea[name=statements[0].text] ~ .field-problem").text()).contains("in the reviewer's words.");
		assertThat(jdbc.queryForObject("select count(*) from change_set", Integer.class)).isEqualTo(changeSets);
		assertThat(reader("/people/" + slug).select(".statement").text()).contains("in the reviewer's words.");
	}

	@Test
	void aReviewerComparesTwoRevisionsAndRevertsToTheFirstAsANewRevision() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String name = "Reverted Curatortestperson " + unique();
		reviewer.post("/curate/draft", newPerson(reviewer, name, "save"));
		String slug = jdbc.queryForObject("select slug from entry where name = ?", String.class, name);
		Map<String, String> form = formOf(reviewer.page("/curate/people/" + slug));
		form.put("statements[0].text", name + " was a member of the MIR, according to a mistaken test.");
		form.put("changeSummary", "Rewords " + name);
		form.put("action", "save");
		reviewer.post("/curate/draft", form);

		Document history = reader("/people/" + slug + "/history");
		assertThat(history.select(".revisions > li")).hasSize(2);
		Document diff = reader(history.select(".revisions > li").first().select("a:contains(What it changed)").attr("href"));
		assertThat(diff.select("table.diff ins").text()).isEqualTo("mistaken");
		String revert = history.select(".revisions > li").last().select("a:contains(Revert)").attr("href");
		Document confirm = reviewer.page(revert);
		assertThat(confirm.select("table.diff del").text()).isEqualTo("mistaken");
		Map<String, String> fields = new LinkedHashMap<>();
		((FormElement) confirm.selectFirst("form.curator-form")).formData().forEach(f -> fields.put(f.key(), f.value()));
		fields.put("changeSummary", "Reverts the mistaken rewording");
		assertThat(reviewer.post(revert.replaceFirst("\\?.*", ""), fields).statusCode()).isEqualTo(302);

		assertThat(reader("/people/" + slug).select(".statement").text()).contains("according to a test.")
			.doesNotContain("mistaken");
		assertThat(reader("/people/" + slug + "/history").select(".revisions > li")).hasSize(3);
		assertThat(jdbc.queryForList("select kind from authentication_event where subject = ?", String.class,
				"/people/" + slug)).containsExactly("REVISION_REVERTED");
	}

	@Test
	void markupTypedIntoAFieldIsKeptAsTextAndShownEscapedOnThePageInItsDataAndInItsCitations() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String name = "Markup <b>Curatortestperson</b> " + unique();
		Map<String, String> form = newPerson(reviewer, name, "save");
		form.put("statements[0].text", "A statement with <script>alert(1)</script> and <i>markup</i>.");
		assertThat(reviewer.post("/curate/draft", form).statusCode()).isEqualTo(302);
		String slug = jdbc.queryForObject("select slug from entry where name = ?", String.class, name);
		assertThat(jdbc.queryForObject("select text from statement s join entry e on s.entry_id = e.id where e.slug = ?",
				String.class, slug)).isEqualTo("A statement with <script>alert(1)</script> and <i>markup</i>.");

		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/people/" + slug)).GET());
		Document shown = Jsoup.parse(page.body());
		assertThat(shown.select("h1").text()).isEqualTo(name);
		assertThat(shown.select(".statement").text()).contains("<script>alert(1)</script> and <i>markup</i>");
		assertThat(shown.select("h1 b, .statement i, .statement script, article script")).isEmpty();
		// In the page's JSON-LD and citations too: no tag a browser would read as one.
		assertThat(page.body()).doesNotContain("<script>alert", "<b>Curatortestperson</b>", "<i>markup</i>");
		HttpResponse<String> json = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/people/" + slug)).GET());
		assertThat(json.body()).contains("<script>alert(1)</script>");
	}

	@Test
	void theDeskOpensTheEntryAtAnAddressAndSaysWhenThereIsNone() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		assertThat(reviewer.get("/curate/open?entry=/people/miguel-enriquez").headers().firstValue("Location").orElseThrow())
			.endsWith("/curate/people/miguel-enriquez");
		assertThat(reviewer.get("/curate/open?entry=organizations/mir/").headers().firstValue("Location").orElseThrow())
			.endsWith("/curate/organizations/mir");
		for (String nothing : new String[] { "mir", "/people/nobody-at-all", "/people/Miguel" }) {
			assertThat(reviewer.get("/curate/open?entry=" + nothing).headers().firstValue("Location").orElseThrow())
				.as(nothing).endsWith("/curate");
		}
	}

	@Test
	void readersAndMissingTokensAreKeptOut() {
		CuratorBrowser anonymous = new CuratorBrowser(port);
		assertThat(anonymous.get("/curate").statusCode()).isEqualTo(302);
		assertThat(anonymous.get("/curate").headers().firstValue("Location").orElseThrow()).endsWith("/login");
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		Map<String, String> form = newPerson(reviewer, "Forged Curatortestperson " + unique(), "save");
		form.remove("_csrf");
		assertThat(reviewer.post("/curate/draft", form).statusCode()).isEqualTo(403);
		form.put("_csrf", "not-the-token");
		assertThat(reviewer.post("/curate/draft", form).statusCode()).isEqualTo(403);
	}

	@Test
	void aReviewerSetsANoteThatAnotherWorkDisagreesBesideAStatementAndReadersSeeItInBothLanguages() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String name = "Noted Curatortestperson " + unique();
		String slug = created(reviewer, name);
		Map<String, String> work = otherWork();
		String note = work.get("title") + " gives another year for " + name + ".";
		Map<String, String> form = withNote(formOf(reviewer.page("/curate/people/" + slug)), note, work.get("slug"));
		form.put("statements[0].notes[0].textEs", work.get("title") + " da otro año para " + name + ".");

		// The preview shows it as readers will, beside its statement, and keeps nothing.
		form.put("action", "preview");
		Document preview = Jsoup.parse(new String(reviewer.post("/curate/draft", form).body(), StandardCharsets.UTF_8));
		assertThat(preview.select("article.entry .statement .editorial-note, article.entry .editorial-note").text())
			.contains("Editorial note: other works differ", note);
		assertThat(notesOf(slug)).isZero();

		form.put("changeSummary", "Notes where " + work.get("title") + " differs on " + name);
		form.put("action", "save");
		HttpResponse<byte[]> saved = reviewer.post("/curate/draft", form);
		assertThat(saved.statusCode()).isEqualTo(302);
		Document changeSet = reviewer.page(saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
		assertThat(changeSet.select("table.diff ins").text()).contains(note);

		Document page = reader("/people/" + slug);
		assertThat(page.select(".editorial-note--disagreement").text()).contains("Editorial note: other works differ", note);
		assertThat(page.select(".references").text()).contains(work.get("title"));
		assertThat(reader("/people/" + slug + "?lang=es").select(".editorial-note--disagreement").text())
			.contains(work.get("title") + " da otro año para " + name + ".");
		// Its revision shows what it changed, and the form gives the note back under its statement.
		Document history = reader("/people/" + slug + "/history");
		assertThat(reader(history.select(".revisions > li").first().select("a:contains(What it changed)").attr("href"))
			.select("table.diff ins").text()).contains(note);
		assertThat(reviewer.page("/curate/people/" + slug).select("textarea[name=statements[0].notes[0].text]").text())
			.isEqualTo(note);
	}

	@Test
	void anUncitedNoteIsRefusedBesideItsFieldAndNothingChanges() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String name = "Uncited-note Curatortestperson " + unique();
		String slug = created(reviewer, name);
		Map<String, String> work = otherWork();
		Map<String, String> form = withNote(formOf(reviewer.page("/curate/people/" + slug)),
				work.get("title") + " says otherwise.", "");
		form.put("statements[0].notes[0].citations[0].locator", "");
		form.put("changeSummary", "An uncited note on " + name);
		form.put("action", "save");
		int changeSets = jdbc.queryForObject("select count(*) from change_set", Integer.class);

		HttpResponse<byte[]> answer = reviewer.post("/curate/draft", form);
		Document shown = Jsoup.parse(new String(answer.body(), StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(200);
		String uncited = "Every editorial note needs at least one citation: the works it names, and where in them.";
		assertThat(shown.select("[role=alert] a[href=#statements[0].notes[0].citations]").text()).isEqualTo(uncited);
		assertThat(shown.select("fieldset.notes .citations > .field-problem").text()).isEqualTo(uncited);
		assertThat(shown.select("textarea[name=statements[0].notes[0].text]").text()).isEqualTo(work.get("title") + " says otherwise.");
		assertThat(jdbc.queryForObject("select count(*) from change_set", Integer.class)).isEqualTo(changeSets);
		assertThat(notesOf(slug)).isZero();
		assertThat(reader("/people/" + slug).select(".editorial-note")).isEmpty();
	}

	@Test
	void aNoteEmptiedInTheFormIsRemovedWithItsCitations() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String name = "Unnoted Curatortestperson " + unique();
		String slug = created(reviewer, name);
		Map<String, String> work = otherWork();
		Map<String, String> form = withNote(formOf(reviewer.page("/curate/people/" + slug)),
				work.get("title") + " adds a year for " + name + ".", work.get("slug"));
		form.put("statements[0].notes[0].kind", "PRECISION");
		form.put("changeSummary", "Notes what " + work.get("title") + " adds on " + name);
		form.put("action", "save");
		assertThat(reviewer.post("/curate/draft", form).statusCode()).isEqualTo(302);
		assertThat(reader("/people/" + slug).select(".editorial-note--precision").text()).contains("adds a year");
		long note = jdbc.queryForObject("select n.id from editorial_note n join entry e on e.id = n.entry_id where e.slug = ?",
				Long.class, slug);

		form = formOf(reviewer.page("/curate/people/" + slug));
		form.put("statements[0].notes[0].text", "");
		form.put("statements[0].notes[0].citations[0].work", "");
		form.put("statements[0].notes[0].citations[0].locator", "");
		form.put("changeSummary", "Removes the note on " + name);
		form.put("action", "save");
		assertThat(reviewer.post("/curate/draft", form).statusCode()).isEqualTo(302);

		assertThat(reader("/people/" + slug).select(".editorial-note")).isEmpty();
		assertThat(notesOf(slug)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from citation where note_id = ?", Integer.class, note)).isZero();
		assertThat(reader("/people/" + slug).select(".statement").text()).contains("according to a test");
	}

	@Test
	void theContentNoteTickedOrNotShowsOrHidesThePagesContentNote() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String name = "Content-noted Curatortestperson " + unique();
		String slug = created(reviewer, name);
		assertThat(reader("/people/" + slug).select(".content-note")).isEmpty();

		Map<String, String> form = formOf(reviewer.page("/curate/people/" + slug));
		assertThat(form).doesNotContainKey("contentNote");
		form.put("contentNote", "true");
		form.put("changeSummary", "Content note on " + name);
		form.put("action", "save");
		assertThat(reviewer.post("/curate/draft", form).statusCode()).isEqualTo(302);
		assertThat(reader("/people/" + slug).select(".content-note").text())
			.contains("This entry describes political violence");

		form = formOf(reviewer.page("/curate/people/" + slug));
		assertThat(form).containsEntry("contentNote", "true");
		form.remove("contentNote");
		form.put("changeSummary", "No content note on " + name);
		form.put("action", "save");
		assertThat(reviewer.post("/curate/draft", form).statusCode()).isEqualTo(302);
		assertThat(reader("/people/" + slug).select(".content-note")).isEmpty();
	}

	@Test
	void aChangeSetStoredBeforeNotesCouldBeEditedStillReadsAndLeavesTheNotesAsTheyAre() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String name = "Older Curatortestperson " + unique();
		String slug = created(reviewer, name);
		Map<String, String> work = otherWork();
		String note = work.get("title") + " gives another year for " + name + ".";
		Map<String, String> noted = withNote(formOf(reviewer.page("/curate/people/" + slug)), note, work.get("slug"));
		noted.put("contentNote", "true");
		noted.put("changeSummary", "Notes " + name);
		noted.put("action", "save");
		assertThat(reviewer.post("/curate/draft", noted).statusCode()).isEqualTo(302);

		// An editor's change, stored as change sets were before they held notes.
		CuratorBrowser editor = loggedIn(newAccount("EDITOR"), PASSWORD);
		Map<String, String> form = formOf(editor.page("/curate/people/" + slug));
		form.put("summary", "A person revised by a change set of the older shape.");
		form.put("changeSummary", "Revises " + name);
		form.put("action", "save");
		String changeSet = editor.post("/curate/draft", form).headers().firstValue("Location").orElseThrow()
			.replaceFirst(".*/curate/changes/", "");
		String stored = jdbc.queryForObject("select draft from change_set_edit where change_set_id = ?", String.class,
				Long.valueOf(changeSet));
		JsonNode older = json.readTree(stored);
		withoutNotes(older);
		assertThat(older.toString()).doesNotContain("notes", "contentNote");
		jdbc.update("update change_set_edit set draft = ? where change_set_id = ?", older.toString(), Long.valueOf(changeSet));

		EntryDraft read = json.readValue(older.toString(), EntryDraft.class);
		assertThat(read.hasNotes()).isFalse();
		assertThat(read.statements().get(0).notes()).isEmpty();
		// Its diff shows the summary it changes, and no note removed.
		assertThat(reviewer.page("/curate/changes/" + changeSet).select("table.diff").text())
			.contains("older shape").doesNotContain(note);
		reviewer.post("/curate/changes/" + changeSet + "/decision",
				Map.of("decision", "approve", "_csrf", reviewer.csrf("/curate/changes/" + changeSet)));

		assertThat(jdbc.queryForObject("select status from change_set where id = ?", String.class,
				Long.valueOf(changeSet))).isEqualTo("APPROVED");
		Document page = reader("/people/" + slug);
		assertThat(page.select(".summary, header").text()).contains("A person revised by a change set of the older shape.");
		assertThat(page.select(".editorial-note").text()).contains(note);
		assertThat(page.select(".content-note")).isNotEmpty();
	}

	@Test
	void aSeedEntryWithNotesBesideItsStatementsConnectionsAndDateIsSavedWithItsNotesAndTheirCitationsKept() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String rows = "select n.id, n.text, c.id from editorial_note n join citation c on c.note_id = n.id "
				+ "join entry e on e.id = n.entry_id where e.slug = 'carlos-prats-steps-down' order by n.id, c.id";
		var before = jdbc.queryForList(rows);
		Map<String, String> form = formOf(reviewer.page("/curate/events/carlos-prats-steps-down"));
		assertThat(form).containsKey("date.notes[0].text");
		form.put("changeSummary", "Saves Prats's stepping down as it is");
		form.put("action", "save");

		assertThat(reviewer.post("/curate/draft", form).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForList(rows)).isNotEmpty().isEqualTo(before);
		assertThat(reader("/events/carlos-prats-steps-down").select(".editorial-note--disagreement")).isNotEmpty();
	}

	/** A published person made through the form, by its slug. */
	private String created(CuratorBrowser curator, String name) {
		assertThat(curator.post("/curate/draft", newPerson(curator, name, "save")).statusCode()).isEqualTo(302);
		return jdbc.queryForObject("select slug from entry where name = ?", String.class, name);
	}

	/** A work the archive cites without quoting it: its slug and its title as a note names it. */
	private Map<String, String> otherWork() {
		Map<String, Object> row = jdbc.queryForMap("select slug, title from source where quotable = false "
				+ "and title not like '[%' order by id limit 1");
		return Map.of("slug", (String) row.get("slug"), "title", (String) row.get("title"));
	}

	/** The form with a note that another work differs beside its first statement, citing that work. */
	private static Map<String, String> withNote(Map<String, String> form, String text, String work) {
		form.put("statements[0].notes[0].kind", "DISAGREEMENT");
		form.put("statements[0].notes[0].text", text);
		form.put("statements[0].notes[0].citations[0].work", work);
		form.put("statements[0].notes[0].citations[0].locator", "p. 1");
		return form;
	}

	private int notesOf(String slug) {
		return jdbc.queryForObject("select count(*) from editorial_note n join entry e on e.id = n.entry_id where e.slug = ?",
				Integer.class, slug);
	}

	/** A stored draft as change sets held it before notes: no notes anywhere, no content note. */
	private static void withoutNotes(JsonNode node) {
		if (node instanceof ObjectNode object) {
			object.remove("notes");
			object.remove("contentNote");
		}
		node.forEach(CurationTest::withoutNotes);
	}

	/** The new-person form filled in as a curator would: a statement and a relation to the MIR, each cited. */
	private Map<String, String> newPerson(CuratorBrowser curator, String name, String action) {
		Map<String, String> form = formOf(curator.page("/curate/new?kind=people"));
		String quotation = jdbc.queryForObject("select text from quotation where quote_key = 'mir-defined'", String.class);
		form.put("name", name);
		form.put("summary", "A person added by a test of the curators' screens.");
		form.put("statements[0].text", name + " was a member of the MIR, according to a test.");
		form.put("statements[0].citations[0].work", ARTICLE);
		form.put("statements[0].citations[0].quotation", quotation);
		form.put("relations[0].kind", "MEMBER_OF");
		form.put("relations[0].subject", "true");
		form.put("relations[0].other", "/organizations/mir");
		form.put("relations[0].citations[0].work", ARTICLE);
		form.put("relations[0].citations[0].quotation", quotation);
		form.put("changeSummary", "Adds " + name);
		form.put("action", action);
		return form;
	}

	private String newAccount(String role) {
		return newAccount("curator", role).name();
	}

}
