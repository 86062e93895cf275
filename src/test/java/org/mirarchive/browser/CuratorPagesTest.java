package org.mirarchive.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.mirarchive.EditedArchiveWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curators' pages an administrator sees, in a real browser, logged in through the login
 * form: each meets WCAG 2.1 AA (axe-core) in both languages with its headings in order, fits a
 * phone, a tablet and a projector without sideways scrolling, and is photographed under
 * target/screenshots/; and an administrator makes an account with the accounts page's form, as a
 * person would, which then logs in. The first administrator comes from the settings of
 * {@link EditedArchiveWebTest}.
 */
@EditedArchiveWebTest
@Tag("browser")
@ExtendWith(ChromiumExtension.class)
class CuratorPagesTest {

	private static final String ADMINISTRATOR = "test-administrator";

	private static final String ADMINISTRATOR_PASSWORD = "a test administrator's password";

	private static final int[] WIDTHS = { 360, 768, 1280 };

	private final Chromium chromium;

	CuratorPagesTest(Chromium chromium) {
		this.chromium = chromium;
	}

	static Stream<Arguments> everyAdministratorsPageInEveryLanguage() {
		return Stream.of("/account", "/account/accounts", "/account/audit", "/curate", "/curate/people/miguel-enriquez",
				"/curate/events/coup-of-11-september-1973", "/curate/new-source",
				"/curate/sources/chiles-mir-the-revolutionary-left-movement")
			.flatMap(path -> Stream.of(Arguments.of(path, "en"), Arguments.of(path, "es")));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("everyAdministratorsPageInEveryLanguage")
	void everyAdministratorsPageMeetsWcag21AAAndFitsEveryScreen(String path, String language) throws IOException {
		logIn(ADMINISTRATOR, ADMINISTRATOR_PASSWORD);
		visit(path + "?lang=" + language);
		assertThat(chromium.path()).startsWith(path);
		assertThat(chromium.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
		assertMeetsWcag(path + " (" + language + ")");
		String name = "curator" + path.replace('/', '-') + "-" + language;
		for (int width : WIDTHS) {
			chromium.viewport(width, 800);
			assertThat(chromium.scrollsSideways()).as("%s (%s) scrolls sideways at %d px", path, language, width).isFalse();
			Path shot = chromium.screenshot(name, width);
			assertThat(Files.size(shot)).isGreaterThan(1000);
		}
		chromium.viewport(1280, 900);
	}

	@Test
	void anAdministratorMakesAnAccountWithTheFormAndItLogsIn() {
		logIn(ADMINISTRATOR, ADMINISTRATOR_PASSWORD);
		visit("/account");
		chromium.driver().findElement(By.linkText("Accounts and roles")).click();
		assertThat(chromium.path()).isEqualTo("/account/accounts");

		// A password too short first: the form comes back with the message beside the field.
		String name = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		fill(name, "too short", "reviewer");
		assertThat(chromium.driver().findElement(By.id("new-password-problem")).getText())
			.isEqualTo("A password has at least 12 characters.");
		assertThat(chromium.driver().findElement(By.id("new-username")).getDomProperty("value")).isEqualTo(name);
		assertMeetsWcag("the accounts page with a problem");

		fill(name, "a password long enough", "reviewer");
		assertThat(chromium.driver().findElement(By.cssSelector("[role=status]")).getText())
			.startsWith("The account " + name + " is made, as reviewer.");

		logIn(name, "a password long enough");
		assertThat(chromium.path()).isEqualTo("/account");
		assertThat(chromium.driver().findElement(By.tagName("main")).getText())
			.contains("Logged in as " + name + ", reviewer.");
	}

	@Test
	void aReviewerAddsAPersonWithTheFormPreviewsItAndPublishesIt() {
		logIn(ADMINISTRATOR, ADMINISTRATOR_PASSWORD);
		visit("/curate");
		var driver = chromium.driver();
		driver.findElement(By.linkText("New entry: Person")).click();
		String name = "Browsertest Curatorperson " + UUID.randomUUID().toString().substring(0, 8);
		String quotation = "The MIR (Movimiento de Izquierda Revolucionaria, or Movement of the Revolutionary Left) "
				+ "is a Chilean insurgent group that was formed in the mid 1960's.";
		type("name", name);
		type("summary", "A person added in a real browser by a test.");
		type("statements[0].text", name + " was a member of the MIR, according to a browser test.");
		new Select(driver.findElement(By.id("statements[0].citations[0].work")))
			.selectByVisibleText("Chile's MIR: The Revolutionary Left Movement");
		type("statements[0].citations[0].quotation", quotation);
		new Select(driver.findElement(By.id("relations[0].kind"))).selectByVisibleText("member of");
		type("relations[0].other", "/organizations/mir");
		new Select(driver.findElement(By.id("relations[0].citations[0].work")))
			.selectByVisibleText("Chile's MIR: The Revolutionary Left Movement");
		type("relations[0].citations[0].quotation", quotation);
		type("changeSummary", "Adds " + name + " (browser test)");
		assertMeetsWcag("the new entry form");
		chromium.screenshot("curate-new-person", 1280);

		submit(driver.findElement(By.xpath("//button[normalize-space()='Preview']")));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Nothing is saved yet.");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
		assertMeetsWcag("the preview");
		chromium.screenshot("curate-preview", 1280);

		submit(driver.findElement(By.xpath("//button[normalize-space()='Save']")));
		assertThat(chromium.path()).startsWith("/curate/changes/");
		assertThat(driver.findElement(By.cssSelector(".change-facts")).getText()).contains("published");
		assertMeetsWcag("the change set's page");
		chromium.screenshot("curate-change-set", 1280);

		visit("/organizations/mir");
		driver.findElement(By.linkText(name)).click();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
		driver.findElement(By.linkText("History")).click();
		assertThat(driver.findElement(By.cssSelector(".revisions")).getText()).contains(ADMINISTRATOR, "Adds " + name);
		assertMeetsWcag("the history page");
	}

	/**
	 * The walk of issue 11: an administrator makes an editor and a reviewer with the accounts page;
	 * the editor adds a person with a dated, cited statement and a relation to the MIR; a reader
	 * does not see it; the reviewer reads the diff and approves; the reader sees the new page and
	 * the MIR's page links it; the history shows the editor's revision. (Two curators editing one
	 * entry at once, and reverting: CurationTest, over HTTP.)
	 */
	@Test
	void anEditorsPersonIsApprovedByAReviewerAndReachesReaders() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String editorName = "walk-editor-" + suffix;
		String reviewerName = "walk-reviewer-" + suffix;
		logIn(ADMINISTRATOR, ADMINISTRATOR_PASSWORD);
		visit("/account/accounts");
		fill(editorName, "the editor's long password", "editor");
		fill(reviewerName, "the reviewer's long password", "reviewer");

		logIn(editorName, "the editor's long password");
		visit("/curate");
		var driver = chromium.driver();
		driver.findElement(By.linkText("New entry: Person")).click();
		String name = "Walktest Curatorperson " + suffix;
		String quotation = "The MIR (Movimiento de Izquierda Revolucionaria, or Movement of the Revolutionary Left) "
				+ "is a Chilean insurgent group that was formed in the mid 1960's.";
		String article = "Chile's MIR: The Revolutionary Left Movement";
		type("name", name);
		type("summary", "A person added by the editor in a walk through the curators' screens.");
		type("date.edtf", "1965");
		new Select(driver.findElement(By.id("date.citations[0].work"))).selectByVisibleText(article);
		type("date.citations[0].quotation", quotation);
		type("statements[0].text", name + " was a member of the MIR from 1965, according to a walk test.");
		new Select(driver.findElement(By.id("statements[0].citations[0].work"))).selectByVisibleText(article);
		type("statements[0].citations[0].quotation", quotation);
		new Select(driver.findElement(By.id("relations[0].kind"))).selectByVisibleText("member of");
		type("relations[0].other", "/organizations/mir");
		new Select(driver.findElement(By.id("relations[0].citations[0].work"))).selectByVisibleText(article);
		type("relations[0].citations[0].quotation", quotation);
		type("changeSummary", "Adds " + name);
		submit(driver.findElement(By.xpath("//button[normalize-space()='Save']")));
		String changeSet = chromium.path();
		assertThat(changeSet).startsWith("/curate/changes/");
		assertThat(driver.findElement(By.cssSelector(".change-facts")).getText()).contains("waiting for a reviewer");

		chromium.open("/organizations/mir");
		assertThat(driver.findElements(By.linkText(name))).as("the MIR's page before approval").isEmpty();

		logIn(reviewerName, "the reviewer's long password");
		visit("/curate");
		driver.findElement(By.linkText("Adds " + name)).click();
		assertThat(driver.findElement(By.cssSelector("table.diff")).getText()).contains("was a member of the MIR from 1965");
		assertMeetsWcag("a change set waiting for review");
		submit(driver.findElement(By.xpath("//button[normalize-space()='Approve and publish']")));
		assertThat(driver.findElement(By.cssSelector(".change-facts")).getText()).contains("published");

		chromium.open("/organizations/mir");
		driver.findElement(By.linkText(name)).click();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
		assertThat(driver.findElement(By.cssSelector(".entry-date")).getText()).contains("1965");
		driver.findElement(By.linkText("History")).click();
		assertThat(driver.findElement(By.cssSelector(".revisions")).getText()).contains(editorName, "Adds " + name);
	}

	private void type(String id, String text) {
		WebElement field = chromium.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void fill(String username, String password, String role) {
		var driver = chromium.driver();
		driver.findElement(By.id("new-username")).clear();
		driver.findElement(By.id("new-username")).sendKeys(username);
		driver.findElement(By.id("new-password")).sendKeys(password);
		new Select(driver.findElement(By.id("new-role"))).selectByVisibleText(role);
		submit(driver.findElement(By.xpath("//button[normalize-space()='Make the account']")));
	}

	/** Clicks a form's button and waits for the page it leads to: the next step reads that page. */
	private void submit(WebElement button) {
		button.click();
		new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
	}

	/** Logs in through the login form, as a person would, in a browser with no cookie yet. */
	private void logIn(String username, String password) {
		chromium.open("/login");
		var driver = chromium.driver();
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		submit(driver.findElement(By.cssSelector("form.curator-form button[type=submit]")));
	}

	/** Goes to a page keeping the session (opening one afresh forgets the cookies). */
	private void visit(String path) {
		chromium.driver().get(chromium.base() + path);
	}

	private void assertMeetsWcag(String what) {
		Results results = chromium.axe();
		assertThat(results.getErrorMessage()).as("axe-core ran").isNull();
		assertThat(results.getViolations()).as("WCAG 2.1 A and AA violations on %s", what)
			.withFailMessage(() -> describe(results.getViolations()))
			.isEmpty();
		List<Long> levels = chromium.script(
				"return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName.substring(1)));");
		assertThat(levels).as("heading levels on %s", what).startsWith(1L);
		assertThat(levels.stream().filter(level -> level == 1)).as("one h1 on %s", what).hasSize(1);
		for (int i = 1; i < levels.size(); i++) {
			assertThat(levels.get(i)).as("heading %d on %s", i + 1, what).isLessThanOrEqualTo(levels.get(i - 1) + 1);
		}
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
					+ rule.getNodes().stream().map(node -> "    " + node.getTarget() + "  " + node.getHtml()
							+ "\n      " + node.getFailureSummary()).collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

}
