package org.mirarchive.citation;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * "Cite this entry" as a teacher and a reference manager meet it on entry and source pages: the
 * page's own permanent address in each style with today's access date and the day it last
 * changed, the downloads, and the metadata Zotero reads from the page.
 */
@ArchiveWebTest
class CiteThisPageTest {


	@LocalServerPort
	private int port;

	@Autowired
	private Clock clock;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/people/miguel-enriquez", "/organizations/mir", "/events/coup-of-11-september-1973",
			"/places/santiago", "/sources/chiles-mir-the-revolutionary-left-movement" })
	void thePageIsCitedInEachStyleWithItsAddressAndTodaysDate(String path) {
		Document doc = browser.get(path).document();
		String url = browser.base() + path;
		// The styles set apostrophes typographically: Chile's becomes Chile’s.
		String title = doc.select("h1").text().replace('\'', '’');
		LocalDate today = LocalDate.now(clock);
		String us = today.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US));
		assertThat(doc.select("#cite h2").text()).startsWith("Cite this");
		assertThat(text(doc, "chicago-note")).isEqualTo("“" + title + ",” The MIR Archive, December 6, 2026, accessed "
				+ us + ", " + url + ".");
		assertThat(text(doc, "chicago-bibliography")).isEqualTo("The MIR Archive. “" + title
				+ ".” December 6, 2026. Accessed " + us + ". " + url + ".");
		assertThat(text(doc, "mla")).startsWith("“" + title + ".” The MIR Archive, 6 Dec. 2026, " + url + ". Accessed "
				+ today.getDayOfMonth() + " ").endsWith(today.getYear() + ".");
		assertThat(doc.select(".citation--mla i").text()).isEqualTo("The MIR Archive");
		assertThat(text(doc, "apa")).isEqualTo("The MIR Archive. (2026, December 6). " + title + ". Retrieved " + us
				+ ", from " + url);
		assertThat(text(doc, "apa-in-text")).isEqualTo("(The MIR Archive, 2026)");
		assertThat(doc.select(".citation")).allSatisfy(c -> assertThat(c.select("q, blockquote, [style]")).isEmpty());
	}

	/**
	 * Under Spanish the page is cited in Spanish, with the official Chilean CSL locale's words and
	 * the archive's Spanish name, and reference managers read the same; under English, in English,
	 * whichever language the same page was read in before.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/people/miguel-enriquez", "/sources/chiles-mir-the-revolutionary-left-movement" })
	void underSpanishThePageIsCitedInSpanishAndUnderEnglishInEnglish(String path) {
		CslLocaleFile es = new CslLocaleFile("es-CL");
		String url = browser.base() + path;
		LocalDate today = LocalDate.now(clock);
		Document spanish = browser.get(path + "?lang=es").document();
		String title = spanish.select("h1").text().replace('\'', '’');
		assertThat(text(spanish, "chicago-note")).isEqualTo(es.term("open-quote") + title + es.term("close-quote")
				+ ", Archivo del MIR, " + es.date(LocalDate.of(2026, 12, 6)) + ", " + es.term("accessed") + " "
				+ es.date(today) + ", " + url + ".");
		assertThat(text(spanish, "chicago-bibliography")).startsWith("Archivo del MIR. ");
		assertThat(spanish.select(".citation--mla i").text()).isEqualTo("Archivo del MIR");
		assertThat(text(spanish, "apa")).contains(CslLocaleFile.capitalized(es.term("retrieved")) + " " + es.date(today));
		assertThat(meta(spanish, "citation_publisher")).isEqualTo("Archivo del MIR");
		assertThat(meta(spanish, "DC.language")).isEqualTo("es");
		Document english = browser.get(path + "?lang=en").document();
		String englishTitle = english.select("h1").text().replace('\'', '’');
		assertThat(text(english, "chicago-note")).startsWith("“" + englishTitle + ",” The MIR Archive, December 6, 2026, accessed ");
		assertThat(meta(english, "citation_publisher")).isEqualTo("The MIR Archive");
		assertThat(meta(english, "DC.language")).isEqualTo("en");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/people/miguel-enriquez", "/sources/wikipedia-carlos-prats" })
	void thePageSaysWhenItLastChanged(String path) {
		Document doc = browser.get(path).document();
		assertThat(doc.select("header .last-changed").text()).isEqualTo("Last changed 6 December 2026");
		assertThat(doc.select("header .last-changed time").attr("datetime")).isEqualTo("2026-12-06");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/people/miguel-enriquez", "/sources/chiles-mir-the-revolutionary-left-movement" })
	void eachDownloadIsAFileOfItsTypeThatReadsBackAsThePage(String path) throws Exception {
		Document doc = browser.get(path).document();
		String slug = path.substring(path.lastIndexOf('/') + 1);
		Map<String, String> links = new LinkedHashMap<>();
		doc.select(".cite-downloads a").forEach(a -> links.put(a.text(), a.attr("href")));
		assertThat(links).containsExactly(entry("BibTeX (for bibtex and natbib)", path + "/cite.bib"),
				entry("BibLaTeX (for biblatex and biber)", path + "/cite.biblatex.bib"),
				entry("RIS (EndNote, Zotero, Mendeley)", path + "/cite.ris"), entry("CSL-JSON", path + "/cite.json"));
		Map<String, String> types = Map.of("bib", "application/x-bibtex", "ris", "application/x-research-info-systems",
				"json", "application/vnd.citationstyles.csl+json");
		for (String href : links.values()) {
			String extension = href.substring(href.lastIndexOf('.') + 1);
			String fileName = "mir-archive-" + slug + href.substring(href.lastIndexOf("/cite") + "/cite".length());
			Browser.Answer file = browser.get(href, "*/*");
			assertThat(file.status()).as(href).isEqualTo(200);
			assertThat(file.contentType()).as(href).startsWith(types.get(extension));
			assertThat(file.headers().get("content-disposition")).as(href)
				.containsExactly("attachment; filename=\"" + fileName + "\"");
		}
		String title = doc.select("h1").text();
		String today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US));
		BibTeXEntry bibtex = new BibTeXParser().parse(new StringReader(browser.get(path + "/cite.bib", "*/*").body()))
			.getEntries()
			.get(new Key("mir-archive-" + slug));
		assertThat(latexText(bibtex.getField(BibTeXEntry.KEY_TITLE))).isEqualTo(title);
		assertThat(latexText(bibtex.getField(BibTeXEntry.KEY_HOWPUBLISHED))).isEqualTo("The MIR Archive, " + browser.base() + path);
		assertThat(latexText(bibtex.getField(BibTeXEntry.KEY_NOTE))).isEqualTo("Accessed " + today);

		String biblatex = browser.get(path + "/cite.biblatex.bib", "*/*").body();
		BibTeXConverter converter = new BibTeXConverter();
		CSLItemData item = converter
			.toItemData(converter.loadDatabase(new ByteArrayInputStream(biblatex.getBytes(StandardCharsets.UTF_8))))
			.get("mir-archive-" + slug);
		// The BibTeX reader sets apostrophes typographically, as LaTeX prints them.
		assertThat(item.getTitle()).isEqualTo(title.replace('\'', '’'));
		assertThat(item.getURL()).isEqualTo(browser.base() + path);
		assertThat(item.getAccessed().getRaw()).isEqualTo(LocalDate.now(clock).toString());

		String ris = browser.get(path + "/cite.ris", "*/*").body();
		String risToday = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("yyyy/MM/dd/"));
		assertThat(ris).contains("UR  - " + browser.base() + path + "\r\n", "Y2  - " + risToday + "\r\n",
				"M1  - " + risToday + "\r\n");
		assertThat(browser.get(path + "/cite.json", "*/*").body()).contains("\"URL\":\"" + browser.base() + path + "\"");
	}

	/**
	 * The Spanish page links to Spanish downloads, which read back as the page does in Spanish: its
	 * Spanish title, on "Archivo del MIR", read today in Spanish words, in Spanish; the English
	 * address gives the English file whatever language the reader's browser asks for.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/events/coup-of-11-september-1973", "/sources/wikipedia-carlos-prats" })
	void theSpanishPageLinksToDownloadsInSpanish(String path) throws Exception {
		Document doc = browser.get(path + "?lang=es").document();
		String slug = path.substring(path.lastIndexOf('/') + 1);
		assertThat(doc.select(".cite-downloads a").eachAttr("href")).containsExactly(path + "/cite.bib?lang=es",
				path + "/cite.biblatex.bib?lang=es", path + "/cite.ris?lang=es", path + "/cite.json?lang=es");
		String title = doc.select("h1").text();
		String today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy",
				Locale.forLanguageTag("es")));
		BibTeXEntry bibtex = new BibTeXParser()
			.parse(new StringReader(browser.get(path + "/cite.bib?lang=es", "*/*").body()))
			.getEntries()
			.get(new Key("mir-archive-" + slug));
		assertThat(latexText(bibtex.getField(BibTeXEntry.KEY_TITLE))).isEqualTo(title);
		assertThat(latexText(bibtex.getField(BibTeXEntry.KEY_HOWPUBLISHED)))
			.isEqualTo("Archivo del MIR, " + browser.base() + path);
		assertThat(latexText(bibtex.getField(BibTeXEntry.KEY_NOTE))).isEqualTo("Consultado el " + today);
		assertThat(browser.get(path + "/cite.biblatex.bib?lang=es", "*/*").body()).contains("langid = {spanish}");
		assertThat(browser.get(path + "/cite.ris?lang=es", "*/*").body()).contains("T2  - Archivo del MIR\r\n",
				"LA  - es\r\n", "TI  - " + title + "\r\n");
		assertThat(browser.get(path + "/cite.json?lang=es", "*/*").body()).contains("\"language\":\"es\"",
				"\"container-title\":\"Archivo del MIR\"");
		// The English address is the English file, even for a browser that asks for Spanish.
		assertThat(browser.get(path + "/cite.ris", "*/*", "Accept-Language", "es").body())
			.contains("T2  - The MIR Archive\r\n", "LA  - en\r\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/people/miguel-enriquez", "/sources/chiles-mir-the-revolutionary-left-movement" })
	void aCopyFromBeforeTodayIsOutOfDateBecauseTheAccessDateChanged(String path) {
		ZonedDateTime todayStarted = LocalDate.now(clock).atStartOfDay(clock.getZone());
		String lastModified = browser.get(path).headers().get("last-modified").get(0);
		assertThat(ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
			.isAfterOrEqualTo(todayStarted.toInstant());
		String yesterday = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(todayStarted.minusSeconds(1).withZoneSameInstant(ZoneOffset.UTC));
		Browser.Answer copy = browser.get(path, "text/html", "If-Modified-Since", yesterday);
		assertThat(copy.status()).isEqualTo(200);
		assertThat(copy.document().select(".cite-dates time").eachAttr("datetime")).contains(LocalDate.now(clock).toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/people/nobody/cite.bib", "/sources/nothing/cite.ris", "/people/mir/cite.json",
			"/people/nobody/cite.biblatex.bib", "/people/miguel-enriquez/cite.pdf",
			"/people/miguel-enriquez/cite.biblatex", "/people/miguel-enriquez/cite.biblatexxbib" })
	void thereIsNoCitationFileForAPageThatDoesNotExist(String path) {
		assertThat(browser.get(path, "*/*").status()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/people/miguel-enriquez", "/events/coup-of-11-september-1973",
			"/sources/chiles-mir-the-revolutionary-left-movement" })
	void referenceManagersFindTitleSiteDateAndAddressInThePage(String path) {
		Document doc = browser.get(path).document();
		String url = browser.base() + path;
		String title = doc.select("h1").text();
		// Highwire Press tags, as Google Scholar and Zotero read them; no journal title, which
		// would make Zotero save a journal article.
		assertThat(meta(doc, "citation_title")).isEqualTo(title);
		assertThat(meta(doc, "citation_publisher")).isEqualTo("The MIR Archive");
		assertThat(meta(doc, "citation_date")).isEqualTo("2026/12/06");
		assertThat(meta(doc, "citation_public_url")).isEqualTo(url);
		assertThat(doc.select("meta[name=citation_journal_title]")).isEmpty();
		// The archive is named as publisher, never as an author Zotero would split like a person's name.
		assertThat(doc.select("meta[name=citation_author]").eachAttr("content")).doesNotContain("The MIR Archive");
		// Dublin Core, declared with its schema link.
		assertThat(doc.select("head link[rel=schema.DC]").attr("href")).isEqualTo("http://purl.org/dc/elements/1.1/");
		assertThat(meta(doc, "DC.title")).isEqualTo(title);
		assertThat(meta(doc, "DC.publisher")).isEqualTo("The MIR Archive");
		assertThat(meta(doc, "DC.date")).isEqualTo("2026-12-06");
		assertThat(meta(doc, "DC.identifier")).isEqualTo(url);
		assertThat(meta(doc, "DC.type")).isEqualTo("Text");
		assertThat(meta(doc, "DC.language")).isEqualTo("en");
		// COinS, in the format Zotero itself writes for a web page.
		assertThat(doc.select("span.Z3988")).hasSize(1);
		Map<String, String> coins = kev(doc.selectFirst("span.Z3988").attr("title"));
		assertThat(coins).containsEntry("ctx_ver", "Z39.88-2004")
			.containsEntry("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc")
			.containsEntry("rft.type", "webpage")
			.containsEntry("rft.title", title)
			.containsEntry("rft.source", "The MIR Archive")
			.containsEntry("rft.date", "2026-12-06")
			.containsEntry("rft.identifier", url);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/sources/chiles-mir-the-revolutionary-left-movement | Christopher Minster",
			"/sources/dinges-the-condor-years | John Dinges", "/sources/wikipedia-carlos-prats | ",
			"/sources/memoria-viva-bautista-van-schouwen | ", "/people/miguel-enriquez | " })
	void aSourcePageNamesItsWorksAuthorForReferenceManagers(String path, String author) {
		// A body (the Vicaría de la Solidaridad) is left out, as Zotero would split it like a
		// person's name; entry pages are the archive's own work.
		List<String> authors = browser.get(path).document().select("head meta[name=citation_author]").eachAttr("content");
		assertThat(authors).isEqualTo(author == null ? List.of() : List.of(author));
	}

	private static String latexText(Value value) throws Exception {
		return new LaTeXPrinter().print(new LaTeXParser().parse(value.toUserString())).replace('’', '\'');
	}

	private static String text(Document doc, String style) {
		return doc.select(".citation--" + style).text();
	}

	private static String meta(Document doc, String name) {
		assertThat(doc.select("head meta[name=" + name + "]")).as(name).hasSize(1);
		return doc.selectFirst("head meta[name=" + name + "]").attr("content");
	}

	private static Map<String, String> kev(String contextObject) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : List.of(contextObject.split("&"))) {
			String[] parts = pair.split("=", 2);
			values.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		return values;
	}

}
