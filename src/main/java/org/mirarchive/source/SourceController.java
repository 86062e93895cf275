package org.mirarchive.source;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** {@code /sources}, the cited works, and {@code /sources/{slug}}, one work's record and what cites it. */
@Controller
class SourceController {

	private final SourceRepository sources;

	private final SourcePages pages;

	SourceController(SourceRepository sources, SourcePages pages) {
		this.sources = sources;
		this.pages = pages;
	}

	@GetMapping("/sources")
	String index(Model model) {
		model.addAttribute("sources", sources.findAllByOrderByPosition());
		return "sources/index";
	}

	@GetMapping("/sources/{slug}")
	String show(@PathVariable("slug") String slug, Model model, Locale locale) {
		model.addAttribute("page",
				pages.find(slug, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "sources/source";
	}

}
