package org.mirarchive.entry;

import java.util.Locale;

import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.DateText;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.LocalText;

/**
 * One entry as a list shows it: name and link, date in words (or null), one-line summary; name
 * and summary in the reader's language where the archive has translated them.
 */
public record IndexLine(LocalText name, String url, EntryKind kind, DateText date, LocalText summary) {

	public static IndexLine of(Entry entry, DateWords dateWords, Locale locale) {
		DateText date = entry.getDate().isPresent() ? dateWords.text(entry.getDate().parsed(), locale) : null;
		ContentLanguage content = new ContentLanguage(locale);
		return new IndexLine(content.name(entry.getName(), entry::nameIn), entry.url(), entry.getKind(), date,
				content.text(entry.getSummary(), entry::summaryIn));
	}

}
