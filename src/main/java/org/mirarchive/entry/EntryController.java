package org.mirarchive.entry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;

import org.mirarchive.address.PageShows;
import org.mirarchive.citation.PageCitations;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.ListPage;
import org.mirarchive.model.Paging;
import org.mirarchive.model.Release;
import org.mirarchive.model.Slug;

/**
 * The index of each kind of entry ({@code /people}, a list page at a time: {@code /people?page=2})
 * and each entry's page ({@code /people/{slug}}). Both answer conditional requests: an unchanged page
 * is a {@code 304} without being assembled. A withdrawn entry's page is a {@code 410 Gone} saying why.
 */
@Controller
class EntryController {

	private static final String KINDS = "{kind:" + EntryKind.PATHS + "}";

	private final EntryRepository entries;

	private final EntryLists lists;

	private final EntryPages pages;

	private final DateWords dateWords;

	private final Release release;

	private final PageCitations citations;

	private final SchemaOrg schemaOrg;

	private final WithdrawnEntries withdrawn;

	private final PlaceMaps maps;

	EntryController(EntryRepository entries, EntryLists lists, EntryPages pages, DateWords dateWords, Release release,
			PageCitations citations, SchemaOrg schemaOrg, WithdrawnEntries withdrawn, PlaceMaps maps) {
		this.withdrawn = withdrawn;
		this.maps = maps;
		this.entries = entries;
		this.lists = lists;
		this.pages = pages;
		this.dateWords = dateWords;
		this.release = release;
		this.citations = citations;
		this.schemaOrg = schemaOrg;
	}

	@GetMapping("/" + KINDS)
	String index(@PathVariable("kind") String path, @RequestParam(name = "page", required = false) String page,
			Model model, Locale locale, WebRequest request, HttpServletRequest servletRequest) {
		EntryKind kind = kind(path);
		// Each line is the entry's own record (a place's point on the map too): only a change to an
		// entry of this kind changes the list.
		PageShows.entriesOfKind(servletRequest, kind.name());
		Paging paging = Paging.parse(page).orElseThrow(EntryController::notFound);
		if (request.checkNotModified(release.pageChangedMillis(entries.findLatestChange()))) {
			return null;
		}
		ListPage<Entry> found = lists.listPage(kind, paging, locale);
		model.addAttribute("pager", paging.pager(found, "/" + kind.path()).orElseThrow(EntryController::notFound));
		model.addAttribute("kind", kind);
		List<IndexLine> lines = found.lines().stream().map(e -> IndexLine.of(e, dateWords, locale)).toList();
		model.addAttribute("lines", lines);
		// The places are also drawn on a map, with those of this list page it cannot draw named beside it.
		model.addAttribute("placeMap", kind == EntryKind.PLACE ? maps.all(lines, locale).orElse(null) : null);
		return "entries/index";
	}

	@GetMapping("/" + KINDS + "/{slug}")
	String show(@PathVariable("kind") String path, @PathVariable("slug") String slug, Model model, Locale locale,
			WebRequest request, HttpServletResponse response) {
		EntryKind kind = kind(path);
		// What is not a slug names no entry: answered without asking the database.
		if (!Slug.isValid(slug)) {
			throw notFound();
		}
		Optional<OffsetDateTime> found = entries.findLastChanged(kind, slug);
		if (found.isEmpty()) {
			Optional<WithdrawnEntries.Gone> gone = withdrawn.find(kind, slug, locale);
			if (gone.isPresent()) {
				response.setStatus(HttpStatus.GONE.value());
				model.addAttribute("gone", gone.get());
				return "entries/withdrawn";
			}
			// An entry whose kind was corrected (the United States, once an organization, is a
			// place) keeps its slug: its old address sends readers on to the new one, for good.
			EntryKind filed = entries.findKindBySlug(slug).orElseThrow(EntryController::notFound);
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY, RequestAttributes.SCOPE_REQUEST);
			return "redirect:" + filed.url(slug);
		}
		OffsetDateTime changed = found.get();
		// The same address answers application/ld+json (LinkedDataController): caches must tell them apart.
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		// The page's citation gives today's access date, so a copy from yesterday is out of date.
		if (request.checkNotModified(release.pageChangedMillis(changed, citations.accessDayStarted()))) {
			return null;
		}
		EntryPage page = pages.find(kind, slug, locale).orElseThrow(EntryController::notFound);
		model.addAttribute("kind", kind);
		model.addAttribute("page", page);
		model.addAttribute("connections", ConnectionPictures.of(kind, page).orElse(null));
		model.addAttribute("description", page.summary().text());
		model.addAttribute("cite", citations.cite(citations.page(page.entry(), locale), locale));
		model.addAttribute("jsonLd", schemaOrg.forScript(schemaOrg.entry(page.record())));
		// People and organizations are also authority records in EAC-CPF (org.mirarchive.authority).
		model.addAttribute("authorityRecord", kind.isAgent() ? page.entry().url() + ".xml" : null);
		// A person's or organization's events on a time axis, drawn from what the page has read.
		model.addAttribute("lifeline", Lifeline.of(page).orElse(null));
		// Where a place lies, or an event happened, among the places the page shows.
		model.addAttribute("map", maps.forPage(page, locale).orElse(null));
		return "entries/entry";
	}

	/**
	 * One statement or editorial note of an entry's page, cited on its own: the sentence as the
	 * page shows it, a link back to it, and the page's citation at the sentence's address
	 * ({@code /organizations/mir/cite/statement-mir-insurgent-group}), so that the citation names it.
	 */
	@GetMapping("/" + KINDS + "/{slug}/cite/{anchor:(?:statement|note)-[a-z0-9]+(?:-[a-z0-9]+)*}")
	String sentence(@PathVariable("kind") String path, @PathVariable("slug") String slug,
			@PathVariable("anchor") String anchor, Model model, Locale locale, WebRequest request) {
		EntryKind kind = kind(path);
		if (!Slug.isValid(slug)) {
			throw notFound();
		}
		OffsetDateTime changed = entries.findLastChanged(kind, slug).orElseThrow(EntryController::notFound);
		if (request.checkNotModified(release.pageChangedMillis(changed, citations.accessDayStarted()))) {
			return null;
		}
		EntryPage page = pages.find(kind, slug, locale).orElseThrow(EntryController::notFound);
		EntryPage.Sentence sentence = page.sentence(anchor).orElseThrow(EntryController::notFound);
		model.addAttribute("kind", kind);
		model.addAttribute("page", page);
		model.addAttribute("sentence", sentence);
		model.addAttribute("cite", citations.cite(citations.page(page.entry(), locale).at(anchor), locale));
		return "entries/sentence";
	}

	private static EntryKind kind(String path) {
		return EntryKind.fromPath(path).orElseThrow(EntryController::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
