package org.mirarchive.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mirarchive.model.ListPage;
import org.mirarchive.model.Paging;

/**
 * One list page of search results as the page shows them.
 *
 * @param query what the reader typed, cleaned, and the words searched for
 * @param type the type results are narrowed to, or null for all
 * @param counts how many results each type has (types without any are absent)
 * @param hits this list page's results, best first, and how many the chosen type has
 */
public record SearchResults(QueryWords query, ResultType type, Map<ResultType, Long> counts, ListPage<Hit> hits) {

	static final String PATH = "/search";

	/** Results of every type together. */
	public long all() {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	/** The address of the same search narrowed to a type (null: all types), from its first list page. */
	public String typeUrl(ResultType narrowedTo) {
		return Paging.href(PATH, parameters(query, narrowedTo), 1);
	}

	/** The parameters every list page of a search keeps, in the order its addresses write them. */
	static Map<String, String> parameters(QueryWords query, ResultType type) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("q", query.text());
		if (type != null) {
			parameters.put("type", type.param());
		}
		return parameters;
	}

}
