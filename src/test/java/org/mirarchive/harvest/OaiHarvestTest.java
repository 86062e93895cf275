package org.mirarchive.harvest;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.client.OAIClient;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.ListIdentifiersParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.mirarchive.Curator;
import org.mirarchive.account.CuratorsTest;
import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.curation.Withdrawals;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Harvesting an archive that changes: a withdrawn entry is a deleted record, and a real harvester
 * (xoai's service provider) that harvests everything and then only what changed since gets every
 * published record once, and then exactly the records changed after it harvested; an entry that
 * changes between two pages of a list, leaving it or joining it, makes the harvester miss no other
 * record and get none twice. The entries these tests change are their own (slugs starting {@code oaiharvest-}).
 */
@EditedArchiveWebTest
class OaiHarvestTest {

	/** The archive's page size: a list of one and a half pages is resumed once. */
	private static final int PAGE = 100;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntryRepository entries;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private Withdrawals withdrawals;

	@Autowired
	private Curator curator;

	private OaiClient oai;

	@BeforeEach
	void client() {
		oai = new OaiClient(port);
	}

	@Test
	void aWithdrawnEntryIsADeletedRecord() {
		String slug = newPerson("Withdrawn");
		String identifier = "oai:localhost:people/" + slug;
		String getRecord = "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier;
		assertThat(oai.get(getRecord).all("//oai:metadata/oai_dc:dc/dc:title")).isNotEmpty();

		withdrawals.withdraw(EntryKind.PERSON, slug, "test-administrator",
				new Withdrawals.Request("It repeats another entry.", "Repite otra entrada.", null));
		OffsetDateTime withdrawn = jdbc.queryForObject("select last_changed from entry where slug = ?", OffsetDateTime.class, slug);

		OaiClient.Answer record = oai.get(getRecord);
		assertThat(record.text("//oai:header/@status")).isEqualTo("deleted");
		assertThat(record.text("//oai:header/oai:identifier")).isEqualTo(identifier);
		assertThat(record.text("//oai:header/oai:datestamp"))
			.isEqualTo(withdrawn.toInstant().truncatedTo(ChronoUnit.SECONDS).toString());
		assertThat(record.all("//oai:metadata")).isEmpty();

		String since = "&from=" + withdrawn.toInstant().truncatedTo(ChronoUnit.SECONDS);
		for (String verb : List.of("ListIdentifiers", "ListRecords")) {
			OaiClient.Answer listed = oai.get("verb=" + verb + "&metadataPrefix=oai_dc&set=people" + since);
			assertThat(listed.all("//oai:header[@status='deleted']/oai:identifier")).as(verb).contains(identifier);
			assertThat(listed.all("//oai:record[oai:header/oai:identifier='" + identifier + "']/oai:metadata")).isEmpty();
		}
		// Readers no longer find it anywhere; harvesters are told it is gone, for good.
		assertThat(oai.get("verb=Identify").text("//oai:deletedRecord")).isEqualTo("persistent");
	}

	@Test
	void aHarvesterGetsEveryPublishedRecordOnceAndThenWhatChanged() throws Exception {
		String changed = newPerson("Changed");
		ServiceProvider harvester = harvester();

		List<String> published = new ArrayList<>();
		Iterator<Record> records = harvester.listRecords(ListRecordsParameters.request().withMetadataPrefix("oai_dc"));
		while (records.hasNext()) {
			Record record = records.next();
			if (!record.getHeader().isDeleted()) {
				assertThat(record.getMetadata()).isNotNull();
				published.add(record.getHeader().getIdentifier());
			}
		}
		assertThat(published).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(publishedInTheDatabase());

		// The next harvest asks from the second after everything it has (the protocol's granularity).
		Instant after = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
		while (!Instant.now().isAfter(after)) {
			Thread.sleep(50);
		}
		curator.addToSummary(EntryKind.PERSON, changed, " Harvested again.");
		String added = newPerson("Added");

		List<String> since = new ArrayList<>();
		Iterator<Header> headers = harvester
			.listIdentifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc").withFrom(after));
		headers.forEachRemaining(header -> since.add(header.getIdentifier()));
		assertThat(since).containsExactlyInAnyOrder("oai:localhost:people/" + changed, "oai:localhost:people/" + added);
	}

	@Test
	void anEntryThatChangesBetweenTwoPagesAndLeavesTheListMakesTheHarvesterMissNoOther() throws Exception {
		Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		List<String> own = newPeople("Paged", PAGE + PAGE / 2);
		Instant until = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		// A change from now on is after until: the changed entry leaves the list.
		waitPast(until.plusSeconds(1));
		String window = "&from=" + from + "&until=" + until;
		Set<String> expected = people("last_changed >= ? and last_changed < ?", from, until.plusSeconds(1));
		assertThat(expected).containsAll(own);

		OaiClient.Answer first = oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=people" + window);
		List<String> harvested = new ArrayList<>(first.identifiers());
		String changed = harvested.stream().filter(own::contains).findFirst().orElseThrow();
		curator.addToSummary(EntryKind.PERSON, changed.substring(changed.lastIndexOf('/') + 1), " Changed while harvested.");
		assertThat(people("last_changed >= ? and last_changed < ?", from, until.plusSeconds(1))).doesNotContain(changed);

		harvested.addAll(rest("ListIdentifiers", first));
		assertThat(harvested).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void anEntryThatChangesBetweenTwoPagesAndJoinsTheListMakesTheHarvesterGetNoneTwice() throws Exception {
		String older = newPerson("Older");
		Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
		waitPast(from);
		List<String> own = newPeople("Joined", PAGE + PAGE / 2);
		Set<String> expected = people("last_changed >= ?", from);
		assertThat(expected).containsAll(own);

		OaiClient.Answer first = oai.get("verb=ListRecords&metadataPrefix=oai_dc&set=people&from=" + from);
		List<String> harvested = new ArrayList<>(first.identifiers());
		// An entry changed before the list's from joins it, before the records already given.
		curator.addToSummary(EntryKind.PERSON, older, " Changed while harvested.");

		harvested.addAll(rest("ListRecords", first));
		assertThat(harvested).doesNotHaveDuplicates().containsAll(expected);
	}

	@Test
	void anEditorsDraftIsNeverHarvested() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String editor = "oaiharvest-editor-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
		HttpResponse<String> account = http.send(api("/api/accounts", CuratorsTest.ADMINISTRATOR_TOKEN,
				"{\"username\": \"" + editor + "\", \"password\": \"correct horse battery staple\", \"role\": \"EDITOR\"}"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(account.statusCode()).isEqualTo(201);
		String token = JsonMapper.builder().build().readTree(account.body()).get("token").asString();
		String name = "Oaiharvest Draft " + editor.substring(editor.lastIndexOf('-') + 1);
		String quotation = "{\"source\": {\"slug\": \"chiles-mir-the-revolutionary-left-movement\"}, \"quotation\": "
				+ "\"The MIR was founded in 1965 by a union of leftist student groups, primarily in Santiago.\"}";
		HttpResponse<String> draft = http.send(api("/api/people", token, "{\"name\": \"" + name + "\", "
				+ "\"summary\": \"A person waiting for review, whom no harvester may see.\", "
				+ "\"statements\": [{\"text\": \"" + name + " waits for a reviewer.\", \"citations\": [" + quotation + "]}], "
				+ "\"relations\": [{\"kind\": \"MEMBER_OF\", \"object\": {\"type\": \"organization\", \"slug\": \"mir\"}, "
				+ "\"citations\": [" + quotation + "]}], "
				+ "\"changeSummary\": \"A draft for the harvesting test\"}"), HttpResponse.BodyHandlers.ofString());
		assertThat(draft.statusCode()).as(draft.body()).isEqualTo(202);

		String slug = name.toLowerCase().replace(' ', '-');
		List<String> people = new ArrayList<>();
		OaiClient.Answer answer = oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=people");
		people.addAll(answer.identifiers());
		while (answer.token() != null) {
			answer = oai.get("verb=ListIdentifiers&resumptionToken=" + encode(answer.token()));
			people.addAll(answer.identifiers());
		}
		assertThat(people).isNotEmpty().noneMatch(identifier -> identifier.contains("oaiharvest-draft"));
		assertThat(oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:people/" + slug).error())
			.isEqualTo("idDoesNotExist");
	}

	/** Every identifier of a list after its first answer, following its tokens. */
	private List<String> rest(String verb, OaiClient.Answer first) {
		List<String> identifiers = new ArrayList<>();
		assertThat(first.token()).as("a list longer than a page").isNotNull();
		OaiClient.Answer answer = first;
		while (answer.token() != null) {
			answer = oai.get("verb=" + verb + "&resumptionToken=" + encode(answer.token()));
			assertThat(answer.error()).isNull();
			identifiers.addAll(answer.identifiers());
		}
		return identifiers;
	}

	/** The identifiers of the people whose last change meets a condition on last_changed. */
	private Set<String> people(String condition, Instant... bounds) {
		return new HashSet<>(jdbc.queryForList("select slug from entry where kind = 'PERSON' and " + condition, String.class,
				java.util.Arrays.stream(bounds).map(bound -> bound.atOffset(ZoneOffset.UTC)).toArray())
			.stream()
			.map(slug -> "oai:localhost:people/" + slug)
			.toList());
	}

	/** So many new published people of this test's own, by their identifiers. */
	private List<String> newPeople(String surname, int count) {
		List<String> identifiers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			identifiers.add("oai:localhost:people/" + newPerson(surname));
		}
		return identifiers;
	}

	private static void waitPast(Instant instant) throws InterruptedException {
		while (!Instant.now().isAfter(instant)) {
			Thread.sleep(20);
		}
	}

	private HttpRequest api(String path, String token, String json) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	/** xoai's harvester, reading this archive's /oai. */
	private ServiceProvider harvester() {
		String base = "http://localhost:" + port + "/oai";
		return new ServiceProvider(new Context().withBaseUrl(base)
			.withGranularity(Granularity.Second)
			.withMetadataTransformer("oai_dc", Context.KnownTransformer.OAI_DC)
			.withOAIClient(OAIClient.newBuilder().withBaseUrl(base).build()));
	}

	private Set<String> publishedInTheDatabase() {
		Set<String> identifiers = new HashSet<>();
		jdbc.query("select kind, slug from entry where withdrawn is null", (java.sql.ResultSet row) -> {
			identifiers.add("oai:localhost:" + EntryKind.valueOf(row.getString(1)).path() + "/" + row.getString(2));
		});
		jdbc.queryForList("select slug from source", String.class).forEach(slug -> identifiers.add("oai:localhost:sources/" + slug));
		return identifiers;
	}

	/** A new published person of this test's own, by its slug. */
	private String newPerson(String surname) {
		String slug = "oaiharvest-" + surname.toLowerCase() + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
		transaction.executeWithoutResult(status -> entries.save(Entry.create(EntryKind.PERSON, slug,
				"Oaiharvest " + surname, "oaiharvest " + surname.toLowerCase(), "A person only the harvesting tests know.",
				1_000_000, OffsetDateTime.now(ZoneOffset.UTC))));
		return slug;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
