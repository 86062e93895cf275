package org.mirarchive.source;

import java.util.Locale;

import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.LocalText;
import org.mirarchive.work.Source;

/** One work as the list of works shows it: the work, and its summary in the reader's language where translated. */
public record SourceLine(Source source, LocalText summary) {

	static SourceLine of(Source source, Locale locale) {
		return new SourceLine(source, new ContentLanguage(locale).text(source.getSummary(), source::summaryIn));
	}

}
