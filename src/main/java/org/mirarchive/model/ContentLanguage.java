package org.mirarchive.model;

import java.util.Locale;
import java.util.function.Function;

/**
 * Picks the language of each text one page shows: the reader's, where the archive has a
 * translation into it, else English, the language its editors write in. It remembers what it
 * picked, so that the page can say once whether it shows the archive's translations and whether
 * some of its text is still only in English. One per page; a third language is rows of the
 * translation tables, not code here.
 */
public final class ContentLanguage {

	/** The language the archive's content is written in, and falls back to. */
	public static final String ENGLISH = "en";

	private final String language;

	private boolean translated;

	private boolean untranslated;

	public ContentLanguage(Locale locale) {
		this.language = locale == null || locale.getLanguage().isEmpty() ? ENGLISH : locale.getLanguage();
	}

	/** The reader's language: "en", "es". */
	public String language() {
		return language;
	}

	/** Whether the reader reads English, the language every text exists in: nothing to translate. */
	public boolean english() {
		return ENGLISH.equals(language);
	}

	/**
	 * A name in the reader's language: the headword the archive gives in it, else the name as
	 * recorded, which then carries no language of its own (most names are the same in every
	 * language: "Miguel Enríquez") and leaves nothing untranslated. A headword is one of the
	 * entry's cited names, not the archive's own translation: the page's note does not count it.
	 */
	public LocalText name(String recorded, Function<String, String> inLanguage) {
		if (recorded == null) {
			return null;
		}
		String headword = english() ? null : inLanguage.apply(language);
		if (headword == null || headword.isBlank()) {
			return new LocalText(recorded, null, false);
		}
		return new LocalText(headword, language, true);
	}

	/**
	 * A text in the reader's language: {@code inLanguage} gives a language's translation, or null
	 * where there is none (only asked for another language than English, so an English page never
	 * loads a translation); null for no English text (an optional field left empty).
	 */
	public LocalText text(String english, Function<String, String> inLanguage) {
		if (english == null) {
			return null;
		}
		if (english()) {
			return new LocalText(english, ENGLISH, false);
		}
		String translation = inLanguage.apply(language);
		if (translation == null || translation.isBlank()) {
			untranslated = true;
			return new LocalText(english, ENGLISH, false);
		}
		translated = true;
		return new LocalText(translation, language, true);
	}

	/** Whether any text picked so far is the archive's translation. */
	public boolean translated() {
		return translated;
	}

	/** Whether any text picked so far had no translation into the reader's language and is in English. */
	public boolean untranslated() {
		return untranslated;
	}

	/** What the page says about the language of its content, once all of it is picked. */
	public Note note() {
		return new Note(translated, untranslated);
	}

	/**
	 * What a page says about the language of its content: that it shows the archive's own
	 * translations, and that some (or all) of it is in English because no translation exists yet.
	 */
	public record Note(boolean translated, boolean untranslated) {

		/** Some translated and some not: the page says part of it is in English. */
		public boolean partly() {
			return translated && untranslated;
		}

		/**
		 * The message a page says it with, under its base key ("entry.contentLanguage": all in
		 * English; ".translated": the archive's translation; ".partly": translated, part still in
		 * English), or null where there is nothing to say.
		 */
		public String messageKey(String base) {
			if (partly()) {
				return base + ".partly";
			}
			if (translated) {
				return base + ".translated";
			}
			return untranslated ? base : null;
		}

	}

}
