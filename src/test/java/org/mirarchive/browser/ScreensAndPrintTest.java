package org.mirarchive.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type on a phone (360 px), a tablet (768 px) and a projector or laptop (1280 px):
 * nothing needs sideways scrolling, and a full-page screenshot of each is saved under
 * target/screenshots/ for people to look at. On paper, an entry is a clean handout: its text,
 * footnotes, quotations and permanent address, without navigation, search or switches.
 */
@BrowserTest
class ScreensAndPrintTest {

	private static final int[] WIDTHS = { 360, 768, 1280 };

	private final Chromium chromium;

	ScreensAndPrintTest(Chromium chromium) {
		this.chromium = chromium;
	}

	@ParameterizedTest
	@EnumSource(PageType.class)
	void everyPageFitsEveryScreenAndIsPhotographed(PageType page) throws IOException {
		chromium.open(page.path);
		for (int width : WIDTHS) {
			chromium.viewport(width, 800);
			assertThat(chromium.scrollsSideways()).as("%s scrolls sideways at %d px", page.path, width).isFalse();
			Path shot = chromium.screenshot(page.fileName(), width);
			assertThat(Files.size(shot)).isGreaterThan(1000);
		}
	}

	@Test
	void theSpanishInterfaceFitsEveryScreenToo() {
		chromium.open(PageType.PERSON.path, "es");
		for (int width : WIDTHS) {
			chromium.viewport(width, 800);
			assertThat(chromium.scrollsSideways()).as("the Spanish person page scrolls sideways at %d px", width).isFalse();
			chromium.screenshot(PageType.PERSON.fileName() + "-es", width);
		}
	}

	@Test
	void anEntryPrintsAsAHandoutWithItsFootnotesQuotationsAndAddress() throws IOException {
		chromium.open(PageType.PERSON.path);
		// A picture of the page as print lays it out (about A4 wide), to look at beside the PDF.
		chromium.emulateMedia("print");
		try {
			chromium.screenshot("person-print-preview", 794);
		}
		finally {
			chromium.emulateMedia("");
		}
		byte[] pdf = chromium.print();
		Files.createDirectories(Chromium.SCREENSHOTS);
		Files.write(Chromium.SCREENSHOTS.resolve("person-print.pdf"), pdf);
		String printed;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		assertThat(printed).contains("Miguel Enríquez", "1944–1974", "Content note:", "What the sources say",
				"Miguel Enríquez was a doctor, whom the article describes as charismatic, tireless and idealistic.",
				"References", "The most important leader was the charismatic Miguel Enríquez",
				"section “Beginnings of the MIR”, paragraph 1",
				"Printed from " + chromium.base() + "/people/miguel-enriquez");
		// Footnote markers print (the extracted text puts a space before a superscript); the date line,
		// read first, cites the same passage as this statement, so both are [1].
		assertThat(printed).containsPattern("idealistic\\. ?\\[1\\]");
		assertThat(printed).doesNotContain("Skip to content", "Español", "Organizations Events Places",
				"free software under the Apache License", "Each statement is followed by numbered references");
	}

	@Test
	void onPaperTheNavigationGoesAndTheAddressComesInEitherLanguage() {
		chromium.open(PageType.EVENT.path, "es");
		assertThat(displayed("header.site-header")).isTrue();
		assertThat(displayed(".print-address")).isFalse();
		chromium.emulateMedia("print");
		try {
			assertThat(displayed("header.site-header")).isFalse();
			assertThat(displayed(".language-switch")).isFalse();
			assertThat(displayed("footer.site-footer")).isFalse();
			assertThat(displayed(".references")).isTrue();
			assertThat(displayed(".content-note")).isTrue();
			assertThat(chromium.driver().findElement(By.cssSelector(".print-address")).getText())
				.isEqualTo("Impreso desde " + chromium.base() + "/events/coup-of-11-september-1973");
		}
		finally {
			chromium.emulateMedia("");
		}
	}

	private boolean displayed(String selector) {
		return chromium.driver().findElement(By.cssSelector(selector)).isDisplayed();
	}

}
