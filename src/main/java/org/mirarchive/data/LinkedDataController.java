package org.mirarchive.data;

import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRecords;
import org.mirarchive.entry.SchemaOrg;
import org.mirarchive.entry.WithdrawnEntries;
import org.mirarchive.model.Slug;
import org.mirarchive.source.SourceLinkedData;
import org.mirarchive.source.SourcePages;

/**
 * Content negotiation on the pages' own addresses: {@code Accept: application/ld+json} on
 * {@code /people/miguel-enriquez} (or a source page) gives the JSON-LD the page embeds; browsers,
 * which ask for HTML, get the page.
 */
@RestController
class LinkedDataController {

	static final String JSON_LD = "application/ld+json";

	private final EntryRecords records;

	private final SourcePages sourcePages;

	private final SchemaOrg schemaOrg;

	private final SourceLinkedData sourceLinkedData;

	private final WithdrawnEntries withdrawn;

	private final ArchiveAddresses addresses;

	LinkedDataController(EntryRecords records, SourcePages sourcePages, SchemaOrg schemaOrg,
			SourceLinkedData sourceLinkedData, WithdrawnEntries withdrawn, ArchiveAddresses addresses) {
		this.withdrawn = withdrawn;
		this.addresses = addresses;
		this.records = records;
		this.sourcePages = sourcePages;
		this.schemaOrg = schemaOrg;
		this.sourceLinkedData = sourceLinkedData;
	}

	@GetMapping(path = "/{kind:" + EntryKind.PATHS + "}/{slug}", produces = JSON_LD)
	ResponseEntity<?> entry(@PathVariable("kind") String kind, @PathVariable("slug") String slug, Locale locale) {
		return EntryKind.fromPath(kind)
			.filter(k -> Slug.isValid(slug))
			.flatMap(k -> records.find(k, slug, locale))
			.<ResponseEntity<?>>map(record -> jsonLd(schemaOrg.entry(record)))
			.or(() -> EntryKind.fromPath(kind)
				.filter(k -> Slug.isValid(slug))
				.flatMap(k -> withdrawn.find(k, slug, locale))
				.map(gone -> GoneProblem.of(gone, addresses)))
			.orElseGet(() -> ApiController.notFound("There is no entry at this address."));
	}

	@GetMapping(path = "/sources/{slug}", produces = JSON_LD)
	ResponseEntity<?> source(@PathVariable("slug") String slug, Locale locale) {
		return Optional.of(slug)
			.filter(Slug::isValid)
			.flatMap(s -> sourcePages.find(s, locale))
			.<ResponseEntity<?>>map(page -> jsonLd(sourceLinkedData.of(page.record())))
			.orElseGet(() -> ApiController.notFound("There is no source at this address."));
	}

	private static ResponseEntity<?> jsonLd(Object body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.contentType(MediaType.parseMediaType(JSON_LD))
			.body(body);
	}

}
