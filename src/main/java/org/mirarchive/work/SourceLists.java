package org.mirarchive.work;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import org.mirarchive.model.Paging;

/**
 * A page of the works in the archive's order (the seed article first), as the sources index and
 * the API list them: the page's ids from an index alone, then those works.
 */
@Component
public class SourceLists {

	private final SourceRepository sources;

	private final SourceCount count;

	SourceLists(SourceRepository sources, SourceCount count) {
		this.sources = sources;
		this.count = count;
	}

	public Page<Source> page(Paging paging) {
		return paging.page(sources.findIdsInOrder(paging.pageable()), sources::findAllById, Source::getId, count.all());
	}

}
