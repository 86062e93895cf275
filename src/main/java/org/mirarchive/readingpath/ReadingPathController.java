package org.mirarchive.readingpath;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Serves the list of reading paths, {@code /paths}, and each path, {@code /paths/{slug}}. */
@Controller
class ReadingPathController {

	private final ReadingPaths paths;

	ReadingPathController(ReadingPaths paths) {
		this.paths = paths;
	}

	@GetMapping("/paths")
	String list(Model model, Locale locale) {
		model.addAttribute("paths", paths.list(locale));
		return "paths/index";
	}

	@GetMapping("/paths/{slug}")
	String path(@PathVariable("slug") String slug, Model model, Locale locale) {
		model.addAttribute("path", paths.page(slug, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "paths/path";
	}

}
