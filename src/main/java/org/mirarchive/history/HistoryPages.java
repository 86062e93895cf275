package org.mirarchive.history;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.curation.DraftDiff;
import org.mirarchive.curation.EntryDraft;
import org.mirarchive.entry.Citation;
import org.mirarchive.entry.EditorialNote;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryPage;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.Footnotes;
import org.mirarchive.entry.NameLabels;
import org.mirarchive.entry.Relation;
import org.mirarchive.entry.RelationKind;
import org.mirarchive.entry.Statement;
import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.DateText;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.HistoricalDate;
import org.mirarchive.model.LocalText;
import org.mirarchive.model.StoredDate;
import org.mirarchive.work.Locators;

/**
 * Assembles an entry's history page, what changed between two of its revisions and the page of one
 * of them (a work's are assembled by {@link WorkHistoryPages} with the same parts), each in one read-only
 * transaction, so that the templates only lay out what is decided here.
 */
@Component
public class HistoryPages {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private final EntryRepository entries;

	private final EntryRevisions revisions;

	private final DateWords dateWords;

	private final Locators locators;

	private final NameLabels nameLabels;

	private final MessageSource messages;

	HistoryPages(EntryRepository entries, EntryRevisions revisions, DateWords dateWords, Locators locators,
			NameLabels nameLabels, MessageSource messages) {
		this.entries = entries;
		this.revisions = revisions;
		this.dateWords = dateWords;
		this.locators = locators;
		this.nameLabels = nameLabels;
		this.messages = messages;
	}

	/** When a revision was committed, in the reader's words and for machines. */
	public record When(String text, String machine) {
	}

	/**
	 * One line of an entry's history.
	 *
	 * @param author the curator's username, or null for the archive's seed and for a change made by
	 * no curator (a program's)
	 * @param size the claims it added, changed and removed, against the revision before it
	 * @param compareUrl what it changed against the revision before it (null for the first)
	 * @param revertUrl where a curator reverts the entry to it (null for the newest)
	 */
	public record HistoryLine(int number, When when, String author, String summary, ChangeSize size, String url,
			String compareUrl, String revertUrl) {

		/** Whether this is the archive as its migrations seeded it (revision 1). */
		public boolean isBaseline() {
			return number == 1;
		}

	}

	/**
	 * An entry's or a work's history: its name now, its address, and its revisions, newest first.
	 *
	 * @param menu the part of the archive the page is in (the layout's menu: "people", "sources")
	 * @param work whether it is a work's history (its words say "work", its sizes count fields)
	 */
	public record HistoryPage(String menu, boolean work, LocalText name, String url, List<HistoryLine> lines) {
	}

	@Transactional(readOnly = true)
	Optional<HistoryPage> history(EntryKind kind, String slug, Locale locale) {
		return entries.findByKindAndSlug(kind, slug).map(entry -> {
			ContentLanguage content = new ContentLanguage(locale);
			return new HistoryPage(kind.path(), false, content.name(entry.getName(), entry::nameIn), entry.url(),
					this.<EntryDraft>lines(revisions.of(entry.getId()),
							number -> revisions.draftAtRevision(entry.getId(), number).orElse(null),
							ChangeSize::between, entry.url(), locale));
		});
	}

	/**
	 * The lines of a history, newest first: each revision compared with the one before it (as
	 * {@code draftAt} reads the entry or work at a revision, null where it did not exist), with its
	 * address, what it changed and where a curator reverts to it.
	 */
	<D> List<HistoryLine> lines(List<EntryRevisions.Revision> found, IntFunction<D> draftAt,
			BiFunction<D, D, ChangeSize> size, String url, Locale locale) {
		// Oldest first, each compared with the one before it; then shown newest first.
		List<HistoryLine> lines = new ArrayList<>();
		D before = null;
		Integer previous = null;
		for (int i = found.size() - 1; i >= 0; i--) {
			EntryRevisions.Revision revision = found.get(i);
			D after = draftAt.apply(revision.number());
			lines.add(0, new HistoryLine(revision.number(), when(revision.committed(), locale), revision.author(),
					summary(revision, locale), size.apply(before, after), url + "/revisions/" + revision.number(),
					previous == null ? null : compareUrl(url, previous, revision.number()),
					i == 0 ? null : RevertController.CURATE + url + "/revert?revision=" + revision.number()));
			before = after;
			previous = revision.number();
		}
		return lines;
	}

