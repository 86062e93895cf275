package org.mirarchive.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import org.mirarchive.Browser;
import org.mirarchive.Curator;
import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.MovableClock;
import org.mirarchive.RawHttp;
import org.mirarchive.account.AuditKind;
import org.mirarchive.account.AuditLog;
import org.mirarchive.entry.Citation;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.Statement;
import org.mirarchive.work.Quotation;
import org.mirarchive.work.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages kept in memory ({@link PageCache}) are served to exactly the readers they were rendered
 * for, byte for byte, and never once something they show has changed. Through a real server,
 * since Tomcat serves kept pages before the servlet pipeline. On the edited archive, since it
 * changes the seed and moves the clock (citations say on which day they were accessed).
 */
@EditedArchiveWebTest
class PageCacheTest {

	private static final String ENTRY = "/people/miguel-enriquez";

	/** An entry the pages that gather entries all name. */
	private static final String GATHERED = "/organizations/dina";

	@LocalServerPort
	private int port;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private Curator curator;

	@Autowired
	private MovableClock clock;

	@Autowired
	private AuditLog auditLog;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private EntityManager entityManager;

	private final HttpClient client = HttpClient.newHttpClient();

	private Statistics statistics;

	@BeforeEach
	void countStatements() {
		statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@AfterEach
	void backToTheSystemsClock() {
		clock.reset();
	}

	@Test
	void aPageAskedForAgainIsTheSameBytesAndHeadersWithoutTouchingTheDatabase() {
		HttpResponse<byte[]> first = get(ENTRY, "Cache-Control", "no-cache");
		statistics.clear();
		HttpResponse<byte[]> again = get(ENTRY);

		assertThat(statistics.getPrepareStatementCount()).isZero();
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(new String(again.body(), StandardCharsets.UTF_8))
			.isEqualTo(new String(first.body(), StandardCharsets.UTF_8));
		assertThat(headers(again)).isEqualTo(headers(first));
		assertThat(again.headers().firstValue("Content-Length")).hasValue(Integer.toString(again.body().length));
	}

	/**
	 * Each copy of a kept page, plain and compressed, has a strong tag of its own, a digest of its
	 * bytes: a reader can ask by tag whether their copy is still the page, and the other copy's tag
	 * does not pass for it.
	 */
	@Test
	void eachCopyOfAKeptPageHasAStrongTagOfItsOwn() {
		HttpResponse<byte[]> plain = get(ENTRY);
		HttpResponse<byte[]> gzipped = get(ENTRY, "Accept-Encoding", "gzip");
		String plainTag = plain.headers().firstValue("ETag").orElseThrow();
		String gzippedTag = gzipped.headers().firstValue("ETag").orElseThrow();
		statistics.clear();

		HttpResponse<byte[]> unchanged = get(ENTRY, "If-None-Match", plainTag);
		HttpResponse<byte[]> unchangedGzipped = get(ENTRY, "If-None-Match", gzippedTag, "Accept-Encoding", "gzip");
		HttpResponse<byte[]> otherCopysTag = get(ENTRY, "If-None-Match", gzippedTag);

		assertThat(plainTag).matches("\"[0-9a-f]{32}\"");
		assertThat(gzippedTag).matches("\"[0-9a-f]{32}\"").isNotEqualTo(plainTag);
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.headers().firstValue("ETag")).hasValue(plainTag);
		assertThat(unchangedGzipped.statusCode()).isEqualTo(304);
		assertThat(unchangedGzipped.headers().firstValue("ETag")).hasValue(gzippedTag);
		assertThat(otherCopysTag.statusCode()).isEqualTo(200);
		assertThat(otherCopysTag.body()).isEqualTo(plain.body());
		assertThat(statistics.getPrepareStatementCount()).isZero();
	}

