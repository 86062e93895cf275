package org.mirarchive.curation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.MovableClock;
import org.mirarchive.account.CuratorBrowser;
import org.mirarchive.account.CuratorsTest;
import org.mirarchive.readingpath.PathDraft;
import org.mirarchive.readingpath.PathRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Curators at work on reading paths, through the screens as a browser without JavaScript sends
 * them: a reviewer's new path is published at once and listed; a reviewer's change to a step's
 * text shows on the path's page in both languages; an editor's waits unseen until a reviewer
 * approves it; a preview keeps nothing; a change made from an older version, uncited text and an
 * address that names nothing are refused, changing nothing. The seeded paths are only read here.
 */
@EditedArchiveWebTest
public class PathCurationTest extends CuratorsOverHttp {

	private static final String ARTICLE = "chiles-mir-the-revolutionary-left-movement";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PathChanges changes;

	@Autowired
	private PathRecords paths;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private MovableClock clock;

	@AfterEach
	void backToTheSystemsClock() {
		clock.reset();
	}

	@Test
	void aReviewersNewPathOfTwoStepsIsPublishedAtOnceAndTheSeededPathsStayAsTheyWere() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		assertThat(reviewer.page("/curate").select("a[href=/curate/paths]").text()).isEqualTo("Reading paths");
		assertThat(reviewer.page("/curate/paths").select("a[href=/curate/new-path]").text())
			.isEqualTo("New reading path");
		String title = "Pathtest Founders " + unique();
		String slug = newPath(reviewer, title);

		assertThat(reader("/paths").select("a[href=/paths/" + slug + "]").text()).isEqualTo(title);
		Document page = reader("/paths/" + slug);
		assertThat(page.select("h1").text()).isEqualTo(title);
		assertThat(page.select("li.path-step")).hasSize(2);
		assertThat(page.select("li.path-step").get(0).select("h2 a").attr("href")).isEqualTo("/people/miguel-enriquez");
		assertThat(page.select("li.path-step").get(0).text()).contains("Pathtest founding text.");
		assertThat(page.select("li.path-step").get(0).select("sup.ref")).isNotEmpty();
		assertThat(page.select("li.path-step").get(1).select(".path-step__entries a").eachAttr("href"))
			.contains("/people/miguel-enriquez");
		assertThat(page.select("section.references li q")).isNotEmpty();
		assertThat(reader("/paths/" + slug + "?lang=es").select("li.path-step").get(0).text())
			.contains("Texto de la fundación de pathtest.");

