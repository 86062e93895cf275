package org.mirarchive.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drawn timeline in real Chromium: on /timeline and on a person's lifeline the marks are
 * drawn with a size, each is a link that leads to its event, the page breaks no policy and
 * passes axe, fits a phone without scrolling sideways (the picture scrolls in its own box), and
 * prints with the picture. Screenshots are saved under target/screenshots/.
 */
@BrowserTest
class TimelinePictureTest {

	private final Chromium chromium;

	TimelinePictureTest(Chromium chromium) {
		this.chromium = chromium;
	}

	@ParameterizedTest
	@ValueSource(strings = { "/timeline", "/people/miguel-enriquez", "/organizations/mir" })
	void everyMarkIsDrawnAndIsALinkToAnEventThatExists(String path) {
		chromium.open(path);
		List<Map<String, Object>> marks = chromium.script("""
				return [...document.querySelectorAll('.timechart svg a')].map(a => {
				  const shape = a.querySelector('rect, circle').getBoundingClientRect();
				  const label = a.querySelector('text').getBoundingClientRect();
				  return {href: a.getAttribute('href'), width: shape.width, height: shape.height,
				    label: label.width, name: a.getAttribute('aria-label')};
				});""");
		assertThat(marks).as("links in the picture on %s", path).isNotEmpty();
		for (Map<String, Object> mark : marks) {
			assertThat(((Number) mark.get("width")).doubleValue()).as("width of %s", mark.get("href")).isPositive();
			assertThat(((Number) mark.get("height")).doubleValue()).as("height of %s", mark.get("href")).isPositive();
			assertThat(((Number) mark.get("label")).doubleValue()).as("label of %s", mark.get("href")).isPositive();
			assertThat((String) mark.get("name")).contains(", ");
		}
		// Every mark's address answers with its event's page.
		for (Map<String, Object> mark : marks) {
			String href = (String) mark.get("href");
			Number status = chromium.script("const r = new XMLHttpRequest(); r.open('GET', arguments[0], false); r.send();"
					+ " return r.status;", href);
			assertThat(status.intValue()).as("status of %s", href).isEqualTo(200);
		}
		assertThat(chromium.cspViolations()).as("Content-Security-Policy violations on %s", path).isEmpty();
	}

	@Test
	void clickingAMarkOpensItsEvent() {
		chromium.open("/timeline");
		WebElement coup = chromium.driver()
			.findElement(By.cssSelector(".timechart a[href='/events/coup-of-11-september-1973'] circle"));
		coup.click();
		assertThat(chromium.path()).isEqualTo("/events/coup-of-11-september-1973");
		assertThat(chromium.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Coup of 11 September 1973");
	}

	@Test
	void theKeyboardReachesEachMarkInDateOrderWithItsName() {
		chromium.open("/people/miguel-enriquez");
		List<String> names = chromium.script(
				"return [...document.querySelectorAll('.timechart svg a')].map(a => a.getAttribute('aria-label'));");
		List<String> reached = new java.util.ArrayList<>();
		for (int i = 0; i < 80 && reached.size() < names.size(); i++) {
			chromium.tab();
			WebElement focused = chromium.focused();
			if (focused.getAttribute("aria-label") != null && names.contains(focused.getAttribute("aria-label"))) {
				reached.add(focused.getAccessibleName());
				FocusRing.assertVisible(chromium);
			}
		}
		assertThat(reached).containsExactlyElementsOf(names)
			.containsExactly("Talks on a revolutionary alliance, from October 1972 (end not given in the works cited)",
					"Death of Miguel Enríquez, 1974");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/timeline", "/timeline?person=salvador-allende", "/people/miguel-enriquez" })
	void axeFindsNothingInEitherLanguage(String path) {
		for (String language : List.of("en", "es")) {
			chromium.open(path, language);
			Results results = chromium.axe();
			assertThat(results.getErrorMessage()).as("axe-core ran").isNull();
			assertThat(results.getViolations()).as("WCAG 2.1 A and AA violations on %s (%s)", path, language)
				.withFailMessage(() -> Chromium.describe(results.getViolations()))
				.isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/timeline", "/people/miguel-enriquez" })
	void aPhoneNeverScrollsSidewaysAndTheScreensArePhotographed(String path) {
		chromium.open(path);
		String name = path.equals("/timeline") ? "timeline-picture" : "person-lifeline";
		for (int width : new int[] { 360, 768, 1280 }) {
			chromium.viewport(width, 800);
			assertThat(chromium.scrollsSideways()).as("%s scrolls sideways at %d px", path, width).isFalse();
			// The picture is wider than a phone: it scrolls in its own box, which keeps within the page.
			Number box = chromium.script("return document.querySelector('.timechart__box').getBoundingClientRect().right;");
			assertThat(box.doubleValue()).isLessThanOrEqualTo(width);
			chromium.screenshot(name, width);
		}
		chromium.open(path, "es");
		chromium.viewport(360, 800);
		assertThat(chromium.scrollsSideways()).isFalse();
		chromium.screenshot(name + "-es", 360);
	}

	@Test
	void theTimelinePrintsWithItsPicture() throws IOException {
		chromium.open("/timeline");
		chromium.emulateMedia("print");
		try {
			chromium.screenshot("timeline-picture-print-preview", 794);
			// On paper the whole axis fits the page's width.
			Number overflow = chromium.script("const box = document.querySelector('.timechart__box');"
					+ " return box.scrollWidth - box.clientWidth;");
			assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
		}
		finally {
			chromium.emulateMedia("");
		}
		byte[] pdf = chromium.print();
		Files.createDirectories(Chromium.SCREENSHOTS);
		Files.write(Chromium.SCREENSHOTS.resolve("timeline-picture-print.pdf"), pdf);
		String printed;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		// The years of the axis and the legend are the picture's own text; the list follows it.
		assertThat(printed).contains("1964 1966 1968 1970", "How to read the picture", "open end: runs on to the edge");
		assertThat(printed.indexOf("How to read the picture")).isLessThan(printed.indexOf("3 November 1966"));
	}


}
