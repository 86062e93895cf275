package org.mirarchive.entry;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What another name of an entry is, in the reader's words: "acronym", "translation into
 * Spanish", "the archive's translation into Spanish". One label for every page that names a
 * name: the entry's own page and the page of a work it is cited to.
 */
@Component
public class NameLabels {

	private final MessageSource messages;

	NameLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** The label of {@code name}'s kind, naming its language where the kind is a translation. */
	public String label(EntryName name, Locale reader) {
		return messages.getMessage("name." + name.getKind(), new Object[] { name.languageIn(reader) }, reader);
	}

}
