package org.mirarchive.browser;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The journey a student makes, in a real browser, once with the mouse and once with the
 * keyboard alone: from the home page, search for a name typed without its accent, read the
 * person, go to the organization they led and its timeline, open an event, follow a footnote to
 * the source, and cite it. Each step is a test of its own, so a report says which step broke.
 */
@BrowserTest
class JourneyTest {

	private final Chromium chromium;

	JourneyTest(Chromium chromium) {
		this.chromium = chromium;
	}

	@TestFactory
	Stream<DynamicTest> withTheMouse() {
		return journey(new Mouse());
	}

	@TestFactory
	Stream<DynamicTest> withTheKeyboardOnly() {
		return journey(new Keyboard());
	}

	private Stream<DynamicTest> journey(Reader reader) {
		return Stream.of(dynamicTest("the home page", () -> {
			chromium.open("/");
			assertThat(heading()).isEqualTo("A cited history of Chile’s MIR");
			reader.arrive();
		}), dynamicTest("search for a name typed without its accent", () -> {
			reader.search("miguel enriquez");
			assertThat(chromium.path()).isEqualTo("/search?q=miguel+enriquez");
			assertThat(chromium.driver().findElements(By.cssSelector("main h2 a")).get(0).getText()).isEqualTo("Miguel Enríquez");
		}), dynamicTest("the person", () -> {
			reader.follow(By.xpath("//main//h2/a[normalize-space()='Miguel Enríquez']"));
			assertThat(chromium.path()).isEqualTo("/people/miguel-enriquez");
			assertThat(heading()).isEqualTo("Miguel Enríquez");
		}), dynamicTest("the page in Spanish, and back", () -> {
			reader.follow(By.cssSelector("header a[hreflang=es]"));
			assertThat(chromium.path()).isEqualTo("/people/miguel-enriquez?lang=es");
			assertThat(chromium.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
			assertThat(chromium.driver().findElement(By.cssSelector(".content-language")).getText())
				.isEqualTo("Traducción de la redacción del archivo.");
			reader.follow(By.cssSelector("header a[hreflang=en]"));
			assertThat(chromium.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		}), dynamicTest("the organization he led", () -> {
			reader.follow(By.xpath("//main//a[normalize-space()='Movimiento de Izquierda Revolucionaria']"));
			assertThat(chromium.path()).isEqualTo("/organizations/mir");
			assertThat(heading()).isEqualTo("Movimiento de Izquierda Revolucionaria");
		}), dynamicTest("its timeline", () -> {
			reader.follow(By.cssSelector("main a[href='/timeline?organization=mir']"));
			assertThat(chromium.path()).isEqualTo("/timeline?organization=mir");
			// The events the MIR took part in, and not the others.
			assertThat(chromium.driver().findElements(By.cssSelector("main .timeline a")).stream().map(WebElement::getText))
				.contains("Founding of the MIR", "Talks on a revolutionary alliance")
				.doesNotContain("Election of Salvador Allende");
		}), dynamicTest("an event", () -> {
			reader.follow(By.xpath("//main//a[normalize-space()='Founding of the MIR']"));
			assertThat(chromium.path()).isEqualTo("/events/founding-of-the-mir");
			assertThat(heading()).isEqualTo("Founding of the MIR");
		}), dynamicTest("cite the event's page", () -> {
			WebElement cite = chromium.driver()
				.findElement(By.xpath("//main//section[h2[normalize-space()='Cite this entry']]"));
			assertThat(cite.getText()).contains(chromium.base() + "/events/founding-of-the-mir");
		}), dynamicTest("a footnote, and the source it cites", () -> {
			reader.follow(By.cssSelector(".statement sup.ref a"));
			String reference = chromium.path().substring(chromium.path().indexOf('#') + 1);
			assertThat(reference).startsWith("ref-");
			assertThat(chromium.driver().findElement(By.id(reference)).getText()).contains("Chile's MIR");
			reader.followOnFromFootnote(By.cssSelector("#" + reference + " cite a"));
			assertThat(chromium.path()).isEqualTo("/sources/chiles-mir-the-revolutionary-left-movement");
		}), dynamicTest("cite the source", () -> {
			WebElement citation = chromium.driver().findElement(By.cssSelector(".ready-citation"));
			assertThat(citation.getText()).startsWith("Minster, Christopher.").contains("Chile’s MIR", "2014");
		}));
	}

	private String heading() {
		return chromium.driver().findElement(By.tagName("h1")).getText();
	}

	/** Waits for the page a link or form leads to. */
	private void awaitLoad(String from) {
		new WebDriverWait(chromium.driver(), Duration.ofSeconds(10), Duration.ofMillis(20)).until(driver -> !from.equals(driver.getCurrentUrl())
				&& "complete".equals(chromium.script("return document.readyState;")));
	}

	/** How a reader moves through the archive. */
	private interface Reader {

		/** What the reader does first on arriving at the archive. */
		void arrive();

		void follow(By link);

		/** Follows a link in the reference the last footnote marker led to. */
		void followOnFromFootnote(By link);

		void search(String words);

	}

	private final class Mouse implements Reader {

		@Override
		public void arrive() {
		}

		@Override
		public void follow(By link) {
			String from = chromium.driver().getCurrentUrl();
			chromium.driver().findElement(link).click();
			if (!from.contains("#") && chromium.driver().getCurrentUrl().contains("#")) {
				return;
			}
			awaitLoad(from);
		}

		@Override
		public void followOnFromFootnote(By link) {
			follow(link);
		}

		@Override
		public void search(String words) {
			String from = chromium.driver().getCurrentUrl();
			WebElement box = chromium.driver().findElement(By.cssSelector("header input[name=q]"));
			box.sendKeys(words);
			box.submit();
			awaitLoad(from);
		}

	}

	/**
	 * Tab and Enter only, as a keyboard or switch user moves: on each page the first Tab must
	 * reach the skip link, and every element that takes the focus must show it.
	 */
	private final class Keyboard implements Reader {

		private static final int MOST_TABS = 300;

		@Override
		public void arrive() {
			chromium.tab();
			WebElement skip = chromium.focused();
			assertThat(skip.getDomAttribute("class")).as("the first Tab reaches the skip link").isEqualTo("skip-link");
			assertThat(skip.getText()).isEqualTo("Skip to content");
			Number top = chromium.script("return arguments[0].getBoundingClientRect().top;", skip);
			assertThat(top.doubleValue()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);
			FocusRing.assertVisible(chromium);
			chromium.press(Keys.ENTER);
			assertThat(chromium.focused().getDomAttribute("id")).as("the skip link moves the focus to the content")
				.isEqualTo("main");
		}

		@Override
		public void follow(By link) {
			String from = chromium.driver().getCurrentUrl();
			WebElement target = chromium.driver().findElement(link);
			boolean fresh = (Boolean) chromium.script("return document.activeElement === document.body;");
			boolean inMain = (Boolean) chromium.script("return arguments[0].closest('main') !== null;", target);
			if (fresh && inMain) {
				// Past the header by the skip link, as a keyboard user would.
				arrive();
			}
			String href = target.getDomAttribute("href");
			tabTo(target);
			chromium.press(Keys.ENTER);
			if (href != null && href.startsWith("#")) {
				return;
			}
			awaitLoad(from);
		}

		@Override
		public void followOnFromFootnote(By link) {
			// After a footnote marker, the next Tab goes on from the reference it led to.
			String from = chromium.driver().getCurrentUrl();
			chromium.tab();
			assertThat(FocusRing.assertVisible(chromium, chromium.driver().findElement(link)))
				.as("the Tab after a footnote marker reaches the reference's source").isTrue();
			chromium.press(Keys.ENTER);
			awaitLoad(from);
		}

		@Override
		public void search(String words) {
			String from = chromium.driver().getCurrentUrl();
			tabTo(chromium.driver().findElement(By.cssSelector("header input[name=q]")));
			chromium.press(words);
			chromium.press(Keys.ENTER);
			awaitLoad(from);
		}

		/** Tabs to the target: forwards, or backwards (Shift+Tab) if it comes before the focus. */
		private void tabTo(WebElement target) {
			boolean before = (Boolean) chromium.script("return document.activeElement !== document.body && "
					+ "(arguments[0].compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;",
					target);
			for (int tabs = 0; tabs < MOST_TABS; tabs++) {
				if (before) {
					chromium.shiftTab();
				}
				else {
					chromium.tab();
				}
				if (FocusRing.assertVisible(chromium, target)) {
					return;
				}
			}
			throw new AssertionError("Tab never reached " + target.getText() + " (" + target.getDomAttribute("href") + ")");
		}

	}

}
