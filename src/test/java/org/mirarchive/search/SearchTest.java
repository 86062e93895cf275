package org.mirarchive.search;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search as students use it, over HTTP on the seeded archive: half-remembered names, other forms
 * of them, other word forms and typos find what they mean, best first, and whatever is typed
 * gives a readable page.
 */
@ArchiveWebTest
class SearchTest {

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	// Forgiving what people type

	@ParameterizedTest
	@ValueSource(strings = { "Enriquez", "ENRÍQUEZ", "enríquez", "ENRIQUEZ", "miguel enriquez" })
	void caseAndAccentsDoNotMatter(String typed) {
		assertThat(results(typed)).first().isEqualTo("/people/miguel-enriquez");
	}

	@Test
	void accentsTypedFindNamesStoredWithout() {
		// The photograph's caption spells him without the accent; Bolivia has none either.
		assertThat(results("Enríquez")).contains("/sources/photograph-van-schouwen-ferrada-noli-enriquez");
		assertThat(results("Bolívia")).first().isEqualTo("/places/bolivia");
		assertThat(results("Direccion de Inteligencia Nacional")).first().isEqualTo("/organizations/dina");
	}

	@Test
	void curlyAndStraightApostrophesAreAlike() {
		List<String> straight = results("Chile's");
		assertThat(straight).contains("/sources/chiles-mir-the-revolutionary-left-movement", "/places/chile");
		assertThat(results("Chile’s")).isEqualTo(straight);
		assertThat(results("People’s Revolutionary Army")).first().isEqualTo("/organizations/erp");
		assertThat(results("People's Revolutionary Army")).first().isEqualTo("/organizations/erp");
	}

	@ParameterizedTest
	@CsvSource({ "MIR, /organizations/mir", "DINA, /organizations/dina", "JCR, /organizations/jcr",
			"ERP, /organizations/erp", "ELN, /organizations/eln", "dina, /organizations/dina" })
	void acronymsFindWhatTheyStandFor(String acronym, String first) {
		assertThat(results(acronym)).first().isEqualTo(first);
	}

	@ParameterizedTest
	@CsvSource({ "National Intelligence Directorate, /organizations/dina",
			"Movement of the Revolutionary Left, /organizations/mir", "Revolutionary Left Movement, /organizations/mir",
			"Revolutionary Coordinating Junta, /organizations/jcr", "National Liberation Army, /organizations/eln" })
	void englishTranslationsFindTheOriginal(String translation, String first) {
		assertThat(results(translation)).first().isEqualTo(first);
	}

	@ParameterizedTest
	@CsvSource({ "Movimiento de Izquierda Revolucionaria, /organizations/mir",
			"Junta Coordinadora Revolucionaria, /organizations/jcr", "Ché, /people/che-guevara", "Che, /people/che-guevara",
			"General Augusto Pinochet, /people/augusto-pinochet", "President Salvador Allende, /people/salvador-allende",
			"the stadium, /places/national-stadium", "Bolivian ELN, /organizations/eln" })
	void originalNamesVariantsAndNicknamesFindTheirEntry(String name, String first) {
		assertThat(results(name)).first().isEqualTo(first);
	}

	@Test
	void theOtherNameThatMatchedIsShownMarked() {
		Element first = search("National Intelligence Directorate").document().selectFirst(".search-result");
		assertThat(first.select(".search-result__aka mark").text()).isEqualTo("National Intelligence Directorate");
		Element dina = search("DINA").document().selectFirst(".search-result");
		assertThat(dina.select(".search-result__aka mark").eachText()).containsExactly("DINA");
	}

	@Test
	void otherFormsOfAWordFindEachOther() {
		// The copper entry is named "Nationalization…", and the Allende reforms entry says it too.
		List<String> found = results("nationalized");
		assertThat(found).first().isEqualTo("/events/nationalization-of-copper-mining");
		assertThat(found).contains("/events/allende-reforms");
		Element first = search("nationalized").document().selectFirst(".search-result");
		assertThat(first.select(".search-result__text mark").text()).isEqualToIgnoringCase("nationalization");
		// ...but a light stemmer: "nationalized" is not "nation" (Brazil's page speaks of "nations such as Brazil").
		assertThat(found).doesNotContain("/places/brazil");
		assertThat(results("imprisoned")).contains("/events/imprisonment-of-marcello-ferrada-noli");
	}

