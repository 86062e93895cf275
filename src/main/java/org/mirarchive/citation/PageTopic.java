package org.mirarchive.citation;

import java.time.OffsetDateTime;

/**
 * What one of the archive's own pages is about, an entry or a work, as far as citing that page
 * needs it; {@link PageCitations#page} makes the {@link CitedPage} a reader cites from it.
 */
public interface PageTopic {

	/** The page's heading. */
	String pageTitle();

	/** The page's permanent path: {@code /people/miguel-enriquez}. */
	String url();

	/** When the record behind the page last changed. */
	OffsetDateTime getLastChanged();

}
