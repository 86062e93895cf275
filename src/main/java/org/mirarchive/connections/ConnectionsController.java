package org.mirarchive.connections;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import org.mirarchive.entry.EntryRepository;
import org.mirarchive.model.Release;

/** {@code /connections}: the whole archive's graph of connections round the MIR, drawn and as lists. */
@Controller
class ConnectionsController {

	private final ArchiveGraph graph;

	private final EntryRepository entries;

	private final Release release;

	ConnectionsController(ArchiveGraph graph, EntryRepository entries, Release release) {
		this.graph = graph;
		this.entries = entries;
		this.release = release;
	}

	/** The graph shows entries (their names, their relations, how many there are): it is as new as the newest. */
	@GetMapping("/connections")
	String show(Model model, Locale locale, WebRequest request) {
		if (request.checkNotModified(release.pageChangedMillis(entries.findLatestChange()))) {
			return null;
		}
		model.addAttribute("graph", graph.view(locale));
		return "connections/graph";
	}

}
