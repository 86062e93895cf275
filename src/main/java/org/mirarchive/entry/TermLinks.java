package org.mirarchive.entry;

import java.util.List;

import org.mirarchive.model.LocalText;

/**
 * Words of an entry's statements that a reader can follow to an explanation elsewhere (the
 * glossary's terms): an entry page shows them as links. The glossary provides it; the entries
 * declare only what they need of it.
 */
public interface TermLinks {

	/** No words linked: each text one plain part. */
	TermLinks NONE = (texts, entryId) -> texts.stream().map(text -> List.of(TextPart.plain(text.text()))).toList();

	/**
	 * The page's statements cut into parts, in the order given: the first place each term appears
	 * on the page is linked, later ones are not, nor a term for what this entry itself is.
	 *
	 * @param texts the statements' texts, each in the language it is shown in
	 * @param entryId the entry whose page shows them
	 */
	List<List<TextPart>> link(List<LocalText> texts, Long entryId);

	/**
	 * A run of a statement's text, linked to where a term is explained ({@code href}, with the
	 * term's name as its {@code title}) or plain (both null).
	 */
	record TextPart(String text, String href, String title) {

		public static TextPart plain(String text) {
			return new TextPart(text, null, null);
		}

		public boolean linked() {
			return href != null;
		}

	}

}
