package org.mirarchive.work;

import org.springframework.stereotype.Component;

import org.mirarchive.model.ListPage;
import org.mirarchive.model.Paging;

/**
 * A list page of the works in the archive's order (the seed article first), as the sources index
 * and the API list them: the list page's ids from an index alone, then those works.
 */
@Component
public class SourceLists {

	private final SourceRepository sources;

	private final SourceCount count;

	SourceLists(SourceRepository sources, SourceCount count) {
		this.sources = sources;
		this.count = count;
	}

	public ListPage<Source> listPage(Paging paging) {
		return paging.listPage(sources.findIdsInOrder(paging.pageable()), sources::findWithTranslationsByIdIn, Source::getId, count.all());
	}

}
