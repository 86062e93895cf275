package org.mirarchive.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole-archive download, unzipped and read back as a class would read it (CSV in a
 * spreadsheet, JSON in a program): every file parses, and the counts match the database.
 */
@ArchiveWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveDownloadTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private HttpResponse<byte[]> response;

	private final Map<String, String> files = new LinkedHashMap<>();

	@BeforeAll
	void download() throws IOException, InterruptedException {
		response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/download/mir-archive.zip")).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
	}

	@Test
	void theHomePageLinksToTheDownload() {
		assertThat(new Browser(port).get("/").document().select("main a").eachAttr("href"))
			.contains("/download/mir-archive.zip");
	}

	@Test
	void itIsAZipFileNamedForTheArchive() {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"mir-archive.zip\"");
		assertThat(files).containsOnlyKeys("README.txt", "mir-archive.json", "people.csv", "organizations.csv",
				"events.csv", "places.csv", "sources.csv", "relations.csv", "citations.csv");
	}

	@Test
	void eachKindOfEntryHasACsvFileWithOneRowPerEntry() throws IOException {
		Map<String, String> kinds = Map.of("people.csv", "PERSON", "organizations.csv", "ORGANIZATION", "events.csv",
				"EVENT", "places.csv", "PLACE");
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
	void sourcesRelationsAndCitationsHaveOneRowEach() throws IOException {
		assertThat(csv("sources.csv")).hasSize(count("select count(*) from source"));
		assertThat(csv("relations.csv")).hasSize(count("select count(*) from relation"));
		List<CSVRecord> citations = csv("citations.csv");
		assertThat(citations).hasSize(count("select count(*) from citation"));
		assertThat(citations).extracting(r -> r.get("claim_type"))
			.containsOnly("name", "date", "statement", "note", "relation");
		assertThat(citations).allSatisfy(r -> assertThat(r.get("entry_url")).startsWith("http://localhost:" + port + "/"));
		assertThat(citations.stream().filter(r -> r.get("claim_type").equals("relation")))
			.hasSize(count("select count(*) from citation where relation_id is not null"));
	}

	@Test
	void theJsonHoldsEveryEntryAndSourceButNoQuotation() {
		JsonNode archive = JsonMapper.builder().build().readTree(files.get("mir-archive.json"));
		assertThat(archive.get("entries").size()).isEqualTo(count("select count(*) from entry"));
		assertThat(archive.get("sources").size()).isEqualTo(count("select count(*) from source"));
		// Gathered in one file the quotations would reassemble the article: each citation keeps
		// its place in the JSON, with no quotation text.
		assertThat(archive.findValues("quotation")).isNotEmpty().allSatisfy(q -> assertThat(q.isNull()).isTrue());
		assertThat(archive.findValues("citations").stream().mapToInt(JsonNode::size).sum()).isPositive();
		assertThat(files.get("README.txt")).contains("Quotations", "citations.csv", "EDTF");
	}

	private List<CSVRecord> csv(String name) throws IOException {
		assertThat(files).containsKey(name);
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(files.get(name)))
			.getRecords();
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

}
