package org.mirarchive.work;

import java.time.OffsetDateTime;

/** A work's address and when it last changed, read without loading the work: for the sitemap. */
public record SourceAddress(String slug, OffsetDateTime lastChanged) {

	/** The work's permanent path. */
	public String url() {
		return Source.url(slug);
	}

}
