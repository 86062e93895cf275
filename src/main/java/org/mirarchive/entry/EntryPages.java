package org.mirarchive.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hibernate.Hibernate;

import org.springframework.stereotype.Component;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.DateText;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.LocalText;
import org.mirarchive.model.StoredDate;
import org.mirarchive.work.Locators;

/**
 * Assembles an {@link EntryPage} inside one read-only transaction, numbering footnotes in the
 * order a reader meets the claims, so that templates only lay out what is already decided.
 */
@Component
public class EntryPages {

	/**
	 * Events listed on a page are in date order; undated ones follow in article order. The same
	 * order as {@link EntryLists} lists events.
	 */
	static final Comparator<Entry> DATE_ORDER = Comparator
		.comparing((Entry e) -> e.getDate().getEarliest(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
		.thenComparing(e -> e.getDate().getLatest(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
		.thenComparingInt(Entry::getPosition)
		.thenComparing(Entry::getId);

	private final EntryRepository entries;

	private final RelationRepository relations;

	private final DateWords dateWords;

	private final Locators locators;

	private final EntryRecords records;

	private final NameLabels nameLabels;

	private final TermLinks termLinks;

	EntryPages(EntryRepository entries, RelationRepository relations, DateWords dateWords, Locators locators,
			EntryRecords records, NameLabels nameLabels, ObjectProvider<TermLinks> termLinks) {
		this.termLinks = termLinks.getIfAvailable(() -> TermLinks.NONE);
		this.entries = entries;
		this.relations = relations;
		this.dateWords = dateWords;
		this.locators = locators;
		this.records = records;
		this.nameLabels = nameLabels;
	}

	@Transactional(readOnly = true)
	public Optional<EntryPage> find(EntryKind kind, String slug, Locale locale) {
		return entries.findByKindAndSlug(kind, slug).map(entry -> assemble(entry, locale));
	}

	private EntryPage assemble(Entry entry, Locale locale) {
		ContentLanguage content = new ContentLanguage(locale);
		LocalText headword = content.name(entry.getName(), entry::nameIn);
		LocalText summary = content.text(entry.getSummary(), entry::summaryIn);
		Footnotes footnotes = new Footnotes(locators, locale, content);
		// Every note the page shows is read before any note's citations (those beside the date
		// and the relations come with them), so that one batch reads the citations (and, in
		// another language, the translations) of them all.
		// Relations to a withdrawn entry are not shown: readers no longer see it anywhere.
		List<Relation> touching = relations.findTouching(entry).stream().filter(Relation::isShown).toList();
		entry.getStatements().stream().findFirst().ifPresent(first -> Hibernate.initialize(first.getNotes()));
		List<Coordinates> points = entry.coordinates();
		points.stream().findFirst().ifPresent(first -> first.getNotes());
		// In reading order: the date line and its notes stand in the page's header, above the names.
		EntryPage.DateLine date = null;
		if (entry.getDate().isPresent()) {
			List<Integer> dateRefs = footnotes.cite(entry.getDateCitations());
			date = new EntryPage.DateLine(text(entry.getDate(), locale), dateRefs,
					noteLines(entry.getDateNotes(), footnotes, content));
		}
		List<EntryPage.NameLine> names = entry.getNames()
			.stream()
			.map(name -> new EntryPage.NameLine(name, footnotes.cite(name.getCitations()), nameLabels.label(name, locale)))
			.toList();
		List<EntryPage.StatementLine> statements = new ArrayList<>();
		for (Statement statement : entry.getStatements()) {
			List<Integer> refs = footnotes.cite(statement.getCitations());
			LocalText text = content.text(statement.getText(), statement::textIn);
			List<EntryPage.NoteLine> notes = noteLines(statement.getNotes(), footnotes, content);
			statements.add(new EntryPage.StatementLine(statement, text, refs, notes));
		}
		statements = linkTerms(statements, entry);
		List<EntryPage.RelationGroup> groups = new ArrayList<>(relationGroups(entry, touching, footnotes, content, locale));
		if (entry.getKind() == EntryKind.PLACE) {
			eventsWithin(entry, touching, footnotes, content, locale).ifPresent(groups::add);
		}
		List<EntryPage.IdentifierLine> identifiers = entry.getIdentifiers()
			.stream()
			.map(identifier -> EntryPage.IdentifierLine.of(identifier, footnotes.cite(identifier.getCitations())))
			.toList();
		List<EntryPage.CoordinatesLine> coordinates = points.stream()
			.map(point -> EntryPage.CoordinatesLine.of(point, locale, footnotes.cite(point.getCitations()),
					noteLines(point.getNotes(), footnotes, content)))
			.toList();
		// The same claims as data, for the page's JSON-LD, read in this transaction.
		EntryRecord record = records.forLinkedData(entry, touching, locale);
		return new EntryPage(entry, headword, summary, names, date, statements, groups, identifiers, coordinates,
				footnotes.references(), record, content.note());
	}

	/**
	 * Groups the entry's relations by kind and by which end the entry is at, in a fixed order
	 * (founders before members, places before events), each group's events in date order.
	 */
	private List<EntryPage.RelationGroup> relationGroups(Entry entry, List<Relation> touching, Footnotes footnotes,
			ContentLanguage content, Locale locale) {
		record Seen(Relation relation, boolean asSubject, Entry other) {
		}
		Map<String, List<Seen>> byHeading = new LinkedHashMap<>();
		touching.stream()
			.map(r -> {
				boolean asSubject = r.getSubject().getId().equals(entry.getId());
				return new Seen(r, asSubject, asSubject ? r.getObject() : r.getSubject());
			})
			.sorted(Comparator.comparing((Seen s) -> s.relation().getKind())
				.thenComparing(s -> !s.asSubject())
				.thenComparing(Seen::other, (a, b) -> a.getKind() == EntryKind.EVENT && b.getKind() == EntryKind.EVENT
						? DATE_ORDER.compare(a, b) : 0)
				.thenComparingInt(s -> s.relation().getPosition()))
			.forEach(seen -> byHeading
				.computeIfAbsent("relation." + seen.relation().getKind() + (seen.asSubject() ? ".out" : ".in"),
						k -> new ArrayList<>())
				.add(seen));
		List<EntryPage.RelationGroup> groups = new ArrayList<>();
		byHeading.forEach((heading, seen) -> groups.add(new EntryPage.RelationGroup(heading,
				seen.get(0).relation().getKind(), seen.stream().map(s -> {
			Relation r = s.relation();
			// On the object's page the subject is shown with its role ("nephew"); on the
			// subject's page the object with the inverse role where there is one ("uncle").
			LocalText role = s.asSubject() && r.getInverseRole() != null
					? content.text(r.getInverseRole(), r::inverseRoleIn) : content.text(r.getRole(), r::roleIn);
			DateText otherDate = s.other().getKind() == EntryKind.EVENT && s.other().getDate().isPresent()
					? text(s.other().getDate(), locale) : null;
			DateText relationDate = r.getDate().isPresent() ? text(r.getDate(), locale) : null;
			List<Integer> refs = footnotes.cite(r.getCitations());
			return new EntryPage.RelationLine(content.name(s.other().getName(), s.other()::nameIn), s.other().url(),
					s.other().getKind(), role,
					relationDate, otherDate, refs, noteLines(r.getNotes(), footnotes, content));
		}).toList())));
		return groups;
	}

	/**
	 * The events that happened at a place within this one, at any depth (the coup, at Santiago,
	 * on Chile's page), in date order; those that happened here are listed with the relations
	 * already. Each line names the place where the event happened and cites that, and every
	 * step from there up to this place. One lookup for each level of places within.
	 */
	private Optional<EntryPage.RelationGroup> eventsWithin(Entry place, List<Relation> touching, Footnotes footnotes,
			ContentLanguage content, Locale locale) {
		record Within(Relation happenedAt, List<Relation> steps) {
		}
		Set<Long> here = new HashSet<>();
		touching.stream()
			.filter(r -> r.getKind() == RelationKind.HAPPENED_AT && r.getObject().getId().equals(place.getId()))
			.forEach(r -> here.add(r.getSubject().getId()));
		// For each place within, the LOCATED_IN relations that lead from it up to this place.
		Map<Long, List<Relation>> stepsUp = new HashMap<>(Map.of(place.getId(), List.of()));
		Map<Long, Within> events = new LinkedHashMap<>();
		List<Long> level = List.of(place.getId());
		while (!level.isEmpty()) {
			List<Long> next = new ArrayList<>();
			for (Relation r : relations.findWithEndsByObjectIdIn(level)) {
				if (!r.isShown()) {
					continue;
				}
				Long subject = r.getSubject().getId();
				List<Relation> above = stepsUp.get(r.getObject().getId());
				if (r.getKind() == RelationKind.LOCATED_IN && !stepsUp.containsKey(subject)) {
					List<Relation> steps = new ArrayList<>();
					steps.add(r);
					steps.addAll(above);
					stepsUp.put(subject, steps);
					next.add(subject);
				}
				else if (r.getKind() == RelationKind.HAPPENED_AT && !above.isEmpty() && !here.contains(subject)) {
					// The nearest place within wins: a level is read before the next.
					events.putIfAbsent(subject, new Within(r, above));
				}
			}
			level = next;
		}
		if (events.isEmpty()) {
			return Optional.empty();
		}
		List<EntryPage.RelationLine> lines = events.values()
			.stream()
			.sorted(Comparator.comparing((Within w) -> w.happenedAt().getSubject(), DATE_ORDER))
			.map(w -> {
				Entry event = w.happenedAt().getSubject();
				List<Citation> cited = new ArrayList<>(w.happenedAt().getCitations());
				w.steps().forEach(step -> cited.addAll(step.getCitations()));
				DateText eventDate = event.getDate().isPresent() ? text(event.getDate(), locale) : null;
				Entry where = w.happenedAt().getObject();
				return new EntryPage.RelationLine(content.name(event.getName(), event::nameIn), event.url(),
						event.getKind(), content.name(where.getName(), where::nameIn), null, eventDate, footnotes.cite(cited), List.of());
			})
			.toList();
		return Optional.of(new EntryPage.RelationGroup("relation.within", null, lines));
	}

	/** Notes in reading order, each numbering its citations after what it stands beside. */
	private static List<EntryPage.NoteLine> noteLines(List<EditorialNote> notes, Footnotes footnotes,
			ContentLanguage content) {
		return notes.stream()
			.map(note -> new EntryPage.NoteLine(note, content.text(note.getText(), note::textIn),
					footnotes.cite(note.getCitations())))
			.toList();
	}

	/** The statements with the first place each glossary term appears on the page linked to it. */
	private List<EntryPage.StatementLine> linkTerms(List<EntryPage.StatementLine> statements, Entry entry) {
		List<List<TermLinks.TextPart>> parts = termLinks.link(statements.stream().map(EntryPage.StatementLine::text).toList(),
				entry.getId());
		List<EntryPage.StatementLine> linked = new ArrayList<>();
		for (int i = 0; i < statements.size(); i++) {
			EntryPage.StatementLine line = statements.get(i);
			linked.add(new EntryPage.StatementLine(line.statement(), line.text(), line.refs(), line.notes(), parts.get(i)));
		}
		return linked;
	}

	DateText text(StoredDate date, Locale locale) {
		return dateWords.text(date.parsed(), locale);
	}

}