	/**
	 * The pages that gather the whole archive (its graph, the glossary, the reading paths, the page
	 * about the source) and the histories are kept as the others are: each said when it last changed, so a second
	 * reader gets it from memory. Rendered afresh, the graph alone took 24 to 600 ms.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/connections", "/glossary", "/paths", "/paths/the-article-step-by-step",
			"/paths/from-1965-to-1974", "/about-the-source", "/people/miguel-enriquez/history",
			"/sources/chiles-mir-the-revolutionary-left-movement/history" })
	void aPageThatGathersTheArchiveIsKeptToo(String path) {
		HttpResponse<byte[]> first = get(path, "Cache-Control", "no-cache");
		assertThat(first.statusCode()).isEqualTo(200);
		statistics.clear();

		HttpResponse<byte[]> again = get(path);

		assertThat(statistics.getPrepareStatementCount()).isZero();
		assertThat(text(again)).isEqualTo(text(first));
	}

	@Test
	void aReaderWhoAcceptsGzipGetsTheSamePageCompressed() {
		HttpResponse<byte[]> plain = get(ENTRY);
		HttpResponse<byte[]> gzipped = get(ENTRY, "Accept-Encoding", "gzip");

		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
		assertThat(gunzip(gzipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
		assertThat(String.join(",", gzipped.headers().allValues("Vary")).toLowerCase())
			.contains("accept-language", "cookie", "accept-encoding");
		assertThat(get(ENTRY, "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void eachLanguageGetsItsOwnPage() {
		String english = text(get(ENTRY));
		String spanishByBrowser = text(get(ENTRY, "Accept-Language", "es-CL,es;q=0.9"));
		String spanishByChoice = text(get(ENTRY, "Cookie", "lang=es"));

		assertThat(english).contains("<html lang=\"en\"");
		assertThat(spanishByBrowser).contains("<html lang=\"es\"");
		assertThat(spanishByChoice).isEqualTo(spanishByBrowser);
		assertThat(text(get(ENTRY))).isEqualTo(english);
	}

	@Test
	void theSwitchThatSetsACookieIsNeverServedFromMemory() {
		assertThat(get(ENTRY + "?lang=es").headers().allValues("Set-Cookie")).isNotEmpty();
		assertThat(get(ENTRY + "?lang=es").headers().allValues("Set-Cookie")).isNotEmpty();
	}

	@Test
	void linkedDataAskedForAtTheSameAddressIsNotTheHtmlPage() {
		get(ENTRY);
		HttpResponse<byte[]> jsonLd = get(ENTRY, "Accept", "application/ld+json");

		assertThat(jsonLd.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/ld+json"));
		assertThat(text(jsonLd)).startsWith("{");
	}

	@Test
	void eachHostGetsLinksToItself() throws Exception {
		get(ENTRY);
		String byAddress = text(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ENTRY)).build(),
				HttpResponse.BodyHandlers.ofByteArray()));

		assertThat(byAddress).contains("http://127.0.0.1:" + port + ENTRY).doesNotContain("http://localhost:");
		assertThat(text(get(ENTRY))).contains("http://localhost:" + port + ENTRY).doesNotContain("http://127.0.0.1:");
	}

	/**
	 * A request may say it is for any host, but a page is written at the archive's own address
	 * (see {@code address.ForgedHostsTest}): so it is the page kept for that address, served from
	 * memory, and a forged {@code Host} cannot have a copy of every page rendered and kept for each
	 * name it sends, pushing out the pages readers ask for.
	 */
	@Test
	void aForgedHostGetsThePageKeptForTheArchivesOwnAddress() {
		byte[] kept = get(ENTRY).body();
		for (String host : List.of("forged.example", "forged.example:" + port, "10.9.8.7", "localhost.forged.example")) {
			statistics.clear();
			RawHttp.Response forged = raw(host, ENTRY);

			assertThat(forged.status()).as(host).isEqualTo(200);
			assertThat(forged.body()).as(host).isEqualTo(kept);
			assertThat(statistics.getPrepareStatementCount()).as(host).isZero();
		}
	}

	/**
	 * A language cookie the archive did not write (another site's on the same domain, say) counts
	 * for nothing: the reader gets the page kept for their browser's language, from memory.
	 */
	@Test
	void aCookieNamingNoLanguageOfferedGetsThePageKeptForTheBrowsersLanguage() {
		String english = text(get(ENTRY));
		String spanish = text(get(ENTRY, "Accept-Language", "es-CL,es;q=0.9"));
		for (String cookie : List.of("lang=xx", "lang=!", "lang=", "lang=es_CL_x!")) {
			statistics.clear();
			assertThat(text(get(ENTRY, "Cookie", cookie))).as(cookie).isEqualTo(english);
			assertThat(text(get(ENTRY, "Cookie", cookie, "Accept-Language", "es-CL,es;q=0.9"))).as(cookie)
				.isEqualTo(spanish);
			assertThat(statistics.getPrepareStatementCount()).as(cookie).isZero();
		}
	}

