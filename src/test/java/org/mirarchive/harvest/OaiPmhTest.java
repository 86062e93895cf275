package org.mirarchive.harvest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import org.mirarchive.ArchiveWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OAI-PMH data provider over the seed archive, as a harvester uses it: every verb, every error
 * the protocol names, sets, from and until, and lists resumed {@value #PAGE} records at a time.
 * Every answer is checked against the OAI-PMH and oai_dc schemas ({@link OaiClient}).
 */
@ArchiveWebTest
@TestPropertySource(properties = "archive.oai.page-size=" + OaiPmhTest.PAGE)
class OaiPmhTest {

	static final int PAGE = 7;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private OaiClient oai;

	@BeforeEach
	void client() {
		oai = new OaiClient(port);
	}

	private String id(String path) {
		return "oai:localhost:" + path;
	}

	@Test
	void identifySaysWhatTheRepositoryIs() {
		OaiClient.Answer identify = oai.get("verb=Identify");
		assertThat(identify.error()).isNull();
		assertThat(identify.text("//oai:Identify/oai:repositoryName")).isEqualTo("MIR archive");
		assertThat(identify.text("//oai:Identify/oai:baseURL")).isEqualTo("http://localhost:" + port + "/oai");
		assertThat(identify.text("//oai:Identify/oai:protocolVersion")).isEqualTo("2.0");
		assertThat(identify.text("//oai:Identify/oai:deletedRecord")).isEqualTo("persistent");
		assertThat(identify.text("//oai:Identify/oai:granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
		Instant earliest = jdbc.queryForObject(
				"select min(t) from (select min(last_changed) t from entry union all select min(last_changed) t from source) x",
				OffsetDateTime.class).toInstant();
		assertThat(identify.text("//oai:Identify/oai:earliestDatestamp"))
			.isEqualTo(earliest.truncatedTo(ChronoUnit.SECONDS).toString());
	}

	@Test
	void peopleAndOrganizationsHaveTheirAuthorityRecordsInEacCpf() {
		assertThat(oai.get("verb=ListMetadataFormats").all("//oai:metadataPrefix")).containsExactly("oai_dc", "eac-cpf");
		assertThat(oai.get("verb=ListMetadataFormats&identifier=" + id("people/miguel-enriquez"))
			.all("//oai:metadataPrefix")).containsExactly("oai_dc", "eac-cpf");

		OaiClient.Answer enriquez = oai.get("verb=GetRecord&metadataPrefix=eac-cpf&identifier=" + id("people/miguel-enriquez"));
		assertThat(enriquez.text("//oai:metadata/eac:eac/eac:control/eac:recordId"))
			.endsWith("/people/miguel-enriquez");
		assertThat(enriquez.all("//eac:identity//eac:part")).contains("Miguel Enríquez");

		assertThat(oai.get("verb=GetRecord&metadataPrefix=eac-cpf&identifier=" + id("events/coup-of-11-september-1973"))
			.error()).isEqualTo("cannotDisseminateFormat");
		List<String> listed = oai.get("verb=ListIdentifiers&metadataPrefix=eac-cpf").all("//oai:header/oai:identifier");
		assertThat(listed).isNotEmpty().allMatch(id -> id.contains(":people/") || id.contains(":organizations/"));
		assertThat(oai.get("verb=ListRecords&metadataPrefix=eac-cpf&set=organizations").all("//eac:eac")).isNotEmpty();
	}

	@Test
	void everyRecordHasDublinCoreAndACitedWorkOnlyThat() {
		OaiClient.Answer forOne = oai.get("verb=ListMetadataFormats&identifier=" + id("sources/chiles-mir-the-revolutionary-left-movement"));
		assertThat(forOne.all("//oai:metadataFormat/oai:metadataNamespace")).containsExactly("http://www.openarchives.org/OAI/2.0/oai_dc/");
		assertThat(forOne.all("//oai:metadataFormat/oai:schema")).containsExactly("http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
		assertThat(oai.get("verb=ListMetadataFormats&identifier=" + id("people/nobody")).error()).isEqualTo("idDoesNotExist");
	}

	@Test
	void theSetsAreTheKindsOfEntryAndTheCitedWorks() {
		OaiClient.Answer sets = oai.get("verb=ListSets");
		assertThat(sets.all("//oai:set/oai:setSpec")).containsExactly("people", "organizations", "events", "places",
				"works", "sources");
		assertThat(sets.all("//oai:set/oai:setName")).doesNotContain("");
	}

	@Test
	void anEntrysRecordIsItsHeadwordDateSummaryAndAddress() {
		OaiClient.Answer record = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + id("people/miguel-enriquez"));
		assertThat(record.error()).isNull();
		assertThat(record.text("//oai:header/oai:identifier")).isEqualTo(id("people/miguel-enriquez"));
		assertThat(record.all("//oai:header/oai:setSpec")).containsExactly("people");
		assertThat(record.text("//oai:header/@status")).isEmpty();
		String dc = "//oai:metadata/oai_dc:dc/";
		assertThat(record.all(dc + "dc:title")).first().isEqualTo("Miguel Enríquez");
		assertThat(record.all(dc + "dc:date")).containsExactly("1944/1974");
		assertThat(record.text(dc + "dc:description[@xml:lang='en']"))
			.isEqualTo(jdbc.queryForObject("select summary from entry where slug = 'miguel-enriquez'", String.class));
		assertThat(record.text(dc + "dc:description[@xml:lang='es']")).isNotEmpty();
		assertThat(record.all(dc + "dc:identifier")).containsExactly("http://localhost:" + port + "/people/miguel-enriquez");
		assertThat(record.all(dc + "dc:type")).containsExactly("person");
		assertThat(record.all(dc + "dc:language")).contains("en", "es");
		String datestamp = jdbc.queryForObject("select last_changed from entry where slug = 'miguel-enriquez'",
				OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
		assertThat(record.text("//oai:header/oai:datestamp")).isEqualTo(datestamp);
	}

	@Test
	void anEntrysRecordNamesTheWorksItsStatementsCiteAsItsSources() {
		// The MIR's statements all cite the article: Chicago's bibliography entry, as its page gives it, in plain text.
		OaiClient.Answer mir = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + id("organizations/mir"));
		assertThat(mir.all("//oai:metadata/oai_dc:dc/dc:source")).singleElement().asString()
			.startsWith("Minster, Christopher. “Chile’s MIR: The Revolutionary Left Movement")
			.doesNotContain("<", "&");

		// The entry whose statements cite the most works names each of them once.
		String citing = """
				from citation c join statement st on st.id = c.statement_id join entry e on e.id = st.entry_id""";
		Map<String, Object> most = jdbc.queryForMap("select e.kind, e.slug, count(distinct c.source_id) works " + citing
				+ " group by e.kind, e.slug order by works desc, e.slug fetch first 1 rows only");
		List<String> cited = jdbc.queryForList("select s.title from source s where s.id in (select c.source_id " + citing
				+ " where e.slug = ?)", String.class, most.get("slug"));
		assertThat(cited).hasSizeGreaterThan(1);
		String path = org.mirarchive.entry.EntryKind.valueOf((String) most.get("kind")).path() + "/" + most.get("slug");
		List<String> sources = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + id(path))
			.all("//oai:metadata/oai_dc:dc/dc:source");
		assertThat(sources).as(path).hasSameSizeAs(cited).doesNotHaveDuplicates();
		for (String title : cited) {
			// The style's typography and capitals: "Chile's" is written "Chile’s", "in their" "in Their".
			assertThat(sources).as(title).anySatisfy(source -> assertThat(source.replace('’', '\'')).containsIgnoringCase(title));
		}
	}

	@Test
	void aCitedWorksRecordHasItsAuthorAndPublication() {
		OaiClient.Answer record = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier="
				+ id("sources/chiles-mir-the-revolutionary-left-movement"));
		assertThat(record.all("//oai:header/oai:setSpec")).containsExactly("sources");
		String dc = "//oai:metadata/oai_dc:dc/";
		assertThat(record.text(dc + "dc:title"))
			.isEqualTo("Chile's MIR: The Revolutionary Left Movement: Urban Guerrillas Declare War on the Pinochet Dictatorship");
		assertThat(record.all(dc + "dc:creator")).isNotEmpty();
		assertThat(record.all(dc + "dc:identifier"))
			.contains("http://localhost:" + port + "/sources/chiles-mir-the-revolutionary-left-movement");
		assertThat(record.all(dc + "dc:type")).contains("article", "Text");
	}

	@Test
	void aWorkAmongTheEntriesIsText() {
		OaiClient.Answer record = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + id("works/mir-mission-statement"));
		assertThat(record.all("//oai:header/oai:setSpec")).containsExactly("works");
		assertThat(record.all("//oai:metadata/oai_dc:dc/dc:type")).containsExactly("work", "Text");
	}

	@Test
	void listsResumeUntilEveryRecordIsGivenOnce() {
		Set<String> expected = new HashSet<>();
		jdbc.query("select kind, slug from entry", (java.sql.ResultSet row) -> {
			expected.add(id(org.mirarchive.entry.EntryKind.valueOf(row.getString(1)).path() + "/" + row.getString(2)));
		});
		jdbc.queryForList("select slug from source", String.class).forEach(slug -> expected.add(id("sources/" + slug)));
		assertThat(expected.size()).isGreaterThan(3 * PAGE);

		for (String verb : List.of("ListIdentifiers", "ListRecords")) {
			List<String> harvested = new ArrayList<>();
			OaiClient.Answer answer = oai.get("verb=" + verb + "&metadataPrefix=oai_dc");
			int requests = 1;
			while (true) {
				assertThat(answer.error()).isNull();
				assertThat(answer.identifiers()).hasSizeLessThanOrEqualTo(PAGE).isNotEmpty();
				if ("ListRecords".equals(verb)) {
					assertThat(answer.all("//oai:record/oai:metadata/oai_dc:dc/dc:title")).hasSizeGreaterThanOrEqualTo(answer.identifiers().size());
					assertThat(answer.all("//oai:record[not(oai:metadata)]")).isEmpty();
				}
				assertThat(answer.text("//oai:resumptionToken/@completeListSize")).isEqualTo(String.valueOf(expected.size()));
				assertThat(answer.text("//oai:resumptionToken/@cursor")).isEqualTo(String.valueOf(harvested.size()));
				harvested.addAll(answer.identifiers());
				String token = answer.token();
				if (token == null) {
					break;
				}
				answer = oai.get("verb=" + verb + "&resumptionToken=" + encode(token));
				requests++;
			}
			assertThat(harvested).as(verb).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
			assertThat(requests).isEqualTo((expected.size() + PAGE - 1) / PAGE);
		}
	}

	@Test
	void aSetHoldsOneKind() {
		List<String> people = harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&set=people");
		assertThat(people).hasSize(jdbc.queryForObject("select count(*) from entry where kind = 'PERSON'", Integer.class))
			.allSatisfy(identifier -> assertThat(identifier).startsWith(id("people/")))
			.contains(id("people/miguel-enriquez"));
		List<String> sources = harvest("verb=ListRecords&metadataPrefix=oai_dc&set=sources");
		assertThat(sources).hasSize(jdbc.queryForObject("select count(*) from source", Integer.class))
			.allSatisfy(identifier -> assertThat(identifier).startsWith(id("sources/")));
	}

	@Test
	void fromAndUntilSelectByLastChange() {
		List<OffsetDateTime> changes = jdbc.queryForList(
				"select last_changed from entry union all select last_changed from source", OffsetDateTime.class);
		Instant latest = changes.stream().map(OffsetDateTime::toInstant).max(Instant::compareTo).orElseThrow()
			.truncatedTo(ChronoUnit.SECONDS);
		Instant earliest = changes.stream().map(OffsetDateTime::toInstant).min(Instant::compareTo).orElseThrow()
			.truncatedTo(ChronoUnit.SECONDS);
		assertThat(earliest).as("the seed has records changed at different times").isBefore(latest);

		List<String> fromLatest = harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + latest);
		assertThat(fromLatest).hasSize((int) changes.stream().filter(at -> !at.toInstant().isBefore(latest)).count());
		// until is inclusive to the second.
		List<String> untilEarliest = harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + earliest);
		assertThat(untilEarliest).hasSize(
				(int) changes.stream().filter(at -> at.toInstant().isBefore(earliest.plusSeconds(1))).count());
		List<String> both = harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + earliest + "&until=" + latest);
		assertThat(both).hasSize(changes.size());
		// Days are taken too, as the protocol has every repository take them: from its first second to its last.
		java.time.LocalDate day = latest.atOffset(ZoneOffset.UTC).toLocalDate();
		List<String> fromDay = harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + day);
		assertThat(fromDay).hasSize((int) changes.stream()
			.filter(at -> !at.toInstant().isBefore(day.atStartOfDay(ZoneOffset.UTC).toInstant()))
			.count());
		List<String> untilDay = harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + day);
		assertThat(untilDay).hasSize(changes.size());
		assertThat(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&until=2000-01-01").error()).isEqualTo("noRecordsMatch");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"|badVerb",
			"verb=Harvest|badVerb",
			"verb=Identify&verb=Identify|badVerb",
			"verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc|badArgument",
			"verb=Identify&set=people|badArgument",
			"verb=ListRecords|badArgument",
			"verb=ListIdentifiers&metadataPrefix=oai_dc&from=yesterday|badArgument",
			"verb=ListIdentifiers&metadataPrefix=oai_dc&from=2020-01-01&until=2026-01-01T00:00:00Z|badArgument",
			"verb=ListIdentifiers&metadataPrefix=oai_dc&from=2026-01-02T00:00:00Z&until=2026-01-01T00:00:00Z|badArgument",
			"verb=GetRecord&metadataPrefix=oai_dc|badArgument",
			"verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=x|badArgument",
			"verb=GetRecord&metadataPrefix=marc21&identifier=oai:localhost:people/miguel-enriquez|cannotDisseminateFormat",
			"verb=ListRecords&metadataPrefix=marc21|cannotDisseminateFormat",
			"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:people/nobody|idDoesNotExist",
			"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:organizations/miguel-enriquez|idDoesNotExist",
			"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere.example:people/miguel-enriquez|idDoesNotExist",
			"verb=GetRecord&metadataPrefix=oai_dc&identifier=%3Cscript%3E|idDoesNotExist",
			"verb=ListRecords&metadataPrefix=oai_dc&until=2000-01-01T00:00:00Z|noRecordsMatch",
			"verb=ListRecords&metadataPrefix=oai_dc&set=novels|noRecordsMatch",
			"verb=ListRecords&resumptionToken=not-a-token|badResumptionToken",
			"verb=ListIdentifiers&resumptionToken=|badResumptionToken",
			"verb=ListSets&resumptionToken=b2Zmc2V0Ojo3fHByZWZpeDo6b2FpX2Rj|badResumptionToken" })
	void everyProtocolErrorIsAnsweredAsTheProtocolSays(String query, String code) {
		OaiClient.Answer answer = oai.get(query == null ? "" : query);
		assertThat(answer.all("//oai:error/@code")).as(query).contains(code);
		assertThat(answer.body()).doesNotContain("<script>");
	}

	@Test
	void aTokenThatIsNotOneOfOursIsABadResumptionToken() {
		for (String token : List.of("offset::abc|prefix::oai_dc|after::e7", "offset::-7|prefix::oai_dc|after::e7",
				"offset::7|after::e7", "offset::7|prefix::marc21|after::e7", "prefix::oai_dc|after::e7",
				// A position without a key (as tokens were once written), a key garbled, twice or past the end.
				"offset::7|prefix::oai_dc", "offset::7|prefix::oai_dc|after::x7", "offset::7|prefix::oai_dc|after::e",
				"offset::7|prefix::oai_dc|after::e-7", "offset::7|prefix::oai_dc|after::e7|after::e8",
				"offset::7|prefix::oai_dc|after::e99999999999999999999",
				"offset::7|prefix::oai_dc|after::s999999999", "nonsense", "")) {
			String encoded = encode(Base64.getEncoder().encodeToString(token.getBytes()));
			assertThat(oai.get("verb=ListRecords&resumptionToken=" + encoded).error()).as(token).isEqualTo("badResumptionToken");
		}
	}

	@Test
	void answersAreCachedLikeOtherPagesButErrorsAreNot() {
		OaiClient.Answer listed = oai.get("verb=ListSets");
		assertThat(listed.response().headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("public"));
		assertThat(listed.response().headers().firstValue("Last-Modified")).isPresent();
		OaiClient.Answer error = oai.get("verb=Nonsense");
		assertThat(error.response().headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
	}

	/** Every identifier of a list, following its resumption tokens. */
	private List<String> harvest(String query) {
		List<String> identifiers = new ArrayList<>();
		OaiClient.Answer answer = oai.get(query);
		assertThat(answer.error()).as(query).isNull();
		identifiers.addAll(answer.identifiers());
		String verb = query.substring("verb=".length(), query.indexOf('&'));
		while (answer.token() != null) {
			answer = oai.get("verb=" + verb + "&resumptionToken=" + encode(answer.token()));
			identifiers.addAll(answer.identifiers());
		}
		return identifiers;
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
