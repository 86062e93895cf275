package org.mirarchive.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.mirarchive.EditedArchiveWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curators' pages an administrator sees, in a real browser, logged in through the login
 * form: each meets WCAG 2.1 AA (axe-core) in both languages with its headings in order, fits a
 * phone, a tablet and a projector without sideways scrolling, and is photographed under
 * target/screenshots/; and an administrator makes an account with the accounts page's form, as a
 * person would, which then logs in; a reviewer adds a person, previews it and publishes it. The
 * first administrator comes from the settings of {@link EditedArchiveWebTest}. (The whole walk of
 * issue 11, editors, reviewers, conflicts, history and a killed archive: {@link CuratorWalkTest}.)
 */
@EditedArchiveWebTest
@Tag("browser")
@ExtendWith(ChromiumExtension.class)
class CuratorPagesTest {

	private static final String ADMINISTRATOR = "test-administrator";

	private static final String ADMINISTRATOR_PASSWORD = "a test administrator's password";

	private static final int[] WIDTHS = { 360, 768, 1280 };

	private final Chromium chromium;

	private final CuratorScreens screens;

	CuratorPagesTest(Chromium chromium) {
		this.chromium = chromium;
		this.screens = new CuratorScreens(chromium);
	}

	static Stream<Arguments> everyAdministratorsPageInEveryLanguage() {
		return Stream.of("/account", "/account/accounts", "/account/audit", "/curate", "/curate/people/miguel-enriquez",
				"/curate/events/coup-of-11-september-1973", "/curate/places/santiago", "/curate/new-source",
				"/curate/sources/chiles-mir-the-revolutionary-left-movement", "/curate/paths", "/curate/new-path",
				"/curate/paths/the-article-step-by-step")
			.flatMap(path -> Stream.of(Arguments.of(path, "en"), Arguments.of(path, "es")));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("everyAdministratorsPageInEveryLanguage")
	void everyAdministratorsPageMeetsWcag21AAAndFitsEveryScreen(String path, String language) throws IOException {
		screens.logIn(ADMINISTRATOR, ADMINISTRATOR_PASSWORD);
		screens.visit(path + "?lang=" + language);
		assertThat(chromium.path()).startsWith(path);
		assertThat(chromium.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
		screens.assertMeetsWcag(path + " (" + language + ")");
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
		screens.logIn(ADMINISTRATOR, ADMINISTRATOR_PASSWORD);
		screens.visit("/account");
		chromium.driver().findElement(By.linkText("Accounts and roles")).click();
		assertThat(chromium.path()).isEqualTo("/account/accounts");

		// A password too short first: the form comes back with the message beside the field.
		String name = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		screens.makeAccount(name, "too short", "reviewer");
		assertThat(chromium.driver().findElement(By.id("new-password-problem")).getText())
			.isEqualTo("A password has at least 12 characters.");
		assertThat(chromium.driver().findElement(By.id("new-username")).getDomProperty("value")).isEqualTo(name);
		screens.assertMeetsWcag("the accounts page with a problem");

		screens.makeAccount(name, "a password long enough", "reviewer");
		assertThat(chromium.driver().findElement(By.cssSelector("[role=status]")).getText())
			.startsWith("The account " + name + " is made, as reviewer.");

		screens.logIn(name, "a password long enough");
		assertThat(chromium.path()).isEqualTo("/account");
		assertThat(chromium.driver().findElement(By.tagName("main")).getText())
			.contains("Logged in as " + name + ", reviewer.");
	}

	@Test
	void aReviewerAddsAPersonWithTheFormPreviewsItAndPublishesIt() {
		screens.logIn(ADMINISTRATOR, ADMINISTRATOR_PASSWORD);
		screens.visit("/curate");
		var driver = chromium.driver();
		driver.findElement(By.linkText("New entry: Person")).click();
		String name = "Browsertest Curatorperson " + UUID.randomUUID().toString().substring(0, 8);
		String quotation = "The MIR (Movimiento de Izquierda Revolucionaria, or Movement of the Revolutionary Left) "
				+ "is a Chilean insurgent group that was formed in the mid 1960's.";
		screens.type("name", name);
		screens.type("summary", "A person added in a real browser by a test.");
		screens.type("statements[0].text", name + " was a member of the MIR, according to a browser test.");
		new Select(driver.findElement(By.id("statements[0].citations[0].work")))
			.selectByVisibleText("Chile's MIR: The Revolutionary Left Movement");
		screens.type("statements[0].citations[0].quotation", quotation);
		new Select(driver.findElement(By.id("relations[0].kind"))).selectByVisibleText("member of");
		screens.type("relations[0].other", "/organizations/mir");
		new Select(driver.findElement(By.id("relations[0].citations[0].work")))
			.selectByVisibleText("Chile's MIR: The Revolutionary Left Movement");
		screens.type("relations[0].citations[0].quotation", quotation);
		screens.type("changeSummary", "Adds " + name + " (browser test)");
		screens.assertMeetsWcag("the new entry form");
		chromium.screenshot("curate-new-person", 1280);

		screens.submit(driver.findElement(By.xpath("//button[normalize-space()='Preview']")));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Nothing is saved yet.");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
		screens.assertMeetsWcag("the preview");
		chromium.screenshot("curate-preview", 1280);

		screens.submit(driver.findElement(By.xpath("//button[normalize-space()='Save']")));
		assertThat(chromium.path()).startsWith("/curate/changes/");
		assertThat(driver.findElement(By.cssSelector(".change-facts")).getText()).contains("published");
		screens.assertMeetsWcag("the change set's page");
		chromium.screenshot("curate-change-set", 1280);

		screens.visit("/organizations/mir");
		driver.findElement(By.linkText(name)).click();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
		driver.findElement(By.linkText("History")).click();
		assertThat(driver.findElement(By.cssSelector(".revisions")).getText()).contains(ADMINISTRATOR, "Adds " + name);
		screens.assertMeetsWcag("the history page");
	}

}
