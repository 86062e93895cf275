package org.mirarchive.curation;

import java.text.Normalizer;
import java.util.Locale;

import org.mirarchive.entry.EntryKind;

/**
 * The folded, lowercase form an entry's headword is sorted by, as the seed's are: a person by
 * surname first ("enriquez miguel" for "Miguel Enríquez"), anything else as written.
 */
final class SortKeys {

	private SortKeys() {
	}

	static String of(EntryKind kind, String headword) {
		String folded = Normalizer.normalize(headword.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		int last = folded.lastIndexOf(' ');
		if (kind != EntryKind.PERSON || last < 0) {
			return folded;
		}
		return folded.substring(last + 1) + " " + folded.substring(0, last);
	}

}
