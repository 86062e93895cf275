package org.mirarchive.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.entry.EditorialNoteRepository;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryCounts;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryLists;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.Events;
import org.mirarchive.entry.IndexLine;
import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.HistoricalDate;
import org.mirarchive.model.ListPage;
import org.mirarchive.model.Paging;
import org.mirarchive.picture.TimeChart;
import org.mirarchive.timeline.TimelineView.Choice;
import org.mirarchive.timeline.TimelineView.Narrowing;

/**
 * Assembles the timeline a filter asks for, in two steps, so that a filter that cannot be applied
 * is refused before a conditional request is answered: {@link #check} finds the person and
 * organization a filter names, then {@link #page} reads a page of the events it keeps, which the
 * database narrows, orders and counts.
 */
@Component
class Timeline {

	/**
	 * The most people or organizations the filter offers in a menu; beyond, it asks for the end of
	 * the address (each entry's page links to its timeline), since a menu of 20,000 names would
	 * be most of the page.
	 */
	static final int MENU_LIMIT = 200;

	/** A filter checked against the archive: its query, which applies when there are no problems. */
	record Checked(TimelineQuery query, List<TimelineFilter.Problem> problems) {

		boolean applies() {
			return problems.isEmpty();
		}

	}

	private final EntryRepository entries;

	private final EntryLists lists;

	private final EntryCounts counts;

	private final DateWords dateWords;

	private final EditorialNoteRepository notes;

	Timeline(EntryRepository entries, EntryLists lists, EntryCounts counts, DateWords dateWords,
			EditorialNoteRepository notes) {
		this.entries = entries;
		this.notes = notes;
		this.lists = lists;
		this.counts = counts;
		this.dateWords = dateWords;
	}

	/**
	 * The filter with the person and organization it names found in the archive, and what in it
	 * cannot be applied: dates first, then who, as the page lists them.
	 */
	Checked check(TimelineFilter filter) {
		List<TimelineFilter.Problem> problems = new ArrayList<>(filter.dateProblems());
		Entry person = participant(EntryKind.PERSON, filter.person(), "timeline.problem.person", problems);
		Entry organization = participant(EntryKind.ORGANIZATION, filter.organization(),
				"timeline.problem.organization", problems);
		return new Checked(new TimelineQuery(filter, person, organization), List.copyOf(problems));
	}

	/** The page that says why a checked filter cannot be applied. */
	TimelineView refusal(Checked checked, Locale locale) {
		return TimelineView.refusal(checked.query().filter(), choices(EntryKind.PERSON, locale),
				choices(EntryKind.ORGANIZATION, locale), checked.problems());
	}

	/** A page of the events a filter that applies keeps; empty for a page beyond the last. */
	@Transactional(readOnly = true)
	Optional<TimelineView> page(TimelineQuery query, Paging paging, Locale locale) {
		TimelineFilter filter = query.filter();
		ListPage<Entry> found = events(query, paging);
		Optional<Paging.Pager> pager = paging.pager(found, "/timeline", filter.parameters());
		if (pager.isEmpty()) {
			return Optional.empty();
		}
		List<TimelineView.DatedLine> dated = new ArrayList<>();
		List<TimeChart.Line> drawn = new ArrayList<>();
		Map<Long, IndexLine> undatedEvents = new LinkedHashMap<>();
		for (Entry event : found) {
			IndexLine line = IndexLine.of(event, dateWords, locale);
			if (event.getDate().isPresent()) {
				// A disputed date is marked here and explained on the event's page, beside its date.
				dated.add(new TimelineView.DatedLine(line, event.getDateNotes().isEmpty() ? null : line.url() + "#date-note"));
				drawn.add(new TimeChart.Line(line.name().text(), line.name().lang(), line.url(), line.date().date(),
						line.date().words(), false));
			}
			else {
				undatedEvents.put(event.getId(), line);
			}
		}
		long undatedLeftOut = filter.byDate() ? entries.count(query.undatedEvents()) : 0;
		return Optional.of(new TimelineView(filter, choices(EntryKind.PERSON, locale), choices(EntryKind.ORGANIZATION, locale),
				List.of(), narrowing(query, locale), found.total(), undatedLeftOut, dated, undated(undatedEvents),
				pager.get(), drawn.isEmpty() ? null : TimeChart.of(drawn, "timeline")));
	}

