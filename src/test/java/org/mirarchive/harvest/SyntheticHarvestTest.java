package org.mirarchive.harvest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import org.mirarchive.ArchiveWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Harvesting the synthetic archive: thousands of records, a hundred an answer, every one given once
 * in lists resumed many times over. At 5,000 entries, the size {@code synthetic.SyntheticArchiveWebTest}
 * uses (the same settings, so the same application and database serve both): writing 100,000
 * entries in memory for a test would take minutes and most of a gigabyte. The lists are read a
 * page at a time from the database ({@link HarvestedRecords}), so their size is not what grows.
 */
@ArchiveWebTest
@ActiveProfiles("synthetic")
@TestPropertySource(properties = { "archive.synthetic.size=5000",
		"spring.datasource.url=jdbc:h2:mem:synthetic-web-test;DB_CLOSE_DELAY=-1",
		"archive.sitemap.urls-per-file=1000" })
class SyntheticHarvestTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void everyRecordOfThousandsIsHarvestedOnce() {
		int entries = jdbc.queryForObject("select count(*) from entry", Integer.class);
		int sources = jdbc.queryForObject("select count(*) from source", Integer.class);
		assertThat(entries).isEqualTo(5_000);

		List<String> identifiers = harvest("verb=ListIdentifiers&metadataPrefix=oai_dc");
		assertThat(identifiers).hasSize(entries + sources).doesNotHaveDuplicates();
		assertThat(identifiers).contains("oai:localhost:people/miguel-enriquez", "oai:localhost:people/synthetic-person-2",
				"oai:localhost:sources/synthetic-source-1");

		int events = jdbc.queryForObject("select count(*) from entry where kind = 'EVENT'", Integer.class);
		List<String> records = harvest("verb=ListRecords&metadataPrefix=oai_dc&set=events");
		assertThat(records).hasSize(events).doesNotHaveDuplicates();
	}

	/** Every identifier of a list, following its tokens; each answer at most a page long. */
	private List<String> harvest(String query) {
		OaiClient oai = new OaiClient(port);
		String verb = query.substring("verb=".length(), query.indexOf('&'));
		List<String> identifiers = new ArrayList<>();
		OaiClient.Answer answer = oai.get(query);
		while (true) {
			assertThat(answer.error()).isNull();
			assertThat(answer.identifiers()).hasSizeLessThanOrEqualTo(100);
			identifiers.addAll(answer.identifiers());
			if (answer.token() == null) {
				return identifiers;
			}
			answer = oai.get("verb=" + verb + "&resumptionToken=" + URLEncoder.encode(answer.token(), StandardCharsets.UTF_8));
		}
	}

}
