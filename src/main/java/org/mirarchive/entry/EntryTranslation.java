package org.mirarchive.entry;

import jakarta.persistence.Embeddable;

/**
 * An entry's headword, sort form and summary in another language than English (a row of
 * {@code entry_translation}): the archive's own translation. The headword is one of the entry's
 * cited names in that language, or null where the English headword serves (a person's name).
 */
@Embeddable
public record EntryTranslation(String name, String sortKey, String summary) {
}