	/**
	 * Why each undated event has none, from what the archive holds: the works the editorial notes
	 * on its page cite, read for the page's undated events at once. Nothing more is claimed: a
	 * note may discuss the event without dating it.
	 */
	private List<TimelineView.UndatedLine> undated(Map<Long, IndexLine> events) {
		if (events.isEmpty()) {
			return List.of();
		}
		Map<Long, List<String>> works = new LinkedHashMap<>();
		for (Object[] row : notes.findWorksCitedInNotes(events.keySet())) {
			works.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
		}
		return events.entrySet().stream().map(event -> {
			List<String> cited = works.get(event.getKey());
			return cited == null ? new TimelineView.UndatedLine(event.getValue(), "timeline.undated.why.none", null)
					: new TimelineView.UndatedLine(event.getValue(), "timeline.undated.why.notes",
							String.join("; ", cited));
		}).toList();
	}

	/**
	 * The page's events. The whole timeline is the list of events ({@code /events}), its ids read
	 * from an index alone and its count kept a minute; narrowed, the database keeps, orders and
	 * counts the events the filter's conditions allow.
	 */
	private ListPage<Entry> events(TimelineQuery query, Paging paging) {
		if (!query.filter().isNarrowed()) {
			return lists.listPage(EntryKind.EVENT, paging);
		}
		Pageable page = paging.pageable();
		var found = entries.findAll(query.events(),
				PageRequest.of(page.getPageNumber(), page.getPageSize(), Events.IN_DATE_ORDER));
		return new ListPage<>(found.getContent(), paging, found.getTotalElements());
	}

	/** The entry a filter names, or a problem when there is no such person or organization. */
	private Entry participant(EntryKind kind, String slug, String problemKey, List<TimelineFilter.Problem> problems) {
		if (slug == null) {
			return null;
		}
		// A withdrawn one is none, for readers.
		Optional<Entry> found = entries.findByKindAndSlug(kind, slug).filter(entry -> !entry.isWithdrawn());
		if (found.isEmpty()) {
			problems.add(new TimelineFilter.Problem(problemKey, slug));
		}
		return found.orElse(null);
	}

	private List<Narrowing> narrowing(TimelineQuery query, Locale locale) {
		List<Narrowing> lines = new ArrayList<>();
		ContentLanguage content = new ContentLanguage(locale);
		if (query.person() != null) {
			lines.add(new Narrowing("timeline.filter.person", name(query.person(), content)));
		}
		if (query.organization() != null) {
			lines.add(new Narrowing("timeline.filter.organization", name(query.organization(), content)));
		}
		TimelineFilter filter = query.filter();
		if (filter.from() != null) {
			lines.add(new Narrowing("timeline.filter.from", dateWords.words(HistoricalDate.parse(filter.from()), locale)));
		}
		if (filter.to() != null) {
			lines.add(new Narrowing("timeline.filter.to", dateWords.words(HistoricalDate.parse(filter.to()), locale)));
		}
		return lines;
	}

	private static String name(Entry entry, ContentLanguage content) {
		return content.name(entry.getName(), entry::nameIn).text();
	}

	/** The people or organizations to offer in a menu, or null when there are too many for one. */
	private List<Choice> choices(EntryKind kind, Locale locale) {
		if (counts.byKind().get(kind) > MENU_LIMIT) {
			return null;
		}
		ContentLanguage content = new ContentLanguage(locale);
		// In the order of the names the menu shows: the Spanish menu by the Spanish headwords' keys.
		return entries.findWithTranslationsByKind(kind)
			.stream()
			.sorted(Comparator.comparing((Entry e) -> e.sortKeyIn(content.language())).thenComparing(Entry::getId))
			.map(e -> new Choice(e.getSlug(), content.name(e.getName(), e::nameIn).text()))
			.toList();
	}

}
