package org.mirarchive.curation;

import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryPage;
import org.mirarchive.entry.EntryPages;
import org.mirarchive.readingpath.PathDraft;
import org.mirarchive.readingpath.PathPage;
import org.mirarchive.readingpath.PathRecords;
import org.mirarchive.readingpath.ReadingPaths;
import org.mirarchive.source.SourcePage;
import org.mirarchive.source.SourcePages;
import org.mirarchive.work.Source;

/**
 * A draft's page as readers would see it once published (an entry's, a cited work's, or a reading path's): the draft
 * is written as publishing writes it, the page is assembled from what was written, and the
 * transaction is rolled back, so that nothing of it is kept, indexed, recorded in the history or
 * seen by anyone else.
 */
@Component
class Previews {

	private final Publisher publisher;

	private final EntryPages pages;

	private final WorkPublisher works;

	private final SourcePages workPages;

	private final TransactionTemplate transaction;

	private final PathPublisher paths;

	private final PathRecords pathRecords;

	private final ReadingPaths pathPages;

	Previews(Publisher publisher, EntryPages pages, WorkPublisher works, SourcePages workPages,
			PlatformTransactionManager transactions, PathPublisher paths, PathRecords pathRecords,
			ReadingPaths pathPages) {
		this.paths = paths;
		this.pathRecords = pathRecords;
		this.pathPages = pathPages;
		this.publisher = publisher;
		this.pages = pages;
		this.works = works;
		this.workPages = workPages;
		this.transaction = new TransactionTemplate(transactions);
	}

	EntryPage preview(EntryDraft draft, Long entryId, Locale locale) {
		return rolledBack(() -> {
			Entry written = publisher.publish(draft, entryId);
			return pages.find(written.getKind(), written.getSlug(), locale).orElseThrow();
		});
	}

	/** A work's page as its draft would make it, made from {@code baseVersion} of the work with this id (none: a new work). */
	SourcePage preview(WorkDraft draft, Long sourceId, Long baseVersion, Locale locale) {
		return rolledBack(() -> {
			Source written = works.publish(draft, sourceId, baseVersion);
			return workPages.find(written.getSlug(), locale).orElseThrow();
		});
	}

	/** A reading path's page as its draft would make it, made from {@code baseVersion} of the path with this id (none: a new path). */
	PathPage preview(PathDraft draft, Long pathId, Long baseVersion, Locale locale) {
		return rolledBack(() -> {
			long written = paths.publish(draft, pathId, baseVersion);
			String slug = pathRecords.published(written).orElseThrow().draft().slug();
			return pathPages.page(slug, locale).orElseThrow();
		});
	}

	private <T> T rolledBack(Supplier<T> written) {
		return transaction.execute(status -> {
			status.setRollbackOnly();
			return written.get();
		});
	}

}
