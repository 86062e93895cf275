package org.mirarchive.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.address.PageAddresses;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.IndexLine;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.HistoricalDate;
import org.mirarchive.model.Release;
import org.mirarchive.relation.RelationKind;
import org.mirarchive.relation.RelationRepository;

/**
 * {@code /timeline}: dated events in order, then those the sources leave undated; narrowed, in
 * a link a teacher can share, to the events a person or an organization took part in and to a
 * date range ({@link TimelineFilter}). A filter that cannot be applied gets a page that says why
 * (400), never an error.
 */
@Controller
class TimelineController {

	/** A person or organization a reader can narrow the timeline to. */
	record Choice(String slug, String name) {
	}

	/** One thing the shown timeline is narrowed by, in words: "Person: Augusto Pinochet". */
	record Narrowing(String labelKey, String value) {
	}

	private final EntryRepository entries;

	private final RelationRepository relations;

	private final DateWords dateWords;

	private final MessageSource messages;

	private final ArchiveAddresses addresses;

	private final Release release;

	TimelineController(EntryRepository entries, RelationRepository relations, DateWords dateWords,
			MessageSource messages, ArchiveAddresses addresses, Release release) {
		this.entries = entries;
		this.relations = relations;
		this.dateWords = dateWords;
		this.messages = messages;
		this.addresses = addresses;
		this.release = release;
	}

	@GetMapping("/timeline")
	String timeline(@RequestParam(name = "person", required = false) String person,
			@RequestParam(name = "organization", required = false) String organization,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to, Model model, Locale locale,
			WebRequest request, HttpServletResponse response) {
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
		Set<Long> tookPart = tookPart(Stream.of(who, which).flatMap(Optional::stream).toList());
		List<IndexLine> dated = new ArrayList<>();
		List<IndexLine> undated = new ArrayList<>();
		int undatedLeftOut = 0;
		for (Entry event : entries.findByKindInDateOrder(EntryKind.EVENT)) {
			if (tookPart != null && !tookPart.contains(event.getId())) {
				continue;
			}
			if (!event.getDate().isPresent() && filter.byDate()) {
				undatedLeftOut++;
			}
			else if (filter.inRange(event.getDate())) {
				(event.getDate().isPresent() ? dated : undated).add(IndexLine.of(event, dateWords, locale));
			}
		}
		model.addAttribute("dated", dated);
		model.addAttribute("undated", undated);
		model.addAttribute("matching", dated.size() + undated.size());
		model.addAttribute("undatedLeftOut", undatedLeftOut);
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

	/** The events every one of the participants took part in, or null when no participant narrows the timeline. */
	private Set<Long> tookPart(List<Entry> participants) {
		Set<Long> events = null;
		for (Entry participant : participants) {
			Set<Long> theirs = new HashSet<>(relations.findObjectIds(RelationKind.PARTICIPANT_IN, participant));
			if (events == null) {
				events = theirs;
			}
			else {
				events.retainAll(theirs);
			}
		}
		return events;
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

	private List<Choice> choices(EntryKind kind) {
		return entries.findByKindOrderBySortKey(kind).stream().map(e -> new Choice(e.getSlug(), e.getName())).toList();
	}

}
