package org.mirarchive.entry;

import java.util.Objects;

import jakarta.persistence.Embeddable;

/**
 * An entry's headword, sort form and summary in another language than English (a row of
 * {@code entry_translation}): the archive's own translation. The headword is one of the entry's
 * cited names in that language, or null where the English headword serves (a person's name).
 * A value, as a record would be; a class because Envers makes its copies of a revision's rows
 * with a constructor that takes nothing, which a record cannot have.
 */
@Embeddable
public final class EntryTranslation {

	private String name;

	private String sortKey;

	private String summary;

	protected EntryTranslation() {
	}

	public EntryTranslation(String name, String sortKey, String summary) {
		this.name = name;
		this.sortKey = sortKey;
		this.summary = summary;
	}

	public String name() {
		return name;
	}

	public String sortKey() {
		return sortKey;
	}

	public String summary() {
		return summary;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EntryTranslation that && Objects.equals(name, that.name)
				&& Objects.equals(sortKey, that.sortKey) && Objects.equals(summary, that.summary);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, sortKey, summary);
	}

	@Override
	public String toString() {
		return "EntryTranslation[name=" + name + ", sortKey=" + sortKey + ", summary=" + summary + "]";
	}

}