	/**
	 * What changed in an entry or a work between two of its revisions, field by field.
	 *
	 * @param menu the part of the archive the page is in (the layout's menu)
	 * @param work whether it is a work's (its words say "work")
	 */
	public record DiffPage(String menu, boolean work, LocalText name, String url, String historyUrl, int from, int to,
			String fromUrl, String toUrl, List<DraftDiff.Change> changes) {
	}

	static String compareUrl(String url, int from, int to) {
		return url + "/history/diff?from=" + from + "&to=" + to;
	}

	@Transactional(readOnly = true)
	Optional<DiffPage> diff(EntryKind kind, String slug, int from, int to, Locale locale) {
		return entries.findByKindAndSlug(kind, slug).flatMap(entry -> {
			ContentLanguage content = new ContentLanguage(locale);
			return this.<EntryDraft>diff(new DiffPage(kind.path(), false, content.name(entry.getName(), entry::nameIn), entry.url(),
					null, from, to, null, null, null), number -> revisions.draftAtRevision(entry.getId(), number),
					(before, after) -> DraftDiff.between(before, after).changes());
		});
	}

	/**
	 * A diff page filled in from what names it ({@code named}: menu, name, address, the two
	 * revisions), with the changes between the two drafts; empty where either revision did not have it.
	 */
	<D> Optional<DiffPage> diff(DiffPage named, IntFunction<Optional<D>> draftAt,
			BiFunction<D, D, List<DraftDiff.Change>> changes) {
		Optional<D> before = draftAt.apply(named.from());
		Optional<D> after = draftAt.apply(named.to());
		if (before.isEmpty() || after.isEmpty()) {
			return Optional.empty();
		}
		String url = named.url();
		return Optional.of(new DiffPage(named.menu(), named.work(), named.name(), url, url + "/history", named.from(),
				named.to(), url + "/revisions/" + named.from(), url + "/revisions/" + named.to(),
				changes.apply(before.get(), after.get())));
	}

	/** An entry as a revision left it, laid out as its page was, with the revision it is. */
	public record RevisionPage(EntryKind kind, int number, When when, String author, String summary, String url,
			String historyUrl, LocalText name, LocalText summaryText, EntryPage.DateLine date,
			List<EntryPage.NameLine> names, List<EntryPage.StatementLine> statements,
			List<EntryPage.RelationGroup> relations, List<EntryPage.IdentifierLine> identifiers,
			List<EntryPage.CoordinatesLine> coordinates, List<Footnotes.Reference> references) {

		/** Whether this is the archive as its migrations seeded it (revision 1). */
		public boolean isBaseline() {
			return number == 1;
		}

		/** Whether the entry is a place, whose page says where it is or that no work says so. */
		public boolean locatable() {
			return kind == EntryKind.PLACE;
		}

	}

	@Transactional(readOnly = true)
	Optional<RevisionPage> revision(EntryKind kind, String slug, int number, Locale locale) {
		Optional<Entry> current = entries.findByKindAndSlug(kind, slug);
		Optional<EntryRevisions.Revision> revision = revisions.revision(number);
		if (current.isEmpty() || revision.isEmpty()) {
			return Optional.empty();
		}
		Entry now = current.get();
		return revisions.at(now.getId(), number).map(at -> assemble(kind, now.url(), revision.get(), at, locale));
	}

	/** A revision's summary as a reader reads it: the curator's words, or the seed's in the reader's language. */
	String summary(EntryRevisions.Revision revision, Locale locale) {
		return revision.isSeed() ? messages.getMessage("history.seed.summary", null, locale) : revision.summary();
	}

