package org.mirarchive.history;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.model.Release;
import org.mirarchive.model.Slug;
import org.mirarchive.work.SourceRepository;

/**
 * Each entry's history ({@code /people/{slug}/history}: its revisions, newest first), each
 * revision of it ({@code /people/{slug}/revisions/{n}}: the entry as that revision left it, a
 * permanent address to cite) and what changed between two; the same for each cited work under
 * {@code /sources/{slug}}. Open to readers, like the entry's and the work's pages, and dated as the
 * lists are, by the newest change to any entry or work (a revision is written with each change to
 * what it revises): found first, so that an address naming nothing stays a 404 whatever a copy says.
 */
@Controller
class HistoryController {

	private static final String ENTRY = "/{kind:" + EntryKind.PATHS + "}/{slug}";

	/** A revision's number as an address writes it: digits, no sign, no leading zero. */
	static final String NUMBER = "[1-9][0-9]{0,8}";

	/** A cited work's address. */
	private static final String WORK = "/sources/{slug}";

	private final HistoryPages pages;

	private final WorkHistoryPages works;

	private final EntryRepository entries;

	private final SourceRepository sources;

	private final Release release;

	HistoryController(HistoryPages pages, WorkHistoryPages works, EntryRepository entries, SourceRepository sources,
			Release release) {
		this.pages = pages;
		this.works = works;
		this.entries = entries;
		this.sources = sources;
		this.release = release;
	}

	/** The view, or nothing where the reader's copy is as new as the archive's latest change. */
	private String unlessNotModified(WebRequest request, String view) {
		return request.checkNotModified(release.pageChangedMillis(entries.findLatestChange(), sources.findLatestChange()))
				? null : view;
	}

	@GetMapping(ENTRY + "/history")
	String history(@PathVariable("kind") String path, @PathVariable("slug") String slug, Model model, Locale locale,
			WebRequest request) {
		EntryKind kind = kind(path, slug);
		model.addAttribute("page", pages.history(kind, slug, locale).orElseThrow(HistoryController::notFound));
		return unlessNotModified(request, "history/history");
	}

	@GetMapping(ENTRY + "/revisions/{number}")
	String revision(@PathVariable("kind") String path, @PathVariable("slug") String slug,
			@PathVariable("number") String number, Model model, Locale locale, WebRequest request) {
		EntryKind kind = kind(path, slug);
		model.addAttribute("page",
				pages.revision(kind, slug, number(number), locale).orElseThrow(HistoryController::notFound));
		return unlessNotModified(request, "history/revision");
	}

	/** What changed between two revisions of an entry ({@code ?from=1&to=5}), field by field. */
	@GetMapping(ENTRY + "/history/diff")
	String diff(@PathVariable("kind") String path, @PathVariable("slug") String slug,
			@RequestParam(name = "from", defaultValue = "") String from,
			@RequestParam(name = "to", defaultValue = "") String to, Model model, Locale locale, WebRequest request) {
		EntryKind kind = kind(path, slug);
		model.addAttribute("page", pages.diff(kind, slug, number(from), number(to), locale)
			.orElseThrow(HistoryController::notFound));
		return unlessNotModified(request, "history/diff");
	}

	/** A cited work's history, as an entry's. */
	@GetMapping(WORK + "/history")
	String workHistory(@PathVariable("slug") String slug, Model model, Locale locale, WebRequest request) {
		slug(slug);
		model.addAttribute("page", works.history(slug, locale).orElseThrow(HistoryController::notFound));
		return unlessNotModified(request, "history/history");
	}

	/** A cited work as a revision left it: a permanent address to cite. */
	@GetMapping(WORK + "/revisions/{number}")
	String workRevision(@PathVariable("slug") String slug, @PathVariable("number") String number, Model model,
			Locale locale, WebRequest request) {
		slug(slug);
		model.addAttribute("page",
				works.revision(slug, number(number), locale).orElseThrow(HistoryController::notFound));
		return unlessNotModified(request, "history/work-revision");
	}

	/** What changed in a cited work between two of its revisions ({@code ?from=1&to=5}), field by field. */
	@GetMapping(WORK + "/history/diff")
	String workDiff(@PathVariable("slug") String slug, @RequestParam(name = "from", defaultValue = "") String from,
			@RequestParam(name = "to", defaultValue = "") String to, Model model, WebRequest request) {
		slug(slug);
		model.addAttribute("page", works.diff(slug, number(from), number(to)).orElseThrow(HistoryController::notFound));
		return unlessNotModified(request, "history/diff");
	}

	/** A revision's number as an address gives it; a 404 where it is not one. */
	static int number(String number) {
		if (!number.matches(NUMBER)) {
			throw notFound();
		}
		return Integer.parseInt(number);
	}

	/** What is not a slug names nothing: answered without asking the database. */
	private static void slug(String slug) {
		if (!Slug.isValid(slug)) {
			throw notFound();
		}
	}

	/** The kind an address names, where its slug can name an entry at all. */
	private static EntryKind kind(String path, String slug) {
		slug(slug);
		return EntryKind.fromPath(path).orElseThrow(HistoryController::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
