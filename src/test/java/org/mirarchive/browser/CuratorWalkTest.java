package org.mirarchive.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import org.mirarchive.ArchiveProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk of issue 11's "Done when", in real Chromium, as its users would take it, on the archive
 * as a deployment runs it: a process of its own ({@link ArchiveProcess}) on an H2 file, so that it
 * can be killed and started again on the same data. Three browsers, each its own cookies: an
 * editor's, a reviewer's (where the first administrator logs in first) and a reader's, who never
 * logs in.
 * <p>
 * The administrator makes an editor and a reviewer with the accounts page; the editor adds a
 * person with a dated statement, citations and a relation to the MIR; a reader does not see it;
 * the reviewer reads the diff and approves; the reader sees the page and the MIR's page links it.
 * The editor and the reviewer open the person's form at once: the reviewer changes the date, the
 * editor the statement, and both are kept (merged). Both change the same sentence: the second to
 * save sees the other's text beside their own, which the form keeps, settles it and saves. The
 * history lists every revision, a diff shows what one changed, and a revert brings back an
 * earlier text as a new revision. Then the archive is killed ({@code kill -9}) and started again:
 * the reader finds the person, the MIR's link and the history, and the curators are still logged in.
 */
@Tag("browser")
@ExtendWith(ChromiumExtension.class)
class CuratorWalkTest {

	private static final String ADMINISTRATOR = "walk-administrator";

	private static final String ADMINISTRATOR_PASSWORD = "the walk's administrator's password";

	private static final String EDITOR = "walk-editor";

	private static final String EDITOR_PASSWORD = "the walk's editor's password";

	private static final String REVIEWER = "walk-reviewer";

	private static final String REVIEWER_PASSWORD = "the walk's reviewer's password";

	private static final String NAME = "Walktest Curatorperson";

	private static final String ARTICLE = "Chile's MIR: The Revolutionary Left Movement";

	private static final String QUOTATION = "The MIR (Movimiento de Izquierda Revolucionaria, or Movement of the "
			+ "Revolutionary Left) is a Chilean insurgent group that was formed in the mid 1960's.";

	private static final String FIRST_TEXT = NAME + " was a member of the MIR, as a walk test says.";

	private static final String MERGED_TEXT = NAME + " was a member of the MIR, as the walk's editor puts it.";

	private static final String REVIEWERS_TEXT = NAME + " was a member of the MIR, in the reviewer's words.";

	private static final String EDITORS_TEXT = NAME + " was a member of the MIR, in the editor's words.";

	private static final String SETTLED_TEXT = NAME + " was a member of the MIR, in words both curators settled on.";

	private static final String STATEMENT = "statements[0].text";

	@TempDir
	Path folder;

