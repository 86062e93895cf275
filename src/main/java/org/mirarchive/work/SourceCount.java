package org.mirarchive.work;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * How many works the archive cites, for the home page and the sources index's pager, kept for
 * a minute like the counts of entries (cache {@code source-count}): counting reads every work.
 */
@Component
public class SourceCount {

	private final SourceRepository sources;

	SourceCount(SourceRepository sources) {
		this.sources = sources;
	}

	@Cacheable("source-count")
	public long all() {
		return sources.count();
	}

}
