package org.mirarchive.history;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.mirarchive.entry.EntryKind;
import org.mirarchive.model.Slug;

/**
 * Each entry's history ({@code /people/{slug}/history}: its revisions, newest first) and each
 * revision of it ({@code /people/{slug}/revisions/{n}}: the entry as that revision left it, a
 * permanent address to cite). Open to readers, like the entry's page.
 */
@Controller
class HistoryController {

	private static final String ENTRY = "/{kind:" + EntryKind.PATHS + "}/{slug}";

	/** A revision's number as an address writes it: digits, no sign, no leading zero. */
	static final String NUMBER = "[1-9][0-9]{0,8}";

	private final HistoryPages pages;

	HistoryController(HistoryPages pages) {
		this.pages = pages;
	}

	@GetMapping(ENTRY + "/history")
	String history(@PathVariable("kind") String path, @PathVariable("slug") String slug, Model model, Locale locale) {
		EntryKind kind = kind(path, slug);
		model.addAttribute("page", pages.history(kind, slug, locale).orElseThrow(HistoryController::notFound));
		return "history/history";
	}

	@GetMapping(ENTRY + "/revisions/{number}")
	String revision(@PathVariable("kind") String path, @PathVariable("slug") String slug,
			@PathVariable("number") String number, Model model, Locale locale) {
		EntryKind kind = kind(path, slug);
		if (!number.matches(NUMBER)) {
			throw notFound();
		}
		model.addAttribute("page",
				pages.revision(kind, slug, Integer.parseInt(number), locale).orElseThrow(HistoryController::notFound));
		return "history/revision";
	}

	/** What changed between two revisions of an entry ({@code ?from=1&to=5}), field by field. */
	@GetMapping(ENTRY + "/history/diff")
	String diff(@PathVariable("kind") String path, @PathVariable("slug") String slug,
			@RequestParam(name = "from", defaultValue = "") String from,
			@RequestParam(name = "to", defaultValue = "") String to, Model model, Locale locale) {
		EntryKind kind = kind(path, slug);
		if (!from.matches(NUMBER) || !to.matches(NUMBER)) {
			throw notFound();
		}
		model.addAttribute("page", pages.diff(kind, slug, Integer.parseInt(from), Integer.parseInt(to), locale)
			.orElseThrow(HistoryController::notFound));
		return "history/diff";
	}

	/** The kind an address names, where its slug can name an entry at all. */
	private static EntryKind kind(String path, String slug) {
		if (!Slug.isValid(slug)) {
			throw notFound();
		}
		return EntryKind.fromPath(path).orElseThrow(HistoryController::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
