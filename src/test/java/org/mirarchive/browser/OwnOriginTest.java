package org.mirarchive.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the browser, every page loads only from the archive itself (styles, fonts, images, scripts:
 * no other host is ever asked), and nothing on it breaks the Content-Security-Policy.
 */
@BrowserTest
class OwnOriginTest {

	private final Chromium chromium;

	OwnOriginTest(Chromium chromium) {
		this.chromium = chromium;
	}

	@ParameterizedTest
	@EnumSource(PageType.class)
	void everyPageLoadsOnlyFromTheArchiveAndBreaksNoPolicy(PageType page) {
		chromium.open(page.path, "es");
		List<String> loaded = chromium.loaded();
		assertThat(loaded).as("what %s loaded", page.path)
			.anyMatch(url -> url.startsWith(chromium.base() + "/css/"))
			.allMatch(url -> url.startsWith(chromium.base() + "/"));
		assertThat(chromium.cspViolations()).as("Content-Security-Policy violations on %s", page.path).isEmpty();
	}

	@Test
	void aViolationOfThePolicyWouldBeSeen() {
		// A check that cannot fail proves nothing: inline style is refused, and the refusal is seen.
		chromium.open(PageType.HOME.path);
		chromium.script("document.head.insertAdjacentHTML('beforeend', '<style>body { color: red; }</style>');");
		new WebDriverWait(chromium.driver(), Duration.ofSeconds(5), Duration.ofMillis(20))
			.until(driver -> !chromium.cspViolations().isEmpty());
		assertThat(chromium.cspViolations()).anyMatch(violation -> violation.startsWith("style-src-elem blocked inline"));
	}

}