	// Both languages, whatever the reader's

	@ParameterizedTest
	@CsvSource({ "golpe de Estado, /events/coup-of-11-september-1973", "La Moneda, /places/presidential-palace",
			"Fuerzas Armadas, /organizations/chilean-armed-forces", "sindicatos, /organizations/trade-unions",
			"poblaciones, /places/poor-and-working-class-neighbourhoods-of-santiago",
			"nacionalización del cobre, /events/nationalization-of-copper-mining",
			"nacionalizacion del cobre, /events/nationalization-of-copper-mining",
			"Estadio Nacional, /places/national-stadium", "ESTADIO NACIONAL, /places/national-stadium",
			"Enriquez, /people/miguel-enriquez", "DINA, /organizations/dina", "Pinochett, /people/augusto-pinochet" })
	void spanishWordsFindTheirEntryFirstInEitherLanguage(String typed, String first) {
		assertThat(results(typed, "es")).as("under Spanish").first().isEqualTo(first);
		assertThat(results(typed, "en")).as("under English").first().isEqualTo(first);
	}

	@ParameterizedTest
	@CsvSource({ "sindicato, /organizations/trade-unions", "población, /places/poor-and-working-class-neighbourhoods-of-santiago",
			"golpes de estado, /events/coup-of-11-september-1973", "coup d’etat, /events/coup-of-11-september-1973",
			"trade unions, /organizations/trade-unions", "nationalization of copper, /events/nationalization-of-copper-mining" })
	void otherWordFormsInSpanishAndEnglishWordsUnderSpanish(String typed, String first) {
		assertThat(results(typed, "es")).first().isEqualTo(first);
	}

	@Test
	void aSpanishReaderSeesTheSpanishHeadwordAndPassageMarked() {
		Element coup = search("golpe de Estado", "es").document().selectFirst(".search-result");
		assertThat(coup.select("h2 a").text()).isEqualTo("Golpe de Estado del 11 de septiembre de 1973");
		assertThat(coup.select("h2 a").attr("lang")).isEqualTo("es");
		assertThat(coup.select("h2 a mark").eachText()).contains("Golpe", "Estado");
		Element text = coup.selectFirst(".search-result__text");
		assertThat(text.attr("lang")).isEqualTo("es");
		assertThat(text.select("mark").eachText()).isNotEmpty().allMatch(marked -> marked.matches("(?i)golpe|estado"));

		Element unions = search("sindicatos", "es").document().selectFirst(".search-result");
		assertThat(unions.select(".search-result__text").attr("lang")).isEqualTo("es");
		assertThat(unions.select(".search-result__text mark").eachText()).contains("sindicatos");
	}

	@Test
	void aMatchIsShownInTheLanguageItWasIn() {
		// English words under Spanish: the English passage that matched, said to be English.
		Element copper = search("nationalized", "es").document().selectFirst(".search-result");
		assertThat(copper.select("h2 a").attr("href")).isEqualTo("/events/nationalization-of-copper-mining");
		assertThat(copper.select(".search-result__text").attr("lang")).isEqualTo("en");
		assertThat(copper.select(".search-result__text mark").text()).isEqualToIgnoringCase("nationalization");
		// Spanish words under English: the Spanish passage, said to be Spanish, under the English headword.
		Element unions = search("sindicatos", "en").document().selectFirst(".search-result");
		assertThat(unions.select("h2 a").text()).isEqualTo("Trade unions");
		assertThat(unions.select(".search-result__text").attr("lang")).isEqualTo("es");
		assertThat(unions.select(".search-result__text mark").eachText()).contains("sindicatos");
	}

