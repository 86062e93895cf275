package org.mirarchive.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;
import org.mirarchive.Download;
import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.entry.EntryRecords;
import org.mirarchive.source.SourceRecords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole-archive download, unzipped and read back as a class would read it (CSV in a
 * spreadsheet, JSON in a program): every file parses, and the counts match the database.
 */
@ArchiveWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class ArchiveDownloadTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private EntryRecords records;

	@Autowired
	private SourceRecords sourceRecords;

	@Autowired
	private JsonMapper json;

	@Autowired
	private ArchiveAddresses addresses;

	private Download download;

	@BeforeAll
	void download() {
		download = Download.get(port);
	}

	@Test
	void theHomePageLinksToTheDownload() {
		assertThat(new Browser(port).get("/").document().select("main a").eachAttr("href"))
			.contains("/download/mir-archive.zip");
	}

	@Test
	void itIsAZipFileNamedForTheArchive() {
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Type")).isEqualTo("application/zip");
		assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"mir-archive.zip\"");
		assertThat(download.files()).containsOnlyKeys("README.txt", "mir-archive.json", "people.csv",
				"organizations.csv", "events.csv", "places.csv", "works.csv", "sources.csv", "relations.csv", "citations.csv",
				"translations.csv");
	}

	@Test
	void itSaysHowLargeItIsAndThatItChangedWhenTheArchiveDid() {
		assertThat(download.header("Content-Length")).isEqualTo(String.valueOf(download.response().body().length));
		assertThat(download.header("Last-Modified")).isNotNull()
			.isEqualTo(new Browser(port).get("/").headers().get("Last-Modified").get(0));
		assertThat(download.header("Cache-Control")).contains("public");
	}

	/**
	 * The download is streamed from the database a slice at a time; the seed's comes out exactly as
	 * it did when every row was read at once and each file was built in memory.
	 */
	@ParameterizedTest
	@CsvSource({ "en, en", "es-CL, es" })
	void theSeedIsWrittenByteForByteAsWhenItWasBuiltInMemory(String acceptLanguage, String language) {
		Download streamed = Download.get(port, "Accept-Language", acceptLanguage);
		String base = "http://localhost:" + port;
		Map<String, String> inMemory = new LinkedHashMap<>();
		addresses.withBase(base, () -> transaction.executeWithoutResult(status -> inMemory.putAll(DownloadInMemory
			.files(entityManager, records, sourceRecords, json, base, Locale.forLanguageTag(language)))));

		assertThat(streamed.files().keySet()).containsExactlyElementsOf(inMemory.keySet());
		inMemory.forEach((name, text) -> assertThat(streamed.text(name)).as(name).isEqualTo(text));
		if (language.equals("es")) {
			assertThat(streamed.text("citations.csv")).contains("párrafo");
		}
	}

	@Test
	void eachKindOfEntryHasACsvFileWithOneRowPerEntry() {
		Map<String, String> kinds = Map.of("people.csv", "PERSON", "organizations.csv", "ORGANIZATION", "events.csv",
				"EVENT", "places.csv", "PLACE", "works.csv", "WORK");
		for (Map.Entry<String, String> file : kinds.entrySet()) {
			List<CSVRecord> rows = csv(file.getKey());
			assertThat(rows).as(file.getKey())
				.hasSize(count("select count(*) from entry where kind = '" + file.getValue() + "'"));
			List<String> slugs = jdbc.queryForList("select slug from entry where kind = ?", String.class, file.getValue());
			assertThat(rows).extracting(r -> r.get("slug")).containsExactlyInAnyOrderElementsOf(slugs);
		}
		// Quoted fields come back whole: commas, quotation marks, accents.
		Map<String, String> summaries = new LinkedHashMap<>();
		jdbc.query("select slug, summary from entry", row -> {
			summaries.put(row.getString("slug"), row.getString("summary"));
		});
		for (String file : kinds.keySet()) {
			assertThat(csv(file)).allSatisfy(row -> assertThat(row.get("summary")).isEqualTo(summaries.get(row.get("slug"))));
		}
		assertThat(summaries.values()).anyMatch(summary -> summary.contains(","))
			.anyMatch(summary -> summary.matches(".*[^\\x00-\\x7F].*"));
		CSVRecord enriquez = csv("people.csv").stream()
			.filter(r -> r.get("slug").equals("miguel-enriquez"))
			.findFirst()
			.orElseThrow();
		assertThat(enriquez.get("date_edtf")).isEqualTo("1944/1974");
		assertThat(enriquez.get("date_earliest")).isEqualTo("1944-01-01");
		assertThat(enriquez.get("other_names")).isEqualTo("Miguel Enriquez");
	}

	@Test
	void sourcesRelationsAndCitationsHaveOneRowEach() {
		assertThat(csv("sources.csv")).hasSize(count("select count(*) from source"));
		assertThat(csv("relations.csv")).hasSize(count("select count(*) from relation"));
		List<CSVRecord> citations = csv("citations.csv");
		assertThat(citations).hasSize(count("select count(*) from citation"));
		assertThat(citations).extracting(r -> r.get("claim_type"))
			.containsOnly("name", "date", "statement", "note", "relation", "coordinates");
		assertThat(citations).allSatisfy(r -> assertThat(r.get("entry_url")).startsWith("http://localhost:" + port + "/"));
		assertThat(citations.stream().filter(r -> r.get("claim_type").equals("relation")))
			.hasSize(count("select count(*) from citation where relation_id is not null"));
	}

	/**
	 * The archive's words in citations and work records have their Spanish in translations.csv:
	 * every free locator, once per citation, and the works' corporate authors; sources.csv gives
	 * the record's fields and what it does not know.
	 */
	@Test
	void freeLocatorsAndTheRecordsOwnWordsHaveTheirTranslationsAndTheRecordsItsFields() {
		List<CSVRecord> locators = csv("translations.csv").stream()
			.filter(r -> r.get("part").equals("citation"))
			.toList();
		assertThat(locators).hasSize(count("select count(*) from citation where locator is not null"));
		assertThat(locators).allSatisfy(r -> {
			assertThat(r.get("field")).isEqualTo("locator");
			assertThat(r.get("language")).isEqualTo("es");
		});
		assertThat(locators).anySatisfy(r -> {
			assertThat(r.get("english")).isEqualTo("chapter on the JCR");
			assertThat(r.get("text")).isEqualTo("capítulo sobre la JCR");
		});
		// The places' coordinates name where their works print them ("infobox", a Factbook field).
		assertThat(locators).anySatisfy(r -> {
			assertThat(r.get("record_slug")).isEqualTo("santiago");
			assertThat(r.get("english")).isEqualTo("infobox");
			assertThat(r.get("text")).isEqualTo("ficha");
		});
		assertThat(csv("translations.csv")).anySatisfy(r -> {
			assertThat(r.get("record_slug")).isEqualTo("wikipedia-carlos-prats");
			assertThat(r.get("field")).isEqualTo("author");
			assertThat(r.get("text")).isEqualTo("Colaboradores de Wikipedia");
		});
		CSVRecord rettig = csv("sources.csv").stream().filter(r -> r.get("slug").equals("rettig-report")).findFirst().orElseThrow();
		assertThat(rettig.get("place")).isEqualTo("Santiago de Chile");
		assertThat(rettig.get("language")).isEqualTo("es");
		assertThat(rettig.get("unknown")).isEqualTo("ISBN NOT_FOUND; PUBLISHER NOT_FOUND");
	}

	@Test
	void theJsonHoldsEveryEntryAndSourceButNoQuotation() {
		JsonNode archive = JsonMapper.builder().build().readTree(download.text("mir-archive.json"));
		assertThat(archive.get("entries").size()).isEqualTo(count("select count(*) from entry"));
		assertThat(archive.get("sources").size()).isEqualTo(count("select count(*) from source"));
		// Gathered in one file the quotations would reassemble the article: each citation keeps
		// its place in the JSON, with no quotation text.
		assertThat(archive.findValues("quotation")).isNotEmpty().allSatisfy(q -> assertThat(q.isNull()).isTrue());
		assertThat(archive.findValues("citations").stream().mapToInt(JsonNode::size).sum()).isPositive();
		assertThat(download.text("README.txt")).contains("Quotations", "citations.csv", "EDTF");
	}

	private List<CSVRecord> csv(String name) {
		return download.csv(name);
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

}
