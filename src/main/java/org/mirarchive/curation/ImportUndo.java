package org.mirarchive.curation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.hibernate.envers.AuditReaderFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.account.AuditKind;
import org.mirarchive.account.AuditLog;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryRepository;

/**
 * Undoing a published import as a unit, a reviewer's decision: every entry the import made is
 * withdrawn (never deleted; the reason names the import), every published entry it changed goes
 * back to the revision before the import (as a new revision, as a revert does), in one transaction,
 * one revision of the archive and one line of the audit log. Refused, with nothing changed, where
 * the change set is not a published import, was undone already, or where an entry it touched was
 * changed again after it (those are named: a reviewer reverts or withdraws them one by one).
 */
@Component
public class ImportUndo {

	/** The longest reason kept (the columns' width, as a withdrawal's). */
	static final int MAX_REASON = Withdrawals.MAX_REASON;

	/** An entry the undo withdraws or restores, as pages name it. */
	public record Item(String name, String address) {
	}

	/**
	 * What undoing the import does: the entries withdrawn and the entries restored; or why it is
	 * refused (a message key, null where it is not), with the entries changed since the import.
	 */
	public record Plan(long changeSet, String summary, List<Item> withdrawn, List<Item> restored, String refusal,
			List<Item> changedSince) {

		public boolean refused() {
			return refusal != null;
		}

	}

	/** No change set of that number. */
	public static class Missing extends RuntimeException {

		Missing(long id) {
			super("no change set " + id);
		}

	}

	/** Nothing was changed: the plan says why ({@link Plan#refusal()}), or the reason is missing or too long. */
	public static class Refused extends RuntimeException {

		private final Plan plan;

		private final String messageKey;

		Refused(Plan plan, String messageKey) {
			super("import " + plan.changeSet() + " not undone: " + messageKey);
			this.plan = plan;
			this.messageKey = messageKey;
		}

		public Plan plan() {
			return plan;
		}

		/** The message key: the plan's refusal, or what is wrong with the reason ({@code import.undo.reason}). */
		public String messageKey() {
			return messageKey;
		}

		/** Whether the reason alone was wrong: the import could be undone with one. */
		public boolean reasonOnly() {
			return !plan.refused();
		}

	}

	private final ChangeSetRepository changeSets;

	private final EntryRepository entries;

	private final PublishedHistory history;

	private final Publisher publisher;

	private final Withdrawals withdrawals;

	private final AuditLog audit;

	private final Clock clock;

	private final EntityManager entityManager;

	private final MessageSource messages;

	ImportUndo(ChangeSetRepository changeSets, EntryRepository entries, PublishedHistory history, Publisher publisher,
			Withdrawals withdrawals, AuditLog audit, Clock clock, EntityManager entityManager, MessageSource messages) {
		this.changeSets = changeSets;
		this.entries = entries;
		this.history = history;
		this.publisher = publisher;
		this.withdrawals = withdrawals;
		this.audit = audit;
		this.clock = clock;
		this.entityManager = entityManager;
		this.messages = messages;
	}

	/** What undoing the change set would do, or why it would be refused; changes nothing. */
	@Transactional(readOnly = true)
	public Plan plan(long id) {
		return plan(changeSets.findWithEdits(id).orElseThrow(() -> new Missing(id)));
	}

