package org.mirarchive.curation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.readingpath.PathDraft;
import org.mirarchive.readingpath.PathRecords;
import org.mirarchive.work.Source;

/**
 * Publishes a reading path's draft: a new path at an address made from its title (never changed
 * after), or a published one brought to the draft's state, its citations resolved as an entry's
 * are ({@link Publisher}). A draft made from an older version of the path than the published one
 * is refused, changing nothing: the curator reads the path again rather than have it merged.
 */
@Component
class PathPublisher {

	private final PathRecords records;

	private final Publisher publisher;

	private final DraftRules rules;

	PathPublisher(PathRecords records, Publisher publisher, DraftRules rules) {
		this.records = records;
		this.publisher = publisher;
		this.rules = rules;
	}

	/** Publishes a draft: the path with this id (made from {@code baseVersion}) or, with no id, a new path. */
	@Transactional
	long publish(PathDraft draft, Long pathId, Long baseVersion) {
		String slug = null;
		if (pathId == null) {
			String base = rules.slugFor(draft.title())
				.orElseThrow(() -> new Publisher.Refused("title", "curation.path.problem.noLetters"));
			slug = base;
			for (int n = 2; records.published(slug).isPresent(); n++) {
				slug = base + "-" + n;
			}
		}
		else {
			// Locked: a change published meanwhile from the same version is waited for, then refused.
			PathRecords.Published published = records.lockedForChange(pathId)
				.orElseThrow(() -> new Publisher.Refused("title", "curation.path.gone"));
			if (baseVersion == null || published.version() != baseVersion) {
				throw new Publisher.Refused("title", "curation.path.stale");
			}
		}
		try {
			return records.write(draft, pathId, slug, this::cite);
		}
		catch (IllegalArgumentException gone) {
			throw new Publisher.Refused("steps", "curation.path.targetGone");
		}
	}

	/** The path with this id as it is now, as a draft, locked for the change about to be published. */
	PathDraft current(long pathId) {
		return records.lockedForChange(pathId)
			.orElseThrow(() -> new Publisher.Refused("title", "curation.path.gone"))
			.draft();
	}

	private PathRecords.Cited cite(PathDraft.CitationDraft citation) {
		EntryDraft.CitationDraft cited = PathRules.asEntrys(citation);
		Source source = publisher.citedWork(cited);
		return new PathRecords.Cited(source, publisher.quotationOf(source, cited),
				cited.locator() == null || cited.locator().isBlank() ? null : cited.locator().strip());
	}

}
