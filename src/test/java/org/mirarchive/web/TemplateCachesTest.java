package org.mirarchive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the archive, in both languages, renders with every expression it needs held in
 * Thymeleaf's cache: none had to be forgotten to make room, so none is parsed and compiled again
 * while readers move between pages ({@link TemplateCaches}).
 */
@ArchiveWebTest
class TemplateCachesTest {

	private static final Pattern LOC = Pattern.compile("<loc>https?://[^/<]+(/[^<]*)</loc>");

	@LocalServerPort
	private int port;

	@Autowired
	private SpringTemplateEngine templates;

	@Test
	void everyPageInBothLanguagesFindsItsExpressionsKept() {
		Browser browser = new Browser(port);
		List<String> paths = new ArrayList<>();
		for (String sitemap : List.of("/sitemap-pages.xml", "/sitemap-entries-1.xml", "/sitemap-sources-1.xml")) {
			Matcher loc = LOC.matcher(browser.get(sitemap).body());
			while (loc.find()) {
				paths.add(loc.group(1).replace("&amp;", "&"));
			}
		}
		paths.addAll(List.of("/search?q=pinochet", "/search?q=santiago&type=place", "/timeline?from=1973&to=1974"));
		assertThat(paths).hasSizeGreaterThan(60);
		for (String path : paths) {
			assertThat(browser.get(path).status()).as(path).isEqualTo(200);
			assertThat(browser.get(path + (path.contains("?") ? "&" : "?") + "lang=es").status()).as(path).isEqualTo(200);
		}

		int kept = templates.getCacheManager().getExpressionCache().keySet().size();
		assertThat(kept).as("expressions kept after every page in both languages")
			.isGreaterThan(500)
			.isLessThan(TemplateCaches.EXPRESSIONS);
		assertThat(templates.getCacheManager().getTemplateCache().keySet().size()).isLessThan(TemplateCaches.TEMPLATES);
	}

}
