package org.mirarchive.citation;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * What one of the archive's own pages is about, an entry or a work, as far as citing that page
 * needs it; {@link PageCitations#page} makes the {@link CitedPage} a reader cites from it.
 */
public interface PageTopic {

	/** The page's heading. */
	String pageTitle();

	/**
	 * The page's heading as the page shows it in a language: a citation names the page by the
	 * title its reader sees. The same in every language until a page shows a translated title
	 * (where one does, its topic says so here).
	 */
	default String pageTitle(Locale language) {
		return pageTitle();
	}

	/** The page's permanent path: {@code /people/miguel-enriquez}. */
	String url();

	/** When the record behind the page last changed. */
	OffsetDateTime getLastChanged();

}
