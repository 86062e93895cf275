package org.mirarchive.history;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.curation.WorkDiff;
import org.mirarchive.curation.WorkDraft;
import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.LocalText;
import org.mirarchive.work.RecordLines;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceRepository;

/**
 * Assembles a cited work's history page, what changed between two of its revisions, and its page
 * as one of them left it, with the parts an entry's are made of ({@link HistoryPages}), each in one
 * read-only transaction.
 */
@Component
class WorkHistoryPages {

	/** The part of the archive a work's pages are in (the layout's menu). */
	static final String MENU = "sources";

	private final SourceRepository sources;

	private final WorkRevisions revisions;

	private final EntryRevisions archiveRevisions;

	private final HistoryPages pages;

	private final RecordLines recordLines;

	WorkHistoryPages(SourceRepository sources, WorkRevisions revisions, EntryRevisions archiveRevisions,
			HistoryPages pages, RecordLines recordLines) {
		this.sources = sources;
		this.revisions = revisions;
		this.archiveRevisions = archiveRevisions;
		this.pages = pages;
		this.recordLines = recordLines;
	}

	/**
	 * A work as a revision left it, laid out as its page was (its record field by field), with the
	 * revision it is.
	 */
	public record WorkRevisionPage(int number, HistoryPages.When when, String author, String summary, String url,
			String historyUrl, Source source, LocalText summaryText, List<RecordLines.FieldLine> fields,
			List<RecordLines.NoteLine> notes) {

		/** Whether this is the archive as its migrations seeded it (revision 1). */
		public boolean isBaseline() {
			return number == 1;
		}

	}

	@Transactional(readOnly = true)
	Optional<HistoryPages.HistoryPage> history(String slug, Locale locale) {
		return sources.findBySlug(slug)
			.map(source -> new HistoryPages.HistoryPage(MENU, true, title(source), source.url(),
					pages.<WorkDraft>lines(revisions.of(source.getId()),
							number -> revisions.draftAtRevision(source.getId(), number).orElse(null),
							ChangeSize::between, source.url(), locale)));
	}

	@Transactional(readOnly = true)
	Optional<HistoryPages.DiffPage> diff(String slug, int from, int to) {
		return sources.findBySlug(slug)
			.flatMap(source -> pages.<WorkDraft>diff(
					new HistoryPages.DiffPage(MENU, true, title(source), source.url(), null, from, to, null, null, null),
					number -> revisions.draftAtRevision(source.getId(), number), WorkDiff::between));
	}

	@Transactional(readOnly = true)
	Optional<WorkRevisionPage> revision(String slug, int number, Locale locale) {
		Optional<Source> current = sources.findBySlug(slug);
		Optional<EntryRevisions.Revision> revision = archiveRevisions.revision(number);
		if (current.isEmpty() || revision.isEmpty()) {
			return Optional.empty();
		}
		String url = current.get().url();
		EntryRevisions.Revision found = revision.get();
		return revisions.at(current.get().getId(), number).map(then -> new WorkRevisionPage(number,
				pages.when(found.committed(), locale), found.author(), pages.summary(found, locale), url, url + "/history", then,
				new ContentLanguage(locale).text(then.getSummary(), then::summaryIn), recordLines.fields(then, locale),
				recordLines.notes(then, locale)));
	}

	/** A work's title: never translated, in the work's own words. */
	private static LocalText title(Source source) {
		return new LocalText(source.getTitle(), null, false);
	}

}
