package org.mirarchive.source;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import org.mirarchive.entry.EntryRepository;
import org.mirarchive.model.Release;
import org.mirarchive.work.SourceRepository;

/** {@code /about-the-source}: for students, what the article the archive starts from is, and how to check it. */
@Controller
class AboutTheSourceController {

	private final AboutTheSource about;

	private final EntryRepository entries;

	private final SourceRepository sources;

	private final Release release;

	AboutTheSourceController(AboutTheSource about, EntryRepository entries, SourceRepository sources,
			Release release) {
		this.about = about;
		this.entries = entries;
		this.sources = sources;
		this.release = release;
	}

	/**
	 * The page shows the article's record and the entries' editorial notes with the works they rest
	 * on: it is as new as the newest entry and work.
	 */
	@GetMapping("/about-the-source")
	String show(Model model, Locale locale, WebRequest request) {
		if (request.checkNotModified(release.pageChangedMillis(entries.findLatestChange(), sources.findLatestChange()))) {
			return null;
		}
		model.addAttribute("page", about.page(locale));
		return "sources/about";
	}

}