	@Test
	void anUnchangedPageIsAnsweredWithNotModified() {
		HttpResponse<byte[]> page = get(ENTRY);
		String lastModified = page.headers().firstValue("Last-Modified").orElseThrow();
		statistics.clear();

		HttpResponse<byte[]> unchanged = get(ENTRY, "If-Modified-Since", lastModified);

		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();
		assertThat(unchanged.headers().firstValue("Last-Modified")).hasValue(lastModified);
		assertThat(statistics.getPrepareStatementCount()).isZero();
	}

	@Test
	void aHeadRequestGetsTheHeadersOfTheKeptPage() throws Exception {
		HttpResponse<byte[]> page = get(ENTRY);
		HttpResponse<byte[]> head = client.send(HttpRequest.newBuilder(uri(ENTRY))
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("Last-Modified")).isEqualTo(page.headers().firstValue("Last-Modified"));
	}

	@Test
	void aForcedReloadRendersThePageAgain() {
		get(ENTRY);
		statistics.clear();

		assertThat(get(ENTRY, "Cache-Control", "no-cache").statusCode()).isEqualTo(200);
		assertThat(statistics.getPrepareStatementCount()).isPositive();
	}

	@Test
	void aMissingPageIsRenderedEveryTime() {
		assertThat(get("/people/nobody").statusCode()).isEqualTo(404);
		statistics.clear();

		assertThat(get("/people/nobody").statusCode()).isEqualTo(404);
		assertThat(statistics.getPrepareStatementCount()).isPositive();
	}

	@Test
	void aChangeCommittedThroughJpaShowsOnTheNextRequest() {
		assertThat(text(get("/places/santiago"))).doesNotContain("Quillota");
		assertThat(text(get("/search?q=quillota"))).doesNotContain("href=\"/places/santiago\"");

		curator.addToSummary(EntryKind.PLACE, "santiago", " Not Quillota.");

		assertThat(text(get("/places/santiago"))).contains("Not Quillota.");
		assertThat(text(get("/search?q=quillota"))).contains("href=\"/places/santiago\"");
	}

	/**
	 * A change is forgotten where it shows, and only there: the changed entry's pages, the pages of
	 * the entries that name it (the palace where Allende died, Allende), of the places that hold
	 * those (Santiago and Chile list the events within them), and the lists; an entry's page that
	 * shows none of it stays kept.
	 */
	@Test
	void aChangeIsForgottenOnThePagesThatShowItAndOnNoOtherEntrysPage() {
		String death = "/events/death-of-salvador-allende";
		List<String> showingIt = List.of(death, "/places/presidential-palace", "/people/salvador-allende",
				"/places/santiago", "/places/chile", "/events");
		assertThat(text(get(ENTRY))).doesNotContain("href=\"" + death + "\"");
		String allendeChanged = get("/people/salvador-allende").headers().firstValue("Last-Modified").orElseThrow();
		String enriquezChanged = get(ENTRY).headers().firstValue("Last-Modified").orElseThrow();
		for (String page : showingIt) {
			assertThat(text(get(page, "Cookie", "lang=es"))).as(page)
				.contains(death + "\"")
				.doesNotContain("Muerte de prueba");
		}

		curator.translateEntry(EntryKind.EVENT, "death-of-salvador-allende", "es", "Muerte de prueba",
				"Resumen de prueba.");

		statistics.clear();
		assertThat(get(ENTRY).statusCode()).isEqualTo(200);
		assertThat(statistics.getPrepareStatementCount()).as("statements run to serve an unrelated entry").isZero();
		for (String page : showingIt) {
			assertThat(text(get(page, "Cookie", "lang=es"))).as(page).contains("Muerte de prueba");
		}
		// A browser asking whether Allende's page changed is told it did; Enríquez's did not.
		HttpResponse<byte[]> allende = get("/people/salvador-allende", "If-Modified-Since", allendeChanged,
				"Cookie", "lang=es");
		assertThat(allende.statusCode()).isEqualTo(200);
		assertThat(text(allende)).contains("Muerte de prueba");
		assertThat(get(ENTRY, "If-Modified-Since", enriquezChanged).statusCode()).isEqualTo(304);
	}