		// The seeded paths are listed and read as before.
		assertThat(reader("/paths").select("ul.entry-list > li > a").eachAttr("href"))
			.contains("/paths/the-article-step-by-step", "/paths/from-1965-to-1974");
		assertThat(reader("/paths/the-article-step-by-step").select("li.path-step")).hasSize(6);
		// A seeded path's form, checked as it is, meets every rule.
		Map<String, String> seeded = formOf(reviewer.page("/curate/paths/the-article-step-by-step"));
		seeded.put("action", "edit");
		assertThat(page(reviewer.post("/curate/paths", seeded)).select(".curator-message")).isEmpty();
	}

	@Test
	void aReviewersChangeToAStepsTextShowsOnThePathInBothLanguages() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String slug = newPath(reviewer, "Pathtest Revised " + unique());
		String anchor = reader("/paths/" + slug).select("li.path-step").get(0).id();

		Map<String, String> form = formOf(reviewer.page("/curate/paths/" + slug));
		assertThat(form).containsEntry("steps[0].text", "Pathtest founding text.")
			.containsEntry("steps[0].citations[0].work", ARTICLE);
		form.put("steps[0].text", "Pathtest founding text, revised.");
		form.put("steps[0].textEs", "Texto de la fundación de pathtest, corregido.");
		form.put("changeSummary", "Revises the first step of " + slug);
		form.put("action", "save");
		assertThat(reviewer.post("/curate/paths", form).statusCode()).isEqualTo(302);

		Document page = reader("/paths/" + slug);
		assertThat(page.select("li.path-step").get(0).text()).contains("Pathtest founding text, revised.");
		// The step keeps its address on the page.
		assertThat(page.select("li.path-step").get(0).id()).isEqualTo(anchor);
		assertThat(reader("/paths/" + slug + "?lang=es").select("li.path-step").get(0).text())
			.contains("Texto de la fundación de pathtest, corregido.");
		assertThat(jdbc.queryForObject("select version from reading_path where slug = ?", Long.class, slug))
			.isEqualTo(2L);
	}

	/**
	 * A published change is on the path's page and on the list of paths at the next request,
	 * although both were kept in memory ({@code web.PageCache}) until then, and each says that it
	 * changed later than the copy a browser holds: asked whether it changed since, it is sent again.
	 */
	@Test
	void aPublishedChangeShowsAtOnceOnThePathAndTheListKeptInMemoryAndDatesThemLater() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String title = "Pathtest Kept " + unique();
		String slug = newPath(reviewer, title);
		String pathChanged = lastModified(get("/paths/" + slug));
		String listChanged = lastModified(get("/paths"));
		String sitemapChanged = lastModified(get("/sitemap-pages.xml"));
		assertThat(conditional("/paths/" + slug, pathChanged).statusCode()).isEqualTo(304);
		assertThat(conditional("/paths", listChanged).statusCode()).isEqualTo(304);
		// Published seconds after either page last changed, as a later edit comes (Last-Modified counts
		// whole seconds; an entry's test edit may be dated a little ahead of the system's clock).
		Instant secondsAfter = Stream.of(pathChanged, listChanged, sitemapChanged)
			.map(changed -> date(changed).toInstant())
			.max(Comparator.naturalOrder())
			.orElseThrow()
			.plusSeconds(2);
		clock.set(secondsAfter.isAfter(Instant.now()) ? secondsAfter : Instant.now());

		Map<String, String> form = formOf(reviewer.page("/curate/paths/" + slug));
		form.put("title", title + " retitled");
		form.put("steps[0].text", "Pathtest founding text, kept and revised.");
		form.put("changeSummary", "Revises " + slug + " while it is kept");
		form.put("action", "save");
		assertThat(reviewer.post("/curate/paths", form).statusCode()).isEqualTo(302);

		HttpResponse<String> path = conditional("/paths/" + slug, pathChanged);
		assertThat(path.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(path.body()).select("h1").text()).isEqualTo(title + " retitled");
		assertThat(path.body()).contains("Pathtest founding text, kept and revised.");
		assertThat(date(lastModified(path))).isAfter(date(pathChanged));
		HttpResponse<String> list = conditional("/paths", listChanged);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(list.body()).select("a[href=/paths/" + slug + "]").text()).isEqualTo(title + " retitled");
		assertThat(date(lastModified(list))).isAfter(date(listChanged));
		// The sitemap dates the path's page by it too.
		HttpResponse<String> sitemap = conditional("/sitemap-pages.xml", sitemapChanged);
		assertThat(sitemap.statusCode()).isEqualTo(200);
		assertThat(date(lastModified(sitemap))).isAfter(date(sitemapChanged));
		// And the new copies are current in their turn.
		assertThat(conditional("/paths/" + slug, lastModified(path)).statusCode()).isEqualTo(304);
	}

	@Test
	void anEditorsChangeWaitsUnseenUntilAReviewerApprovesIt() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String slug = newPath(reviewer, "Pathtest Reviewed " + unique());
		CuratorBrowser editor = loggedIn(newAccount("curator", "EDITOR").name(), PASSWORD);

		Map<String, String> form = formOf(editor.page("/curate/paths/" + slug));
		form.put("steps[0].text", "Pathtest founding text, awaiting review.");
		form.put("steps[0].textEs", "Texto de la fundación de pathtest, en revisión.");
		form.put("changeSummary", "Proposes a new first step for " + slug);
		form.put("action", "save");
		HttpResponse<byte[]> saved = editor.post("/curate/paths", form);
		assertThat(saved.statusCode()).isEqualTo(302);
		String changeSet = saved.headers().firstValue("Location").orElseThrow().replaceFirst(".*/curate/changes/", "");

		assertThat(reader("/paths/" + slug).text()).contains("Pathtest founding text.")
			.doesNotContain("awaiting review");
		// Its author may revise it while it waits.
		assertThat(editor.get("/curate/changes/" + changeSet + "/revise").headers().firstValue("Location").orElseThrow())
			.endsWith("/curate/changes/" + changeSet + "/revise-path");
		assertThat(formOf(editor.page("/curate/changes/" + changeSet + "/revise-path")))
			.containsEntry("steps[0].text", "Pathtest founding text, awaiting review.")
			.containsEntry("changeSet", changeSet);
		Document proposal = reviewer.page("/curate/changes/" + changeSet);
		assertThat(proposal.select("table.diff th[scope=row]").text()).contains("Step: the archive’s text");
		assertThat(proposal.select("table.diff ins").text()).contains("awaiting review");
		assertThat(reviewer.post("/curate/changes/" + changeSet + "/decision",
				Map.of("decision", "approve", "comment", "", "_csrf", reviewer.csrf("/curate/changes/" + changeSet)))
			.statusCode()).isEqualTo(302);

		assertThat(reader("/paths/" + slug).text()).contains("Pathtest founding text, awaiting review.");
		assertThat(jdbc.queryForObject("select status from change_set where id = ?", String.class,
				Long.valueOf(changeSet))).isEqualTo("APPROVED");
		// The published change set still shows what it changed.
		assertThat(reviewer.page("/curate/changes/" + changeSet).select("table.diff ins").text())
			.contains("awaiting review");
	}

	@Test
	void aChangeMadeFromAnOlderVersionIsRefusedChangingNothing() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String slug = newPath(reviewer, "Pathtest Stale " + unique());
		Map<String, String> first = formOf(reviewer.page("/curate/paths/" + slug));
		Map<String, String> second = formOf(reviewer.page("/curate/paths/" + slug));
		first.put("title", "Pathtest First Change " + unique());
		first.put("changeSummary", "Retitles " + slug);
		first.put("action", "save");
		assertThat(reviewer.post("/curate/paths", first).statusCode()).isEqualTo(302);
		long changeSets = jdbc.queryForObject("select count(*) from change_set", Long.class);

		second.put("title", "Pathtest Second Change " + unique());
		second.put("changeSummary", "Retitles " + slug + " again");
		second.put("action", "save");
		Document refused = page(reviewer.post("/curate/paths", second));
		assertThat(refused.select(".curator-message").text()).contains("Another curator changed this path");
		assertThat(reader("/paths/" + slug).select("h1").text()).isEqualTo(first.get("title"));
		assertThat(jdbc.queryForObject("select count(*) from change_set", Long.class)).isEqualTo(changeSets);
	}

	@Test
	void uncitedTextAndAnAddressThatNamesNothingAreRefusedWithTheirMessagesChangingNothing() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String slug = newPath(reviewer, "Pathtest Refused " + unique());
		long changeSets = jdbc.queryForObject("select count(*) from change_set", Long.class);

		Map<String, String> form = formOf(reviewer.page("/curate/paths/" + slug));
		form.put("steps[0].text", "Pathtest uncited text.");
		form.put("steps[0].textEs", "Texto de pathtest sin cita.");
		form.put("steps[0].citations[0].work", "");
		form.put("steps[0].citations[0].quotation", "");
		form.put("steps[1].target", "/people/nobody-pathtest");
		form.put("changeSummary", "Breaks " + slug);
		form.put("action", "save");
		HttpResponse<byte[]> answer = reviewer.post("/curate/paths", form);
		assertThat(answer.statusCode()).isEqualTo(200);
		Document refused = page(answer);
		assertThat(refused.select("[id=steps[0].citations] ~ strong.field-problem, fieldset.citations strong.field-problem")
			.text()).contains("The step’s text needs a citation");
		assertThat(refused.select(".curator-message").text()).contains("The step’s text needs a citation",
				"Nothing published is at /people/nobody-pathtest");
		// Everything typed is kept.
		assertThat(formOf(refused)).containsEntry("steps[0].text", "Pathtest uncited text.");

		assertThat(reader("/paths/" + slug).text()).contains("Pathtest founding text.").doesNotContain("uncited");
		assertThat(jdbc.queryForObject("select count(*) from change_set", Long.class)).isEqualTo(changeSets);
	}

	@Test
	void aPathsPreviewShowsItsPageAsReadersWouldSeeItAndKeepsNothingUntilItIsSaved() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String slug = newPath(reviewer, "Pathtest Preview " + unique());
		long changeSets = jdbc.queryForObject("select count(*) from change_set", Long.class);

		Map<String, String> form = formOf(reviewer.page("/curate/paths/" + slug));
		form.put("steps[0].text", "Pathtest founding text, previewed.");
		form.put("steps[0].textEs", "Texto de la fundación de pathtest, en vista previa.");
		form.put("changeSummary", "Previews a new first step for " + slug);
		form.put("action", "preview");
		HttpResponse<byte[]> answer = reviewer.post("/curate/paths", form);
		assertThat(answer.statusCode()).isEqualTo(200);
		Document preview = page(answer);
		assertThat(preview.select(".preview-banner").text()).contains("the path’s page as readers would see it");
		assertThat(preview.select("article.reading-path li.path-step").get(0).text())
			.contains("Pathtest founding text, previewed.");

		assertThat(reader("/paths/" + slug).text()).doesNotContain("previewed");
		assertThat(jdbc.queryForObject("select count(*) from change_set", Long.class)).isEqualTo(changeSets);
		// Saved from the preview, as it was previewed.
		Map<String, String> banner = formOf(preview);
		banner.put("action", "save");
		assertThat(reviewer.post("/curate/paths/json", banner).statusCode()).isEqualTo(302);
		assertThat(reader("/paths/" + slug).text()).contains("Pathtest founding text, previewed.");
	}

	@Test
	void ofTwoChangesMadeFromOneVersionAndPublishedAtOnceTheSecondIsRefusedNotWrittenOverTheFirst()
			throws Exception {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String slug = newPath(reviewer, "Pathtest Race " + unique());
		PathRecords.Published read = paths.published(slug).orElseThrow();
		PathDraft first = retitled(read.draft(), "Pathtest Race, the first reviewer's title");
		PathDraft second = retitled(read.draft(), "Pathtest Race, the second reviewer's title");
		CountDownLatch firstPublished = new CountDownLatch(1);
		// The first reviewer's change is published and its transaction held open a moment; the
		// second, made from the same version, is published meanwhile.
		CompletableFuture<Void> firstSaved = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			changes.propose(CuratorsTest.ADMINISTRATOR, "Retitles " + slug, read.id(), read.version(), first);
			firstPublished.countDown();
			try {
				Thread.sleep(1500);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}));
		assertThat(firstPublished.await(30, TimeUnit.SECONDS)).isTrue();
		assertThatThrownBy(
				() -> changes.propose(CuratorsTest.ADMINISTRATOR, "Retitles " + slug, read.id(), read.version(), second))
			.isInstanceOfSatisfying(Publisher.Refused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("curation.path.stale"));
		firstSaved.get(30, TimeUnit.SECONDS);

		assertThat(reader("/paths/" + slug).select("h1").text()).isEqualTo("Pathtest Race, the first reviewer's title");
		assertThat(jdbc.queryForObject("select count(*) from change_set where summary = ?", Long.class,
				"Retitles " + slug)).isEqualTo(1);
	}

	private static PathDraft retitled(PathDraft draft, String title) {
		return new PathDraft(draft.slug(), title, draft.titleEs(), draft.introduction(), draft.introductionEs(),
				draft.steps());
	}

	/** A new path of two steps, saved by a reviewer: to an entry with cited text, and to a section of the article. */
	private String newPath(CuratorBrowser reviewer, String title) {
		String quotation = jdbc.queryForObject("select text from quotation where quote_key = 'mir-founded'",
				String.class);
		Map<String, String> form = formOf(reviewer.page("/curate/new-path"));
		form.put("title", title);
		form.put("titleEs", title + " (es)");
		form.put("introduction", "A path made by a test of the curators' screens.");
		form.put("introductionEs", "Un recorrido hecho por una prueba de las pantallas de curaduría.");
		form.put("steps[0].target", "/people/miguel-enriquez");
		form.put("steps[0].text", "Pathtest founding text.");
		form.put("steps[0].textEs", "Texto de la fundación de pathtest.");
		form.put("steps[0].citations[0].work", ARTICLE);
		form.put("steps[0].citations[0].quotation", quotation);
		form.put("steps[1].target", "/sources/" + ARTICLE);
		form.put("steps[1].section", "2");
		form.put("changeSummary", "Adds the path " + title);
		form.put("action", "save");
		HttpResponse<byte[]> saved = reviewer.post("/curate/paths", form);
		assertThat(saved.statusCode()).as(new String(saved.body(), StandardCharsets.UTF_8)).isEqualTo(302);
		return jdbc.queryForObject("select slug from reading_path where title = ?", String.class, title);
	}

	/** A reader's GET of a page they hold a copy of, as of this date. */
	private HttpResponse<String> conditional(String path, String since) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("If-Modified-Since", since)
			.GET());
	}

	private static String lastModified(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.headers().firstValue("Last-Modified").orElseThrow();
	}

	private static ZonedDateTime date(String httpDate) {
		return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME);
	}

	private static Document page(HttpResponse<byte[]> answer) {
		return Jsoup.parse(new String(answer.body(), StandardCharsets.UTF_8));
	}

}
