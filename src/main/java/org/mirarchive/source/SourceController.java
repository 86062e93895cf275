package org.mirarchive.source;

import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

import org.mirarchive.model.Release;
import org.mirarchive.model.Slug;

/**
 * {@code /sources}, the cited works, and {@code /sources/{slug}}, one work's record and what cites
 * it. Both answer conditional requests: an unchanged page is a {@code 304} without being assembled.
 */
@Controller
class SourceController {

	private final SourceRepository sources;

	private final SourcePages pages;

	private final Release release;

	SourceController(SourceRepository sources, SourcePages pages, Release release) {
		this.sources = sources;
		this.pages = pages;
		this.release = release;
	}

	@GetMapping("/sources")
	String index(Model model, WebRequest request) {
		if (request.checkNotModified(release.pageChangedMillis(sources.findLatestChange()))) {
			return null;
		}
		model.addAttribute("sources", sources.findAllByOrderByPosition());
		return "sources/index";
	}

	@GetMapping("/sources/{slug}")
	String show(@PathVariable("slug") String slug, Model model, Locale locale, WebRequest request) {
		// What is not a slug names no work: answered without asking the database.
		if (!Slug.isValid(slug)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		OffsetDateTime changed = sources.findLastChanged(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (request.checkNotModified(release.pageChangedMillis(changed))) {
			return null;
		}
		model.addAttribute("page",
				pages.find(slug, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "sources/source";
	}

}