	/**
	 * Undoes the import, or changes nothing and says why.
	 *
	 * @param reason why, in English (required)
	 * @param reasonEs why, in Spanish (optional)
	 * @throws Missing where there is no such change set
	 * @throws Refused where it is not undone: nothing changed
	 */
	@Transactional
	public Plan undo(long id, String reviewer, String reason, String reasonEs) {
		// Read with its row locked: a second reviewer undoing it at once waits, then reads it undone.
		ChangeSet changeSet = entityManager.find(ChangeSet.class, id, LockModeType.PESSIMISTIC_WRITE);
		if (changeSet == null) {
			throw new Missing(id);
		}
		Plan plan = plan(changeSet);
		if (plan.refused()) {
			throw new Refused(plan, plan.refusal());
		}
		String why = Withdrawals.clean(reason);
		String whyEs = Withdrawals.clean(reasonEs);
		if (why == null || why.length() > MAX_REASON || (whyEs != null && whyEs.length() > MAX_REASON)) {
			throw new Refused(plan, "import.undo.reason");
		}
		int before = history.revisionOf(id).orElseThrow() - 1;
		OffsetDateTime now = OffsetDateTime.now(clock);
		String withdrawal = Withdrawals.shorten(messages.getMessage("import.undo.withdrawal", new Object[] { id, why }, Locale.ENGLISH),
				MAX_REASON);
		String withdrawalEs = whyEs == null ? null
				: Withdrawals.shorten(messages.getMessage("import.undo.withdrawal", new Object[] { id, whyEs }, Locale.forLanguageTag("es")),
						MAX_REASON);
		String summary = Withdrawals.shorten(messages.getMessage("import.undo.revision", new Object[] { id, why }, Locale.ENGLISH),
				RevisionNote.MAX_SUMMARY);
		// One revision for all of it, begun now while the note is held: it is written at commit.
		RevisionNote.during(reviewer, summary, null,
				() -> AuditReaderFactory.get(entityManager).getCurrentRevision(Object.class, true));
		for (ChangeSetEdit edit : entryEdits(changeSet)) {
			if (edit.getBaseVersion() != null) {
				EntryDraft then = history.draftAtRevision(edit.getEntryId(), before).orElseThrow();
				publisher.publish(then, edit.getEntryId());
			}
		}
		for (ChangeSetEdit edit : entryEdits(changeSet)) {
			if (edit.getBaseVersion() == null) {
				Entry made = entries.findById(edit.getEntryId()).orElseThrow();
				withdrawals.withdrawWith(made, withdrawal, withdrawalEs, reviewer, now);
			}
		}
		changeSet.undone(reviewer, why, now);
		audit.record(AuditKind.IMPORT_UNDONE, reviewer, "change set " + id,
				Withdrawals.shorten(plan.withdrawn().size() + " withdrawn, " + plan.restored().size() + " restored: " + why, 500));
		withdrawals.forgetCounts();
		return plan;
	}

	private Plan plan(ChangeSet changeSet) {
		List<Item> withdrawn = new ArrayList<>();
		List<Item> restored = new ArrayList<>();
		List<Item> changedSince = new ArrayList<>();
		OptionalInt published = history.revisionOf(changeSet.getId());
		String refusal = !changeSet.isImported() ? "import.undo.notImport"
				: changeSet.getUndone() != null ? "import.undo.already"
						: changeSet.getStatus() != ChangeSet.Status.APPROVED || published.isEmpty()
								? "import.undo.notPublished" : null;
		if (refusal == null) {
			for (ChangeSetEdit edit : entryEdits(changeSet)) {
				Entry entry = entries.findById(edit.getEntryId()).orElseThrow();
				Item item = new Item(entry.getName(), entry.url());
				(edit.getBaseVersion() == null ? withdrawn : restored).add(item);
				if (history.lastRevision(entry.getId()).orElse(0) > published.getAsInt()) {
					changedSince.add(item);
				}
			}
			if (!changedSince.isEmpty()) {
				refusal = "import.undo.changedSince";
			}
		}
		return new Plan(changeSet.getId(), changeSet.getSummary(), withdrawn, restored, refusal, changedSince);
	}

	/** The entries' edits of a change set (an import has no work's edit), in the order they were published. */
	private static List<ChangeSetEdit> entryEdits(ChangeSet changeSet) {
		return changeSet.getEdits().stream().filter(edit -> !edit.isWork() && edit.getEntryId() != null).toList();
	}

	/** A refusal's words, naming the entries changed since the import where that is why. */
	public String message(Plan plan, String key, Locale locale) {
		String names = String.join(", ", plan.changedSince().stream().map(i -> i.name() + " (" + i.address() + ")").toList());
		return messages.getMessage(key, new Object[] { plan.changeSet(), names, MAX_REASON }, key, locale);
	}

}