	@Test
	void spanishStopWordsAreNotRequiredButAloneStillSearch() {
		// "del" is in no field of the copper entry but its Spanish summary, which leaves it out.
		assertThat(results("cobre")).contains("/events/nationalization-of-copper-mining");
		assertThat(results("de la")).isNotEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "Pinochett, /people/augusto-pinochet", "Tupamarso, /organizations/tupamaros",
			"Enriqez, /people/miguel-enriquez", "Chille, /places/chile", "Guebara, /people/che-guevara" })
	void oneTypoIsForgivenInWordsOfFiveLettersOrMore(String typo, String first) {
		assertThat(results(typo)).first().isEqualTo(first);
	}

	@Test
	void shortWordsMustBeExactBecauseOneLetterMakesAnotherWord() {
		assertThat(results("MIR")).contains("/organizations/mir");
		assertThat(results("MIT")).isEmpty();
		assertThat(results("Chile")).contains("/places/chile");
		assertThat(results("Cile")).isEmpty();
		assertThat(results("DINA")).contains("/organizations/dina");
		assertThat(results("DONA")).isEmpty();
	}

	// Ranking and what each result shows

	@Test
	void anEntryNamedForTheWordsComesBeforeEntriesThatMentionThem() {
		List<String> found = results("Pinochet");
		assertThat(found).first().isEqualTo("/people/augusto-pinochet");
		assertThat(found).contains("/people/manuel-contreras", "/organizations/dina");
		List<String> enriquez = results("Miguel Enríquez");
		assertThat(enriquez).first().isEqualTo("/people/miguel-enriquez");
		// His death is named for him; Van Schouwen's entry only mentions him.
		assertThat(enriquez.indexOf("/events/death-of-miguel-enriquez"))
			.isLessThan(enriquez.indexOf("/people/bautista-van-schouwen"));
	}

	@Test
	void eachResultShowsItsTypeDateAndAMarkedSnippet() {
		Element first = search("Enríquez").document().selectFirst(".search-result");
		assertThat(first.select(".kind").text()).isEqualTo("Person");
		assertThat(first.select("h2 a").text()).isEqualTo("Miguel Enríquez");
		assertThat(first.select("h2 a mark").text()).isEqualTo("Enríquez");
		assertThat(first.select(".date").text()).isEqualTo("1944–1974");
		assertThat(first.select(".date time").eachAttr("datetime")).containsExactly("1944", "1974");
		assertThat(first.select(".search-result__text mark").eachText()).isNotEmpty().allMatch("Enríquez"::equals);

		Element law = search("Ley 17.450").document().selectFirst(".search-result");
		assertThat(law.select(".kind").text()).isEqualTo("Cited work");
		assertThat(law.select("h2 a").attr("href")).isEqualTo("/sources/ley-17450");
		assertThat(law.select(".date time").attr("datetime")).isEqualTo("1971-07");
	}

	// Narrowing by type

	@Test
	void resultsCanBeNarrowedToOneTypeWithCountsPerType() {
		Document all = search("Pinochet").document();
		List<String> types = all.select(".search-types a").eachText();
		assertThat(types.get(0)).matches("All types \\(\\d+\\)");
		long total = count(types.get(0));
		assertThat(types.subList(1, types.size()).stream().mapToLong(SearchTest::count).sum()).isEqualTo(total);
		assertThat(all.select(".search-types a[aria-current=page]").text()).startsWith("All types");

		String people = all.select(".search-types a:contains(People)").attr("href");
		assertThat(people).isEqualTo("/search?q=Pinochet&type=people");
		Document narrowed = browser.get(people).document();
		List<String> found = urls(narrowed);
		assertThat(found).isNotEmpty().allMatch(url -> url.startsWith("/people/"));
		assertThat(found).hasSize((int) count(all.select(".search-types a:contains(People)").text()));
		assertThat(narrowed.select(".search-types a[aria-current=page]").text()).startsWith("People");

		assertThat(urls(browser.get("/search?q=Pinochet&type=sources").document())).isNotEmpty()
			.allMatch(url -> url.startsWith("/sources/"));
		assertThat(urls(browser.get("/search?q=Pinochet&type=nonsense").document())).hasSize((int) Math.min(total, 20));
	}

	@Test
	void aTypeWithoutResultsSaysSoAndLinksToAll() {
		Browser.Answer page = browser.get("/search?q=DINA&type=places");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select(".search-message").text()).contains("Nothing under", "DINA");
		assertThat(page.document().select(".search-message a").attr("href")).isEqualTo("/search?q=DINA");
	}

	// List pages

	@Test
	void listPagesHoldTwentyInAStableOrderWithoutRepeatsOrGaps() {
		Document first = search("the").document();
		long total = count(first.select(".search-types a").get(0).text());
		assertThat(total).isGreaterThan(40);
		List<String> everything = new ArrayList<>();
		String next = "/search?q=the";
		int pages = 0;
		while (next != null) {
			Document page = browser.get(next).document();
			List<String> found = urls(page);
			assertThat(found).hasSizeLessThanOrEqualTo(20);
			assertThat(urls(browser.get(next).document())).as("the same page again").isEqualTo(found);
			everything.addAll(found);
			Element link = page.selectFirst("nav.pager a[rel=next]");
			next = link == null ? null : link.attr("href");
			pages++;
		}
		assertThat(pages).isEqualTo((int) (total + 19) / 20);
		assertThat(everything).hasSize((int) total).doesNotHaveDuplicates();
		assertThat(first.select(".search-summary").text()).isEqualTo("Results 1–20 of " + total + " for “the”");
		assertThat(first.select(".search-results").attr("start")).isEqualTo("1");
		assertThat(browser.get("/search?q=the&page=2").document().select(".search-results").attr("start")).isEqualTo("21");
		assertThat(first.select("nav.pager .pager__position").text()).startsWith("Page 1 of " + pages);
	}

	@Test
	void thePagerIsTheListsOneAndKeepsTheSearch() {
		// "the" fills three list pages or more (see above).
		Document second = browser.get("/search?q=the&page=2").document();
		assertThat(second.select("nav.pager a").eachText()).containsExactly("First page", "Previous page", "Next page",
				"Last page");
		assertThat(second.select("nav.pager a[rel=prev]").attr("href")).isEqualTo("/search?q=the");
		assertThat(second.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/search?q=the&page=3");
		assertThat(second.select("nav.pager .pager__position").text()).contains("Lines 21–40 of");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "abc", "1.5", "", "02", "+2", "%202", "1e3", "2147483648",
			"99999999999999999999999999" })
	void aPageNumberThatNamesNoListPageIsThe404Page(String page) {
		Browser.Answer result = browser.get("/search?q=Pinochet&page=" + page);
		assertThat(result.status()).isEqualTo(404);
		assertThat(result.document().select("h1").text()).isEqualTo("Page not found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/search?q=Pinochet&page=2", "/search?q=the&page=999", "/search?q=Zapatero&page=2",
			"/search?q=&page=2", "/search?page=2" })
	void aListPagePastTheLastIsThe404Page(String path) {
		Browser.Answer result = browser.get(path);
		assertThat(result.status()).as(path).isEqualTo(404);
		assertThat(result.document().select("h1").text()).as(path).isEqualTo("Page not found");
	}

	// Odd input

	@Test
	void anEmptySearchAsksForWords() {
		for (String path : List.of("/search", "/search?q=", "/search?q=%20%20", "/search?q=%00%07")) {
			Browser.Answer page = browser.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.document().select(".search-message").text()).as(path).startsWith("Type a name");
			assertThat(urls(page.document())).isEmpty();
		}
	}

	@Test
	void aSearchWithNoResultsSaysSo() {
		Browser.Answer page = search("Zapatero");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select(".search-message").text()).startsWith("Nothing in the archive matches “Zapatero”");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "' OR 1=1 --", "\"><img src=x onerror=alert(1)>", "(*~^",
			"a:b AND c~2^3 OR \"d\"", "Pinochet\u0000\u0007", "\\", "%", "{searchTerms}" })
	void oddInputGivesAPageWithTheInputEscaped(String typed) {
		Browser.Answer page = search(typed);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		Document doc = page.document();
		assertThat(doc.select("h1")).hasSize(1);
		assertThat(doc.select("main script, main img")).isEmpty();
		assertThat(page.body()).doesNotContain("<script>alert", "<img src=x", "\u0000", "\u0007");
		String shown = QueryWords.of(typed).text();
		assertThat(doc.select("#search-q").attr("value")).isEqualTo(shown);
		assertThat(doc.select(".search-message, .search-summary").text()).contains("“" + shown + "”");
	}

	@Test
	void veryLongInputIsCutAndSaysSo() {
		Browser.Answer page = search("Pinochet " + "x".repeat(10_000));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select(".search-message").text()).contains("only its beginning was used");
		assertThat(page.document().select("#search-q").attr("value")).hasSize(QueryWords.MAX_LENGTH);
		assertThat(urls(page.document())).isEmpty();

		Browser.Answer repeated = search("Pinochet ".repeat(1_200));
		assertThat(repeated.status()).isEqualTo(200);
		assertThat(urls(repeated.document())).first().isEqualTo("/people/augusto-pinochet");
	}

	@Test
	void anAddressThatIsNotValidTextGivesAPageNotAnError() {
		// Half of a surrogate pair, as bytes: not UTF-8, so the server cannot read the parameter.
		Browser.Answer page = browser.get("/search?q=%ED%A0%80");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select(".search-message").text()).contains("could not be read");
		assertThat(browser.get("/search?q=Pinochet&page=%ED%A0%80").status()).isEqualTo(200);
	}

	// The search box and the OpenSearch description

	@ParameterizedTest
	@ValueSource(strings = { "/", "/people", "/people/miguel-enriquez", "/timeline", "/sources",
			"/sources/chiles-mir-the-revolutionary-left-movement", "/search", "/search?q=MIR", "/no-such-page" })
	void everyPageHasASearchBoxAndOffersTheArchiveAsASearchEngine(String path) {
		Document doc = browser.get(path).document();
		Element form = doc.selectFirst("header form[role=search]");
		assertThat(form).isNotNull();
		assertThat(form.attr("action")).isEqualTo("/search");
		assertThat(form.attr("method")).isEqualTo("get");
		Element input = form.selectFirst("input[type=search][name=q]");
		assertThat(input).isNotNull();
		assertThat(form.select("label[for=" + input.id() + "]").text()).isEqualTo("Search the archive");
		assertThat(form.select("button[type=submit]").text()).isEqualTo("Search");
		Element link = doc.selectFirst("head link[rel=search]");
		assertThat(link.attr("type")).isEqualTo("application/opensearchdescription+xml");
		assertThat(link.attr("href")).isEqualTo("/opensearch.xml");
		assertThat(link.attr("title")).isNotBlank();
	}

	@Test
	void theOpenSearchDescriptionIsXmlWithTheSearchAddress() throws Exception {
		Browser.Answer page = browser.get("/opensearch.xml", "application/opensearchdescription+xml");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("application/opensearchdescription+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(page.body().getBytes(StandardCharsets.UTF_8)));
		org.w3c.dom.Element root = xml.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo("http://a9.com/-/spec/opensearch/1.1/");
		assertThat(root.getLocalName()).isEqualTo("OpenSearchDescription");
		String shortName = root.getElementsByTagNameNS(root.getNamespaceURI(), "ShortName").item(0).getTextContent();
		assertThat(shortName).isEqualTo("MIR Archive").hasSizeLessThanOrEqualTo(16);
		org.w3c.dom.NodeList urls = root.getElementsByTagNameNS(root.getNamespaceURI(), "Url");
		String template = null;
		for (int i = 0; i < urls.getLength(); i++) {
			org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
			if (url.getAttribute("type").equals("text/html")) {
				template = url.getAttribute("template");
			}
		}
		assertThat(template).isEqualTo(browser.base() + "/search?q={searchTerms}");
		// What a browser does with it:
		String search = template.replace("{searchTerms}", "Pinochett").substring(browser.base().length());
		assertThat(urls(browser.get(search).document())).first().isEqualTo("/people/augusto-pinochet");
	}

	private Browser.Answer search(String typed) {
		return browser.get("/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
	}

	private Browser.Answer search(String typed, String lang) {
		return browser.get("/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&lang=" + lang);
	}

	private List<String> results(String typed, String lang) {
		Browser.Answer page = search(typed, lang);
		assertThat(page.status()).isEqualTo(200);
		return urls(page.document());
	}

	private List<String> results(String typed) {
		Browser.Answer page = search(typed);
		assertThat(page.status()).isEqualTo(200);
		return urls(page.document());
	}

	private static List<String> urls(Document doc) {
		return doc.select(".search-result h2 a").eachAttr("href");
	}

	/** The number in "People (5)". */
	private static long count(String label) {
		return Long.parseLong(label.replaceAll("^.*\\((\\d+)\\)$", "$1"));
	}

	@Test
	void resultAddressesAreUnique() {
		List<String> found = results("MIR");
		assertThat(new HashSet<>(found)).hasSize(found.size());
	}

}
