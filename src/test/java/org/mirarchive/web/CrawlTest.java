package org.mirarchive.web;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;
import org.mirarchive.seed.SeedIntegrityTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Walks the archive from its home page as a reader clicking every link would: every entry and
 * source can be reached, no link is broken, and every quotation shown is verbatim and short.
 */
@ArchiveWebTest
public class CrawlTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void fromTheHomePageAReaderReachesEverythingAndNoLinkIsBroken() throws IOException {
		Browser browser = new Browser(port);
		Map<String, Browser.Answer> pages = new LinkedHashMap<>();
		Map<String, Integer> broken = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seen = new HashSet<>(queue);
		while (!queue.isEmpty() && pages.size() < 500) {
			String path = queue.poll();
			Browser.Answer page = browser.get(path);
			if (page.status() != 200) {
				broken.put(path, page.status());
				continue;
			}
			pages.put(path, page);
			if (!page.contentType().startsWith("text/html")) {
				continue;
			}
			for (Element link : page.document().select("a[href]")) {
				String href = link.attr("href");
				if (href.startsWith("/") && !href.startsWith("//")) {
					String target = href.replaceAll("#.*$", "");
					if (!target.isEmpty() && seen.add(target)) {
						queue.add(target);
					}
				}
				else if (href.startsWith("#")) {
					assertThat(page.document().getElementById(href.substring(1))).as("%s on %s", href, path).isNotNull();
				}
			}
		}
		assertThat(broken).isEmpty();
		List<String> everything = jdbc.queryForList("select case kind when 'PERSON' then '/people/' "
				+ "when 'ORGANIZATION' then '/organizations/' when 'EVENT' then '/events/' when 'PLACE' then '/places/' else '/works/' end || slug "
				+ "from entry union all select '/sources/' || slug from source", String.class);
		assertThat(pages.keySet()).containsAll(everything);

		// Only pages are read for quotations: the bytes of a download or a citation file are not HTML.
		List<String> quotations = pages.values().stream()
			.filter(page -> page.contentType().startsWith("text/html"))
			.flatMap(page -> page.document().select("q, blockquote").eachText().stream())
			.toList();
		assertThat(quotations).isNotEmpty().allSatisfy(q -> assertThat(q.length()).isLessThanOrEqualTo(300));
		assumeTrue(Files.exists(SeedIntegrityTest.ARTICLE), "The seed article is beside the checkout");
		String article = SeedIntegrityTest.normalise(Files.readString(SeedIntegrityTest.ARTICLE));
		assertThat(quotations).allSatisfy(q -> assertThat(article).contains(SeedIntegrityTest.normalise(q)));
	}

}
