package org.mirarchive.entry;

import java.time.OffsetDateTime;

/** An entry's address and when it last changed, read without loading the entry: for the sitemap. */
public record EntryAddress(EntryKind kind, String slug, OffsetDateTime lastChanged) {

	/** The entry's permanent path. */
	public String url() {
		return kind.url(slug);
	}

}
