package org.mirarchive.entry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import org.mirarchive.Browser;
import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.MovableClock;
import org.mirarchive.work.Quotation;
import org.mirarchive.work.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages that show a change say they changed with it ({@link PagesShowingAChange}), also when
 * the change touched a work as well as entries: a curator's draft that cites a passage of a work
 * not quoted before is published in one transaction with the new quotation ({@code
 * curation.Publisher}), and a browser holding the page of an entry related to the draft's entry
 * must not be told it is current.
 */
@EditedArchiveWebTest
class PagesShowingAChangeTest {

	@LocalServerPort
	private int port;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private MovableClock clock;

	@AfterEach
	void backToTheSystemsClock() {
		clock.reset();
	}

	@Test
	void aChangeToEntriesAndAWorkTogetherDatesThePagesOfTheEntriesRelatedToTheChangedOnes() {
		String words = "Datingtest" + UUID.randomUUID().toString().substring(0, 8);
		// A person who cites nothing, member of an organization: the person's page names it.
		long organization = transaction.execute(status -> {
			OffsetDateTime now = OffsetDateTime.now(clock);
			Entry group = entry(EntryKind.ORGANIZATION, words + " Group", now);
			Entry member = entry(EntryKind.PERSON, words + " Member", now);
			Integer last = entityManager.createQuery("select max(r.position) from Relation r", Integer.class)
				.getSingleResult();
			entityManager.persist(new Relation(slug(member.getName()) + "-member", RelationKind.MEMBER_OF, member, group,
					null, null, last + 1));
			return group.getId();
		});
		String page = "/people/" + slug(words + " Member");
		Browser browser = new Browser(port);
		Browser.Answer before = browser.get(page);
		assertThat(before.status()).isEqualTo(200);
		assertThat(before.body()).contains(words + " Group").doesNotContain(words + " Renamed");
		String lastModified = before.headers().get("Last-Modified").get(0);
		// Last-Modified counts whole seconds: the change comes in a later one.
		clock.set(Instant.now().plusSeconds(1));

		// The organization renamed, and a passage of a work quoted for the first time, in one transaction.
		transaction.executeWithoutResult(status -> {
			OffsetDateTime now = OffsetDateTime.now(clock);
			Entry group = entityManager.find(Entry.class, organization);
			group.rename(words + " Renamed", words + " Renamed", now);
			Source work = entityManager.createQuery("select s from Source s order by s.id", Source.class)
				.setMaxResults(1)
				.getSingleResult();
			entityManager.persist(new Quotation(work, words + "-quotation", 1, 1, "A passage quoted by " + words + "."));
		});

		Browser.Answer asked = browser.get(page, "text/html", "If-Modified-Since", lastModified);
		assertThat(asked.status()).as("the person's page names the organization anew").isEqualTo(200);
		assertThat(asked.body()).contains(words + " Renamed");
	}

	private Entry entry(EntryKind kind, String name, OffsetDateTime now) {
		Integer last = entityManager.createQuery("select max(e.position) from Entry e", Integer.class)
			.getSingleResult();
		Entry entry = Entry.create(kind, slug(name), name, name, "An entry of a test of the pages' dates.", last + 1,
				now);
		entityManager.persist(entry);
		return entry;
	}

	private static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replace(' ', '-');
	}

}
