package org.mirarchive.citation;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ReferenceValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each download read back as the programs that use it read it: the two .bib files by a BibTeX
 * parser (jbibtex, which JabRef once used and citeproc-java uses) and citeproc-java's reader, RIS
 * tag by tag and by citeproc-java's reader, CSL-JSON by Jackson. Title, site, address and both
 * dates must survive where each format's readers look for them.
 */
class CitationFormatTest {

	private static final CitedPage PAGE = new CitedPage("Miguel Enríquez", "/people/miguel-enriquez",
			"https://mir.example/people/miguel-enriquez", "The MIR Archive", LocalDate.of(2026, 11, 25));

	private static final LocalDate ACCESSED = LocalDate.of(2026, 12, 1);

	@Test
	void bibtexIsAMiscEntryThatClassicStylesPrintWithItsAddressMonthAndAccessDate() throws Exception {
		BibTeXEntry entry = parse(CitationFormat.BIBTEX.write(PAGE, ACCESSED));
		assertThat(entry.getType()).isEqualTo(new Key("misc"));
		assertThat(entry.getKey()).isEqualTo(new Key("mir-archive-miguel-enriquez"));
		assertThat(text(entry, BibTeXEntry.KEY_TITLE)).isEqualTo("Miguel Enríquez");
		assertThat(raw(entry, BibTeXEntry.KEY_HOWPUBLISHED))
			.isEqualTo("The MIR Archive, \\url{https://mir.example/people/miguel-enriquez}");
		assertThat(raw(entry, BibTeXEntry.KEY_YEAR)).isEqualTo("2026");
		// The month is BibTeX's own macro, which each style words itself.
		assertThat(entry.getField(BibTeXEntry.KEY_MONTH)).isInstanceOf(ReferenceValue.class);
		assertThat(raw(entry, BibTeXEntry.KEY_MONTH)).isEqualTo("November");
		assertThat(text(entry, BibTeXEntry.KEY_NOTE)).isEqualTo("Accessed December 1, 2026");
		// An entry without author is labelled and sorted by its key (apalike: "The MIR Archive, 2026").
		assertThat(raw(entry, BibTeXEntry.KEY_KEY)).isEqualTo("The MIR Archive");
		// Only fields BibTeX's standard styles use for @misc: biblatex's date, urldate and url
		// would be dropped by them without a word.
		assertThat(entry.getFields().keySet()).extracting(Key::getValue)
			.containsExactlyInAnyOrder("title", "howpublished", "year", "month", "note", "key");
	}

	@ParameterizedTest
	@EnumSource(names = { "BIBTEX", "BIBLATEX" })
	void aBibFileEndsWithALineBreakSoThatDownloadsCanBePutTogether(CitationFormat format) throws Exception {
		String bib = format.write(PAGE, ACCESSED);
		assertThat(bib).endsWith("}\n");
		BibTeXDatabase both = new BibTeXParser().parse(new StringReader(bib + CitationFormat.BIBTEX.write(
				new CitedPage("Carlos Prats", "/people/carlos-prats", "https://mir.example/people/carlos-prats",
						"The MIR Archive", LocalDate.of(2026, 11, 25)), ACCESSED)));
		assertThat(both.getEntries()).hasSize(2);
	}

	@Test
	void biblatexIsAnOnlineEntryWithBothFullDates() throws Exception {
		String biblatex = CitationFormat.BIBLATEX.write(PAGE, ACCESSED);
		BibTeXEntry entry = parse(biblatex);
		assertThat(entry.getType()).isEqualTo(new Key("online"));
		assertThat(text(entry, BibTeXEntry.KEY_TITLE)).isEqualTo("Miguel Enríquez");
		assertThat(raw(entry, BibTeXEntry.KEY_ORGANIZATION)).isEqualTo("The MIR Archive");
		assertThat(raw(entry, new Key("date"))).isEqualTo("2026-11-25");
		assertThat(raw(entry, new Key("urldate"))).isEqualTo("2026-12-01");
		assertThat(raw(entry, BibTeXEntry.KEY_URL)).isEqualTo("https://mir.example/people/miguel-enriquez");
		// biblatex sets a title in sentence case only for an entry it knows to be English.
		assertThat(raw(entry, new Key("langid"))).isEqualTo("english");

		BibTeXConverter converter = new BibTeXConverter();
		Map<String, CSLItemData> items = converter
			.toItemData(converter.loadDatabase(new ByteArrayInputStream(biblatex.getBytes(StandardCharsets.UTF_8))));
		CSLItemData item = items.get("mir-archive-miguel-enriquez");
		assertThat(item.getType()).isEqualTo(CSLType.WEBPAGE);
		assertThat(item.getTitle()).isEqualTo("Miguel Enríquez");
		assertThat(item.getURL()).isEqualTo("https://mir.example/people/miguel-enriquez");
		// biblatex dates are ISO 8601; the reader keeps them raw, as CSL allows, for the processor to parse.
		assertThat(item.getIssued().getRaw()).isEqualTo("2026-11-25");
		assertThat(item.getAccessed().getRaw()).isEqualTo("2026-12-01");
	}

