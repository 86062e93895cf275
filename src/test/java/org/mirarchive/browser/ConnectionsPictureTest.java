package org.mirarchive.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pictures of connections in a real browser: an entry's and the whole archive's graph are
 * drawn (every node has a size on the screen), a node is a link that leads to its entry, nothing
 * breaks the Content-Security-Policy, axe finds nothing, a phone never scrolls sideways, and the
 * picture prints. Screenshots of each are saved in target/screenshots.
 */
@BrowserTest
class ConnectionsPictureTest {

	private final Chromium chromium;

	ConnectionsPictureTest(Chromium chromium) {
		this.chromium = chromium;
	}

	@ParameterizedTest
	@ValueSource(strings = { "/connections", "/organizations/mir", "/people/miguel-enriquez" })
	void thePictureIsDrawnAndEachNodeLeadsToItsEntry(String path) {
		chromium.open(path);
		List<WebElement> nodes = chromium.driver().findElements(By.cssSelector("svg a.graph-node"));
		assertThat(nodes).as(path).isNotEmpty();
		List<Map<String, Object>> boxes = chromium.script("return Array.from(document.querySelectorAll('svg a.graph-node"
				+ " path')).map(p => { const b = p.getBoundingClientRect(); return {w: b.width, h: b.height}; });");
		assertThat(boxes).hasSameSizeAs(nodes).allSatisfy(box -> {
			assertThat(((Number) box.get("w")).doubleValue()).isPositive();
			assertThat(((Number) box.get("h")).doubleValue()).isPositive();
		});
		assertThat(chromium.cspViolations()).as("Content-Security-Policy violations on %s", path).isEmpty();

		String href = nodes.get(nodes.size() - 1).getDomAttribute("href");
		chromium.script("arguments[0].scrollIntoView({block: 'center'});", nodes.get(nodes.size() - 1));
		nodes.get(nodes.size() - 1).findElement(By.cssSelector("path")).click();
		assertThat(chromium.path()).isEqualTo(href);
		assertThat(chromium.driver().findElement(By.cssSelector("h1")).getText()).isNotBlank();
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void axeFindsNothingAndAPhoneNeverScrollsSideways(String language) {
		for (String path : List.of("/connections", "/organizations/mir", "/people/miguel-enriquez", "/places/santiago")) {
			chromium.open(path, language);
			Results results = chromium.axe();
			assertThat(results.getErrorMessage()).as("axe-core ran").isNull();
			assertThat(results.getViolations()).as("WCAG 2.1 A and AA violations on %s (%s)", path, language)
				.extracting(Rule::getId)
				.isEmpty();
			for (int width : new int[] { 360, 768, 1280 }) {
				chromium.viewport(width, 800);
				assertThat(chromium.scrollsSideways()).as("%s scrolls sideways at %d px", path, width).isFalse();
				String name = "connections" + path.replace('/', '-') + "-" + language;
				assertThat(chromium.screenshot(name, width)).exists();
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/connections", "/organizations/mir" })
	void thePicturePrints(String path) throws IOException {
		chromium.open(path);
		chromium.emulateMedia("print");
		try {
			assertThat(chromium.driver().findElement(By.cssSelector("figure.graph svg")).isDisplayed()).isTrue();
			chromium.screenshot("connections" + path.replace('/', '-') + "-print-preview", 794);
		}
		finally {
			chromium.emulateMedia("");
		}
		byte[] pdf = chromium.print();
		Files.createDirectories(Chromium.SCREENSHOTS);
		Files.write(Chromium.SCREENSHOTS.resolve("connections" + path.replace('/', '-') + "-print.pdf"), pdf);
		String printed;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		// The picture's own labels are text in the PDF, and so is the legend.
		assertThat(printed).contains("Miguel Enríquez", "Organization", "Person");
	}

}