	@Test
	void editorsAndReviewersCurateAPersonMergeAndSettleTheirEditsRevertAndKeepItAllThroughAKill() throws Exception {
		Path data = folder.resolve("data");
		int port = ArchiveProcess.freePort();
		Map<String, String> firstAdministrator = Map.of("ARCHIVE_ADMIN_USERNAME", ADMINISTRATOR, "ARCHIVE_ADMIN_PASSWORD",
				ADMINISTRATOR_PASSWORD);
		Path firstLog = folder.resolve("first.log");
		ArchiveProcess archive = ArchiveProcess.start(ArchiveProcess.Database.h2(data), port, firstLog,
				firstAdministrator);
		String base = "http://localhost:" + port;
		try (Chromium editorsBrowser = Chromium.start(base); Chromium reviewersBrowser = Chromium.start(base);
				Chromium reader = Chromium.start(base)) {
			CuratorScreens editor = new CuratorScreens(editorsBrowser);
			CuratorScreens reviewer = new CuratorScreens(reviewersBrowser);
			archive.awaitLog("Created the first administrator");

			// The administrator makes an editor and a reviewer with the accounts page.
			reviewer.logIn(ADMINISTRATOR, ADMINISTRATOR_PASSWORD);
			reviewer.visit("/account");
			reviewer.follow("Accounts and roles");
			reviewer.makeAccount(EDITOR, EDITOR_PASSWORD, "editor");
			assertThat(reviewer.text("[role=status]")).startsWith("The account " + EDITOR + " is made, as editor.");
			reviewer.makeAccount(REVIEWER, REVIEWER_PASSWORD, "reviewer");
			assertThat(reviewer.text("[role=status]")).startsWith("The account " + REVIEWER + " is made, as reviewer.");

			// The editor adds a person: a dated statement, each claim cited, and a relation to the MIR.
			editor.logIn(EDITOR, EDITOR_PASSWORD);
			assertThat(editor.text("main")).contains("Logged in as " + EDITOR + ", editor.");
			editor.visit("/curate");
			editor.follow("New entry: Person");
			editor.type("name", NAME);
			editor.type("summary", "A person added by the editor in a walk through the curators' screens.");
			editor.type("date.edtf", "1965");
			editor.choose("date.citations[0].work", ARTICLE);
			editor.type("date.citations[0].quotation", QUOTATION);
			editor.type(STATEMENT, FIRST_TEXT);
			editor.choose("statements[0].citations[0].work", ARTICLE);
			editor.type("statements[0].citations[0].quotation", QUOTATION);
			editor.choose("relations[0].kind", "member of");
			editor.type("relations[0].other", "/organizations/mir");
			editor.choose("relations[0].citations[0].work", ARTICLE);
			editor.type("relations[0].citations[0].quotation", QUOTATION);
			editor.type("changeSummary", "Adds " + NAME);
			editor.press("Save");
			assertThat(editorsBrowser.path()).startsWith("/curate/changes/");
			assertThat(editor.text(".change-facts")).contains("waiting for a reviewer");

			// A reader does not see it.
			reader.open("/organizations/mir");
			assertThat(reader.driver().findElements(By.linkText(NAME))).as("the MIR's page before approval").isEmpty();

			// The reviewer reads the diff and approves.
			reviewer.logIn(REVIEWER, REVIEWER_PASSWORD);
			approve(reviewer, "Adds " + NAME, FIRST_TEXT);

			// The reader sees the new page, linked from the MIR's.
			reader.open("/organizations/mir");
			reader.driver().findElement(By.linkText(NAME)).click();
			String person = reader.path();
			assertThat(person).startsWith("/people/");
			assertThat(heading(reader)).isEqualTo(NAME);
			assertThat(date(reader)).isEqualTo("1965");
			assertThat(statements(reader)).contains(FIRST_TEXT);

			// Both open the form; the reviewer changes the date and saves (published at once), then
			// the editor, from the form opened before that, changes the statement: both are kept.
			openForm(editor, person);
			openForm(reviewer, person);
			reviewer.type("date.edtf", "1966");
			reviewer.type("changeSummary", "Dates " + NAME + " a year later");
			reviewer.press("Save");
			assertThat(reviewer.text(".change-facts")).contains("published");
			editor.type(STATEMENT, MERGED_TEXT);
			editor.type("changeSummary", "Rewords " + NAME);
			editor.press("Save");
			assertThat(editor.text(".change-facts")).contains("waiting for a reviewer");
			// The editor's change set proposes the statement only: the reviewer's date is merged into it.
			assertThat(editor.text("table.diff")).contains("editor puts it").doesNotContain("1965");
			approve(reviewer, "Rewords " + NAME, "editor puts it");
			reader.open(person);
			assertThat(statements(reader)).contains(MERGED_TEXT);
			assertThat(date(reader)).as("the reviewer's date, beside the editor's statement").isEqualTo("1966");

			// Both change the same sentence: the reviewer saves first; the editor's save is refused
			// with both versions shown, the editor's own text kept in the form, and nothing lost.
			openForm(editor, person);
			openForm(reviewer, person);
			reviewer.type(STATEMENT, REVIEWERS_TEXT);
			reviewer.type("changeSummary", "Rewords " + NAME + " in the reviewer's words");
			reviewer.press("Save");
			assertThat(reviewer.text(".change-facts")).contains("published");
			editor.type(STATEMENT, EDITORS_TEXT);
			editor.type("changeSummary", "Rewords " + NAME + " in the editor's words");
			editor.press("Save");
			assertThat(editorsBrowser.path()).as("the editor's save, refused").isEqualTo("/curate/draft");
			assertThat(editor.text("[role=alert]")).contains("Another curator saved this entry since you opened it");
			assertThat(editor.value(STATEMENT)).as("the editor's own text, kept in the form").isEqualTo(EDITORS_TEXT);
			WebElement beside = editorsBrowser.driver()
				.findElement(By.xpath("//textarea[@id='" + STATEMENT + "']/following-sibling::strong[@class='field-problem']"));
			assertThat(beside.getText()).as("the reviewer's text, beside the editor's").contains(REVIEWERS_TEXT);
			assertThat(editor.value("changeSummary")).isEqualTo("Rewords " + NAME + " in the editor's words");
			editor.assertMeetsWcag("the form showing both versions");
			editorsBrowser.screenshot("curate-conflict", 1280);
			reader.open(person);
			assertThat(statements(reader)).as("what readers see meanwhile").contains(REVIEWERS_TEXT)
				.doesNotContain("editor's words");
			// The editor settles it and saves again; the reviewer approves.
			editor.type(STATEMENT, SETTLED_TEXT);
			editor.type("changeSummary", "Settles the wording of " + NAME);
			editor.press("Save");
			assertThat(editor.text(".change-facts")).contains("waiting for a reviewer");
			approve(reviewer, "Settles the wording of " + NAME, "settled");
			reader.open(person);
			assertThat(statements(reader)).contains(SETTLED_TEXT).doesNotContain("reviewer's words");

			// The history lists the five revisions, newest first, with who made each and why.
			reader.driver().findElement(By.linkText("History")).click();
			assertThat(reader.path()).isEqualTo(person + "/history");
			assertThat(revisions(reader)).hasSize(5);
			assertThat(revisions(reader).get(0).getText()).contains(EDITOR, "Settles the wording of " + NAME);
			assertThat(revisions(reader).get(1).getText()).contains(REVIEWER, "in the reviewer's words");
			assertThat(revisions(reader).get(4).getText()).contains(EDITOR, "Adds " + NAME);
			// A diff between two revisions shows the change, word by word.
			revisions(reader).get(0).findElement(By.linkText("What it changed")).click();
			assertThat(reader.path()).startsWith(person + "/history/diff?from=");
			assertThat(all(reader, "table.diff del")).as("words removed").contains("reviewer's").doesNotContain("settled");
			assertThat(all(reader, "table.diff ins")).as("words added").contains("settled").doesNotContain("reviewer's");

			// The reviewer reverts to the editor's merged wording: a new revision, published at once.
			reviewer.visit(person + "/history");
			revision(reviewersBrowser, "Rewords " + NAME).findElement(By.linkText("Revert to this revision (curators)"))
				.click();
			assertThat(reviewer.text("h1")).startsWith("Revert " + NAME + " to revision ");
			assertThat(reviewer.text("table.diff")).contains("settled", "editor puts it");
			reviewer.type("changeSummary", "Brings back the editor's first rewording");
			reviewer.press("Revert");
			assertThat(reviewer.text(".change-facts")).contains("published");
			reader.open(person);
			assertThat(statements(reader)).contains(MERGED_TEXT).doesNotContain("settled");
			assertThat(date(reader)).isEqualTo("1966");
			reader.driver().findElement(By.linkText("History")).click();
			assertThat(revisions(reader)).hasSize(6);
			assertThat(revisions(reader).get(0).getText()).contains(REVIEWER, "Brings back the editor's first rewording");
			assertThat(reader.driver().manage().getCookieNamed("JSESSIONID")).as("a reader's session cookie").isNull();
			Cookie editorsSession = editorsBrowser.driver().manage().getCookieNamed("JSESSIONID");
			assertThat(editorsSession).as("the editor's session cookie").isNotNull();

			// kill -9, and the archive started again on the same data (and port: the browsers' cookies are for it).
			archive.kill();
			assertThat(archive.exitValue()).as("the exit status of a process killed by SIGKILL").isEqualTo(128 + 9);
			Path secondLog = folder.resolve("second.log");
			archive = ArchiveProcess.start(ArchiveProcess.Database.h2(data), port, secondLog, firstAdministrator);

			// The reader finds the person (by search too), the MIR's link and the history.
			reader.open("/search?q=Walktest");
			reader.driver().findElement(By.linkText(NAME)).click();
			assertThat(reader.path()).isEqualTo(person);
			assertThat(statements(reader)).contains(MERGED_TEXT);
			assertThat(date(reader)).isEqualTo("1966");
			reader.open("/organizations/mir");
			reader.driver().findElement(By.linkText(NAME)).click();
			assertThat(reader.path()).isEqualTo(person);
			reader.driver().findElement(By.linkText("History")).click();
			assertThat(revisions(reader)).hasSize(6);
			assertThat(revisions(reader).get(0).getText()).contains(REVIEWER, "Brings back the editor's first rewording");

			// The curators are still logged in, with the session they had before the kill.
			editor.visit("/account");
			assertThat(editorsBrowser.path()).isEqualTo("/account");
			assertThat(editor.text("main")).contains("Logged in as " + EDITOR + ", editor.");
			assertThat(editorsBrowser.driver().manage().getCookieNamed("JSESSIONID").getValue())
				.isEqualTo(editorsSession.getValue());
			editor.visit("/curate");
			assertThat(editor.text("main")).contains("Settles the wording of " + NAME);
			openForm(reviewer, person);
			assertThat(reviewer.value(STATEMENT)).isEqualTo(MERGED_TEXT);
		}
		finally {
			archive.stop();
		}
	}

