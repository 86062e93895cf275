package org.mirarchive.search;

import java.util.Locale;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.model.Release;
import org.mirarchive.work.SourceRepository;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /search}, the results of a search across every entry and source, and
 * {@code /opensearch.xml}, which lets a browser add the archive as a search engine. Every input
 * gives a page: parameters are taken as text and read leniently, never bound strictly.
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
			WebRequest request) {
		// Results change only when entries or works do (the index follows them), so a search says
		// when that was, and can be answered from caches like any other page.
		if (request.checkNotModified(release.pageChangedMillis(entries.findLatestChange(), sources.findLatestChange()))) {
			return null;
		}
		QueryWords query = QueryWords.of(q);
		model.addAttribute("query", query);
		if (query.searchable()) {
			model.addAttribute("results", search.find(query, ResultType.fromParam(type).orElse(null), page, locale));
		}
		return "search/results";
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
