package org.mirarchive.connections;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /connections}: the whole archive's graph of connections round the MIR, drawn and as lists. */
@Controller
class ConnectionsController {

	private final ArchiveGraph graph;

	ConnectionsController(ArchiveGraph graph) {
		this.graph = graph;
	}

	@GetMapping("/connections")
	String show(Model model, Locale locale) {
		model.addAttribute("graph", graph.view(locale));
		return "connections/graph";
	}

}
