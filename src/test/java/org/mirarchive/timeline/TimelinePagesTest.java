package org.mirarchive.timeline;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline narrowed by a teacher's shared link: by who took part, by dates, or both. */
@ArchiveWebTest
public class TimelinePagesTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	@Test
	void theFilterIsAGetFormSoItsResultIsALinkToShare() {
		Document doc = browser.get("/timeline").document();
		assertThat(doc.select("form.timeline-filter").attr("method")).isEqualTo("get");
		assertThat(doc.select("form.timeline-filter").attr("action")).isEqualTo("/timeline");
		assertThat(doc.select("form.timeline-filter [name]").eachAttr("name"))
			.containsExactly("person", "organization", "from", "to");
		assertThat(doc.select("form.timeline-filter select[name=person] option").eachAttr("value"))
			.contains("", "augusto-pinochet", "miguel-enriquez");
		assertThat(doc.select("form.timeline-filter label[for]")).hasSize(4);
		assertThat(doc.select(".narrowed, .clear-filter")).isEmpty();
	}

	@Test
	void aDateRangeShowsTheEventsWhoseDatesOverlapItAndLeavesOutUndatedOnes() {
		Document doc = browser.get("/timeline?from=1970&to=1974").document();
		List<String> events = links(doc);
		assertThat(events).contains("/events/election-of-salvador-allende", "/events/coup-of-11-september-1973",
				"/events/death-of-miguel-enriquez", "/events/alliance-talks",
				"/events/imprisonment-of-marcello-ferrada-noli")
			.doesNotContain("/events/founding-of-the-mir", "/events/guevara-in-bolivia");
		assertThat(doc.select("#undated-heading")).isEmpty();
		assertThat(doc.select(".narrowed").text()).contains("From: 1970", "To: 1974",
				"Events the sources do not date are left out");
		assertThat(doc.select(".timeline li")).allSatisfy(event -> {
			List<String> dates = event.select("time").eachAttr("datetime");
			assertThat(dates.get(0).substring(0, 4)).isLessThanOrEqualTo("1974");
			assertThat(dates.get(dates.size() - 1).substring(0, 4)).isGreaterThanOrEqualTo("1970");
		});
	}

	@Test
	void aPersonShowsTheEventsTheyTookPartIn() {
		Document doc = browser.get("/timeline?person=augusto-pinochet").document();
		assertThat(links(doc)).containsExactlyInAnyOrderElementsOf(tookPart("augusto-pinochet"));
		assertThat(doc.select(".narrowed").text()).contains("Events this person took part in: Augusto Pinochet");
		assertThat(doc.select("select[name=person] option[selected]").attr("value")).isEqualTo("augusto-pinochet");
		assertThat(doc.select("a.clear-filter").attr("href")).isEqualTo("/timeline");
	}

	@Test
	void anOrganizationShowsTheEventsItTookPartInDatedAndUndated() {
		Document doc = browser.get("/timeline?organization=mir").document();
		assertThat(links(doc)).containsExactlyInAnyOrderElementsOf(tookPart("mir"));
		assertThat(doc.select("#undated-heading")).hasSize(1);
	}

	@Test
	void filtersCombine() {
		Document doc = browser.get("/timeline?person=salvador-allende&from=1973&to=1973").document();
		// The reforms of his government, 1970 to the coup, reach into 1973.
		assertThat(links(doc)).containsExactly("/events/allende-reforms", "/events/coup-of-11-september-1973",
				"/events/death-of-salvador-allende");
		Document both = browser.get("/timeline?person=miguel-enriquez&organization=mir").document();
		List<String> together = tookPart("miguel-enriquez");
		together.retainAll(tookPart("mir"));
		assertThat(links(both)).isNotEmpty().containsExactlyInAnyOrderElementsOf(together);
		assertThat(browser.get("/timeline?person=augusto-pinochet&to=1960").document().select(".narrowed").text())
			.contains("No event matches.");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "from=abc | “abc” is not a date the timeline can start from",
			"to=1974-13 | “1974-13” is not a date the timeline can end at", "from=1975&to=1970 | ends before it starts",
			"person=nobody | There is no person “nobody”", "person=mir | There is no person “mir”",
			"organization=augusto-pinochet | There is no organization “augusto-pinochet”",
			"from=%3Cscript%3E | “<script>” is not a date" })
	void aFilterThatCannotBeAppliedGetsAPageThatSaysWhy(String query, String message) {
		Browser.Answer page = browser.get("/timeline?" + query);
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.contentType()).startsWith("text/html");
		Document doc = page.document();
		assertThat(doc.select("h1").text()).isEqualTo("Timeline");
		assertThat(doc.select(".problems[role=alert]").text()).contains("This filter cannot be applied", message);
		assertThat(doc.select(".problems a").attr("href")).isEqualTo("/timeline");
		assertThat(doc.select("form.timeline-filter")).hasSize(1);
		assertThat(doc.select(".timeline li")).isEmpty();
	}

	@Test
	void peopleAndOrganizationsLinkToTheirOwnTimeline() {
		assertThat(browser.get("/people/augusto-pinochet").document().select(".entry-links a").eachAttr("href"))
			.contains("/timeline?person=augusto-pinochet");
		assertThat(browser.get("/organizations/mir").document().select(".entry-links a").eachAttr("href"))
			.contains("/timeline?organization=mir");
		assertThat(browser.get("/events/coup-of-11-september-1973").document().select(".entry-links a").eachAttr("href"))
			.noneMatch(href -> href.startsWith("/timeline"));
	}

	@Test
	void undatedEventsAreNotLeftOutWithoutADateRange() {
		long undated = jdbc.queryForObject("select count(*) from entry where kind = 'EVENT' and date_edtf is null",
				Long.class);
		assertThat(browser.get("/timeline").document().select(".entry-list li")).hasSize((int) undated);
	}

	private List<String> tookPart(String slug) {
		return jdbc.queryForList("select '/events/' || o.slug from relation r join entry s on s.id = r.subject_id "
				+ "join entry o on o.id = r.object_id where r.kind = 'PARTICIPANT_IN' and s.slug = ?", String.class, slug);
	}

	private static List<String> links(Document doc) {
		return doc.select(".timeline__event a, .entry-list a").eachAttr("href");
	}

}
