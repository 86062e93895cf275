package org.mirarchive.data;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Locale;

import org.mirarchive.citation.CitationFormat;
import org.mirarchive.citation.CitedPage;
import org.mirarchive.citation.PageCitations;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.work.SourceRepository;

/**
 * A page's citation as a file for reference managers: {@code /people/miguel-enriquez/cite.bib}
 * (BibTeX; {@code cite.biblatex.bib}, {@code cite.ris}, {@code cite.json}), and the same under
 * {@code /sources/{slug}/}; {@code ?lang=es} gives the page cited in Spanish, as the Spanish page
 * links to it.
 */
@Controller
class CiteController {

	/** {@code cite.bib} (BibTeX), {@code cite.biblatex.bib}, {@code cite.ris}, {@code cite.json}. */
	private static final String FORMATS = "cite.{format:bib|biblatex\\.bib|ris|json}";

	private final EntryRepository entries;

	private final SourceRepository sources;

	private final PageCitations citations;

	CiteController(EntryRepository entries, SourceRepository sources, PageCitations citations) {
		this.entries = entries;
		this.sources = sources;
		this.citations = citations;
	}

	@GetMapping("/{kind:" + EntryKind.PATHS + "}/{slug}/" + FORMATS)
	ResponseEntity<String> entry(@PathVariable("kind") String kind, @PathVariable("slug") String slug,
			@PathVariable("format") String format, @RequestParam(name = "lang", required = false) String lang) {
		CitedPage page = EntryKind.fromPath(kind)
			.flatMap(k -> entries.findByKindAndSlug(k, slug))
			.map(entry -> citations.page(entry, language(lang)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return download(page, format);
	}

	@GetMapping("/sources/{slug}/" + FORMATS)
	ResponseEntity<String> source(@PathVariable("slug") String slug, @PathVariable("format") String format,
			@RequestParam(name = "lang", required = false) String lang) {
		CitedPage page = sources.findBySlug(slug)
			.map(source -> citations.page(source, language(lang)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return download(page, format);
	}

	/**
	 * The language a download is written in: the one its link names ({@code ?lang=es}, as a Spanish
	 * page links to it), else English, whatever the reader's cookie or browser says, so that the
	 * same address always gives the same file.
	 */
	private static Locale language(String lang) {
		return lang == null ? Locale.ENGLISH : Locale.forLanguageTag(lang);
	}

	private ResponseEntity<String> download(CitedPage page, String extension) {
		CitationFormat format = CitationFormat.fromExtension(extension)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(format.fileName(page)).build().toString())
			.body(format.write(page, citations.today()));
	}

}
