package org.mirarchive.entry;

import java.util.Locale;

import org.mirarchive.model.DateText;
import org.mirarchive.model.DateWords;

/** One entry as a list shows it: name and link, date in words (or null), one-line summary. */
public record IndexLine(String name, String url, EntryKind kind, DateText date, String summary) {

	public static IndexLine of(Entry entry, DateWords dateWords, Locale locale) {
		DateText date = entry.getDate().isPresent() ? dateWords.text(entry.getDate().parsed(), locale) : null;
		return new IndexLine(entry.getName(), entry.url(), entry.getKind(), date, entry.getSummary());
	}

}