	@ParameterizedTest
	@EnumSource(names = { "BIBTEX", "BIBLATEX" })
	void aStyleThatSetsTitlesInSentenceCaseKeepsNamesAndAcronyms(CitationFormat format) throws Exception {
		String title = "Chile's MIR: The Revolutionary Left Movement (Chile)";
		CitedPage page = new CitedPage(title, "/sources/x", "https://mir.example/sources/x", "The MIR Archive",
				LocalDate.of(2026, 11, 25));
		String field = raw(parse(format.write(page, ACCESSED)), BibTeXEntry.KEY_TITLE);
		assertThat(printed(sentenceCase(field))).isEqualTo(printed(title));
		// Without the braces, the same style would print "Chile's mir: the revolutionary left movement (chile)".
		assertThat(printed(sentenceCase(title))).isNotEqualTo(printed(title)).contains("mir", "(chile)");
	}

	@ParameterizedTest
	@EnumSource(names = { "BIBTEX", "BIBLATEX" })
	void charactersLatexReadsAsCommandsAreEscapedAndReadBackAsWritten(CitationFormat format) throws Exception {
		String title = "Arms & 100% of the #1 plan_b {draft} $5 a~b c^d back\\slash";
		CitedPage page = new CitedPage(title, "/events/x", "https://mir.example/events/x", "The MIR Archive",
				LocalDate.of(2026, 11, 25));
		BibTeXEntry entry = parse(format.write(page, ACCESSED));
		assertThat(raw(entry, BibTeXEntry.KEY_TITLE)).contains("{Arms} \\& 100\\% of the \\#1 plan\\_b \\{draft\\} \\$5");
		assertThat(text(entry, BibTeXEntry.KEY_TITLE)).isEqualTo(title);
	}

	@Test
	void risGivesEachFieldOnItsOwnTagAndEndsLinesWithCrlf() {
		String ris = CitationFormat.RIS.write(PAGE, ACCESSED);
		assertThat(ris).endsWith("\r\n");
		assertThat(ris.replace("\r\n", "")).doesNotContain("\n", "\r");
		List<String> lines = List.of(ris.split("\r\n"));
		assertThat(lines).allMatch(line -> line.matches("[A-Z][A-Z0-9]  - .*"));
		assertThat(lines.get(0)).isEqualTo("TY  - ELEC");
		assertThat(lines.get(lines.size() - 1)).isEqualTo("ER  - ");
		Map<String, List<String>> tags = tags(lines);
		assertThat(tags).containsEntry("TI", List.of("Miguel Enríquez"))
			.containsEntry("T2", List.of("The MIR Archive"))
			.containsEntry("UR", List.of("https://mir.example/people/miguel-enriquez"))
			.containsEntry("LA", List.of("en"))
			// The page's date: its year, and the day it last changed.
			.containsEntry("PY", List.of("2026"))
			.containsEntry("DA", List.of("2026/11/25/"))
			// The access date where Zotero reads it (Y2) and where the RIS specification and
			// EndNote keep a web page's (M1), the same day in both.
			.containsEntry("Y2", List.of("2026/12/01/"))
			.containsEntry("M1", List.of("2026/12/01/"));
		assertThat(tags.keySet()).containsExactly("TY", "TI", "T2", "PY", "DA", "Y2", "M1", "UR", "LA", "ER");
	}

