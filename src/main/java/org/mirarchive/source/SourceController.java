package org.mirarchive.source;

import java.time.OffsetDateTime;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

import org.mirarchive.citation.PageCitations;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.model.ListPage;
import org.mirarchive.model.Paging;
import org.mirarchive.model.Release;
import org.mirarchive.model.Slug;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceLists;
import org.mirarchive.work.SourceRepository;

/**
 * {@code /sources}, the cited works a list page at a time, and {@code /sources/{slug}}, one work's
 * record and what cites it. Both answer conditional requests: an unchanged page is a {@code 304}
 * without being assembled.
 */
@Controller
class SourceController {

	private final SourceRepository sources;

	private final EntryRepository entries;

	private final SourceLists lists;

	private final SourcePages pages;

	private final Release release;

	private final PageCitations citations;

	private final SourceLinkedData linkedData;

	SourceController(SourceRepository sources, EntryRepository entries, SourceLists lists, SourcePages pages,
			Release release, PageCitations citations, SourceLinkedData linkedData) {
		this.sources = sources;
		this.entries = entries;
		this.lists = lists;
		this.pages = pages;
		this.release = release;
		this.citations = citations;
		this.linkedData = linkedData;
	}

	@GetMapping("/sources")
	String index(@RequestParam(name = "page", required = false) String page, Model model, Locale locale,
			WebRequest request) {
		Paging paging = Paging.parse(page).orElseThrow(SourceController::notFound);
		if (request.checkNotModified(release.pageChangedMillis(sources.findLatestChange()))) {
			return null;
		}
		ListPage<Source> found = lists.listPage(paging);
		model.addAttribute("pager", paging.pager(found, "/sources").orElseThrow(SourceController::notFound));
		model.addAttribute("sources", found.lines().stream().map(source -> SourceLine.of(source, locale)).toList());
		return "sources/index";
	}

	@GetMapping("/sources/{slug}")
	String show(@PathVariable("slug") String slug, Model model, Locale locale, WebRequest request,
			HttpServletResponse response) {
		// What is not a slug names no work: answered without asking the database.
		if (!Slug.isValid(slug)) {
			throw notFound();
		}
		OffsetDateTime changed = sources.findLastChanged(slug).orElseThrow(SourceController::notFound);
		// The same address answers application/ld+json (LinkedDataController): caches must tell them apart.
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		// The page lists what the archive cites the work for, which changes with the entries that
		// cite it (a curator's new citation leaves the work's record as it was): as new as the
		// latest change to any entry. And its citation gives today's access date, so a copy from
		// yesterday is out of date.
		if (request.checkNotModified(
				release.pageChangedMillis(changed, entries.findLatestChange(), citations.accessDayStarted()))) {
			return null;
		}
		SourcePage page = pages.find(slug, locale).orElseThrow(SourceController::notFound);
		model.addAttribute("page", page);
		model.addAttribute("description", page.summary().text());
		model.addAttribute("cite", citations.cite(citations.page(page.source(), locale), locale));
		model.addAttribute("jsonLd", linkedData.forScript(page.record()));
		return "sources/source";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
