package org.mirarchive.history;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import org.mirarchive.Browser;
import org.mirarchive.Curator;
import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.curation.EntryDraft;
import org.mirarchive.curation.PublishedHistory;
import org.mirarchive.curation.RevisionNote;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.NameKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change to an entry is a revision, with who made it, when, why and for which change set;
 * readers see each entry's history and each revision as the entry then was, and curators read an
 * entry as any revision or version left it. On the edited archive: each test changes Bautista van
 * Schouwen's summary, which no other test touches, with words of its own.
 */
@EditedArchiveWebTest
public class HistoryTest {

	private static final String PATH = "/people/bautista-van-schouwen";

	@LocalServerPort
	private int port;

	@Autowired
	private EntryRepository entries;

	@Autowired
	private EntryRevisions revisions;

	@Autowired
	private PublishedHistory history;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Curator curator;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aChangeASignedInCuratorCommitsWithANoteIsOneRevisionWithTheirNameTheSummaryAndTheChangeSet() {
		long id = entryId();
		int before = revisions.of(id).size();
		Long changeSet = changeSet("A change set that corrects a summary");

		edit("ana-historian", "Corrected the summary", changeSet, " Revised once.");

		List<EntryRevisions.Revision> after = revisions.of(id);
		assertThat(after).hasSize(before + 1);
		EntryRevisions.Revision newest = after.get(0);
		assertThat(newest.author()).isEqualTo("ana-historian");
		assertThat(newest.summary()).isEqualTo("Corrected the summary");
		assertThat(newest.changeSetId()).isEqualTo(changeSet);
		assertThat(newest.committed()).isAfter(OffsetDateTime.now().minusMinutes(5).toInstant());
		// The oldest is the baseline the migration wrote: no author, the seed's summary.
		EntryRevisions.Revision baseline = after.get(after.size() - 1);
		assertThat(baseline.number()).isEqualTo(1);
		assertThat(baseline.author()).isNull();
		assertThat(baseline.summary()).isEqualTo("The archive as its migrations seeded it");
	}

	@Test
	void theHistoryListsTheSeedAndTheChangeAndEachRevisionShowsTheEntryAsItWas() {
		String seeded = history.draftAtRevision(entryId(), 1).orElseThrow().summary();
		String words = " Words of revision " + UUID.randomUUID() + ".";

		edit("bruno-historian", "Added a sentence to the summary", null, words);
		int number = revisions.of(entryId()).get(0).number();

		Document list = browser.get(PATH + "/history").document();
		assertThat(list.select("h1").text()).isEqualTo("History");
		List<String> lines = list.select("ul.revisions > li").eachText();
		assertThat(lines.get(0)).contains("Revision " + number, "bruno-historian", "Added a sentence to the summary",
				"Claims: 0 added, 1 changed, 0 removed");
		assertThat(lines.get(lines.size() - 1)).contains("Revision 1", "the archive’s seed",
				"The archive as its migrations seeded it");
		assertThat(list.select("ul.revisions a").eachAttr("href")).contains(PATH + "/revisions/" + number,
				PATH + "/revisions/1");
		// The seed's summary is the archive's own words, so a Spanish reader reads them in Spanish;
		// a curator's stays as the curator wrote it.
		List<String> spanish = browser.get(PATH + "/history?lang=es").document().select("ul.revisions > li").eachText();
		assertThat(spanish.get(spanish.size() - 1)).contains("El archivo tal como lo cargaron sus migraciones")
			.doesNotContain("The archive as its migrations seeded it");
		assertThat(spanish.get(0)).contains("Added a sentence to the summary");

		Browser.Answer old = browser.get(PATH + "/revisions/1");
		assertThat(old.status()).isEqualTo(200);
		assertThat(old.document().select("p.summary").text()).isEqualTo(seeded);
		assertThat(old.body()).doesNotContain(words.trim());
		assertThat(old.document().select(".old-revision").text()).contains("Revision 1", "This is an old revision");
		assertThat(old.document().select(".old-revision a").eachAttr("href")).contains(PATH, PATH + "/history");
		assertThat(old.document().select("link[rel=canonical]").attr("href")).endsWith(PATH + "/revisions/1");
		// As the seed wrote it, with its statements cited and its references listed.
		assertThat(old.document().select(".statement")).isNotEmpty();
		assertThat(old.document().select(".references li")).isNotEmpty();

		assertThat(browser.get(PATH).document().select("p.summary").text()).isEqualTo(
				revisions.draftAtRevision(entryId(), number).orElseThrow().summary()).contains(words.trim());
		assertThat(browser.get(PATH + "/revisions/" + number).document().select("p.summary").text())
			.contains(words.trim());
		assertThat(browser.get(PATH).document().select("a[href=" + PATH + "/history]").text()).isEqualTo("History");
	}

