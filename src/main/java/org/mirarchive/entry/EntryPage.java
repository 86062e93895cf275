package org.mirarchive.entry;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.DateText;
import org.mirarchive.model.LocalText;

/**
 * Everything an entry page shows, assembled and numbered in reading order: names, date,
 * statements with their editorial notes, relations from both ends, identifiers in other archives,
 * a place's coordinates, and the References list.
 * Each claim carries the numbers of its footnotes. {@code record} holds the same claims as data,
 * from which the page's JSON-LD is written. Every text of the archive's is in the reader's language
 * where the archive has translated it ({@code language} says whether it has, and whether some is
 * still in English).
 */
public record EntryPage(Entry entry, LocalText name, LocalText summary, List<NameLine> names, DateLine date,
		List<StatementLine> statements, List<RelationGroup> relations, List<IdentifierLine> identifiers,
		List<CoordinatesLine> coordinates, List<Footnotes.Reference> references, EntryRecord record,
		ContentLanguage.Note language) {

	/** Whether the entry is a place, whose page says where it is or that no work says so. */
	public boolean locatable() {
		return entry.getKind() == EntryKind.PLACE;
	}

	/**
	 * Where a place is, as one work gives it, read after the identifiers.
	 *
	 * @param words the point in the reader's words ("33.4375° S, 70.65° W")
	 * @param precisionKey the message key saying what the point stands for ("the city's centre")
	 * @param latitude degrees, south negative, for the map
	 * @param longitude degrees, west negative, for the map
	 */
	public record CoordinatesLine(String words, String precisionKey, Coordinates.Precision precision,
			java.math.BigDecimal latitude, java.math.BigDecimal longitude, List<Integer> refs, List<NoteLine> notes) {

		/** The line of a point, with its footnote numbers and the notes beside it. */
		public static CoordinatesLine of(Coordinates point, java.util.Locale locale, List<Integer> refs, List<NoteLine> notes) {
			return new CoordinatesLine(point.inWords(locale), precisionKey(point.getPrecision()), point.getPrecision(),
					point.getLatitude(), point.getLongitude(), refs, notes);
		}

		/** The message key that says, in words, what a point of this precision stands for. */
		public static String precisionKey(Coordinates.Precision precision) {
			return "entry.coordinates.precision." + precision.name();
		}

	}

	/**
	 * The statement or editorial note at this anchor of the page ({@code statement-…}, {@code
	 * note-…}), as the page shows it, for a teacher who cites that one sentence.
	 */
	public Optional<Sentence> sentence(String anchor) {
		Stream<Sentence> statements = this.statements.stream()
			.flatMap(line -> Stream.concat(Stream.of(new Sentence(line.statement().anchor(), line.text(), false)),
					notes(line.notes())));
		Stream<Sentence> dateNotes = this.date == null ? Stream.empty() : notes(this.date.notes());
		Stream<Sentence> relationNotes = this.relations.stream()
			.flatMap(group -> group.lines().stream())
			.flatMap(line -> notes(line.notes()));
		return Stream.of(statements, dateNotes, relationNotes)
			.flatMap(sentences -> sentences)
			.filter(sentence -> sentence.anchor().equals(anchor))
			.findFirst();
	}

	private static Stream<Sentence> notes(List<NoteLine> notes) {
		return notes.stream().map(note -> new Sentence(note.note().anchor(), note.text(), true));
	}

	/**
	 * One statement or editorial note of the page, found by its anchor.
	 *
	 * @param note whether it is an editorial note (the archive's note beside a claim) rather than a statement
	 */
	public record Sentence(String anchor, LocalText text, boolean note) {
	}

	/**
	 * One of the entry's identifiers in another archive's authority file, read in reading order
	 * after the connections.
	 *
	 * @param scheme the authority file's own name ("Wikidata")
	 * @param identifier the identifier as that file writes it ("Q42")
	 * @param url the address of its record there
	 */
	public record IdentifierLine(String scheme, String identifier, String url, List<Integer> refs) {

		/** The line of an identifier, with its footnote numbers. */
		public static IdentifierLine of(ExternalIdentifier identifier, List<Integer> refs) {
			return new IdentifierLine(identifier.getScheme().label(), identifier.getIdentifier(), identifier.url(), refs);
		}

	}

	/**
	 * One of the entry's other names.
	 *
	 * @param label what the name is, in the reader's words ("acronym", "the archive's translation
	 * into Spanish"), from {@link NameLabels}
	 */
	public record NameLine(EntryName name, List<Integer> refs, String label) {
	}

	/** The entry's date, its footnotes, and the editorial notes beside it. */
	public record DateLine(DateText text, List<Integer> refs, List<NoteLine> notes) {
	}

	/**
	 * A statement with its footnotes and notes; {@code parts} is its text cut where words link to
	 * the glossary (one plain part where none does).
	 */
	public record StatementLine(Statement statement, LocalText text, List<Integer> refs, List<NoteLine> notes,
			List<TermLinks.TextPart> parts) {

		/** A statement whose words link nowhere. */
		public StatementLine(Statement statement, LocalText text, List<Integer> refs, List<NoteLine> notes) {
			this(statement, text, refs, notes, List.of(TermLinks.TextPart.plain(text.text())));
		}

	}

	public record NoteLine(EditorialNote note, LocalText text, List<Integer> refs) {
	}

	/**
	 * Relations of one kind seen from this entry's side, under a heading from the messages; the
	 * kind is null for the group that is not one kind of relation (the events within a place).
	 */
	public record RelationGroup(String headingKey, RelationKind kind, List<RelationLine> lines) {
	}

	/**
	 * The entry at the other end (its name, address and kind), what it (or this entry) was in the
	 * relation, the relation's date, and, for an event, the event's own date; then the editorial
	 * notes beside the relation.
	 */
	public record RelationLine(LocalText name, String url, EntryKind kind, LocalText role, DateText date, DateText otherDate,
			List<Integer> refs, List<NoteLine> notes) {
	}

}
