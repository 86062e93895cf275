package org.mirarchive.curation;

import java.util.Optional;

/**
 * Where a new quotation stands in the text of a work the archive holds privately (the seed
 * article): its section and paragraph, or empty when it is not verbatim there or the text is not
 * held on this server.
 */
public interface QuotedPassages {

	/** A passage's place in its work, numbered as the seed numbers the article's. */
	record Place(int section, int paragraph) {
	}

	Optional<Place> locate(String workSlug, String quotation);

}
