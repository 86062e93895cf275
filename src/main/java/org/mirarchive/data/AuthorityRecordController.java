package org.mirarchive.data;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.authority.EacCpfRecords;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.WithdrawnEntries;
import org.mirarchive.model.Slug;

/**
 * A person's or organization's authority record in EAC-CPF 2.0: at its page's address for
 * {@code Accept: application/eac-cpf+xml} (browsers, which ask for HTML, get the page), and at
 * {@code /people/{slug}.xml} for a link. Other kinds of entry have none (404); a withdrawn entry's
 * record is gone (410), as its page is.
 */
@RestController
class AuthorityRecordController {

	private static final String ENTRY = "/{kind:" + EntryKind.PATHS + "}/{slug}";

	private final EacCpfRecords records;

	private final WithdrawnEntries withdrawn;

	private final ArchiveAddresses addresses;

	AuthorityRecordController(EacCpfRecords records, WithdrawnEntries withdrawn, ArchiveAddresses addresses) {
		this.records = records;
		this.withdrawn = withdrawn;
		this.addresses = addresses;
	}

	@GetMapping(path = ENTRY, produces = EacCpfRecords.MEDIA_TYPE)
	ResponseEntity<?> negotiated(@PathVariable("kind") String kind, @PathVariable("slug") String slug, Locale locale) {
		return answer(kind, slug, locale, true);
	}

	@GetMapping("/{kind:" + EntryKind.PATHS + "}/{slug:[a-z0-9-]+}.xml")
	ResponseEntity<?> linked(@PathVariable("kind") String kind, @PathVariable("slug") String slug, Locale locale) {
		return answer(kind, slug, locale, false);
	}

	private ResponseEntity<?> answer(String kind, String slug, Locale locale, boolean negotiated) {
		Optional<EntryKind> agent = EntryKind.fromPath(kind).filter(EntryKind::isAgent).filter(k -> Slug.isValid(slug));
		return agent.flatMap(k -> records.document(k, slug))
			.<ResponseEntity<?>>map(xml -> {
				ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
					.contentType(new MediaType(MediaType.parseMediaType(EacCpfRecords.MEDIA_TYPE), StandardCharsets.UTF_8));
				// The page's address answers HTML and JSON-LD too: caches must tell them apart.
				return (negotiated ? ok.header(HttpHeaders.VARY, HttpHeaders.ACCEPT) : ok).body(xml);
			})
			.or(() -> agent.flatMap(k -> withdrawn.find(k, slug, locale)).map(gone -> GoneProblem.of(gone, addresses)))
			.orElseGet(() -> ApiController.notFound("There is no authority record at this address."));
	}

}
