package org.mirarchive;

import java.time.OffsetDateTime;

import jakarta.persistence.EntityManager;

import org.springframework.transaction.support.TransactionTemplate;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryName;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.EntryTranslation;
import org.mirarchive.entry.NameKind;
import org.mirarchive.entry.Relation;
import org.mirarchive.entry.RelationRepository;
import org.mirarchive.entry.RelationTranslation;
import org.mirarchive.work.Quotation;

/**
 * Changes the archive as a curator will, in an {@link EditedArchiveWebTest}: through the entities'
 * own methods and JPA, each edit committed in a transaction of its own (so that search, the page
 * cache and the download see it as they will see a curator's), and dated at least a second after
 * the archive's latest change, as edits come: {@code Last-Modified} counts whole seconds.
 */
public class Curator {

	private final EntryRepository entries;

	private final RelationRepository relations;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	Curator(EntryRepository entries, RelationRepository relations, EntityManager entityManager,
			TransactionTemplate transaction) {
		this.entries = entries;
		this.relations = relations;
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

	/**
	 * Translates an entry's headword and summary: the headword (null where the English one serves)
	 * is first added as a name in that language, as the archive's rule wants it cited.
	 */
	public void translateEntry(EntryKind kind, String slug, String language, String headword, String summary) {
		transaction.executeWithoutResult(status -> {
			Entry entry = entry(kind, slug);
			if (headword != null) {
				entityManager.persist(entry.addName(slug + "-" + language, NameKind.VARIANT, headword, language, now()));
			}
			entry.translate(language, new EntryTranslation(headword, null, summary), now());
		});
	}

	/** Translates the statement at a position of an entry's page (counted from 1). */
	public void translateStatement(EntryKind kind, String slug, int number, String language, String text) {
		transaction.executeWithoutResult(status -> {
			Entry entry = entry(kind, slug);
			entry.getStatements().get(number - 1).translate(language, text);
			entry.reviseSummary(entry.getSummary(), now());
		});
	}

	/** Withdraws a translation of the statement at a position of an entry's page (counted from 1). */
	public void withdrawStatementTranslation(EntryKind kind, String slug, int number, String language) {
		transaction.executeWithoutResult(status -> {
			Entry entry = entry(kind, slug);
			entry.getStatements().get(number - 1).withdrawTranslation(language);
			entry.reviseSummary(entry.getSummary(), now());
		});
	}

	/** Translates the first editorial note of the statement at a position of an entry's page. */
	public void translateNote(EntryKind kind, String slug, int statement, String language, String text) {
		transaction.executeWithoutResult(status -> {
			Entry entry = entry(kind, slug);
			entry.getStatements().get(statement - 1).getNotes().get(0).translate(language, text);
			entry.reviseSummary(entry.getSummary(), now());
		});
	}

	/**
	 * Gives the archive's rendering of the passage quoted by the first citation of the statement at
	 * a position of an entry's page; answers the verbatim passage.
	 */
	public String translateQuotation(EntryKind kind, String slug, int statement, String language, String text) {
		return transaction.execute(status -> {
			Entry entry = entry(kind, slug);
			Quotation quotation = entry.getStatements().get(statement - 1).getCitations().get(0).getQuotation();
			quotation.translate(language, text);
			entry.reviseSummary(entry.getSummary(), now());
			return quotation.getText();
		});
	}

	/** Translates the role of the relation from one entry to another (its subject's role). */
	public void translateRole(EntryKind kind, String slug, String objectSlug, String language, String role) {
		transaction.executeWithoutResult(status -> {
			Entry entry = entry(kind, slug);
			Relation relation = relations.findTouching(entry)
				.stream()
				.filter(r -> r.getSubject().getId().equals(entry.getId()) && r.getObject().getSlug().equals(objectSlug))
				.findFirst()
				.orElseThrow();
			relation.translate(language, new RelationTranslation(role, null));
			entry.reviseSummary(entry.getSummary(), now());
		});
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
