package org.mirarchive.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.model.Release;
import org.mirarchive.source.SourceRepository;

/** The home page: what the archive is, its scope and source, how much it holds, and ways in. */
@Controller
class HomeController {

	private final EntryRepository entries;

	private final SourceRepository sources;

	private final Release release;

	HomeController(EntryRepository entries, SourceRepository sources, Release release) {
		this.entries = entries;
		this.sources = sources;
		this.release = release;
	}

	@GetMapping("/")
	String home(Model model, WebRequest request) {
		long changed = release.pageChangedMillis(entries.findLatestChange(), sources.findLatestChange());
		if (request.checkNotModified(changed)) {
			return null;
		}
		Map<EntryKind, Long> counts = new LinkedHashMap<>();
		Arrays.stream(EntryKind.values()).forEach(kind -> counts.put(kind, entries.countByKind(kind)));
		model.addAttribute("counts", counts);
		model.addAttribute("sourceCount", sources.count());
		model.addAttribute("article", sources.findAllByOrderByPosition().get(0));
		return "home";
	}

}
