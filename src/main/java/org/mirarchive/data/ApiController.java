package org.mirarchive.data;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.model.Slug;
import org.mirarchive.source.SourcePage;
import org.mirarchive.source.SourcePages;

/**
 * The archive as JSON for programs (docs/api.md): {@code /api/{type}} lists the entries of a type
 * or the sources, {@code /api/{type}/{slug}} gives one with every claim and its citations. An
 * unknown slug is a {@code 404} with an {@code application/problem+json} body. Answers are JSON
 * whatever the request accepts, so that a link followed from a page (or by a strict client) works.
 */
@RestController
@RequestMapping("/api")
class ApiController {

	private static final String TYPES = "{type:people|organizations|events|places}";

	/** A list of entries or sources, with how many there are. */
	record Listing<T>(String type, int count, List<T> items) {

		Listing(String type, List<T> items) {
			this(type, items.size(), items);
		}

	}

	/** One entry in a list: enough to choose it, and where to read the rest. */
	record EntryLine(String slug, String name, String summary, EntryRecord.DateRecord date, String url, String api,
			OffsetDateTime lastChanged) {
	}

	private final EntryRepository entries;

	private final EntryRecords records;

	private final SourceRecords sourceRecords;

	private final SourcePages sourcePages;

	private final ArchiveAddresses addresses;

	ApiController(EntryRepository entries, EntryRecords records, SourceRecords sourceRecords, SourcePages sourcePages,
			ArchiveAddresses addresses) {
		this.entries = entries;
		this.records = records;
		this.sourceRecords = sourceRecords;
		this.sourcePages = sourcePages;
		this.addresses = addresses;
	}

	@GetMapping("/" + TYPES)
	ResponseEntity<Listing<EntryLine>> entries(@PathVariable("type") String type, Locale locale) {
		EntryKind kind = EntryKind.fromPath(type).orElseThrow();
		List<EntryLine> lines = entries.findInIndexOrder(kind).stream().map(entry -> line(entry, locale)).toList();
		return json(new Listing<>(type, lines));
	}

	@GetMapping("/" + TYPES + "/{slug}")
	ResponseEntity<?> entry(@PathVariable("type") String type, @PathVariable("slug") String slug, Locale locale) {
		EntryKind kind = EntryKind.fromPath(type).orElseThrow();
		// What is not a slug names no entry: answered without asking the database.
		Optional<EntryRecord> record = Slug.isValid(slug) ? records.find(kind, slug, locale) : Optional.empty();
		return found(record, "There is no " + EntryRecords.type(kind) + " at this address.");
	}

	@GetMapping("/sources")
	ResponseEntity<Listing<SourceRecord>> sources(Locale locale) {
		return json(new Listing<>("sources", sourceRecords.all(locale)));
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
				addresses.absolute(entry.url()), addresses.absolute(EntryRecords.api(entry)), entry.getLastChanged());
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
