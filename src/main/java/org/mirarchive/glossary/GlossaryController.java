package org.mirarchive.glossary;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the glossary, {@code /glossary}. */
@Controller
class GlossaryController {

	private final GlossaryPages pages;

	GlossaryController(GlossaryPages pages) {
		this.pages = pages;
	}

	@GetMapping("/glossary")
	String glossary(Model model, Locale locale) {
		model.addAttribute("glossary", pages.page(locale));
		return "glossary";
	}

}
