package org.mirarchive.entry;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import org.mirarchive.model.DateWords;

/** The index of each kind of entry ({@code /people}) and each entry's page ({@code /people/{slug}}). */
@Controller
class EntryController {

	private static final String KINDS = "{kind:people|organizations|events|places}";

	private final EntryRepository entries;

	private final EntryPages pages;

	private final DateWords dateWords;

	EntryController(EntryRepository entries, EntryPages pages, DateWords dateWords) {
		this.entries = entries;
		this.pages = pages;
		this.dateWords = dateWords;
	}

	@GetMapping("/" + KINDS)
	String index(@PathVariable("kind") String path, Model model, Locale locale) {
		EntryKind kind = kind(path);
		List<Entry> found = kind == EntryKind.EVENT ? entries.findByKindInDateOrder(kind)
				: entries.findByKindOrderBySortKey(kind);
		model.addAttribute("kind", kind);
		model.addAttribute("lines", found.stream().map(e -> IndexLine.of(e, dateWords, locale)).toList());
		return "entries/index";
	}

	@GetMapping("/" + KINDS + "/{slug}")
	String show(@PathVariable("kind") String path, @PathVariable("slug") String slug, Model model, Locale locale) {
		EntryKind kind = kind(path);
		EntryPage page = pages.find(kind, slug, locale)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("kind", kind);
		model.addAttribute("page", page);
		return "entries/entry";
	}

	private static EntryKind kind(String path) {
		return EntryKind.fromPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
