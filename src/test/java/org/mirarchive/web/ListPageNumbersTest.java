package org.mirarchive.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule for page numbers on every list: the same {@code ?page=} value gets the same answer on
 * the indexes, the sources, the timeline, search and the API, each tested on its own. A value
 * that names no list page, malformed or past the last, is the 404 page on the site and a
 * problem report in the API; the first list page is there under both its addresses.
 */
@ArchiveWebTest
class ListPageNumbersTest {

	/** Each kind of list readers page through, with its address up to the page number. */
	private static final Map<String, String> PAGES = new LinkedHashMap<>();

	/** The API's lists, read the same way. */
	private static final Map<String, String> API = new LinkedHashMap<>();

	static {
		PAGES.put("an index", "/people?page=");
		PAGES.put("the sources", "/sources?page=");
		PAGES.put("the timeline", "/timeline?page=");
		PAGES.put("the timeline narrowed", "/timeline?organization=mir&page=");
		PAGES.put("search", "/search?q=Pinochet&page=");
		PAGES.put("search finding nothing", "/search?q=Zapatero&page=");
		API.put("the API's entries", "/api/people?page=");
		API.put("the API's sources", "/api/sources?page=");
	}

	/**
	 * Values that name no list page, as typed or edited into an address: not the pager's digits,
	 * too large for a page number, and past the last list page (each of these lists fills one
	 * list page on the seed: see {@link #eachListFillsOneListPageOnTheSeed}).
	 */
	private static final List<String> NO_LIST_PAGE = List.of("0", "-1", "02", "+2", "%202", "2%20", "abc", "1e3",
			"2.0", "1,2", "", "1234567890", "99999999999999999999", "2", "999");

	@LocalServerPort
	private int port;

	private Browser browser;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	static Stream<Arguments> pagesAndNumbers() {
		return everyNumberOn(PAGES);
	}

	static Stream<Arguments> apiAndNumbers() {
		return everyNumberOn(API);
	}

	private static Stream<Arguments> everyNumberOn(Map<String, String> lists) {
		return lists.entrySet()
			.stream()
			.flatMap(list -> NO_LIST_PAGE.stream().map(number -> Arguments.of(list.getKey(), list.getValue(), number)));
	}

	/** The list's address without a page number: its first list page. */
	private static String first(String address) {
		return address.substring(0, address.length() - "?page=".length());
	}

	@ParameterizedTest(name = "{0}: page={2}")
	@MethodSource("pagesAndNumbers")
	void aNumberThatNamesNoListPageIsThe404Page(String list, String address, String number) {
		Browser.Answer page = browser.get(address + number);
		assertThat(page.status()).as(address + number).isEqualTo(404);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.document().select("h1").text()).isEqualTo("Page not found");
	}

	@ParameterizedTest(name = "{0}: page={2}")
	@MethodSource("apiAndNumbers")
	void aNumberThatNamesNoListPageIsAProblemReportInTheApi(String list, String address, String number) {
		Browser.Answer answer = browser.get(address + number, "application/json");
		assertThat(answer.status()).as(address + number).isEqualTo(404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.get("status").asInt()).isEqualTo(404);
		assertThat(problem.get("detail").asString()).isEqualTo("There is no page of this list at this address.");
	}

	@Test
	void theSameNumberGetsTheSameAnswerOnEveryList() {
		List<String> numbers = new ArrayList<>(NO_LIST_PAGE);
		numbers.add("1");
		for (String number : numbers) {
			List<Integer> statuses = new ArrayList<>();
			PAGES.values().forEach(address -> statuses.add(browser.get(address + number).status()));
			API.values().forEach(address -> statuses.add(browser.get(address + number, "application/json").status()));
			assertThat(statuses).as("page=" + number).containsOnly(number.equals("1") ? 200 : 404);
		}
	}

	@Test
	void eachListFillsOneListPageOnTheSeed() {
		// What makes "2" past the last list page above.
		for (String address : PAGES.values()) {
			Browser.Answer first = browser.get(first(address));
			assertThat(first.status()).as(address).isEqualTo(200);
			assertThat(first.document().select("nav.pager")).as(address).isEmpty();
			assertThat(browser.get(address + "1").document().select("main").text()).as(address)
				.isEqualTo(first.document().select("main").text());
		}
		for (String address : API.values()) {
			JsonNode list = json.readTree(browser.get(first(address), "application/json").body());
			assertThat(list.get("pages").asInt()).as(address).isEqualTo(1);
			assertThat(list.get("links").get("next").isNull()).as(address).isTrue();
		}
	}

}
