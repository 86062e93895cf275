package org.mirarchive.curation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.account.CuratorBrowser;
import org.mirarchive.account.CuratorsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curators at work on the works the archive cites, through the screens as a browser without
 * JavaScript sends them: a reviewer's new work is published at once and an entry can cite it; an
 * editor's change waits for a reviewer while readers keep the published record; a record that
 * breaks a rule is shown again with the problem beside its field and nothing saved; markup stays
 * text; the Spanish description is the Spanish page's.
 */
@EditedArchiveWebTest
public class WorkCurationTest extends CuratorsOverHttp {

	private static final String ARTICLE = "chiles-mir-the-revolutionary-left-movement";



	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aReviewersNewWorkIsPublishedAtOnceAndAnEntryCitesIt() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String title = "A Curatortest History of the Southern Cone " + unique();
		String slug = newWork(reviewer, title);

		Document page = reader("/sources/" + slug);
		assertThat(page.select("h1").text()).isEqualTo(title);
		assertThat(page.select(".record").text()).contains("Curatortest Author", "Curatortest Press", "Santiago",
				"Not found");
		// Its record's change is a revision, by the reviewer, with the change set's summary.
		assertThat(jdbc.queryForObject("""
				select r.author from source_aud a join revinfo r on r.rev = a.rev join source s on s.id = a.id
				 where s.slug = ? and a.revtype = 0""", String.class, slug)).isEqualTo(CuratorsTest.ADMINISTRATOR);

