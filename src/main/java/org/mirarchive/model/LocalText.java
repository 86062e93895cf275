package org.mirarchive.model;

/**
 * A text of the archive as one reader is shown it: in the reader's language where the archive has
 * translated it, otherwise in English, with the language it is in (for the element's {@code lang}).
 *
 * @param text the words shown
 * @param lang the BCP 47 tag of the language they are in ("en", "es"); null for a name in no one language
 * @param translated whether the text is in the reader's language rather than the English it falls back to
 */
public record LocalText(String text, String lang, boolean translated) {

	@Override
	public String toString() {
		return text;
	}

}