	@Test
	void aNameAddedAndRemovedIsInTheHistoryTwiceAndOnTheRevisionThatHadIt() {
		String form = "Bauchi " + UUID.randomUUID().toString().substring(0, 8);
		Long name = curator.addName(EntryKind.PERSON, "bautista-van-schouwen", "history-" + form.replace(' ', '-'),
				NameKind.NICKNAME, form);
		int added = revisions.of(entryId()).get(0).number();
		curator.removeName(name);
		int removed = revisions.of(entryId()).get(0).number();

		assertThat(removed).isGreaterThan(added);
		List<String> lines = browser.get(PATH + "/history").document().select("ul.revisions > li").eachText();
		// Made by no curator signed in (the test's Curator): not mistaken for the seed.
		assertThat(lines.get(0)).contains("Revision " + removed, "Claims: 0 added, 0 changed, 1 removed", "no curator")
			.doesNotContain("the archive’s seed");
		assertThat(lines.get(1)).contains("Revision " + added, "Claims: 1 added, 0 changed, 0 removed");
		assertThat(browser.get(PATH + "/revisions/" + added).document().select(".names").text()).contains(form);
		assertThat(browser.get(PATH + "/revisions/" + removed).body()).doesNotContain(form);
		assertThat(browser.get(PATH).body()).doesNotContain(form);
	}

	@Test
	void curatorsReadTheEntryAsAVersionOrARevisionLeftIt() {
		long id = entryId();
		EntryDraft seeded = history.draftAtRevision(id, 1).orElseThrow();
		assertThat(seeded.slug()).isEqualTo("bautista-van-schouwen");
		assertThat(seeded.kind()).isEqualTo(EntryKind.PERSON);
		assertThat(seeded.statements()).isNotEmpty().allSatisfy(s -> assertThat(s.citations()).isNotEmpty());
		assertThat(seeded.statements().get(0).citations().get(0).work()).isNotBlank();
		assertThat(seeded.relations()).isNotEmpty()
			.anySatisfy(r -> assertThat(r.other()).isEqualTo("/organizations/mir"));
		assertThat(seeded.relations()).allSatisfy(r -> assertThat(r.citations()).isNotEmpty());
		// No test changes the date: the seed's is the one the entry has.
		assertThat(seeded.date().edtf()).isEqualTo(
				jdbc.queryForObject("select date_edtf from entry where id = ?", String.class, id));

		long version = transaction.execute(status -> entries.findById(id).orElseThrow().getVersion());
		String words = " Words of version " + UUID.randomUUID() + ".";
		edit("carla-historian", "Another sentence", null, words);

		assertThat(history.draftAtVersion(id, version).orElseThrow().summary()).doesNotContain(words.trim());
		assertThat(history.draftAtVersion(id, version + 1).orElseThrow().summary()).endsWith(words);
		assertThat(history.draftAtVersion(id, version + 1).orElseThrow().statements()).isEqualTo(seeded.statements());
		assertThat(history.draftAtVersion(id, version + 50)).isEmpty();
		assertThat(history.draftAtRevision(id + 100_000, 1)).isEmpty();
	}

	@Test
	void theHistoryAndRevisionsAreInSpanishToo() {
		Document list = browser.get(PATH + "/history?lang=es").document();
		assertThat(list.select("h1").text()).isEqualTo("Historial");
		assertThat(list.select("ul.revisions > li").last().text()).contains("Revisión 1",
				"la carga inicial del archivo");
		Document old = browser.get(PATH + "/revisions/1?lang=es").document();
		assertThat(old.select(".old-revision").text()).contains("Revisión 1", "Esta es una revisión antigua");
		assertThat(browser.get(PATH + "?lang=es").document().select("a[href=" + PATH + "/history]").text())
			.isEqualTo("Historial");
	}

	@Test
	void anAddressThatNamesNoRevisionOfAnEntryIsNotFound() {
		assertThat(browser.get(PATH + "/revisions/999999").status()).isEqualTo(404);
		assertThat(browser.get(PATH + "/revisions/0").status()).isEqualTo(404);
		assertThat(browser.get(PATH + "/revisions/01").status()).isEqualTo(404);
		assertThat(browser.get(PATH + "/revisions/first").status()).isEqualTo(404);
		assertThat(browser.get("/people/nobody/history").status()).isEqualTo(404);
		assertThat(browser.get("/people/nobody/revisions/1").status()).isEqualTo(404);
		assertThat(browser.get("/places/bautista-van-schouwen/history").status()).isEqualTo(404);
	}

	/** Adds words to the summary as a signed-in curator, inside a note, in a transaction of its own. */
	private void edit(String username, String summary, Long changeSet, String words) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					List.of(new SimpleGrantedAuthority("ROLE_REVIEWER"))));
		try {
			RevisionNote.during(summary, changeSet, () -> transaction.execute(status -> {
				Entry entry = entries.findByKindAndSlug(EntryKind.PERSON, "bautista-van-schouwen").orElseThrow();
				entry.reviseSummary(entry.getSummary() + words, now());
				return null;
			}));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A change set of the first administrator's, approved, for a revision to name. */
	private Long changeSet(String summary) {
		String unique = summary + " " + UUID.randomUUID();
		jdbc.update("insert into change_set (summary, status, author_id, created) values (?, 'APPROVED', "
				+ "(select id from account where username = 'test-administrator'), current_timestamp)", unique);
		return jdbc.queryForObject("select id from change_set where summary = ?", Long.class, unique);
	}

	private long entryId() {
		return entries.findByKindAndSlug(EntryKind.PERSON, "bautista-van-schouwen").orElseThrow().getId();
	}

	/** A second after the archive's latest change at least, as the Curator dates edits. */
	private OffsetDateTime now() {
		OffsetDateTime now = OffsetDateTime.now();
		OffsetDateTime secondAfter = entries.findLatestChange().plusSeconds(1);
		return now.isAfter(secondAfter) ? now : secondAfter;
	}

}
