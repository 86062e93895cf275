package org.mirarchive.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import org.mirarchive.entry.EntryCounts;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.model.Release;
import org.mirarchive.work.SourceCount;
import org.mirarchive.work.SourceRepository;

/** The home page: what the archive is, its scope and source, how much it holds, and ways in. */
@Controller
class HomeController {

	private final EntryRepository entries;

	private final EntryCounts entryCounts;

	private final SourceRepository sources;

	private final SourceCount sourceCount;

	private final Release release;

	HomeController(EntryRepository entries, EntryCounts entryCounts, SourceRepository sources, SourceCount sourceCount,
			Release release) {
		this.entries = entries;
		this.entryCounts = entryCounts;
		this.sources = sources;
		this.sourceCount = sourceCount;
		this.release = release;
	}

	@GetMapping("/")
	String home(Model model, WebRequest request) {
		long changed = release.pageChangedMillis(entries.findLatestChange(), sources.findLatestChange());
		if (request.checkNotModified(changed)) {
			return null;
		}
		model.addAttribute("counts", entryCounts.byKind());
		model.addAttribute("sourceCount", sourceCount.all());
		model.addAttribute("article", sources.findFirstByOrderByPositionAscIdAsc().orElseThrow());
		return "home";
	}

}
