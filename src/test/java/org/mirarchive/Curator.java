package org.mirarchive;

import java.time.OffsetDateTime;

import jakarta.persistence.EntityManager;

import org.springframework.transaction.support.TransactionTemplate;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryName;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.NameKind;

/**
 * Changes the archive as a curator will, in an {@link EditedArchiveWebTest}: through the entities'
 * own methods and JPA, each edit committed in a transaction of its own (so that search, the page
 * cache and the download see it as they will see a curator's), and dated at least a second after
 * the archive's latest change, as edits come: {@code Last-Modified} counts whole seconds.
 */
public class Curator {

	private final EntryRepository entries;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	Curator(EntryRepository entries, EntityManager entityManager, TransactionTemplate transaction) {
		this.entries = entries;
		this.entityManager = entityManager;
		this.transaction = transaction;
	}

	/** Adds words at the end of an entry's summary. */
	public void addToSummary(EntryKind kind, String slug, String words) {
		transaction.executeWithoutResult(status -> {
			Entry entry = entry(kind, slug);
			entry.reviseSummary(entry.getSummary() + words, now());
		});
	}

	/** Adds another form of an entry's name; gives the new name's id. */
	public Long addName(EntryKind kind, String slug, String nameKey, NameKind nameKind, String form) {
		return transaction.execute(status -> {
			EntryName name = entry(kind, slug).addName(nameKey, nameKind, form, null, now());
			entityManager.persist(name);
			return name.getId();
		});
	}

	/** Removes a name, by its id. */
	public void removeName(Long id) {
		transaction.executeWithoutResult(status -> entityManager.remove(entityManager.find(EntryName.class, id)));
	}

	private Entry entry(EntryKind kind, String slug) {
		return entries.findByKindAndSlug(kind, slug).orElseThrow();
	}

	/** Now, or a second after the latest change if that is later. */
	private OffsetDateTime now() {
		OffsetDateTime now = OffsetDateTime.now();
		OffsetDateTime secondAfter = entries.findLatestChange().plusSeconds(1);
		return now.isAfter(secondAfter) ? now : secondAfter;
	}

}
