package org.mirarchive.timeline;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.IndexLine;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.Release;

/** {@code /timeline}: dated events in order, then those the sources leave undated. */
@Controller
class TimelineController {

	private final EntryRepository entries;

	private final DateWords dateWords;

	private final Release release;

	TimelineController(EntryRepository entries, DateWords dateWords, Release release) {
		this.entries = entries;
		this.dateWords = dateWords;
		this.release = release;
	}

	@GetMapping("/timeline")
	String timeline(Model model, Locale locale, WebRequest request) {
		if (request.checkNotModified(release.pageChangedMillis(entries.findLatestChange()))) {
			return null;
		}
		List<IndexLine> events = entries.findByKindInDateOrder(EntryKind.EVENT)
			.stream()
			.map(e -> IndexLine.of(e, dateWords, locale))
			.toList();
		model.addAttribute("dated", events.stream().filter(line -> line.date() != null).toList());
		model.addAttribute("undated", events.stream().filter(line -> line.date() == null).toList());
		return "timeline";
	}

}
