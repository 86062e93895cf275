package org.mirarchive.curation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.entry.EntryKind;

/**
 * What the rules look up in the archive (works, entries, quotations, slugs), answered from the
 * database; and the rules themselves, made with it and the texts the archive holds.
 */
@Configuration(proxyBeanMethods = false)
@Transactional(readOnly = true)
class ArchiveLookups implements DraftRules.Archive {

	/** An entry's address as a curator writes it: "/organizations/mir", with or without the first slash, or its slug alone. */
	private static final Pattern ADDRESS = Pattern.compile("(?:/?(" + EntryKind.PATHS + ")/)?([a-z0-9]+(?:-[a-z0-9]+)*)/?");

	/** An address as a curator typed it: the kind's path ("organizations"; null where only the slug was typed) and the slug. */
	record Typed(String kindPath, String slug) {
	}

	private final EntityManager entityManager;

	ArchiveLookups(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Bean
	static DraftRules draftRules(ArchiveLookups archive, HeldText heldText) {
		return new DraftRules(archive, heldText);
	}

	/** What an address names, or empty when it is no entry's address. */
	static Optional<Typed> parse(String address) {
		if (address == null) {
			return Optional.empty();
		}
		Matcher parts = ADDRESS.matcher(address.strip());
		return parts.matches() ? Optional.of(new Typed(parts.group(1), parts.group(2))) : Optional.empty();
	}

	/** The slug an address names (slugs are unique across kinds), or empty when it names none. */
	static Optional<String> slugOf(String address) {
		return parse(address).map(Typed::slug);
	}

	@Override
	public Optional<DraftRules.WorkFacts> work(String slug) {
		return entityManager
			.createQuery("select new org.mirarchive.curation.DraftRules$WorkFacts(s.slug, s.quotable, s.title, s.container) from Source s where s.slug = :slug",
					DraftRules.WorkFacts.class)
			.setParameter("slug", slug)
			.getResultStream()
			.findFirst();
	}

	@Override
	public boolean isWithdrawn(String path) {
		return slugOf(path).map(slug -> !entityManager
			.createQuery("select e.id from Entry e where e.slug = :slug and e.withdrawn is not null", Long.class)
			.setParameter("slug", slug)
			.setMaxResults(1)
			.getResultList()
			.isEmpty()).orElse(false);
	}

	@Override
	public Optional<EntryKind> entryKind(String path) {
		return slugOf(path).flatMap(slug -> entityManager
			.createQuery("select e.kind from Entry e where e.slug = :slug", EntryKind.class)
			.setParameter("slug", slug)
			.getResultStream()
			.findFirst());
	}

	@Override
	public boolean isKnownQuotation(String work, String text) {
		return !entityManager
			.createQuery("select q.id from Quotation q where q.source.slug = :work and q.text = :text", Long.class)
			.setParameter("work", work)
			.setParameter("text", text)
			.setMaxResults(1)
			.getResultList()
			.isEmpty();
	}

	@Override
	public boolean isSlugTaken(String slug) {
		return !entityManager.createQuery("select e.id from Entry e where e.slug = :slug", Long.class)
			.setParameter("slug", slug)
			.setMaxResults(1)
			.getResultList()
			.isEmpty()
				|| !entityManager.createQuery("select s.id from Source s where s.slug = :slug", Long.class)
					.setParameter("slug", slug)
					.setMaxResults(1)
					.getResultList()
					.isEmpty();
	}

}
