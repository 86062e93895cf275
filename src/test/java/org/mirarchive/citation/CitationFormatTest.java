package org.mirarchive.citation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each download is read back by an independent reader (citeproc-java's BibTeX and RIS readers,
 * Jackson for CSL-JSON), as a reference manager would read it: title, site, URL and both dates survive.
 */
class CitationFormatTest {

	private static final ArchivePage PAGE = new ArchivePage("Miguel Enríquez", "/people/miguel-enriquez",
			"https://mir.example/people/miguel-enriquez", "The MIR Archive", LocalDate.of(2026, 11, 25));

	private static final LocalDate ACCESSED = LocalDate.of(2026, 12, 1);

	@Test
	void bibtexReadsBackAsAWebPageWithTitleUrlAndDates() throws Exception {
		String bibtex = CitationFormat.BIBTEX.write(PAGE, ACCESSED);
		BibTeXConverter converter = new BibTeXConverter();
		Map<String, CSLItemData> items = converter
			.toItemData(converter.loadDatabase(new ByteArrayInputStream(bibtex.getBytes(StandardCharsets.UTF_8))));
		assertThat(items).containsOnlyKeys("mir-archive-miguel-enriquez");
		CSLItemData item = items.get("mir-archive-miguel-enriquez");
		assertThat(item.getType()).isEqualTo(CSLType.WEBPAGE);
		assertThat(item.getTitle()).isEqualTo("Miguel Enríquez");
		assertThat(item.getURL()).isEqualTo("https://mir.example/people/miguel-enriquez");
		// biblatex dates are ISO 8601; the reader keeps them raw, as CSL allows, for the processor to parse.
		assertThat(item.getIssued().getRaw()).isEqualTo("2026-11-25");
		assertThat(item.getAccessed().getRaw()).isEqualTo("2026-12-01");
	}

	@Test
	void bibtexEscapesWhatLatexWouldReadAsCommands() {
		ArchivePage page = new ArchivePage("Arms & 100% of the #1 plan_b", "/events/x", "https://mir.example/events/x",
				"The MIR Archive", LocalDate.of(2026, 11, 25));
		assertThat(CitationFormat.BIBTEX.write(page, ACCESSED))
			.contains("title = {Arms \\& 100\\% of the \\#1 plan\\_b}");
	}

	@Test
	void risReadsBackWithTitleSiteUrlAndDatesAndEndsLinesWithCrlf() throws Exception {
		String ris = CitationFormat.RIS.write(PAGE, ACCESSED);
		assertThat(ris.split("\r\n")).startsWith("TY  - ELEC").contains("ER  - ");
		assertThat(ris.replace("\r\n", "")).doesNotContain("\n");
		RISConverter converter = new RISConverter();
		RISLibrary library = converter.loadLibrary(new ByteArrayInputStream(ris.getBytes(StandardCharsets.UTF_8)));
		assertThat(library.getReferences()).hasSize(1);
		RISReference reference = library.getReferences().get(0);
		// ELEC is RIS's "web page" in EndNote and Zotero (citeproc-java alone reads it as an article).
		assertThat(reference.getType()).isEqualTo(RISType.ELEC);
		assertThat(reference.getSecondaryTitle()).isEqualTo("The MIR Archive");
		CSLItemData item = converter.toItemData(reference);
		assertThat(item.getTitle()).isEqualTo("Miguel Enríquez");
		assertThat(item.getURL()).isEqualTo("https://mir.example/people/miguel-enriquez");
		assertThat(item.getIssued().getRaw()).isEqualTo("2026/11/25/");
		assertThat(item.getAccessed().getRaw()).isEqualTo("2026/12/01/");
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
	void filesAreNamedForThePage() {
		assertThat(List.of(CitationFormat.values())).extracting(f -> f.fileName(PAGE))
			.containsExactly("mir-archive-miguel-enriquez.bib", "mir-archive-miguel-enriquez.ris",
					"mir-archive-miguel-enriquez.json");
	}

	private static List<Integer> parts(JsonNode date) {
		JsonNode parts = date.get("date-parts").get(0);
		return List.of(parts.get(0).asInt(), parts.get(1).asInt(), parts.get(2).asInt());
	}

}
