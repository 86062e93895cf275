package org.mirarchive.harvest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.entry.EntryKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Harvesting the synthetic archive at {@value #SIZE} entries (and their cited works), {@value #PAGE}
 * records an answer (the archive gives a hundred; the tokens are the same at any length), as
 * harvesters get them: the whole list walked through every resumption token gives every record once, as many as the archive holds; a long stretch of a set's records comes
 * with their metadata, in order; each answer is schema-valid and says the list's complete size and
 * how many records came before it. The archive is the entries and works alone (no claims: nothing
 * a harvest reads, and nine rows in ten of the whole shape, which would take most of a minute to
 * write), in its own database, dropped after these tests, and not indexed for search.
 */
@ArchiveWebTest
@ActiveProfiles("synthetic")
@TestPropertySource(properties = { "archive.synthetic.size=" + SyntheticHarvestTest.SIZE,
		"archive.synthetic.claims=false", "spring.datasource.url=jdbc:h2:mem:synthetic-harvest-test",
		"archive.search.index-at-start=false", "archive.oai.page-size=" + SyntheticHarvestTest.PAGE })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SyntheticHarvestTest {

	static final int SIZE = 100_000;

	/**
	 * Records an answer: five times the archive's hundred, so that walking the whole list takes
	 * 263 answers rather than 1,314 (most of the time goes to the requests, not to the list).
	 */
	static final int PAGE = 500;

	/** How many pages of records with their metadata are read: 5,000 places, from hundreds of blocks of the archive. */
	private static final int STRETCH = 10;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void everyRecordOfAHundredThousandEntriesIsHarvestedOnce() {
		int entries = jdbc.queryForObject("select count(*) from entry where withdrawn is null", Integer.class);
		int sources = jdbc.queryForObject("select count(*) from source", Integer.class);
		assertThat(entries).isEqualTo(SIZE);

		List<String> identifiers = harvest("verb=ListIdentifiers&metadataPrefix=oai_dc", entries + sources, Integer.MAX_VALUE);
		assertThat(identifiers).hasSize(entries + sources);
		assertThat(new HashSet<>(identifiers)).hasSize(entries + sources).isEqualTo(published());
	}

	@Test
	void aLongStretchOfASetsRecordsComesWithTheirMetadataInTheOrderTheyWerePublished() {
		List<String> places = jdbc.queryForList("select slug from entry where kind = 'PLACE' order by id", String.class)
			.stream()
			.map(slug -> "oai:localhost:places/" + slug)
			.toList();
		assertThat(places).hasSizeGreaterThan(SIZE / 5);

		List<String> records = harvest("verb=ListRecords&metadataPrefix=oai_dc&set=places", places.size(), STRETCH);
		assertThat(records).hasSize(STRETCH * PAGE).isEqualTo(places.subList(0, STRETCH * PAGE));
	}

	/**
	 * The identifiers of a list, following its tokens for at most so many pages: each answer a page
	 * long but the last, with the list's complete size and, as its cursor, how many records came
	 * before it; in ListRecords, a title in every record.
	 */
	private List<String> harvest(String query, int size, int pages) {
		OaiClient oai = new OaiClient(port);
		String verb = query.substring("verb=".length(), query.indexOf('&'));
		List<String> identifiers = new ArrayList<>(size);
		OaiClient.Answer answer = oai.get(query);
		boolean withMetadata = verb.equals("ListRecords");
		for (int read = 1;; read++) {
			assertThat(answer.error()).isNull();
			List<String> page = answer.identifiers();
			assertThat(answer.token("completeListSize")).isEqualTo(String.valueOf(size));
			assertThat(answer.token("cursor")).isEqualTo(String.valueOf(identifiers.size()));
			if (withMetadata) {
				assertThat(answer.all("//oai:record[oai:metadata/oai_dc:dc/dc:title]")).hasSameSizeAs(page);
			}
			identifiers.addAll(page);
			if (answer.token() == null) {
				assertThat(page).hasSizeBetween(1, PAGE);
				return identifiers;
			}
			assertThat(page).hasSize(PAGE);
			if (read == pages) {
				return identifiers;
			}
			answer = oai.get("verb=" + verb + "&resumptionToken=" + URLEncoder.encode(answer.token(), StandardCharsets.UTF_8));
		}
	}

	/** The identifiers of the published entries and of the cited works. */
	private Set<String> published() {
		Set<String> identifiers = new HashSet<>();
		jdbc.query("select kind, slug from entry where withdrawn is null", (java.sql.ResultSet row) -> {
			identifiers.add("oai:localhost:" + EntryKind.valueOf(row.getString(1)).path() + "/" + row.getString(2));
		});
		jdbc.queryForList("select slug from source", String.class).forEach(slug -> identifiers.add("oai:localhost:sources/" + slug));
		return identifiers;
	}

}
