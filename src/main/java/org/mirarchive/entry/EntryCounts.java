package org.mirarchive.entry;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * How many entries of each kind the archive holds, for the home page and the lists' pagers.
 * Counting reads every entry (tens of milliseconds at 100,000 entries) and every list request
 * needs a count, so the counts are kept for a minute (cache {@code entry-counts}, see
 * application.properties): after the archive changes, a pager may be a minute behind.
 */
@Component
public class EntryCounts {

	private final EntryRepository entries;

	EntryCounts(EntryRepository entries) {
		this.entries = entries;
	}

	/** Every kind with its count, none left out, in the kinds' order. */
	@Cacheable("entry-counts")
	public Map<EntryKind, Long> byKind() {
		Map<EntryKind, Long> counts = new EnumMap<>(EntryKind.class);
		for (EntryKind kind : EntryKind.values()) {
			counts.put(kind, 0L);
		}
		for (KindCount count : entries.countEachKind()) {
			counts.put(count.kind(), count.count());
		}
		return Collections.unmodifiableMap(counts);
	}

}
