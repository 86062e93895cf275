package org.mirarchive.search;

import org.mirarchive.model.DateText;

/**
 * One search result: an entry or a source, with its matched words marked.
 *
 * @param typeKey the message key of its type in the singular ("Person", "Cited work")
 * @param title its name or title
 * @param titleLang the language of {@code title} where it is in one (an entry's headword), else null
 * @param otherName the other form of its name that matched, where only that matched (null otherwise)
 * @param url its page
 * @param date its date in words, or null
 * @param text the passage that matched, or its summary
 * @param textLang the language of {@code text}: a match in the reader's language where it matched
 * there too, else where it matched; a summary in the reader's language where the archive has
 * translated it
 */
public record Hit(String typeKey, Snippet title, String titleLang, Snippet otherName, String url, DateText date,
		Snippet text, String textLang) {
}
