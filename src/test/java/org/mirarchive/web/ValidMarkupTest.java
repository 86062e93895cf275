package org.mirarchive.web;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;
import org.mirarchive.HtmlChecker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type, as served in English and in Spanish, passes the Nu Html Checker (the W3C's
 * HTML validator) with nothing to report: no error (markup a browser would have to repair, an id
 * given twice, an attribute where the standard allows none) and no warning either, since the
 * pages need none (its one warning, two {@code dt} in a {@code dl} both saying "Autoría", was a
 * real ambiguity in the Spanish record of a work). The checker runs offline ({@link HtmlChecker}).
 */
@ArchiveWebTest
class ValidMarkupTest {

	private static final HtmlChecker CHECKER = new HtmlChecker();

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	/** A page of each type, with the status it is served with. */
	static Stream<Arguments> pages() {
		List<Object[]> pages = List.of(new Object[] { "/", 200 }, new Object[] { "/people", 200 },
				new Object[] { "/organizations", 200 }, new Object[] { "/events", 200 }, new Object[] { "/places", 200 },
				new Object[] { "/works", 200 }, new Object[] { "/works/mir-mission-statement", 200 },
				new Object[] { "/sources", 200 }, new Object[] { "/people/miguel-enriquez", 200 },
				new Object[] { "/organizations/mir", 200 }, new Object[] { "/events/coup-of-11-september-1973", 200 },
				new Object[] { "/places/santiago", 200 },
				new Object[] { "/sources/chiles-mir-the-revolutionary-left-movement", 200 },
				new Object[] { "/sources/wikipedia-carlos-prats", 200 }, new Object[] { "/search?q=Pinochet", 200 },
				new Object[] { "/search?q=nothing+like+this", 200 }, new Object[] { "/search", 200 },
				new Object[] { "/timeline", 200 },
				new Object[] { "/timeline?person=salvador-allende&from=1970&to=1974", 200 },
				new Object[] { "/timeline?from=1975&to=1970", 400 }, new Object[] { "/people/nobody", 404 },
				new Object[] { "/people?page=abc", 404 }, new Object[] { "/people/miguel-enriquez/history", 200 },
				new Object[] { "/organizations/mir/revisions/1", 200 }, new Object[] { "/login", 200 },
				new Object[] { "/login?error", 200 });
		return Stream.of("en", "es-CL")
			.flatMap(language -> pages.stream().map(p -> Arguments.of(p[0], language, p[1])));
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("pages")
	void theCheckerFindsNothingToReport(String path, String language, int status) {
		Browser.Answer page = browser.get(path, "text/html", "Accept-Language", language);
		assertThat(page.status()).as(path).isEqualTo(status);
		assertThat(CHECKER.check(page.body())).as("what the Nu Html Checker reports on " + path + " (" + language + ")")
			.isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("defects")
	void theCheckerReportsAMarkupErrorInAServedPage(String defect, String from, String to, String report) {
		String page = browser.get("/sources/chiles-mir-the-revolutionary-left-movement").body();
		assertThat(page).contains(from);
		List<HtmlChecker.Message> messages = CHECKER.check(page.replaceFirst(from, to));
		assertThat(messages).filteredOn(HtmlChecker.Message::error)
			.extracting(HtmlChecker.Message::text)
			.anyMatch(text -> text.contains(report));
	}

	/** Defects of the kinds the checker exists to find, each put into a real page. */
	static Stream<Arguments> defects() {
		return Stream.of(Arguments.of("an id given twice", "id=\"record-heading\"", "id=\"claims-heading\"", "Duplicate ID"),
				Arguments.of("an element left open", "</h1>", "", "Unclosed element"),
				Arguments.of("an attribute the element does not allow", "<h1", "<h1 href=\"/\"", "not allowed on element"));
	}

}
