package org.mirarchive.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement and editorial note has an anchor of its own on the pages that show it, made from
 * its key (which never changes), so a teacher can link one sentence; each statement offers that
 * link, named for screen readers.
 */
@ArchiveWebTest
class StatementAnchorsTest {

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
	void eachStatementAndNoteOfAnEntryHasItsOwnAnchorAndEachStatementItsLink() {
		Document page = browser.get("/organizations/mir").document();
		List<String> statements = jdbc.queryForList("select 'statement-' || s.statement_key from statement s "
				+ "join entry e on e.id = s.entry_id where e.slug = 'mir' order by s.position", String.class);
		assertThat(page.select("div.statement").eachAttr("id")).containsExactlyElementsOf(statements);
		for (Element statement : page.select("div.statement")) {
			Element link = statement.selectFirst("a.permalink");
			assertThat(link.attr("href")).isEqualTo("#" + statement.id());
			assertThat(link.selectFirst(".visually-hidden").text()).isEqualTo("Link to this statement");
		}
		List<String> notes = jdbc.queryForList("select 'note-' || n.note_key from editorial_note n join statement s "
				+ "on s.id = n.statement_id join entry e on e.id = s.entry_id where e.slug = 'mir'", String.class);
		assertThat(notes).isNotEmpty();
		assertThat(page.select("div.statement aside.editorial-note").eachAttr("id")).containsExactlyInAnyOrderElementsOf(notes);
		// An anchor is one element's: no id twice on the page.
		List<String> ids = page.select("[id]").eachAttr("id");
		assertThat(ids).doesNotHaveDuplicates();

		Document spanish = browser.get("/organizations/mir?lang=es").document();
		assertThat(spanish.select("div.statement").eachAttr("id")).containsExactlyElementsOf(statements);
		assertThat(spanish.selectFirst("a.permalink .visually-hidden").text()).isEqualTo("Enlace a esta afirmación");
	}

}
