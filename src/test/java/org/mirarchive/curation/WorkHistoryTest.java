package org.mirarchive.curation;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.account.CuratorBrowser;
import org.mirarchive.account.CuratorsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cited work has the history an entry has: readers see each change to its record with who made
 * it and why, the work as any revision left it at a permanent address (in Spanish too), and what a
 * revision changed; a reviewer reverts it to a revision as a new revision, and no one else may.
 * Each test makes works of its own through the curators' screens.
 */
@EditedArchiveWebTest
class WorkHistoryTest extends CuratorsOverHttp {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theHistoryListsAReviewersEditAndEachRevisionShowsTheWorkAsItWas() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String title = "Curatortest Annals " + unique();
		String slug = newWork(reviewer, title);
		String path = "/sources/" + slug;
		int made = newest(slug);
		edit(reviewer, slug, title + " Revised", "Corrects the title of " + title);
		int edited = newest(slug);
		assertThat(edited).isGreaterThan(made);

		assertThat(reader(path).select("a[href=" + path + "/history]").text()).isEqualTo("History");
		Document history = reader(path + "/history");
		assertThat(history.select("h1").text()).isEqualTo("History");
		List<String> lines = history.select("ul.revisions > li").eachText();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).contains("Revision " + edited, CuratorsTest.ADMINISTRATOR,
				"Corrects the title of " + title, "Fields: 0 added, 2 changed, 0 removed");
		assertThat(lines.get(1)).contains("Revision " + made, "Adds the work " + title);
		assertThat(history.select("ul.revisions a").eachAttr("href")).contains(path + "/revisions/" + edited,
				path + "/revisions/" + made, path + "/history/diff?from=" + made + "&to=" + edited);

		// The revision that made it: the old title and description, in English and in Spanish.
		Document old = reader(path + "/revisions/" + made);
		assertThat(old.select("h1").text()).isEqualTo(title);
		assertThat(old.select("p.summary").text()).isEqualTo("A book cited by a test of the curators' screens.");
		assertThat(old.select(".record").text()).contains("Curatortest Author", "Santiago", "Not found");
		assertThat(old.select(".old-revision").text()).contains("Revision " + made, "This is an old revision of this work",
				"Saved by " + CuratorsTest.ADMINISTRATOR, "Adds the work " + title);
		assertThat(old.select(".old-revision a").eachAttr("href")).contains(path, path + "/history");
		assertThat(old.select("link[rel=canonical]").attr("href")).endsWith(path + "/revisions/" + made);
		Document spanish = reader(path + "/revisions/" + made + "?lang=es");
		assertThat(spanish.select("p.summary").text()).isEqualTo("Un libro citado por una prueba de las pantallas de curaduría.");
		assertThat(spanish.select(".old-revision").text()).contains("Esta es una revisión antigua de esta obra");
		Document now = reader(path + "/revisions/" + edited + "?lang=es");
		assertThat(now.select("h1").text()).isEqualTo(title + " Revised");
		assertThat(now.select("p.summary").text()).isEqualTo("Un libro corregido por una prueba del historial.");

		// What the edit changed, field by field, words marked.
		Document diff = reader(path + "/history/diff?from=" + made + "&to=" + edited);
		assertThat(diff.select("table.diff th[scope=row]").text()).contains("Title", "Description in Spanish");
		assertThat(diff.select("table.diff ins").text()).contains("Revised");
		assertThat(reader(path + "/history/diff?from=" + made + "&to=" + edited + "&lang=es").select("h1").text())
			.isEqualTo("Cambios de la revisión " + made + " a la revisión " + edited);
		assertThat(reader(path + "/history?lang=es").select("ul.revisions > li").first().text()).contains(
				"Revisión " + edited, "Campos: 0 añadidos, 2 cambiados, 0 quitados");
	}

	@Test
	void aSeededWorksHistoryBeginsWithTheSeedWhoseRevisionShowsItsRecordInBothLanguages() {
		String path = "/sources/chiles-mir-the-revolutionary-left-movement";
		List<String> lines = reader(path + "/history").select("ul.revisions > li").eachText();
		assertThat(lines.get(lines.size() - 1)).contains("Revision 1", "the archive’s seed",
				"The archive as its migrations seeded it");
		Document seeded = reader(path + "/revisions/1");
		assertThat(seeded.select(".old-revision").text()).contains("The archive as its migrations seeded it.");
		assertThat(seeded.select("h1").text()).isEqualTo(reader(path).select("h1").text());
		assertThat(seeded.select(".record dt")).hasSizeGreaterThan(3);
		Document spanish = reader(path + "/revisions/1?lang=es");
		assertThat(spanish.select(".old-revision").text()).contains("Revisión 1", "Esta es una revisión antigua de esta obra");
		assertThat(spanish.select("p.summary").text()).isEqualTo(jdbc.queryForObject("""
				select t.summary from source_translation_aud t join source s on s.id = t.source_id
				 where s.slug = ? and t.language = 'es' and t.rev = 1""", String.class, path.substring("/sources/".length())));
		assertThat(reader(path + "/history?lang=es").select("h1").text()).isEqualTo("Historial");
	}

	@Test
	void aReviewerRevertsAWorkToAnEarlierRevisionAsANewRevision() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String title = "Curatortest Chronicle " + unique();
		String slug = newWork(reviewer, title);
		String path = "/sources/" + slug;
		int made = newest(slug);
		edit(reviewer, slug, title + " Mistaken", "Gives " + title + " a mistaken title");

		String revert = reader(path + "/history").select("ul.revisions > li").last().select("a:contains(Revert)").attr("href");
		assertThat(revert).isEqualTo("/curate" + path + "/revert?revision=" + made);
		Document confirm = reviewer.page(revert);
		assertThat(confirm.select("table.diff del").text()).contains("Mistaken");
		Map<String, String> fields = formOf(confirm);
		fields.put("changeSummary", "Reverts the mistaken title");
		HttpResponse<byte[]> reverted = reviewer.post("/curate" + path + "/revert", fields);
		assertThat(reverted.statusCode()).isEqualTo(302);
		assertThat(reverted.headers().firstValue("Location").orElseThrow()).contains("/curate/changes/");

		assertThat(reader(path).select("h1").text()).isEqualTo(title);
		assertThat(reader("/sources/" + slug + "?lang=es").select(".summary").text())
			.isEqualTo("Un libro citado por una prueba de las pantallas de curaduría.");
		List<String> lines = reader(path + "/history").select("ul.revisions > li").eachText();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).contains("Reverts the mistaken title", CuratorsTest.ADMINISTRATOR);
		assertThat(jdbc.queryForList("select kind from authentication_event where subject = ?", String.class, path))
			.containsExactly("REVISION_REVERTED");
	}

	@Test
	void onlyAReviewerMayRevertAWorkAndOnlyWithTheFormsToken() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String title = "Curatortest Gazette " + unique();
		String slug = newWork(reviewer, title);
		int made = newest(slug);
		edit(reviewer, slug, title + " Changed", "Changes the title of " + title);
		String revert = "/curate/sources/" + slug + "/revert";
		Map<String, String> fields = formOf(reviewer.page(revert + "?revision=" + made));
		fields.put("changeSummary", "A revert that must not happen");

		CuratorBrowser anonymous = new CuratorBrowser(port);
		assertThat(anonymous.get(revert + "?revision=" + made).statusCode()).isEqualTo(302);
		assertThat(anonymous.get(revert + "?revision=" + made).headers().firstValue("Location").orElseThrow())
			.endsWith("/login");
		CuratorBrowser editor = loggedIn(newAccount("curator", "EDITOR").name(), PASSWORD);
		assertThat(editor.get(revert + "?revision=" + made).statusCode()).isEqualTo(403);
		Map<String, String> editors = new LinkedHashMap<>(fields);
		editors.put("_csrf", editor.csrf("/curate/sources/" + slug));
		assertThat(editor.post(revert, editors).statusCode()).isEqualTo(403);
		Map<String, String> forged = new LinkedHashMap<>(fields);
		forged.remove("_csrf");
		assertThat(reviewer.post(revert, forged).statusCode()).isEqualTo(403);

		assertThat(reader("/sources/" + slug).select("h1").text()).isEqualTo(title + " Changed");
		assertThat(reader("/sources/" + slug + "/history").select("ul.revisions > li")).hasSize(2);
		// A number that names no revision of it is not found, for the reviewer too.
		assertThat(reviewer.get(revert + "?revision=first").statusCode()).isEqualTo(404);
		assertThat(reviewer.get(revert + "?revision=1").statusCode()).isEqualTo(404);
		assertThat(reviewer.get("/curate/sources/no-such-work/revert?revision=1").statusCode()).isEqualTo(404);
	}

	@Test
	void anAddressThatNamesNoRevisionOfAWorkIsNotFound() {
		CuratorBrowser reviewer = loggedIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		String slug = newWork(reviewer, "Curatortest Almanac " + unique());
		String path = "/sources/" + slug;
		int made = newest(slug);
		assertThat(get(path + "/revisions/" + made).statusCode()).isEqualTo(200);
		// Revision 1 is the seed's, before this work was made.
		for (String missing : new String[] { path + "/revisions/1", path + "/revisions/0", path + "/revisions/01",
				path + "/revisions/first", path + "/revisions/-1", path + "/revisions/999999999",
				path + "/revisions/99999999999", "/sources/nobody/history", "/sources/nobody/revisions/1",
				"/sources/Not_A_Slug/history", path + "/history/diff?from=1&to=" + made,
				path + "/history/diff?from=x&to=" + made, path + "/history/diff?to=" + made }) {
			assertThat(get(missing).statusCode()).as(missing).isEqualTo(404);
		}
		assertThat(get(path + "/history").statusCode()).isEqualTo(200);
	}

	/** The newest revision that changed a work. */
	private int newest(String slug) {
		return jdbc.queryForObject("""
				select max(a.rev) from source_aud a join source s on s.id = a.id where s.slug = ?""", Integer.class, slug);
	}

	/** A reviewer's edit of a work's title and Spanish description, published at once. */
	private void edit(CuratorBrowser reviewer, String slug, String title, String summary) {
		Map<String, String> form = formOf(reviewer.page("/curate/sources/" + slug));
		form.put("title", title);
		form.put("summaryEs", "Un libro corregido por una prueba del historial.");
		form.put("changeSummary", summary);
		form.put("action", "save");
		assertThat(reviewer.post("/curate/sources", form).statusCode()).isEqualTo(302);
	}

	/** A reviewer's new book, published at once: its slug. */
	private String newWork(CuratorBrowser reviewer, String title) {
		Map<String, String> form = workForm(reviewer, title);
		assertThat(reviewer.post("/curate/sources", form).statusCode()).isEqualTo(302);
		return jdbc.queryForObject("select slug from source where title = ?", String.class, title);
	}

}
