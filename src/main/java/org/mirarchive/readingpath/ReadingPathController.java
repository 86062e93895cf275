package org.mirarchive.readingpath;

import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

import org.mirarchive.entry.EntryRepository;
import org.mirarchive.model.Release;
import org.mirarchive.work.SourceRepository;

/** Serves the list of reading paths, {@code /paths}, and each path, {@code /paths/{slug}}. */
@Controller
class ReadingPathController {

	private final ReadingPaths paths;

	private final ReadingPathRepository records;

	private final EntryRepository entries;

	private final SourceRepository sources;

	private final Release release;

	ReadingPathController(ReadingPaths paths, ReadingPathRepository records, EntryRepository entries,
			SourceRepository sources, Release release) {
		this.paths = paths;
		this.records = records;
		this.entries = entries;
		this.sources = sources;
		this.release = release;
	}

	/** The list shows the paths' own titles, introductions and numbers of steps: as new as the newest path. */
	@GetMapping("/paths")
	String list(Model model, Locale locale, WebRequest request) {
		if (request.checkNotModified(release.pageChangedMillis(records.findLatestChange()))) {
			return null;
		}
		model.addAttribute("paths", paths.list(locale));
		return "paths/index";
	}

	/**
	 * A path shows its own title, steps, texts and citations, and the entries, statements and works
	 * its steps lead to (their names, summaries, sections, the entries citing a section): it is as
	 * new as the newest of the path, the entries and the works.
	 */
	@GetMapping("/paths/{slug}")
	String path(@PathVariable("slug") String slug, Model model, Locale locale, WebRequest request) {
		OffsetDateTime changed = records.findLastChanged(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (request.checkNotModified(
				release.pageChangedMillis(changed, entries.findLatestChange(), sources.findLatestChange()))) {
			return null;
		}
		model.addAttribute("path", paths.page(slug, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "paths/path";
	}

}
