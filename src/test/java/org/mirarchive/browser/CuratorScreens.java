package org.mirarchive.browser;

import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a curator does with the curators' screens in one browser, as a person would: logs in with
 * the login form, types into fields found by their labels' ids, chooses in lists by what they show,
 * presses buttons by their text and waits for the page they lead to; and what the tests check of
 * each screen (WCAG 2.1 AA by axe-core, headings in order).
 */
final class CuratorScreens {

	private final Chromium chromium;

	CuratorScreens(Chromium chromium) {
		this.chromium = chromium;
	}

	Chromium chromium() {
		return chromium;
	}

	/** Logs in through the login form, as a person would, in a browser with no cookie yet. */
	void logIn(String username, String password) {
		chromium.open("/login");
		var driver = chromium.driver();
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		submit(driver.findElement(By.cssSelector("form.curator-form button[type=submit]")));
	}

	/** Goes to a page keeping the session (opening one afresh forgets the cookies). */
	void visit(String path) {
		chromium.driver().get(chromium.base() + path);
	}

	/** Replaces what a field holds with this text. */
	void type(String id, String text) {
		WebElement field = chromium.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Chooses, in a list, the option that shows this text. */
	void choose(String id, String shown) {
		new Select(chromium.driver().findElement(By.id(id))).selectByVisibleText(shown);
	}

	/** What a field holds now. */
	String value(String id) {
		return chromium.driver().findElement(By.id(id)).getDomProperty("value");
	}

	/** Presses the button that says this, and waits for the page it leads to. */
	void press(String button) {
		submit(chromium.driver().findElement(By.xpath("//button[normalize-space()='" + button + "']")));
	}

	/** Follows the link that says this. */
	void follow(String link) {
		chromium.driver().findElement(By.linkText(link)).click();
	}

	/** The text of the first element the selector finds. */
	String text(String css) {
		return chromium.driver().findElement(By.cssSelector(css)).getText();
	}

	/** Makes an account with the accounts page's form (the page must be open). */
	void makeAccount(String username, String password, String role) {
		var driver = chromium.driver();
		driver.findElement(By.id("new-username")).clear();
		driver.findElement(By.id("new-username")).sendKeys(username);
		driver.findElement(By.id("new-password")).sendKeys(password);
		new Select(driver.findElement(By.id("new-role"))).selectByVisibleText(role);
		press("Make the account");
	}

	/**
	 * Clicks a form's button and waits for the page it leads to: the next step reads that page.
	 * (While the old page is being replaced, chromedriver may say its node "does not belong to the
	 * document" instead of that it is stale: gone either way.)
	 */
	void submit(WebElement button) {
		button.click();
		new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(driver -> {
			try {
				button.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException gone) {
				return true;
			}
			catch (WebDriverException ex) {
				if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	/** The page meets WCAG 2.1 A and AA (axe-core), with one h1 and no heading level skipped. */
	void assertMeetsWcag(String what) {
		Results results = chromium.axe();
		assertThat(results.getErrorMessage()).as("axe-core ran").isNull();
		assertThat(results.getViolations()).as("WCAG 2.1 A and AA violations on %s", what)
			.withFailMessage(() -> Chromium.describe(results.getViolations()))
			.isEmpty();
		List<Long> levels = chromium.script(
				"return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName.substring(1)));");
		assertThat(levels).as("heading levels on %s", what).startsWith(1L);
		assertThat(levels.stream().filter(level -> level == 1)).as("one h1 on %s", what).hasSize(1);
		for (int i = 1; i < levels.size(); i++) {
			assertThat(levels.get(i)).as("heading %d on %s", i + 1, what).isLessThanOrEqualTo(levels.get(i - 1) + 1);
		}
	}


}
