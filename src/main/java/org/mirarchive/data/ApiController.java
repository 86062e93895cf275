package org.mirarchive.data;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.address.PageShows;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryLists;
import org.mirarchive.entry.EntryRecord;
import org.mirarchive.entry.EntryRecords;
import org.mirarchive.entry.WithdrawnEntries;
import org.mirarchive.model.ListPage;
import org.mirarchive.model.Paging;
import org.mirarchive.model.Slug;
import org.mirarchive.source.SourcePage;
import org.mirarchive.source.SourcePages;
import org.mirarchive.source.SourceRecord;
import org.mirarchive.source.SourceRecords;

/**
 * The archive as JSON for programs (docs/api.md): {@code /api/{type}} lists the entries of a type
 * or the sources a list page at a time, as the pages' indexes do ({@code ?page=2},
 * {@value Paging#SIZE} a list page, in the same order), with links to the other list pages in the
 * body and in a {@code Link} header (RFC 8288); {@code /api/{type}/{slug}} gives one with every
 * claim and its citations. An unknown slug or a page number that names no list page is a
 * {@code 404} with an {@code application/problem+json} body. Answers are JSON whatever the
 * request accepts, so that a link followed from a page (or by a strict client) works.
 */
@RestController
@RequestMapping("/api")
class ApiController {

	private static final String TYPES = "{type:" + EntryKind.PATHS + "}";

	/**
	 * A list page of entries or sources: how many the whole list holds ({@code count}), which list
	 * page this is of how many, the links to the others, and the list page's items.
	 */
	record Listing<T>(String type, long count, int page, int pages, Links links, List<T> items) {
	}

	/**
	 * Absolute addresses of the list's first and last list pages, and of the previous and next ones
	 * (null where there is none).
	 */
	record Links(String first, String previous, String next, String last) {

		/** The same links as an RFC 8288 {@code Link} header's value. */
		String header() {
			StringJoiner header = new StringJoiner(", ");
			header.add("<" + first + ">; rel=\"first\"");
			if (previous != null) {
				header.add("<" + previous + ">; rel=\"prev\"");
			}
			if (next != null) {
				header.add("<" + next + ">; rel=\"next\"");
			}
			header.add("<" + last + ">; rel=\"last\"");
			return header.toString();
		}

	}

	private static final String NO_PAGE = "There is no page of this list at this address.";

	/** One entry in a list: enough to choose it, and where to read the rest; name and summary translated as in its record. */
	record EntryLine(String slug, String name, String summary, EntryRecord.DateRecord date, String url, String api,
			OffsetDateTime lastChanged, Map<String, Map<String, String>> translations) {
	}

	private final EntryLists lists;

	private final EntryRecords records;

	private final SourceRecords sourceRecords;

	private final SourcePages sourcePages;

	private final ArchiveAddresses addresses;

	private final WithdrawnEntries withdrawn;

	ApiController(EntryLists lists, EntryRecords records, SourceRecords sourceRecords, SourcePages sourcePages,
			ArchiveAddresses addresses, WithdrawnEntries withdrawn) {
		this.withdrawn = withdrawn;
		this.lists = lists;
		this.records = records;
		this.sourceRecords = sourceRecords;
		this.sourcePages = sourcePages;
		this.addresses = addresses;
	}

	@GetMapping("/" + TYPES)
	ResponseEntity<?> entries(@PathVariable("type") String type,
			@RequestParam(name = "page", required = false) String page, Locale locale, HttpServletRequest request) {
		EntryKind kind = EntryKind.fromPath(type).orElseThrow();
		// Each line is the entry's own record, with when it last changed.
		PageShows.entriesOfKindAndWhenChanged(request, kind.name());
		Optional<Paging> paging = Paging.parse(page);
		if (paging.isEmpty()) {
			return notFound(NO_PAGE);
		}
		ListPage<Entry> found = lists.listPage(kind, paging.get());
		return listing(type, paging.get(), found.map(entry -> line(entry, locale)));
	}

	@GetMapping("/" + TYPES + "/{slug}")
	ResponseEntity<?> entry(@PathVariable("type") String type, @PathVariable("slug") String slug, Locale locale) {
		EntryKind kind = EntryKind.fromPath(type).orElseThrow();
		// What is not a slug names no entry: answered without asking the database.
		Optional<EntryRecords.Versioned> found = Slug.isValid(slug) ? records.findVersioned(kind, slug, locale)
				: Optional.empty();
		Optional<WithdrawnEntries.Gone> gone = found.isEmpty() && Slug.isValid(slug) ? withdrawn.find(kind, slug, locale)
				: Optional.empty();
		if (gone.isPresent()) {
			return GoneProblem.of(gone.get(), addresses);
		}
		// The entry's version as its ETag: a write names it in If-Match, and If-None-Match gets a 304.
		return found.<ResponseEntity<?>>map(versioned -> ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.eTag(versioned.etag())
			.body(versioned.record()))
			.orElseGet(() -> notFound("There is no " + EntryRecords.type(kind) + " at this address."));
	}

	@GetMapping("/sources")
	ResponseEntity<?> sources(@RequestParam(name = "page", required = false) String page, Locale locale) {
		Optional<Paging> paging = Paging.parse(page);
		if (paging.isEmpty()) {
			return notFound(NO_PAGE);
		}
		return listing("sources", paging.get(), sourceRecords.listPage(paging.get(), locale));
	}

	@GetMapping("/sources/{slug}")
	ResponseEntity<?> source(@PathVariable("slug") String slug, Locale locale) {
		Optional<SourceRecord> record = Slug.isValid(slug) ? sourcePages.find(slug, locale).map(SourcePage::record)
				: Optional.empty();
		return found(record, "There is no source at this address.");
	}

	private EntryLine line(Entry entry, Locale locale) {
		EntryRecord.DateRecord date = entry.getDate().isPresent() ? records.date(entry.getDate(), null, locale) : null;
		return new EntryLine(entry.getSlug(), entry.getName(), entry.getSummary(), date,
				addresses.absolute(entry.url()), addresses.absolute(EntryRecords.api(entry)), entry.getLastChanged(),
				EntryRecords.translations(entry));
	}

	/** A list page with its links, or a 404 for a list page beyond the last. */
	private ResponseEntity<?> listing(String type, Paging paging, ListPage<?> found) {
		String path = "/api/" + type;
		Optional<Paging.Pager> pager = paging.pager(found, path);
		if (pager.isEmpty()) {
			return notFound(NO_PAGE);
		}
		int number = pager.get().number();
		int pages = pager.get().pages();
		Links links = new Links(addresses.absolute(Paging.href(path, 1)),
				number > 1 ? addresses.absolute(Paging.href(path, number - 1)) : null,
				number < pages ? addresses.absolute(Paging.href(path, number + 1)) : null,
				addresses.absolute(Paging.href(path, pages)));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.LINK, links.header())
			.body(new Listing<>(type, found.total(), number, pages, links, found.lines()));
	}

	private static ResponseEntity<?> found(Optional<?> body, String detail) {
		return body.<ResponseEntity<?>>map(ApiController::json).orElseGet(() -> notFound(detail));
	}

	/** A JSON answer; its type set here, so content negotiation cannot refuse it. */
	private static <T> ResponseEntity<T> json(T body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/** A 404 that programs can read: RFC 9457 problem details (never echoing the address, which may be hostile). */
	static ResponseEntity<ProblemDetail> notFound(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setType(URI.create("about:blank"));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
