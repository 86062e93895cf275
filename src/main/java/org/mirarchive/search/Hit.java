package org.mirarchive.search;

import org.mirarchive.model.DateText;

/**
 * One search result: an entry or a source, with its matched words marked.
 *
 * @param typeKey the message key of its type in the singular ("Person", "Cited work")
 * @param title its name or title
 * @param otherName the other form of its name that matched, where only that matched (null otherwise)
 * @param url its page
 * @param date its date in words, or null
 * @param text the passage that matched, or its summary
 * @param textLang the language of {@code text}: a match is in the English the index holds; a summary
 * in the reader's language where the archive has translated it
 */
public record Hit(String typeKey, Snippet title, Snippet otherName, String url, DateText date,
		Snippet text, String textLang) {
}
