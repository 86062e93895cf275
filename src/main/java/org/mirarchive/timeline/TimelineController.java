package org.mirarchive.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.address.PageAddresses;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryCounts;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryLists;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.Events;
import org.mirarchive.entry.IndexLine;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.HistoricalDate;
import org.mirarchive.model.Paging;
import org.mirarchive.model.Release;

/**
 * {@code /timeline}: dated events in order, then those the sources leave undated, a page at a
 * time ({@code /timeline?page=2}); narrowed, in a link a teacher can share, to the events a person
 * or an organization took part in and to a date range ({@link TimelineFilter}), which the
 * database applies. A filter that cannot be applied gets a page that says why (400), never an
 * error.
 */
@Controller
class TimelineController {

	/** A person or organization a reader can narrow the timeline to. */
	record Choice(String slug, String name) {
	}

	/**
	 * The most people or organizations the filter offers in a menu; beyond, it asks for the end of
	 * the address (each entry's page links to its timeline), since a menu of 20,000 names would
	 * be most of the page.
	 */
	static final int MENU_LIMIT = 200;

	/** One thing the shown timeline is narrowed by, in words: "Person: Augusto Pinochet". */
	record Narrowing(String labelKey, String value) {
	}

	private final EntryRepository entries;

	private final EntryLists lists;

	private final EntryCounts counts;

	private final DateWords dateWords;

	private final MessageSource messages;

	private final ArchiveAddresses addresses;

	private final Release release;

	TimelineController(EntryRepository entries, EntryLists lists, EntryCounts counts, DateWords dateWords,
			MessageSource messages, ArchiveAddresses addresses, Release release) {
		this.entries = entries;
		this.lists = lists;
		this.counts = counts;
		this.dateWords = dateWords;
		this.messages = messages;
		this.addresses = addresses;
		this.release = release;
	}

	@GetMapping("/timeline")
	String timeline(@RequestParam(name = "person", required = false) String person,
			@RequestParam(name = "organization", required = false) String organization,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "page", required = false) String page, Model model, Locale locale,
			WebRequest request, HttpServletResponse response) {
		Paging paging = Paging.parse(page).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		TimelineFilter filter = new TimelineFilter(person, organization, from, to);
		List<TimelineFilter.Problem> problems = new ArrayList<>(filter.dateProblems());
		Optional<Entry> who = participant(EntryKind.PERSON, filter.person(), "timeline.problem.person", problems);
		Optional<Entry> which = participant(EntryKind.ORGANIZATION, filter.organization(),
				"timeline.problem.organization", problems);
		model.addAttribute("filter", filter);
		model.addAttribute("people", choices(EntryKind.PERSON));
		model.addAttribute("organizations", choices(EntryKind.ORGANIZATION));
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", problems.stream()
				.map(p -> messages.getMessage(p.key(), new Object[] { p.value() }, locale))
				.toList());
			model.addAttribute(PageAddresses.CANONICAL, addresses.absolute("/timeline"));
			return "timeline";
		}
		// Any view of the timeline is as new as the newest entry (an unchanged one is a 304).
		if (request.checkNotModified(release.pageChangedMillis(entries.findLatestChange()))) {
			return null;
		}
		TimelineQuery query = new TimelineQuery(filter, who.orElse(null), which.orElse(null));
		Page<Entry> found = filter.isNarrowed() ? narrowed(query, paging) : lists.page(EntryKind.EVENT, paging);
		List<IndexLine> dated = new ArrayList<>();
		List<IndexLine> undated = new ArrayList<>();
		for (Entry event : found) {
			(event.getDate().isPresent() ? dated : undated).add(IndexLine.of(event, dateWords, locale));
		}
		model.addAttribute("pager", paging.pager(found, "/timeline", filter.parameters())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("dated", dated);
		model.addAttribute("undated", undated);
		model.addAttribute("matching", found.getTotalElements());
		model.addAttribute("undatedLeftOut", filter.byDate() ? entries.count(query.undatedEvents()) : 0);
		model.addAttribute("narrowing", narrowing(filter, who, which, locale));
		model.addAttribute(PageAddresses.CANONICAL, addresses.absolute(filter.path()));
		return "timeline";
	}

	/** The entry a filter names, or a problem when there is no such person or organization. */
	private Optional<Entry> participant(EntryKind kind, String slug, String problemKey,
			List<TimelineFilter.Problem> problems) {
		if (slug == null) {
			return Optional.empty();
		}
		Optional<Entry> found = entries.findByKindAndSlug(kind, slug);
		if (found.isEmpty()) {
			problems.add(new TimelineFilter.Problem(problemKey, slug));
		}
		return found;
	}

	/**
	 * A page of the events a filter keeps, in date order: the database narrows them (by the
	 * participants' relations and the dates' bounds), orders and counts them.
	 */
	private Page<Entry> narrowed(TimelineQuery query, Paging paging) {
		Pageable page = paging.pageable();
		return entries.findAll(query.events(),
				PageRequest.of(page.getPageNumber(), page.getPageSize(), Events.IN_DATE_ORDER));
	}

	private List<Narrowing> narrowing(TimelineFilter filter, Optional<Entry> who, Optional<Entry> which,
			Locale locale) {
		List<Narrowing> lines = new ArrayList<>();
		who.ifPresent(entry -> lines.add(new Narrowing("timeline.filter.person", entry.getName())));
		which.ifPresent(entry -> lines.add(new Narrowing("timeline.filter.organization", entry.getName())));
		if (filter.from() != null) {
			lines.add(new Narrowing("timeline.filter.from", dateWords.words(HistoricalDate.parse(filter.from()), locale)));
		}
		if (filter.to() != null) {
			lines.add(new Narrowing("timeline.filter.to", dateWords.words(HistoricalDate.parse(filter.to()), locale)));
		}
		return lines;
	}

	/** The people or organizations to offer in a menu, or null when there are too many for one. */
	private List<Choice> choices(EntryKind kind) {
		if (counts.byKind().get(kind) > MENU_LIMIT) {
			return null;
		}
		return entries.findByKindOrderBySortKeyAscIdAsc(kind)
			.stream()
			.map(e -> new Choice(e.getSlug(), e.getName()))
			.toList();
	}

}