	/** A reviewer opens a change set from the desk's queue, reads its diff, and approves it. */
	private static void approve(CuratorScreens reviewer, String summary, String inTheDiff) {
		reviewer.visit("/curate");
		reviewer.follow(summary);
		assertThat(reviewer.text(".change-facts")).contains(summary, "waiting for a reviewer");
		assertThat(reviewer.text("table.diff")).contains(inTheDiff);
		reviewer.press("Approve and publish");
		assertThat(reviewer.text(".change-facts")).contains("published");
	}

	/** A curator opens an entry's edit form with the desk's "edit the entry at" box. */
	private static void openForm(CuratorScreens curator, String address) {
		curator.visit("/curate");
		curator.type("entry", address);
		curator.press("Edit");
		assertThat(curator.text("h1")).isEqualTo("Editing " + NAME);
	}

	private static String heading(Chromium browser) {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	/** The entry's date as the page gives it to machines (the text is in words). */
	private static String date(Chromium browser) {
		return browser.driver().findElement(By.cssSelector(".entry-date time")).getDomAttribute("datetime");
	}

	private static String statements(Chromium browser) {
		return all(browser, ".statement");
	}

	private static List<WebElement> revisions(Chromium browser) {
		return browser.driver().findElements(By.cssSelector(".revisions > li"));
	}

	/** The line of the history with this summary. */
	private static WebElement revision(Chromium browser, String summary) {
		return revisions(browser).stream()
			.filter(line -> line.findElements(By.cssSelector(".revision-summary"))
				.stream()
				.anyMatch(shown -> shown.getText().equals(summary)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no revision is summed up as " + summary));
	}

	/** The text of every element the selector finds, one after another. */
	private static String all(Chromium browser, String css) {
		return browser.driver()
			.findElements(By.cssSelector(css))
			.stream()
			.map(WebElement::getText)
			.reduce("", (a, b) -> a + " " + b);
	}

}