	/**
	 * An entry's change shows at once on the kept pages that gather entries (the graph, the glossary
	 * that names it, a reading path whose section it cites, the page about the source beside whose
	 * claim it stands), and each says it changed later: a browser or a shared cache holding the
	 * older copy is not told it is current.
	 */
	@Test
	void anEntrysChangeShowsAtOnceOnThePagesThatGatherEntriesAndDatesThemLater() {
		List<String> gathering = List.of("/connections", "/glossary", "/paths/the-article-step-by-step",
				"/about-the-source");
		Map<String, String> changed = new TreeMap<>();
		for (String page : gathering) {
			HttpResponse<byte[]> kept = get(page, "Cookie", "lang=es");
			assertThat(text(kept)).as(page).contains(GATHERED + "\"").doesNotContain("Nombre de prueba reunido");
			changed.put(page, kept.headers().firstValue("Last-Modified").orElseThrow());
		}

		curator.translateEntry(EntryKind.ORGANIZATION, "dina", "es", "Nombre de prueba reunido",
				"Resumen de prueba reunido.");

		for (String page : gathering) {
			HttpResponse<byte[]> now = get(page, "Cookie", "lang=es", "If-Modified-Since", changed.get(page));
			assertThat(now.statusCode()).as(page).isEqualTo(200);
			assertThat(text(now)).as(page).contains("Nombre de prueba reunido");
			assertThat(date(now.headers().firstValue("Last-Modified").orElseThrow())).as(page)
				.isAfter(date(changed.get(page)));
		}
	}

	/**
	 * A change to a place forgets the list of places and the searches that list it or that it now
	 * matches, which show it at once; the other lists and an unrelated search stay kept, and are
	 * served from memory without a statement run. (The change is a Spanish summary only: a Spanish
	 * headword would add an uncited name, which later tests reading Santiago's record would refuse.)
	 */
	@Test
	void aChangeToAPlaceLeavesTheOtherListsAndAnUnrelatedSearchKept() {
		List<String> unrelated = List.of("/people", "/organizations", "/people?page=1", "/search?q=dina");
		String place = "/places/santiago";
		for (String page : unrelated) {
			assertThat(get(page, "Cookie", "lang=es").statusCode()).as(page).isEqualTo(200);
		}
		assertThat(text(get("/search?q=dina", "Cookie", "lang=es"))).doesNotContain("href=\"" + place + "\"");
		assertThat(text(get("/places", "Cookie", "lang=es"))).contains(place).doesNotContain("zanzibarense");
		assertThat(text(get("/search?q=santiago", "Cookie", "lang=es"))).contains(place);
		assertThat(text(get("/search?q=zanzibarense", "Cookie", "lang=es"))).doesNotContain(place);

		curator.translateEntry(EntryKind.PLACE, "santiago", "es", null, "Ciudad zanzibarense de prueba.");

		statistics.clear();
		for (String page : unrelated) {
			assertThat(get(page, "Cookie", "lang=es").statusCode()).as(page).isEqualTo(200);
		}
		assertThat(statistics.getPrepareStatementCount()).as("statements run to serve the unrelated pages").isZero();
		assertThat(text(get("/places", "Cookie", "lang=es"))).contains("Ciudad zanzibarense de prueba.");
		statistics.clear();
		assertThat(text(get("/search?q=santiago", "Cookie", "lang=es"))).contains(place);
		assertThat(statistics.getPrepareStatementCount()).as("a search listing the place, rendered again").isPositive();
		assertThat(text(get("/search?q=zanzibarense", "Cookie", "lang=es"))).contains("href=\"" + place + "\"");
	}

