package org.mirarchive.search;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.address.PageShows;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.model.Paging;
import org.mirarchive.model.Release;
import org.mirarchive.work.SourceRepository;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /search}, the results of a search across every entry and source, a list page at a time,
 * and {@code /opensearch.xml}, which lets a browser add the archive as a search engine. Whatever
 * is typed gives a page: the words are taken as text and read leniently, never bound strictly.
 * The page number follows every list's rule ({@link Paging}): one that names no list page of the
 * results, malformed or past the last, is the 404 page, as on the indexes, the timeline and the
 * API; a search with no results has its one, empty, list page.
 */
@Controller
class SearchController {

	private final ArchiveSearch search;

	private final MessageSource messages;

	private final EntryRepository entries;

	private final SourceRepository sources;

	private final Release release;

	private final ArchiveAddresses addresses;

	SearchController(ArchiveSearch search, MessageSource messages, EntryRepository entries, SourceRepository sources,
			Release release, ArchiveAddresses addresses) {
		this.search = search;
		this.messages = messages;
		this.entries = entries;
		this.sources = sources;
		this.release = release;
		this.addresses = addresses;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "page", required = false) String page, Model model, Locale locale,
			WebRequest request, HttpServletRequest servletRequest) {
		Paging paging = Paging.parse(page, ArchiveSearch.RESULTS_A_PAGE).orElseThrow(SearchController::notFound);
		// Results change only when entries or works do (the index follows them), so a search says
		// when that was, and can be answered from caches like any other page.
		if (request.checkNotModified(release.pageChangedMillis(entries.findLatestChange(), sources.findLatestChange()))) {
			return null;
		}
		QueryWords query = QueryWords.of(q);
		model.addAttribute("query", query);
		if (!query.searchable()) {
			// Nothing searched for is an empty list: its only list page is the first.
			if (!paging.within(0)) {
				throw notFound();
			}
			PageShows.searchResults(servletRequest, query, Set.of(), Set.of());
			return "search/results";
		}
		ResultType narrowedTo = ResultType.fromParam(type).orElse(null);
		// The page shows what matches the search, and nothing else: it is kept until a change
		// touches one of those, or makes another match.
		SearchResults results = search.find(query, narrowedTo, paging, locale,
				(entries, works) -> PageShows.searchResults(servletRequest, query, entries, works));
		model.addAttribute("results", results);
		model.addAttribute("pager", paging
			.pager(results.hits(), SearchResults.PATH, SearchResults.parameters(query, narrowedTo))
			.orElseThrow(SearchController::notFound));
		return "search/results";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/**
	 * A search whose address is not valid text (bytes that are not UTF-8, such as half of a
	 * surrogate pair) cannot be read at all: the server refuses its parameters. The reader still
	 * gets the search page, saying so, rather than an error.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	String unreadable(Model model) {
		model.addAttribute("query", QueryWords.of(null));
		model.addAttribute("unreadable", true);
		return "search/results";
	}

	@GetMapping("/opensearch.xml")
	ResponseEntity<String> openSearch(Locale locale) {
		String base = addresses.base();
		String xml = new OpenSearchDescription(messages.getMessage("search.opensearch.shortName", null, locale),
				messages.getMessage("search.opensearch.description", null, locale), base, locale).xml();
		return ResponseEntity.ok().contentType(OpenSearchDescription.MEDIA_TYPE).body(xml);
	}

}
