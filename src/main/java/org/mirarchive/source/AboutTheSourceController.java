package org.mirarchive.source;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /about-the-source}: for students, what the article the archive starts from is, and how to check it. */
@Controller
class AboutTheSourceController {

	private final AboutTheSource about;

	AboutTheSourceController(AboutTheSource about) {
		this.about = about;
	}

	@GetMapping("/about-the-source")
	String show(Model model, Locale locale) {
		model.addAttribute("page", about.page(locale));
		return "sources/about";
	}

}
