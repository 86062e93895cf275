package org.mirarchive.account;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers notice nothing of the curators' security: no page type or answer sets a cookie, none is
 * given Spring Security's own caching headers, and no session is made for them at all.
 */
@ArchiveWebTest
public class ReadersGetNoSessionTest {

	/** One address of each type readers and programs read, with the Cache-Control it has always had. */
	private static final Map<String, String> READ = Map.ofEntries(Map.entry("/", "max-age=0, public, s-maxage=300"),
			Map.entry("/people", "max-age=0, public, s-maxage=300"),
			Map.entry("/people/miguel-enriquez", "max-age=0, public, s-maxage=300"),
			Map.entry("/organizations/mir", "max-age=0, public, s-maxage=300"),
			Map.entry("/events/coup-of-11-september-1973", "max-age=0, public, s-maxage=300"),
			Map.entry("/places/santiago", "max-age=0, public, s-maxage=300"),
			Map.entry("/sources", "max-age=0, public, s-maxage=300"),
			Map.entry("/sources/chiles-mir-the-revolutionary-left-movement", "max-age=0, public, s-maxage=300"),
			Map.entry("/timeline", "max-age=0, public, s-maxage=300"),
			Map.entry("/sitemap.xml", "max-age=0, public, s-maxage=300"));

	/** Answers that never said how long to keep them, and must not start to. */
	private static final List<String> UNSAID = List.of("/people/nobody", "/no/such/page", "/api/nothing", "/api/people/miguel-enriquez",
			"/search?q=enriquez", "/robots.txt");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void noPageOrAnswerSetsACookieOrChangesItsCaching() {
		Browser reader = new Browser(port);
		READ.forEach((path, cacheControl) -> {
			Browser.Answer answer = reader.get(path);
			assertThat(answer.status()).as(path).isEqualTo(200);
			assertThat(answer.headers()).as(path).doesNotContainKeys("Set-Cookie", "Pragma", "Expires");
			assertThat(answer.headers().get("Cache-Control")).as(path).containsExactly(cacheControl);
		});
		for (String path : UNSAID) {
			Browser.Answer answer = reader.get(path);
			assertThat(answer.headers()).as(path).doesNotContainKeys("Set-Cookie", "Pragma", "Expires");
			assertThat(String.join(",", answer.headers().getOrDefault("Cache-Control", List.of()))).as(path)
				.doesNotContain("no-store", "no-cache", "must-revalidate");
		}
	}

	@Test
	void noSessionIsMadeForReaders() {
		// Sessions are kept in the database (Spring Session JDBC), where a login makes one: a test
		// that can fail, as the login at the end shows.
		long before = storedSessions();
		Browser reader = new Browser(port);
		READ.keySet().forEach(reader::get);
		UNSAID.forEach(reader::get);
		reader.get("/account");
		assertThat(storedSessions()).isEqualTo(before);
		new CuratorBrowser(port).get("/login");
		assertThat(storedSessions()).isEqualTo(before + 1);
	}

	private long storedSessions() {
		return jdbc.queryForObject("select count(*) from spring_session", Long.class);
	}

}
