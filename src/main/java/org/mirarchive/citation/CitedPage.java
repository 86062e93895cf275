package org.mirarchive.citation;

import java.time.OffsetDateTime;

/** What the archive shows on a page of its own that a reader may cite: an entry or a work. */
public interface CitedPage {

	/** The page's heading. */
	String pageTitle();

	/** The page's permanent path: {@code /people/miguel-enriquez}. */
	String url();

	/** When the record behind the page last changed. */
	OffsetDateTime getLastChanged();

}