	@Test
	void risReadsBackAsAWebPageWithTitleSiteUrlAndDates() throws Exception {
		String ris = CitationFormat.RIS.write(PAGE, ACCESSED);
		RISConverter converter = new RISConverter();
		RISLibrary library = converter.loadLibrary(new ByteArrayInputStream(ris.getBytes(StandardCharsets.UTF_8)));
		assertThat(library.getReferences()).hasSize(1);
		RISReference reference = library.getReferences().get(0);
		assertThat(reference.getType()).isEqualTo(RISType.ELEC);
		assertThat(reference.getSecondaryTitle()).isEqualTo("The MIR Archive");
		CSLItemData item = converter.toItemData(reference);
		assertThat(item.getTitle()).isEqualTo("Miguel Enríquez");
		assertThat(item.getURL()).isEqualTo("https://mir.example/people/miguel-enriquez");
		assertThat(item.getIssued().getRaw()).isEqualTo("2026/11/25/");
		assertThat(item.getAccessed().getRaw()).isEqualTo("2026/12/01/");
	}

	@Test
	void aLineBreakInAValueDoesNotStartANewRisTag() {
		CitedPage page = new CitedPage("Two\nlines\r\nER  - x", "/events/x", "https://mir.example/events/x",
				"The MIR Archive", LocalDate.of(2026, 11, 25));
		List<String> lines = List.of(CitationFormat.RIS.write(page, ACCESSED).split("\r\n"));
		assertThat(tags(lines).get("TI")).containsExactly("Two lines ER - x");
		assertThat(lines).filteredOn(line -> line.startsWith("ER")).hasSize(1);
	}

	@Test
	void cslJsonIsAListOfOneWebPageItem() {
		JsonNode items = JsonMapper.builder().build().readTree(CitationFormat.CSL_JSON.write(PAGE, ACCESSED));
		assertThat(items.isArray()).isTrue();
		assertThat(items.size()).isEqualTo(1);
		JsonNode item = items.get(0);
		assertThat(item.get("id").asString()).isEqualTo("mir-archive-miguel-enriquez");
		assertThat(item.get("type").asString()).isEqualTo("webpage");
		assertThat(item.get("title").asString()).isEqualTo("Miguel Enríquez");
		assertThat(item.get("container-title").asString()).isEqualTo("The MIR Archive");
		assertThat(item.get("URL").asString()).isEqualTo("https://mir.example/people/miguel-enriquez");
		assertThat(parts(item.get("issued"))).containsExactly(2026, 11, 25);
		assertThat(parts(item.get("accessed"))).containsExactly(2026, 12, 1);
	}

	@Test
	void filesAreNamedForThePageAndTheirFormat() {
		assertThat(List.of(CitationFormat.values())).extracting(f -> f.fileName(PAGE))
			.containsExactly("mir-archive-miguel-enriquez.bib", "mir-archive-miguel-enriquez.biblatex.bib",
					"mir-archive-miguel-enriquez.ris", "mir-archive-miguel-enriquez.json");
	}

	private static BibTeXEntry parse(String bib) throws Exception {
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bib));
		assertThat(database.getEntries()).hasSize(1);
		return database.getEntries().values().iterator().next();
	}

	/** A field as written, its macros resolved ({@code nov} is "November"). */
	private static String raw(BibTeXEntry entry, Key field) {
		assertThat(entry.getField(field)).as(field.getValue()).isNotNull();
		return entry.getField(field).toUserString();
	}

	/** A field as LaTeX prints it. */
	private static String text(BibTeXEntry entry, Key field) throws Exception {
		return printed(raw(entry, field));
	}

	private static String printed(String latex) throws Exception {
		// The printer sets apostrophes typographically, as LaTeX does; compare letters, not quotes.
		return new LaTeXPrinter().print(new LaTeXParser().parse(latex)).replace('’', '\'');
	}

	/**
	 * A title as BibTeX's {@code change.case$} with {@code "t"} sets it, which sentence-case
	 * styles apply to titles (and biblatex's {@code \MakeSentenceCase} likewise): every letter
	 * outside braces lower-cased but the first.
	 */
	private static String sentenceCase(String latex) {
		StringBuilder out = new StringBuilder();
		int depth = 0;
		for (int i = 0; i < latex.length(); i++) {
			char c = latex.charAt(i);
			if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth--;
			}
			out.append(depth == 0 && i > 0 ? Character.toLowerCase(c) : c);
		}
		return out.toString();
	}

	private static Map<String, List<String>> tags(List<String> lines) {
		Map<String, List<String>> tags = new LinkedHashMap<>();
		for (String line : lines) {
			tags.computeIfAbsent(line.substring(0, 2), t -> new ArrayList<>()).add(line.substring(6));
		}
		return tags;
	}

	private static List<Integer> parts(JsonNode date) {
		JsonNode parts = date.get("date-parts").get(0);
		return List.of(parts.get(0).asInt(), parts.get(1).asInt(), parts.get(2).asInt());
	}

}