	/**
	 * A curator's save that quotes a passage of the seed article not quoted before writes the new
	 * quotation with the entry (as {@code curation.Publisher} does); the article's record is as it
	 * was. The page of another entry that cites the article, but not that passage, stays kept, served
	 * without a statement run, and keeps its date. The page of an entry whose citation gives a
	 * quotation changed in the same save (a new Spanish rendering) shows it at once, and says it changed.
	 */
	@Test
	void aSaveThatQuotesANewPassageLeavesThePagesOfTheOtherEntriesCitingTheWorkKept() {
		String words = "Quotingtest" + UUID.randomUUID().toString().substring(0, 8);
		long[] ids = transaction.execute(status -> {
			OffsetDateTime now = OffsetDateTime.now(clock);
			Source article = article();
			Entry saved = entry(words + " Saved", now);
			Statement savedStatement = statement(saved, words + "-saved", "A statement the save cites anew.");
			Entry other = entry(words + " Other", now);
			cite(statement(other, words + "-other", "A statement citing another passage."), article,
					quotation(article, words + "-other", "A passage cited by another entry, " + words + "."));
			Entry quoting = entry(words + " Quoting", now);
			Quotation edited = quotation(article, words + "-edited", "A passage whose rendering changes, " + words + ".");
			cite(statement(quoting, words + "-quoting", "A statement citing the edited passage."), article, edited);
			return new long[] { saved.getId(), savedStatement.getId(), edited.getId() };
		});
		String other = "/people/" + slug(words + " Other");
		String quoting = "/people/" + slug(words + " Quoting");
		HttpResponse<byte[]> otherBefore = get(other);
		assertThat(text(otherBefore)).contains("A passage cited by another entry, " + words + ".");
		String otherChanged = otherBefore.headers().firstValue("Last-Modified").orElseThrow();
		HttpResponse<byte[]> quotingBefore = get(quoting, "Cookie", "lang=es");
		assertThat(text(quotingBefore)).doesNotContain("Pasaje de prueba " + words);
		String quotingChanged = quotingBefore.headers().firstValue("Last-Modified").orElseThrow();
		// Last-Modified counts whole seconds: the save comes in a later one.
		clock.set(Instant.now().plusSeconds(1));

		transaction.executeWithoutResult(status -> {
			OffsetDateTime now = OffsetDateTime.now(clock);
			Source article = article();
			Entry saved = entityManager.find(Entry.class, ids[0]);
			saved.reviseSummary(saved.getSummary() + " Revised.", now);
			cite(entityManager.find(Statement.class, ids[1]), article,
					quotation(article, words + "-new", "A passage quoted for the first time, " + words + "."));
			entityManager.find(Quotation.class, ids[2]).translate("es", "Pasaje de prueba " + words + ".");
		});

		statistics.clear();
		assertThat(get(other).statusCode()).isEqualTo(200);
		assertThat(statistics.getPrepareStatementCount()).as("statements run to serve the other entry's page").isZero();
		HttpResponse<byte[]> otherRendered = get(other, "Cache-Control", "no-cache");
		assertThat(otherRendered.headers().firstValue("Last-Modified")).as("the other entry's page, rendered again")
			.hasValue(otherChanged);
		assertThat(get(other, "If-Modified-Since", otherChanged).statusCode()).isEqualTo(304);
		assertThat(text(get("/people/" + slug(words + " Saved"))))
			.contains("A passage quoted for the first time, " + words + ".");
		HttpResponse<byte[]> quotingNow = get(quoting, "Cookie", "lang=es", "If-Modified-Since", quotingChanged);
		assertThat(quotingNow.statusCode()).isEqualTo(200);
		assertThat(text(quotingNow)).contains("Pasaje de prueba " + words + ".");
		assertThat(date(quotingNow.headers().firstValue("Last-Modified").orElseThrow())).isAfter(date(quotingChanged));
	}

	/**
	 * A work's page lists what the archive cites it for: an entry newly citing the work changes it,
	 * though the work's own record stays as it was, and a browser holding the page is not told it is
	 * current.
	 */
	@Test
	void aNewCitationOfAWorkShowsOnTheWorksPageForABrowserThatHadIt() {
		String work = "/sources/chiles-mir-the-revolutionary-left-movement";
		String words = "Citingtest" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<byte[]> before = get(work);
		assertThat(text(before)).doesNotContain(words);
		String changed = before.headers().firstValue("Last-Modified").orElseThrow();
		// Last-Modified counts whole seconds: the change comes in a later one (and after any change
		// an earlier test made with the clock moved on).
		Instant later = Instant.now().plusSeconds(1);
		clock.set(later.isAfter(date(changed).toInstant()) ? later : date(changed).toInstant().plusSeconds(1));

		transaction.executeWithoutResult(status -> {
			OffsetDateTime now = OffsetDateTime.now(clock);
			Source article = article();
			cite(statement(entry(words + " Citing", now), words + "-citing", "A statement " + words + " cites."), article,
					quotation(article, words + "-citing", "A passage cited by " + words + "."));
		});

		HttpResponse<byte[]> asked = get(work, "If-Modified-Since", changed);
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(text(asked)).contains("A statement " + words + " cites.");
	}

