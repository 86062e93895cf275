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
 * The map of places in real Chromium: drawn from the archive's own basemap (no other host, no
 * policy broken), every marker drawn with a size and a link to a place that exists, axe content in
 * both languages, a phone never scrolls sideways, and the map prints. Screenshots are saved under
 * target/screenshots/.
 */
@BrowserTest
class MapPictureTest {

	private final Chromium chromium;

	MapPictureTest(Chromium chromium) {
		this.chromium = chromium;
	}

	@ParameterizedTest
	@ValueSource(strings = { "/places", "/places/santiago", "/events/coup-of-11-september-1973" })
	void everyMarkerIsDrawnAndLeadsToAPlaceThatExists(String path) {
		chromium.open(path);
		List<Map<String, Object>> markers = chromium.script("""
				return [...document.querySelectorAll('figure.place-map svg a')].map(a => {
				  const box = a.querySelector('circle').getBoundingClientRect();
				  return { href: a.getAttribute('href'), width: box.width, height: box.height,
				           land: document.querySelectorAll('figure.place-map .place-map__land path').length };
				});""");
		assertThat(markers).as("markers on %s", path).isNotEmpty();
		for (Map<String, Object> marker : markers) {
			assertThat(((Number) marker.get("width")).doubleValue()).as("%s drawn", marker.get("href")).isGreaterThan(0);
			assertThat(((Number) marker.get("land")).intValue()).as("the basemap's land").isGreaterThan(0);
			Number status = chromium.script("const r = new XMLHttpRequest(); r.open('GET', arguments[0], false); r.send();"
					+ " return r.status;", marker.get("href"));
			assertThat(status.intValue()).as(marker.get("href").toString()).isEqualTo(200);
		}
		assertThat(chromium.loaded()).allMatch(url -> url.startsWith(chromium.base() + "/"));
		assertThat(chromium.cspViolations()).as("Content-Security-Policy violations on %s", path).isEmpty();
	}

	@Test
	void clickingAMarkerOpensItsPlace() {
		chromium.open("/places");
		WebElement palace = chromium.driver().findElement(By.cssSelector("figure.place-map a[href='/places/presidential-palace']"));
		chromium.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));", palace);
		assertThat(chromium.path()).isEqualTo("/places/presidential-palace");
		assertThat(chromium.driver().findElement(By.tagName("h1")).getText()).isEqualTo("La Moneda");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/places", "/places/santiago" })
	void axeFindsNothingAndAPhoneNeverScrollsSideways(String path) {
		for (String language : List.of("en", "es")) {
			chromium.open(path, language);
			Results results = chromium.axe();
			assertThat(results.getViolations()).as("axe on %s (%s)", path, language)
				.withFailMessage(() -> Chromium.describe(results.getViolations()))
				.isEmpty();
		}
		String name = "map" + path.replace('/', '-');
		for (int width : new int[] { 360, 768, 1280 }) {
			chromium.viewport(width, 900);
			assertThat(chromium.scrollsSideways()).as("%s scrolls sideways at %d px", path, width).isFalse();
			chromium.screenshot(name, width);
		}
	}

	@Test
	void thePlacesPrintWithTheirMap() throws IOException {
		chromium.open("/places");
		chromium.emulateMedia("print");
		try {
			chromium.screenshot("map-print-preview", 794);
		}
		finally {
			chromium.emulateMedia("");
		}
		byte[] pdf = chromium.print();
		Files.createDirectories(Chromium.SCREENSHOTS);
		Files.write(Chromium.SCREENSHOTS.resolve("map-print.pdf"), pdf);
		String printed;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		// The map's own words (its inset's caption and its labels) are on paper, before the list.
		assertThat(printed).contains("Enlarged: Santiago", "Bolivia", "Buenos Aires");
		assertThat(printed.indexOf("Enlarged: Santiago")).isLessThan(printed.indexOf("Every place, in words"));
	}


}