	private RevisionPage assemble(EntryKind kind, String url, EntryRevisions.Revision revision, EntryAtRevision at,
			Locale locale) {
		Entry entry = at.entry();
		ContentLanguage content = new ContentLanguage(locale);
		Footnotes footnotes = new Footnotes(locators, locale, content);
		// In reading order, as the entry's page numbers its footnotes: date, names, statements, relations,
		// identifiers in other archives, a place's coordinates.
		EntryPage.DateLine date = null;
		if (entry.getDate().isPresent()) {
			date = new EntryPage.DateLine(text(entry.getDate(), locale), footnotes.cite(at.dateCitations()), List.of());
		}
		List<EntryPage.NameLine> names = at.names()
			.stream()
			.map(name -> new EntryPage.NameLine(name, footnotes.cite(cited(at.nameCitations(), name.getId())),
					nameLabels.label(name, locale)))
			.toList();
		List<EntryPage.StatementLine> statements = new ArrayList<>();
		for (Statement statement : at.statements()) {
			List<Integer> refs = footnotes.cite(cited(at.statementCitations(), statement.getId()));
			List<EntryPage.NoteLine> notes = at.notes()
				.getOrDefault(statement.getId(), List.of())
				.stream()
				.map(note -> noteLine(note, at, footnotes, content))
				.toList();
			statements.add(new EntryPage.StatementLine(statement, content.text(statement.getText(), statement::textIn),
					refs, notes));
		}
		List<EntryPage.RelationGroup> relations = relationGroups(at, footnotes, content, locale);
		List<EntryPage.IdentifierLine> identifiers = at.identifiers()
			.stream()
			.map(identifier -> EntryPage.IdentifierLine.of(identifier,
					footnotes.cite(cited(at.identifierCitations(), identifier.getId()))))
			.toList();
		List<EntryPage.CoordinatesLine> coordinates = at.coordinates()
			.stream()
			.map(point -> EntryPage.CoordinatesLine.of(point, locale,
					footnotes.cite(cited(at.coordinatesCitations(), point.getId())),
					at.coordinatesNotes()
						.getOrDefault(point.getId(), List.of())
						.stream()
						.map(note -> noteLine(note, at, footnotes, content))
						.toList()))
			.toList();
		return new RevisionPage(kind, revision.number(), when(revision.committed(), locale), revision.author(),
				summary(revision, locale), url, url + "/history", content.name(entry.getName(), entry::nameIn),
				content.text(entry.getSummary(), entry::summaryIn), date, names, statements, relations, identifiers,
				coordinates, footnotes.references());
	}

	/** The relations by kind and by the end the entry is at, in the order the entry's page gives them. */
	private List<EntryPage.RelationGroup> relationGroups(EntryAtRevision at, Footnotes footnotes,
			ContentLanguage content, Locale locale) {
		Map<String, List<EntryPage.RelationLine>> byHeading = new LinkedHashMap<>();
		Map<String, RelationKind> kinds = new HashMap<>();
		at.relations()
			.stream()
			.sorted(Comparator.comparing(Relation::getKind)
				.thenComparing(r -> !at.isSubject(r))
				.thenComparingInt(Relation::getPosition))
			.forEach(r -> {
				boolean asSubject = at.isSubject(r);
				Entry other = at.other(r);
				// As on the entry's page: the object is shown with the inverse role where there is one.
				LocalText role = asSubject && r.getInverseRole() != null ? content.text(r.getInverseRole(), r::inverseRoleIn)
						: content.text(r.getRole(), r::roleIn);
				DateText relationDate = r.getDate().isPresent() ? text(r.getDate(), locale) : null;
				DateText otherDate = other.getKind() == EntryKind.EVENT && other.getDate().isPresent()
						? text(other.getDate(), locale) : null;
				String heading = "relation." + r.getKind() + (asSubject ? ".out" : ".in");
				kinds.put(heading, r.getKind());
				byHeading.computeIfAbsent(heading, k -> new ArrayList<>())
					.add(new EntryPage.RelationLine(content.name(other.getName(), other::nameIn), other.url(),
							other.getKind(), role,
							relationDate, otherDate, footnotes.cite(cited(at.relationCitations(), r.getId())),
							List.of()));
			});
		List<EntryPage.RelationGroup> groups = new ArrayList<>();
		byHeading.forEach((heading, lines) -> groups.add(new EntryPage.RelationGroup(heading, kinds.get(heading), lines)));
		return groups;
	}

	private static EntryPage.NoteLine noteLine(EditorialNote note, EntryAtRevision at, Footnotes footnotes,
			ContentLanguage content) {
		return new EntryPage.NoteLine(note, content.text(note.getText(), note::textIn),
				footnotes.cite(cited(at.noteCitations(), note.getId())));
	}

	private static List<Citation> cited(Map<Long, List<Citation>> citations, Long claim) {
		return citations.getOrDefault(claim, List.of());
	}

	private DateText text(StoredDate date, Locale locale) {
		return dateWords.text(date.parsed(), locale);
	}

	/** "7 December 2026, 14:05 UTC": the day as the archive writes dates, and the time. */
	When when(Instant committed, Locale locale) {
		ZonedDateTime utc = committed.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC);
		String day = dateWords.words(HistoricalDate.parse(utc.toLocalDate().toString()), locale);
		String text = messages.getMessage("history.when", new Object[] { day, CLOCK.format(utc) }, locale);
		return new When(text, DateTimeFormatter.ISO_INSTANT.format(utc));
	}

}
