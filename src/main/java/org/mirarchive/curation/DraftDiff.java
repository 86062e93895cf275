package org.mirarchive.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import org.mirarchive.curation.EntryDraft.CitationDraft;
import org.mirarchive.curation.EntryDraft.CoordinatesDraft;
import org.mirarchive.curation.EntryDraft.IdentifierDraft;
import org.mirarchive.curation.EntryDraft.NameDraft;
import org.mirarchive.curation.EntryDraft.NoteDraft;
import org.mirarchive.curation.EntryDraft.RelationDraft;
import org.mirarchive.curation.EntryDraft.StatementDraft;

/**
 * What changed between two drafts of an entry (the published one and a proposal, or two
 * revisions), field by field, as a reviewer reads it: each changed field's path, a label key
 * ({@code i18n/rules.properties}), its value before and after, and for text (headwords,
 * summaries, statements, other names, roles) the change word by word. Other names, statements
 * and relations are matched by id: one without an id, or with an id the other draft lacks, is
 * added; one the newer draft lacks is removed. A claim's citations are compared as one list.
 */
public final class DraftDiff {

	/** A word, a run of white space, or one other character: the units a text's change is shown in. */
	private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}\\p{M}'\u2019]+|.", Pattern.DOTALL);

	private final List<Change> changes;

	private DraftDiff(List<Change> changes) {
		this.changes = List.copyOf(changes);
	}

	/** How a piece of a changed text stands: kept, taken out, or put in. */
	public enum SegmentKind {

		UNCHANGED, REMOVED, ADDED

	}

	/** A piece of a changed text. */
	public record Segment(SegmentKind kind, String text) {
	}

	/**
	 * A changed field.
	 * @param field its path, as the form names it ({@code statements[2].text}); for an added
	 * item, its place in the newer draft; for a removed one, its place in the older
	 * @param label the message key of the field's name
	 * @param before the value before, or null where there was none
	 * @param after the value after, or null where there is none
	 * @param words for text, the change word by word; empty for other fields
	 */
	public record Change(String field, String label, String before, String after, List<Segment> words) {

		public Change {
			words = List.copyOf(words);
		}

		/** Whether the change is shown word by word. */
		public boolean isText() {
			return !words.isEmpty();
		}

		/** A value's change (shown whole), if the two differ; a blank value is none. */
		static Optional<Change> ofValue(String field, String label, String before, String after) {
			return Objects.equals(orNull(before), orNull(after)) ? Optional.empty()
					: Optional.of(new Change(field, label, orNull(before), orNull(after), List.of()));
		}

		/** A text's change (shown word by word), if the two differ; a blank text is none. */
		static Optional<Change> ofText(String field, String label, String before, String after) {
			return Objects.equals(orNull(before), orNull(after)) ? Optional.empty()
					: Optional.of(new Change(field, label, orNull(before), orNull(after),
							DraftDiff.words(Objects.toString(orNull(before), ""), Objects.toString(orNull(after), ""))));
		}

	}

	/** The changes from one draft to another. */
	public static DraftDiff between(EntryDraft before, EntryDraft after) {
		// A draft made without notes leaves them as published: it changes none.
		EntryDraft is = after.withNotesOf(before);
		Changes changes = new Changes();
		changes.compare(before, is);
		return new DraftDiff(changes.list);
	}

	private static void compare(Changes changes, EntryDraft before, EntryDraft after) {
		changes.value("kind", "rules.field.kind", name(before.kind()), name(after.kind()));
		changes.value("slug", "rules.field.slug", before.slug(), after.slug());
		changes.text("name", "rules.field.name", before.name(), after.name());
		changes.text("nameEs", "rules.field.nameEs", before.nameEs(), after.nameEs());
		changes.text("summary", "rules.field.summary", before.summary(), after.summary());
		changes.text("summaryEs", "rules.field.summaryEs", before.summaryEs(), after.summaryEs());
		FieldPath date = FieldPath.of("date");
		changes.value(date.then("edtf").toString(), "rules.field.date", before.date().edtf(), after.date().edtf());
		changes.citations(date, "rules.field.dateCitations", before.date().citations(), after.date().citations());
		changes.notes(date, before.date().notes(), after.date().notes());
		changes.items(FieldPath.of("names"), "rules.field.otherName", before.names(), after.names(), NameDraft::id,
				DraftDiff::render, (path, was, is) -> {
					changes.value(path.then("kind").toString(), "rules.field.otherNameKind", was.kind(), is.kind());
					changes.text(path.then("form").toString(), "rules.field.otherNameForm", was.form(), is.form());
					changes.value(path.then("lang").toString(), "rules.field.otherNameLanguage", was.lang(), is.lang());
					changes.citations(path, "rules.field.citations", was.citations(), is.citations());
				});
		changes.items(FieldPath.of("identifiers"), "rules.field.identifier", before.identifiersOrNone(),
				after.identifiersOrNone(), IdentifierDraft::id, identifier -> identifier.scheme() + " " + identifier.identifier(),
				(path, was, is) -> {
					changes.value(path.then("scheme").toString(), "rules.field.identifierScheme", was.scheme(),
							is.scheme());
					changes.value(path.then("identifier").toString(), "rules.field.identifierValue", was.identifier(),
							is.identifier());
					changes.citations(path, "rules.field.citations", was.citations(), is.citations());
				});
		// A place's point, in words ("33.4375° S, 70.65° W"), what it stands for, its citations and notes.
		FieldPath coordinates = FieldPath.of("coordinates");
		CoordinatesDraft wasPoint = before.coordinatesOrNone();
		CoordinatesDraft isPoint = after.coordinatesOrNone();
		changes.value(coordinates.toString(), "rules.field.coordinates", wasPoint.inWords(), isPoint.inWords());
		changes.value(coordinates.then("precision").toString(), "rules.field.coordinatesPrecision",
				wasPoint.precision(), isPoint.precision());
		changes.citations(coordinates, "rules.field.coordinatesCitations", wasPoint.citations(), isPoint.citations());
		changes.notes(coordinates, wasPoint.notes(), isPoint.notes());
		changes.items(FieldPath.of("statements"), "rules.field.statement", before.statements(), after.statements(),
				StatementDraft::id, StatementDraft::text, (path, was, is) -> {
					changes.text(path.then("text").toString(), "rules.field.statementText", was.text(), is.text());
					changes.text(path.then("textEs").toString(), "rules.field.statementTextEs", was.textEs(),
							is.textEs());
					changes.citations(path, "rules.field.citations", was.citations(), is.citations());
					changes.notes(path, was.notes(), is.notes());
				});
		changes.items(FieldPath.of("relations"), "rules.field.relation", before.relations(), after.relations(), RelationDraft::id,
				DraftDiff::render, (path, was, is) -> {
					changes.value(path.then("kind").toString(), "rules.field.relationKind", was.kind(), is.kind());
					changes.value(path.then("subject").toString(), "rules.field.relationSubject",
							String.valueOf(was.subject()), String.valueOf(is.subject()));
					changes.value(path.then("other").toString(), "rules.field.relationOther", was.other(), is.other());
					changes.text(path.then("role").toString(), "rules.field.relationRole", was.role(), is.role());
					changes.text(path.then("roleEs").toString(), "rules.field.relationRoleEs", was.roleEs(),
							is.roleEs());
					changes.value(path.then("edtf").toString(), "rules.field.relationDate", was.edtf(), is.edtf());
					changes.citations(path, "rules.field.citations", was.citations(), is.citations());
					changes.notes(path, was.notes(), is.notes());
				});
		if (after.hasNotes()) {
			changes.value("contentNote", "rules.field.contentNote", String.valueOf(Boolean.TRUE.equals(before.contentNote())),
					String.valueOf(after.contentNote()));
		}
	}

	/** The changed fields, in the order the form shows them. */
	public List<Change> changes() {
		return changes;
	}

	/** The size of the change, as the history shows it: the number of fields changed, added or removed. */
	public int size() {
		return changes.size();
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	/**
	 * A text's change word by word: the pieces kept, taken out and put in, in reading order. The
	 * kept and taken-out pieces make the text before; the kept and put-in pieces, the text after.
	 * White space between two changes goes with them, so that a rewritten phrase reads as one.
	 */
	public static List<Segment> words(String before, String after) {
		List<String> was = tokens(before);
		List<String> is = tokens(after);
		List<Segment> raw = new ArrayList<>();
		int at = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(was, is).getDeltas()) {
			int position = delta.getSource().getPosition();
			raw.add(new Segment(SegmentKind.UNCHANGED, String.join("", was.subList(at, position))));
			raw.add(new Segment(SegmentKind.REMOVED, String.join("", delta.getSource().getLines())));
			raw.add(new Segment(SegmentKind.ADDED, String.join("", delta.getTarget().getLines())));
			at = position + delta.getSource().size();
		}
		raw.add(new Segment(SegmentKind.UNCHANGED, String.join("", was.subList(at, was.size()))));
		return joined(raw);
	}

	/** Joins a change's pieces: no empty ones, white space between two changes taken into both. */
	private static List<Segment> joined(List<Segment> raw) {
		List<Segment> segments = new ArrayList<>();
		StringBuilder removed = new StringBuilder();
		StringBuilder added = new StringBuilder();
		for (int i = 0; i < raw.size(); i++) {
			Segment segment = raw.get(i);
			switch (segment.kind()) {
				case REMOVED -> removed.append(segment.text());
				case ADDED -> added.append(segment.text());
				case UNCHANGED -> {
					boolean between = !removed.isEmpty() || !added.isEmpty();
					// Every kept piece but the last is followed by a change (its removed and added pieces).
					boolean changeFollows = i + 1 < raw.size();
					if (between && changeFollows && segment.text().isBlank()) {
						removed.append(segment.text());
						added.append(segment.text());
						continue;
					}
					flush(segments, removed, added);
					add(segments, segment);
				}
			}
		}
		flush(segments, removed, added);
		return List.copyOf(segments);
	}

	/**
	 * Ends a change: its removed and added pieces, with the white space both begin or end with
	 * kept out of them, so that the change is the words alone.
	 */
	private static void flush(List<Segment> segments, StringBuilder removed, StringBuilder added) {
		String was = removed.toString();
		String is = added.toString();
		removed.setLength(0);
		added.setLength(0);
		String lead = "";
		String trail = "";
		if (!was.isEmpty() && !is.isEmpty()) {
			lead = common(leadingSpace(was), leadingSpace(is), true);
			was = was.substring(lead.length());
			is = is.substring(lead.length());
			trail = common(trailingSpace(was), trailingSpace(is), false);
			was = was.substring(0, was.length() - trail.length());
			is = is.substring(0, is.length() - trail.length());
		}
		add(segments, new Segment(SegmentKind.UNCHANGED, lead));
		add(segments, new Segment(SegmentKind.REMOVED, was));
		add(segments, new Segment(SegmentKind.ADDED, is));
		add(segments, new Segment(SegmentKind.UNCHANGED, trail));
	}

	/** Adds a piece, unless empty, joined to the one before when both are kept text. */
	private static void add(List<Segment> segments, Segment segment) {
		if (segment.text().isEmpty()) {
			return;
		}
		int last = segments.size() - 1;
		if (last >= 0 && segments.get(last).kind() == segment.kind()) {
			segments.set(last, new Segment(segment.kind(), segments.get(last).text() + segment.text()));
		}
		else {
			segments.add(segment);
		}
	}

	private static String leadingSpace(String text) {
		int end = 0;
		while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		return text.substring(0, end);
	}

	private static String trailingSpace(String text) {
		int start = text.length();
		while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		return text.substring(start);
	}

	/** What two runs of white space have in common at their start (or end). */
	private static String common(String one, String other, boolean atStart) {
		int n = 0;
		while (n < one.length() && n < other.length() && (atStart ? one.charAt(n) == other.charAt(n)
				: one.charAt(one.length() - 1 - n) == other.charAt(other.length() - 1 - n))) {
			n++;
		}
		return atStart ? one.substring(0, n) : one.substring(one.length() - n);
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text == null) {
			return tokens;
		}
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	/** A citation as the diff shows it: the work, then the quotation or the locator. */
	static String render(CitationDraft citation) {
		StringBuilder text = new StringBuilder(Objects.toString(citation.work(), ""));
		if (!isBlank(citation.quotation())) {
			text.append(": \u201c").append(citation.quotation().strip()).append('\u201d');
		}
		if (!isBlank(citation.locator())) {
			text.append(", ").append(citation.locator().strip());
		}
		return text.toString();
	}

	/** A claim's citations, one a line; null for none. */
	static String render(List<CitationDraft> citations) {
		return citations.isEmpty() ? null
				: citations.stream().map(DraftDiff::render).collect(Collectors.joining("\n"));
	}

	/** Another name as the diff shows it: the form, its kind and language. */
	static String render(NameDraft name) {
		return Objects.toString(name.form(), "") + " (" + name.kind() + (isBlank(name.lang()) ? "" : ", " + name.lang())
				+ ")";
	}

	/** An editorial note as the diff shows it: its kind, then its text. */
	static String render(NoteDraft note) {
		return note.kind() + ": " + Objects.toString(note.text(), "");
	}

	/** A relation as the diff shows it, read from this entry: its kind, the other entry, the role and date. */
	static String render(RelationDraft relation) {
		return relation.kind() + (relation.subject() ? " \u2192 " : " \u2190 ") + relation.other()
				+ (isBlank(relation.role()) ? "" : " (" + relation.role() + ")")
				+ (isBlank(relation.edtf()) ? "" : ", " + relation.edtf());
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** Null for a blank value, so that an empty field and a missing one are the same. */
	static String orNull(String text) {
		return isBlank(text) ? null : text;
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	/** What compares one item (a name, a statement, a relation) with its counterpart. */
	private interface ItemFields<T> {

		void compare(FieldPath path, T before, T after);

	}

	/** The changes found so far, in the form's order. */
	private static final class Changes {

		private final List<Change> list = new ArrayList<>();

		void value(String field, String label, String before, String after) {
			Change.ofValue(field, label, before, after).ifPresent(list::add);
		}

		void text(String field, String label, String before, String after) {
			Change.ofText(field, label, before, after).ifPresent(list::add);
		}

		void citations(FieldPath claim, String label, List<CitationDraft> before, List<CitationDraft> after) {
			if (!before.equals(after)) {
				list.add(new Change(claim.then("citations").toString(), label, render(before), render(after), List.of()));
			}
		}

		/** The notes beside a claim, matched by id as other items are. */
		void notes(FieldPath claim, List<NoteDraft> before, List<NoteDraft> after) {
			items(claim.then("notes"), "rules.field.note", before, after, NoteDraft::id, DraftDiff::render,
					this::changes);
		}

		private void changes(FieldPath path, NoteDraft was, NoteDraft is) {
			value(path.then("kind").toString(), "rules.field.noteKind", was.kind(), is.kind());
			text(path.then("text").toString(), "rules.field.noteText", was.text(), is.text());
			text(path.then("textEs").toString(), "rules.field.noteTextEs", was.textEs(), is.textEs());
			citations(path, "rules.field.citations", was.citations(), is.citations());
		}

		void compare(EntryDraft before, EntryDraft after) {
			DraftDiff.compare(this, before, after);
		}

		<T> void items(FieldPath field, String label, List<T> before, List<T> after, Function<T, Long> id,
				Function<T, String> render, ItemFields<T> fields) {
			Map<Long, T> earlier = new HashMap<>();
			before.stream().filter(item -> id.apply(item) != null).forEach(item -> earlier.put(id.apply(item), item));
			List<Long> kept = new ArrayList<>();
			for (int i = 0; i < after.size(); i++) {
				T item = after.get(i);
				Long key = id.apply(item);
				FieldPath path = field.at(i);
				if (key != null && earlier.containsKey(key)) {
					kept.add(key);
					fields.compare(path, earlier.get(key), item);
				}
				else {
					String text = render.apply(item);
					list.add(new Change(path.toString(), label, null, text,
							List.of(new Segment(SegmentKind.ADDED, Objects.toString(text, "")))));
				}
			}
			for (int i = 0; i < before.size(); i++) {
				T item = before.get(i);
				if (!kept.contains(id.apply(item))) {
					String text = render.apply(item);
					list.add(new Change(field.at(i).toString(), label, text, null,
							List.of(new Segment(SegmentKind.REMOVED, Objects.toString(text, "")))));
				}
			}
		}

	}

}
