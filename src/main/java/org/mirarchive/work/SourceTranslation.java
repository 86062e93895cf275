package org.mirarchive.work;

import java.util.Objects;

import jakarta.persistence.Embeddable;

/**
 * A work's record in another language than English (a row of {@code source_translation}): the
 * archive's summary, and the record's own words where they read differently, a corporate author
 * ("Colaboradores de Wikipedia"), a site named in words, a place ("Nueva York"); null where the
 * English serves (a name). The work's title is never translated. A value: never changed once
 * made. A class rather than a record because Envers makes one with no arguments when it reads a
 * work as a past revision left it.
 */
@Embeddable
public class SourceTranslation {

	private String summary;

	private String author;

	private String container;

	private String place;

	/** For JPA and Envers only. */
	protected SourceTranslation() {
	}

	public SourceTranslation(String summary, String author, String container, String place) {
		this.summary = summary;
		this.author = author;
		this.container = container;
		this.place = place;
	}

	public String summary() {
		return summary;
	}

	public String author() {
		return author;
	}

	public String container() {
		return container;
	}

	public String place() {
		return place;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SourceTranslation that && Objects.equals(summary, that.summary)
				&& Objects.equals(author, that.author) && Objects.equals(container, that.container)
				&& Objects.equals(place, that.place);
	}

	@Override
	public int hashCode() {
		return Objects.hash(summary, author, container, place);
	}

	@Override
	public String toString() {
		return "SourceTranslation[summary=" + summary + ", author=" + author + ", container=" + container + ", place="
				+ place + "]";
	}

}
