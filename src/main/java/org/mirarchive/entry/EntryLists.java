package org.mirarchive.entry;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.mirarchive.model.ListPage;
import org.mirarchive.model.Paging;

/**
 * A list page of the entries of a kind in the order its index shows them: events by date (which
 * is the timeline's order too), the others by sort key. The list page's ids come from an index
 * alone, so a list page deep in a list of 100,000 costs about what the first one does. In another
 * language than English, a list that shows that language's headwords sorts by their sort keys.
 */
@Component
public class EntryLists {

	private final EntryRepository entries;

	private final EntryCounts counts;

	EntryLists(EntryRepository entries, EntryCounts counts) {
		this.entries = entries;
		this.counts = counts;
	}

	/** A list page in English order. */
	public ListPage<Entry> listPage(EntryKind kind, Paging paging) {
		return listPage(kind, paging, Locale.ENGLISH);
	}

	/** A list page in the order of the headwords a reader of a language sees. */
	public ListPage<Entry> listPage(EntryKind kind, Paging paging, Locale locale) {
		String language = locale.getLanguage();
		List<Long> ids = kind == EntryKind.EVENT ? entries.findIdsByKind(kind, paging.pageable(Events.IN_DATE_ORDER))
				: "en".equals(language) ? entries.findIdsInIndexOrder(kind, paging.pageable())
				: entries.findIdsInIndexOrderIn(kind, language, paging.pageable());
		return paging.listPage(ids, entries::findWithTranslationsByIdIn, Entry::getId, counts.byKind().get(kind));
	}

}
