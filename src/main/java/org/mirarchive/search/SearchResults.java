package org.mirarchive.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One page of search results as the page shows them.
 *
 * @param query what the reader typed, cleaned, and the words searched for
 * @param type the type results are narrowed to, or null for all
 * @param counts how many results each type has (types without any are absent)
 * @param paging which page this is, of how many
 * @param hits the results on this page, best first
 */
public record SearchResults(QueryWords query, ResultType type, Map<ResultType, Long> counts, Paging paging,
		List<Hit> hits) {

	/** Results of every type together. */
	public long all() {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	/** The address of the same search narrowed to a type (null: all types), from its first page. */
	public String typeUrl(ResultType narrowedTo) {
		return url(narrowedTo, 1);
	}

	/** The address of another page of these results. */
	public String pageUrl(int page) {
		return url(type, page);
	}

	private String url(ResultType narrowedTo, int page) {
		StringBuilder url = new StringBuilder("/search?q=").append(URLEncoder.encode(query.text(), StandardCharsets.UTF_8));
		if (narrowedTo != null) {
			url.append("&type=").append(narrowedTo.param());
		}
		if (page > 1) {
			url.append("&page=").append(page);
		}
		return url.toString();
	}

}
