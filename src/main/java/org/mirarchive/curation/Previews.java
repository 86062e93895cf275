package org.mirarchive.curation;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryPage;
import org.mirarchive.entry.EntryPages;

/**
 * A draft's page as readers would see it once published: the draft is written as publishing
 * writes it, the page is assembled from what was written, and the transaction is rolled back,
 * so that nothing of it is kept, indexed, recorded in the history or seen by anyone else.
 */
@Component
class Previews {

	private final Publisher publisher;

	private final EntryPages pages;

	private final TransactionTemplate transaction;

	Previews(Publisher publisher, EntryPages pages, PlatformTransactionManager transactions) {
		this.publisher = publisher;
		this.pages = pages;
		this.transaction = new TransactionTemplate(transactions);
	}

	EntryPage preview(EntryDraft draft, Long entryId, Locale locale) {
		return transaction.execute(status -> {
			status.setRollbackOnly();
			Entry written = publisher.publish(draft, entryId);
			return pages.find(written.getKind(), written.getSlug(), locale).orElseThrow();
		});
	}

}
