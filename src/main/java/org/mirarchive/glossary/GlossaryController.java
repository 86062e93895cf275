package org.mirarchive.glossary;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import org.mirarchive.entry.EntryRepository;
import org.mirarchive.model.Release;
import org.mirarchive.work.SourceRepository;

/** Serves the glossary, {@code /glossary}. */
@Controller
class GlossaryController {

	private final GlossaryPages pages;

	private final EntryRepository entries;

	private final SourceRepository sources;

	private final Release release;

	GlossaryController(GlossaryPages pages, EntryRepository entries, SourceRepository sources, Release release) {
		this.pages = pages;
		this.entries = entries;
		this.sources = sources;
		this.release = release;
	}

	/**
	 * The terms change only with a release (migrations write them); the page also shows the entries
	 * they name and the works they cite, so it is as new as the newest of those.
	 */
	@GetMapping("/glossary")
	String glossary(Model model, Locale locale, WebRequest request) {
		if (request.checkNotModified(release.pageChangedMillis(entries.findLatestChange(), sources.findLatestChange()))) {
			return null;
		}
		model.addAttribute("glossary", pages.page(locale));
		return "glossary";
	}

}
