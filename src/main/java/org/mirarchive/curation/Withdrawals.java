package org.mirarchive.curation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.envers.AuditReaderFactory;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.account.AuditKind;
import org.mirarchive.account.AuditLog;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.Relation;
import org.mirarchive.entry.RelationRepository;

/**
 * Withdrawing a published entry, and publishing a withdrawn one again: a reviewer's decision,
 * made at once, never a deletion. Each is a revision of the entry (its author, and a summary that
 * gives the reason) and a line of the audit log. The entries at the other ends of its relations
 * are dated by it too, since their pages stop (or start again) naming it.
 */
@Component
public class Withdrawals {

	/** The longest reason kept, in either language (the columns' width). */
	static final int MAX_REASON = 1000;

	/** What a reviewer gives: the reason in English, its Spanish translation, the replacement's address (the last two optional). */
	public record Request(String reason, String reasonEs, String replacement) {
	}

	/** The entry at the address is not there to withdraw or restore (none, or not in that state). */
	public static class Missing extends RuntimeException {

		Missing(String address) {
			super("no entry to change at " + address);
		}

	}

	/**
	 * What was wrong with a request, by field ({@code reason}, {@code reasonEs}, {@code replacement}),
	 * as message keys: nothing was changed.
	 */
	public static class Refused extends RuntimeException {

		private final Map<String, String> problems;

		Refused(Map<String, String> problems) {
			super("withdrawal refused: " + problems);
			this.problems = Map.copyOf(problems);
		}

		public Map<String, String> problems() {
			return problems;
		}

	}

	private final EntryRepository entries;

	private final RelationRepository relations;

	private final AuditLog audit;

	private final Clock clock;

	private final EntityManager entityManager;

	private final CacheManager caches;

	Withdrawals(EntryRepository entries, RelationRepository relations, AuditLog audit, Clock clock,
			EntityManager entityManager, CacheManager caches) {
		this.entries = entries;
		this.relations = relations;
		this.audit = audit;
		this.clock = clock;
		this.entityManager = entityManager;
		this.caches = caches;
	}

	/** The entry at an address, published or withdrawn. */
	@Transactional(readOnly = true)
	public Optional<Entry> find(EntryKind kind, String slug) {
		return entries.findByKindAndSlug(kind, slug).map(entry -> {
			// Read now, for the confirmation page after the transaction.
			if (entry.getReplacedBy() != null) {
				entry.getReplacedBy().getName();
			}
			return entry;
		});
	}

	/**
	 * Withdraws the published entry at an address, or refuses with what is wrong; gives the
	 * withdrawn entry.
	 *
	 * @throws Missing where no published entry is at the address
	 * @throws Refused where the reason is missing or too long, or the replacement names no published entry
	 */
	@Transactional
	public Entry withdraw(EntryKind kind, String slug, String reviewer, Request request) {
		Entry entry = entries.findByKindAndSlug(kind, slug).filter(e -> !e.isWithdrawn())
			.orElseThrow(() -> new Missing(kind.url(slug)));
		Map<String, String> problems = new LinkedHashMap<>();
		String reason = clean(request.reason());
		String reasonEs = clean(request.reasonEs());
		if (reason == null || reason.length() > MAX_REASON) {
			problems.put("reason", "withdraw.problem.reason");
		}
		if (reasonEs != null && reasonEs.length() > MAX_REASON) {
			problems.put("reasonEs", "withdraw.problem.reasonEs");
		}
		Entry replacement = null;
		String typed = clean(request.replacement());
		if (typed != null) {
			replacement = replacement(typed).orElse(null);
			if (replacement == null) {
				problems.put("replacement", "withdraw.problem.replacement");
			}
			else if (replacement.getId().equals(entry.getId())) {
				problems.put("replacement", "withdraw.problem.itself");
			}
		}
		if (!problems.isEmpty()) {
			throw new Refused(problems);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Entry replacedBy = replacement;
		String detail = reason + (replacedBy == null ? "" : " (replaced by " + replacedBy.url() + ")");
		inRevision(reviewer, "Withdrawn: " + reason, () -> {
			entry.withdraw(reason, reasonEs, replacedBy, reviewer, now);
			dateOtherEnds(entry, now);
		});
		audit.record(AuditKind.ENTRY_WITHDRAWN, reviewer, entry.url(), shorten(detail, 500));
		forgetCounts();
		return entry;
	}

	/**
	 * Publishes the withdrawn entry at an address again, as it was when withdrawn.
	 *
	 * @throws Missing where no withdrawn entry is at the address
	 * @throws Refused where no reason is given
	 */
	@Transactional
	public Entry restore(EntryKind kind, String slug, String reviewer, String why) {
		Entry entry = entries.findByKindAndSlug(kind, slug).filter(Entry::isWithdrawn)
			.orElseThrow(() -> new Missing(kind.url(slug)));
		String reason = clean(why);
		if (reason == null || reason.length() > MAX_REASON) {
			throw new Refused(Map.of("reason", "withdraw.restore.problem"));
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		inRevision(reviewer, "Published again: " + reason, () -> {
			entry.restore(now);
			dateOtherEnds(entry, now);
		});
		audit.record(AuditKind.ENTRY_RESTORED, reviewer, entry.url(), shorten(reason, 500));
		forgetCounts();
		return entry;
	}

	/**
	 * Withdraws an entry as part of a larger change made in the revision already begun (an import
	 * undone, {@link ImportUndo}), which keeps its own line of the audit log: the reason is final.
	 */
	void withdrawWith(Entry entry, String reason, String reasonEs, String reviewer, OffsetDateTime now) {
		entry.withdraw(reason, reasonEs, null, reviewer, now);
		dateOtherEnds(entry, now);
	}

	/** The published entry an address a reviewer typed names (parsed as a relation's other end is). */
	private Optional<Entry> replacement(String typed) {
		return ArchiveLookups.parse(typed).flatMap(address -> entityManager
			.createQuery("select e from Entry e where e.slug = :slug and e.withdrawn is null", Entry.class)
			.setParameter("slug", address.slug())
			.getResultStream()
			.filter(e -> address.kindPath() == null || e.getKind().path().equals(address.kindPath()))
			.findFirst());
	}

	/** Does the change inside a revision that carries the reviewer's name and the summary. */
	private void inRevision(String reviewer, String summary, Runnable change) {
		// Begun now, while the note is held: the revision is written when the transaction commits.
		RevisionNote.during(reviewer, shorten(summary, RevisionNote.MAX_SUMMARY), null,
				() -> AuditReaderFactory.get(entityManager).getCurrentRevision(Object.class, true));
		change.run();
	}

	/**
	 * Dates the entries at the other ends of its relations: their pages stop (or start again)
	 * naming it, so a reader's copy of them is out of date.
	 */
	private void dateOtherEnds(Entry entry, OffsetDateTime now) {
		for (Relation relation : relations.findTouching(entry)) {
			Entry other = relation.getSubject().getId().equals(entry.getId()) ? relation.getObject() : relation.getSubject();
			if (!other.getId().equals(entry.getId())) {
				other.changed(now);
			}
		}
	}

	/** Counts of entries on the home page and the lists' pagers leave it out (or count it again) at once. */
	void forgetCounts() {
		Cache counts = caches.getCache("entry-counts");
		if (counts != null) {
			counts.clear();
		}
	}

	/** A reason as typed: trimmed, or null where nothing was typed (an import's undo reads its reasons so too). */
	static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A text cut to fit its column, with an ellipsis where cut (for the audit log and revision summaries). */
	static String shorten(String text, int most) {
		return text.length() <= most ? text : text.substring(0, most - 1) + "…";
	}

}