	private Source article() {
		return entityManager.createQuery("select s from Source s where s.slug = :slug", Source.class)
			.setParameter("slug", "chiles-mir-the-revolutionary-left-movement")
			.getSingleResult();
	}

	private Entry entry(String name, OffsetDateTime now) {
		Integer last = entityManager.createQuery("select max(e.position) from Entry e", Integer.class)
			.getSingleResult();
		Entry entry = Entry.create(EntryKind.PERSON, slug(name), name, name, "An entry of a test of quoting.", last + 1,
				now);
		entityManager.persist(entry);
		return entry;
	}

	private Statement statement(Entry entry, String key, String text) {
		Statement statement = new Statement(entry, key, text, 1);
		entityManager.persist(statement);
		return statement;
	}

	/** A passage of the article's introduction, as a curator's save quotes it. */
	private Quotation quotation(Source work, String key, String text) {
		Quotation quotation = new Quotation(work, key, 1, 1, text);
		entityManager.persist(quotation);
		return quotation;
	}

	private void cite(Statement statement, Source work, Quotation quotation) {
		entityManager.persist(Citation.ofStatement(statement, work, quotation, null));
	}

	private static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replace(' ', '-');
	}

	/** A commit that changes no content (a login, a curator's decision written to the audit log) forgets nothing. */
	@Test
	void aCommitThatChangesNoContentForgetsNoPage() {
		List<String> pages = List.of(ENTRY, "/", "/people", "/search?q=santiago");
		pages.forEach(this::get);

		auditLog.record(AuditKind.CHANGE_SET_APPROVED, "a-reviewer", "change set 1", "A decision, for the log.");

		statistics.clear();
		pages.forEach(page -> assertThat(get(page).statusCode()).isEqualTo(200));
		assertThat(statistics.getPrepareStatementCount()).isZero();
	}

	@Test
	void aCitationKeptYesterdaySaysTodayWhenItWasAccessed() {
		clock.set(Instant.parse("2026-03-01T23:59:30Z"));
		assertThat(text(get(ENTRY))).contains("1 March 2026");

		clock.set(Instant.parse("2026-03-02T00:00:10Z"));
		String today = text(get(ENTRY));
		assertThat(today).contains("2 March 2026").doesNotContain("1 March 2026");
	}

	private HttpResponse<byte[]> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
		for (int i = 0; i < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		return Browser.send(client, request.build());
	}

	/** A GET as {@link #get} sends it, but saying it is for another host. */
	private RawHttp.Response raw(String host, String path) {
		String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\n"
				+ "Connection: close\r\n\r\n";
		return new RawHttp(port).sendExactly(request.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static ZonedDateTime date(String httpDate) {
		return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	/** The headers a reader would compare, without those of the exchange itself. */
	private static Map<String, java.util.List<String>> headers(HttpResponse<byte[]> response) {
		Map<String, java.util.List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.putAll(response.headers().map());
		headers.remove("Date");
		// How the body is framed: a page rendered is streamed in chunks, a kept one has a length.
		headers.remove("Transfer-Encoding");
		headers.remove("Content-Length");
		// A kept copy has a tag of its own (eachCopyOfAKeptPageHasAStrongTagOfItsOwn), and names
		// what it varies by as the application did, where Tomcat writes the list again.
		headers.remove("ETag");
		headers.computeIfPresent("Vary", (name, values) -> java.util.List.of(String.join(",", values)
			.toLowerCase(java.util.Locale.ROOT)
			.replace(" ", "")));
		return headers;
	}

	private static String gunzip(byte[] bytes) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