		// The entry form's citation offers the new work, and an entry cites it with a locator.
		assertThat(reviewer.page("/curate/new?kind=people").select("select[name$=.work] option[value=" + slug + "]"))
			.isNotEmpty();
		String person = personCiting(reviewer, slug);
		assertThat(reader("/people/" + person).select(".references").text()).contains(title);
		assertThat(reader("/sources/" + slug).select(".claims a[href=/people/" + person + "]")).hasSize(1);
	}

	@Test
	void anEditorsChangeToAWorksTitleWaitsUnseenUntilAReviewerApprovesIt() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String title = "Curatortest Memoirs " + unique();
		String slug = newWork(reviewer, title);
		CuratorBrowser editor = loggedIn(newAccount("EDITOR"), PASSWORD);

		Map<String, String> form = formOf(editor.page("/curate/sources/" + slug));
		assertThat(form).containsEntry("title", title).containsEntry("summary", "A book cited by a test of the curators' screens.");
		form.put("title", title + " Revised");
		form.put("changeSummary", "Corrects the title of " + title);
		form.put("action", "save");
		HttpResponse<byte[]> saved = editor.post("/curate/sources", form);
		assertThat(saved.statusCode()).isEqualTo(302);
		String changeSet = saved.headers().firstValue("Location").orElseThrow().replaceFirst(".*/curate/changes/", "");

		assertThat(reader("/sources/" + slug).select("h1").text()).isEqualTo(title);
		// Its author may revise it while it waits: the change set's page leads to the work's form.
		assertThat(editor.get("/curate/changes/" + changeSet + "/revise").headers().firstValue("Location").orElseThrow())
			.endsWith("/curate/changes/" + changeSet + "/revise-work");
		assertThat(formOf(editor.page("/curate/changes/" + changeSet + "/revise-work"))).containsEntry("title",
				title + " Revised").containsEntry("changeSet", changeSet);
		assertThat(reviewer.page("/curate").select("main table").text()).contains("Corrects the title of " + title);
		Document proposal = reviewer.page("/curate/changes/" + changeSet);
		assertThat(proposal.select("table.diff th[scope=row]").text()).contains("Title");
		assertThat(proposal.select("table.diff ins").text()).isEqualTo("Revised");
		assertThat(reviewer.post("/curate/changes/" + changeSet + "/decision",
				Map.of("decision", "approve", "comment", "", "_csrf", reviewer.csrf("/curate/changes/" + changeSet)))
			.statusCode()).isEqualTo(302);

		assertThat(reader("/sources/" + slug).select("h1").text()).isEqualTo(title + " Revised");
		assertThat(jdbc.queryForObject("select status from change_set where id = ?", String.class,
				Long.valueOf(changeSet))).isEqualTo("APPROVED");
		// The address stays; the published change set still shows what it changed.
		assertThat(jdbc.queryForObject("select count(*) from source where slug = ?", Integer.class, slug)).isEqualTo(1);
		assertThat(reviewer.page("/curate/changes/" + changeSet).select("table.diff ins").text()).isEqualTo("Revised");
	}

	@Test
	void aWorksPreviewShowsItsPageAsReadersWouldSeeItAndKeepsNothingUntilItIsSaved() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String title = "Curatortest Preview Book " + unique();
		String slug = newWork(reviewer, title);
		long changeSets = jdbc.queryForObject("select count(*) from change_set", Long.class);
		long revisions = jdbc.queryForObject("select count(*) from revinfo", Long.class);

		Map<String, String> form = formOf(reviewer.page("/curate/sources/" + slug));
		form.put("title", title + " Previewed");
		form.put("changeSummary", "Previews a new title for " + title);
		form.put("action", "preview");
		HttpResponse<byte[]> answer = reviewer.post("/curate/sources", form);
		assertThat(answer.statusCode()).isEqualTo(200);
		Document preview = Jsoup.parse(new String(answer.body(), StandardCharsets.UTF_8));
		assertThat(preview.select(".preview-banner").text()).contains("the work’s page as readers would see it");
		assertThat(preview.select("article.source h1").text()).isEqualTo(title + " Previewed");
		assertThat(preview.select("article.source .record").text()).contains("Curatortest Press", "Not found");

		// Nothing of it is kept: not the work, not a change set, not a revision.
		assertThat(reader("/sources/" + slug).select("h1").text()).isEqualTo(title);
		assertThat(jdbc.queryForObject("select count(*) from change_set", Long.class)).isEqualTo(changeSets);
		assertThat(jdbc.queryForObject("select count(*) from revinfo", Long.class)).isEqualTo(revisions);
		String fresh = "Curatortest Unsaved Book " + unique();
		Map<String, String> unsaved = workForm(reviewer, fresh);
		unsaved.put("action", "preview");
		HttpResponse<byte[]> previewed = reviewer.post("/curate/sources", unsaved);
		assertThat(previewed.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(new String(previewed.body(), StandardCharsets.UTF_8)).select("article.source h1").text())
			.isEqualTo(fresh);
		assertThat(jdbc.queryForObject("select count(*) from source where title = ?", Integer.class, fresh)).isZero();

		// Saved from the preview, as it was previewed.
		Map<String, String> again = formOf(preview);
		again.put("action", "save");
		assertThat(reviewer.post("/curate/sources/json", again).statusCode()).isEqualTo(302);
		assertThat(reader("/sources/" + slug).select("h1").text()).isEqualTo(title + " Previewed");
	}

	@Test
	void aWebAddressThatIsNotHttpIsRefusedBesideItsFieldAndNothingChanges() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String slug = newWork(reviewer, "Curatortest Web Page " + unique());
		long changeSets = jdbc.queryForObject("select count(*) from change_set", Long.class);
		for (String bad : new String[] { "javascript:alert(1)", "ftp://example.org/file", "not an address", "https://" }) {
			Map<String, String> form = formOf(reviewer.page("/curate/sources/" + slug));
			form.put("url", bad);
			form.put("issued", "2014-13");
			form.put("changeSummary", "Gives the web address");
			form.put("action", "save");
			HttpResponse<byte[]> answer = reviewer.post("/curate/sources", form);
			assertThat(answer.statusCode()).as(bad).isEqualTo(200);
			Document shown = Jsoup.parse(new String(answer.body(), StandardCharsets.UTF_8));
			assertThat(shown.select("[role=alert]").text()).as(bad).startsWith("Nothing was saved.");
			assertThat(shown.selectFirst("#url").parent().select(".field-problem").text()).as(bad)
				.isEqualTo("Give a web address that starts with http:// or https:// and names a site.");
			assertThat(shown.selectFirst("#issued").parent().select(".field-problem").text()).as(bad)
				.contains("2014-13");
			// What was typed is kept in the form.
			assertThat(shown.selectFirst("#url").val()).isEqualTo(bad);
		}
		assertThat(jdbc.queryForObject("select url from source where slug = ?", String.class, slug)).isNull();
		assertThat(jdbc.queryForObject("select count(*) from change_set", Long.class)).isEqualTo(changeSets);
	}

	@Test
	void markupTypedIntoAWorksRecordIsKeptAsTextAndShownEscaped() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String title = "Curatortest <b>Bold</b> Title " + unique();
		Map<String, String> form = workForm(reviewer, title);
		form.put("summary", "A work with <script>alert(1)</script> in its description.");
		form.put("notes[0].kind", "CAPTURE");
		form.put("notes[0].text", "Read as <i>markup</i>.");
		assertThat(reviewer.post("/curate/sources", form).statusCode()).isEqualTo(302);
		String slug = jdbc.queryForObject("select slug from source where title = ?", String.class, title);
		assertThat(jdbc.queryForObject("select summary from source where slug = ?", String.class, slug))
			.isEqualTo("A work with <script>alert(1)</script> in its description.");

		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sources/" + slug)).GET());
		Document shown = Jsoup.parse(page.body());
		assertThat(shown.select("h1").text()).isEqualTo(title);
		assertThat(shown.select(".summary").text()).contains("<script>alert(1)</script>");
		assertThat(shown.select(".record").text()).contains("Read as <i>markup</i>.");
		assertThat(shown.select("h1 b, .record i, article script, .ready-citation b")).isEmpty();
		// In the ready-made citation and the page's data too: no tag a browser would read as one.
		assertThat(page.body()).doesNotContain("<script>alert", "<b>Bold</b>", "<i>markup</i>");
	}

	@Test
	void theWorksPageInSpanishShowsItsSpanishDescription() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String slug = newWork(reviewer, "Curatortest Bilingual Book " + unique());
		Document spanish = reader("/sources/" + slug + "?lang=es");
		assertThat(spanish.select(".summary").text()).isEqualTo("Un libro citado por una prueba de las pantallas de curaduría.");
		assertThat(spanish.select(".summary").attr("lang")).isIn("es", "");
		assertThat(reader("/sources/" + slug + "?lang=en").select(".summary").text())
			.isEqualTo("A book cited by a test of the curators' screens.");
	}

	@Test
	void aQuotedWorksFormShowsItsQuotationsWithTheEntriesCitingThemAndTheDeskOpensIt() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		assertThat(reviewer.get("/curate/open?entry=/sources/" + ARTICLE).headers().firstValue("Location").orElseThrow())
			.endsWith("/curate/sources/" + ARTICLE);
		Document form = reviewer.page("/curate/sources/" + ARTICLE);
		String quotation = jdbc.queryForObject("select text from quotation where quote_key = 'mir-defined'", String.class);
		assertThat(form.select(".work-quotations li").text()).contains(quotation);
		assertThat(form.select(".work-quotations a[href=/organizations/mir]")).isNotEmpty();
		// Shown, not editable: no field of the form holds a quotation.
		assertThat(form.select("form.draft-form textarea, form.draft-form input").eachAttr("name"))
			.noneMatch(field -> field.contains("quotation"));
		assertThat(reviewer.get("/curate/sources/no-such-work").statusCode()).isEqualTo(404);
	}

	@Test
	void readersAndMissingTokensAreKeptOutOfTheWorksScreens() {
		CuratorBrowser anonymous = new CuratorBrowser(port);
		for (String path : new String[] { "/curate/new-source", "/curate/sources/" + ARTICLE }) {
			assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(302);
			assertThat(anonymous.get(path).headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
		}
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String title = "Forged Curatortest Work " + unique();
		Map<String, String> form = workForm(reviewer, title);
		form.remove("_csrf");
		assertThat(reviewer.post("/curate/sources", form).statusCode()).isEqualTo(403);
		form.put("_csrf", "not-the-token");
		assertThat(reviewer.post("/curate/sources", form).statusCode()).isEqualTo(403);
		assertThat(jdbc.queryForObject("select count(*) from source where title = ?", Integer.class, title)).isZero();
	}

	@Test
	void aChangeToAWorksRecordDatesThePagesThatCiteItAndNoOthers() throws InterruptedException {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String title = "Curatortest Chronicle " + unique();
		String slug = newWork(reviewer, title);
		String person = personCiting(reviewer, slug);
		HttpResponse<String> before = get("/people/" + person);
		String lastModified = before.headers().firstValue("Last-Modified").orElseThrow();
		OffsetDateTime cited = lastChanged(person);
		OffsetDateTime uncited = lastChanged("miguel-enriquez");
		// Last-Modified counts whole seconds: the change must fall in a later one.
		Thread.sleep(1100);

		Map<String, String> form = formOf(reviewer.page("/curate/sources/" + slug));
		form.put("title", title + " Revised");
		form.put("changeSummary", "Corrects the title of " + title);
		form.put("action", "save");
		assertThat(reviewer.post("/curate/sources", form).statusCode()).isEqualTo(302);

		// The person's References show the new title: a browser holding the old page is not told it is current.
		HttpResponse<String> asked = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/people/" + person))
			.header("If-Modified-Since", lastModified)
			.GET());
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(asked.body()).select(".references").text()).contains(title + " Revised");
		assertThat(lastChanged(person)).isAfter(cited);
		// A page that does not cite the work keeps its date.
		assertThat(lastChanged("miguel-enriquez")).isEqualTo(uncited);
	}

	private OffsetDateTime lastChanged(String slug) {
		return jdbc.queryForObject("select last_changed from entry where slug = ?", OffsetDateTime.class, slug);
	}

	/** A person a reviewer adds, whose statement cites the work with this slug: its slug. */
	private String personCiting(CuratorBrowser reviewer, String work) {
		Map<String, String> form = formOf(reviewer.page("/curate/new?kind=people"));
		String name = "Cited Curatortestperson " + unique();
		String quotation = jdbc.queryForObject("select text from quotation where quote_key = 'mir-defined'", String.class);
		form.put("name", name);
		form.put("summary", "A person added by a test of the curators' screens for works.");
		form.put("statements[0].text", name + " is named in a test book.");
		form.put("statements[0].citations[0].work", work);
		form.put("statements[0].citations[0].locator", "p. 12");
		form.put("relations[0].kind", "MEMBER_OF");
		form.put("relations[0].subject", "true");
		form.put("relations[0].other", "/organizations/mir");
		form.put("relations[0].citations[0].work", ARTICLE);
		form.put("relations[0].citations[0].quotation", quotation);
		form.put("changeSummary", "Adds " + name);
		form.put("action", "save");
		assertThat(reviewer.post("/curate/draft", form).statusCode()).isEqualTo(302);
		return jdbc.queryForObject("select slug from entry where name = ?", String.class, name);
	}

	/** A reviewer's new book, published at once: its slug. */
	private String newWork(CuratorBrowser reviewer, String title) {
		HttpResponse<byte[]> saved = reviewer.post("/curate/sources", workForm(reviewer, title));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/curate/changes/");
		return jdbc.queryForObject("select slug from source where title = ?", String.class, title);
	}

	private String newAccount(String role) {
		return newAccount("curator", role).name();
	}

}
