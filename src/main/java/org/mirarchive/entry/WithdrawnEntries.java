package org.mirarchive.entry;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.DateText;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.HistoricalDate;
import org.mirarchive.model.LocalText;

/**
 * What the address of a withdrawn entry tells readers, with {@code 410 Gone}: its name, why it was
 * withdrawn, when, and where to read instead, if anywhere. Its history stays where it was.
 */
@Component
public class WithdrawnEntries {

	/**
	 * A withdrawn entry as its address shows it.
	 *
	 * @param reason the reviewer's reason in the reader's language where the archive translated it
	 * @param replacementUrl the path of the entry that replaces it, or null
	 * @param replacementName that entry's name in the reader's language, or null
	 */
	public record Gone(EntryKind kind, String slug, LocalText name, LocalText reason, DateText when,
			String replacementUrl, LocalText replacementName, String historyUrl) {

		public String url() {
			return kind.url(slug);
		}

	}

	private final EntryRepository entries;

	private final DateWords dateWords;

	WithdrawnEntries(EntryRepository entries, DateWords dateWords) {
		this.entries = entries;
		this.dateWords = dateWords;
	}

	/** The withdrawn entry at an address, or empty where the entry there is published, or none is. */
	@Transactional(readOnly = true)
	public Optional<Gone> find(EntryKind kind, String slug, Locale locale) {
		return entries.findWithdrawn(kind, slug).map(entry -> {
			ContentLanguage content = new ContentLanguage(locale);
			Entry replacement = entry.getReplacedBy();
			DateText when = dateWords.text(HistoricalDate.parse(entry.getWithdrawn().toLocalDate().toString()), locale);
			return new Gone(kind, slug, content.name(entry.getName(), entry::nameIn),
					content.text(entry.getWithdrawalReason(), language -> "es".equals(language) ? entry.getWithdrawalReasonEs() : null),
					when, replacement == null ? null : replacement.url(),
					replacement == null ? null : content.name(replacement.getName(), replacement::nameIn),
					entry.url() + "/history");
		});
	}

}
