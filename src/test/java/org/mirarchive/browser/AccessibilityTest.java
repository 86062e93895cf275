package org.mirarchive.browser;

import java.util.List;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA in a real browser: axe-core finds no violation of the A and AA rules on any page
 * type in either language, headings never skip a level, footnote markers have names that make
 * sense out of context, and the keyboard focus is always visible.
 */
@BrowserTest
class AccessibilityTest {

	private final Chromium chromium;

	AccessibilityTest(Chromium chromium) {
		this.chromium = chromium;
	}

	static Stream<Arguments> everyPageInEveryLanguage() {
		return Stream.of(PageType.values()).flatMap(page -> Stream.of(Arguments.of(page, "en"), Arguments.of(page, "es")));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("everyPageInEveryLanguage")
	void everyPageMeetsWcag21AA(PageType page, String language) {
		chromium.open(page.path, language);
		assertThat(chromium.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
		Results results = chromium.axe();
		assertThat(results.getErrorMessage()).as("axe-core ran").isNull();
		assertThat(results.getPasses()).as("rules axe-core checked").isNotEmpty();
		assertThat(results.getViolations()).as("WCAG 2.1 A and AA violations on %s (%s)", page.path, language)
			.withFailMessage(() -> Chromium.describe(results.getViolations()))
			.isEmpty();

		List<Long> levels = chromium.script(
				"return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName.substring(1)));");
		assertThat(levels).as("heading levels on %s", page.path).startsWith(1L);
		assertThat(levels.stream().filter(level -> level == 1)).as("one h1 on %s", page.path).hasSize(1);
		for (int i = 1; i < levels.size(); i++) {
			assertThat(levels.get(i)).as("heading %d on %s after an h%d", i + 1, page.path, levels.get(i - 1))
				.isLessThanOrEqualTo(levels.get(i - 1) + 1);
		}
	}

	@Test
	void footnoteMarkersAreNamedReferenceAndTheirNumber() {
		chromium.open(PageType.ORGANIZATION.path);
		List<WebElement> markers = chromium.driver().findElements(By.cssSelector("sup.ref a"));
		assertThat(markers).isNotEmpty();
		for (WebElement marker : markers) {
			String number = marker.getDomAttribute("href").substring("#ref-".length());
			assertThat(marker.getAccessibleName()).isEqualTo("Reference " + number);
			assertThat(marker.findElement(By.cssSelector("[aria-hidden=true]")).getText()).isEqualTo("[" + number + "]");
		}
		chromium.open(PageType.ORGANIZATION.path, "es");
		assertThat(chromium.driver().findElement(By.cssSelector("sup.ref a")).getAccessibleName()).matches("Referencia \\d+");
	}

	@Test
	void theKeyboardFocusIsVisibleOnEveryKindOfControl() {
		chromium.open(PageType.PERSON.path);
		// Skip link, site name, language switch, navigation, links in the text, footnote markers, footer.
		int focusable = chromium.<Number>script("return document.querySelectorAll('a[href], input, button, select, textarea').length;")
			.intValue();
		assertThat(focusable).isGreaterThan(20);
		for (int i = 0; i < focusable; i++) {
			chromium.tab();
			FocusRing.assertVisible(chromium);
		}
	}

	@Test
	void colourContrastIsCheckedAndFailsWhereItIsTooLow() {
		// A check that cannot fail proves nothing: make one paragraph too faint, and axe must say so.
		chromium.open(PageType.HOME.path);
		chromium.script("document.querySelector('main p').style.color = '#b0b0b0';");
		assertThat(chromium.axe().getViolations()).extracting(Rule::getId).contains("color-contrast");
	}


}
