package org.mirarchive.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.mirarchive.curation.EntryDraft.CitationDraft;
import org.mirarchive.curation.EntryDraft.CoordinatesDraft;
import org.mirarchive.curation.EntryDraft.DateDraft;
import org.mirarchive.curation.EntryDraft.IdentifierDraft;
import org.mirarchive.curation.EntryDraft.NameDraft;
import org.mirarchive.curation.EntryDraft.NoteDraft;
import org.mirarchive.curation.EntryDraft.RelationDraft;
import org.mirarchive.curation.EntryDraft.StatementDraft;

/**
 * The three-way merge of a curator's draft with what another curator published meanwhile, so
 * that the second save is neither lost nor silently written over the first.
 *
 * <p>From {@code base} (the published draft the curator started from), {@code mine} (the
 * curator's) and {@code theirs} (published now): a field changed on one side only takes that
 * side's value; changed on both sides to the same value, that value; changed on both sides
 * differently, it is a {@link Conflict} and the merged draft keeps the curator's own value, so
 * that nothing they typed is lost. A claim's citations are one field. Other names, statements
 * and relations are matched by id, and so are the editorial notes beside a claim: those added on either side are all kept (the curator's in
 * their order, the other side's after the item they follow there); one removed on one side and
 * unchanged on the other is removed; removed on one side and changed on the other is a conflict,
 * and the curator's side is kept. Empty fields count as missing ones.
 *
 * @param merged the draft to show the curator again, or to save when there is no conflict
 * @param conflicts the fields both sides changed differently, in the form's order
 */
public record DraftMerge(EntryDraft merged, List<Conflict> conflicts) {

	public DraftMerge {
		conflicts = List.copyOf(conflicts);
	}

	/**
	 * A field both sides changed differently, with its three values as text.
	 * @param field the field's path in the merged draft ({@code statements[1].text}); for an item
	 * the curator removed and the other side changed, its place in the other side's draft
	 * @param label the message key of the field's name
	 * @param base its value when the curator started, or null for none
	 * @param mine the curator's value, or null where the curator removed it
	 * @param theirs the value published meanwhile, or null where it was removed
	 */
	public record Conflict(String field, String label, String base, String mine, String theirs) {
	}

	/** Whether the merged draft can be saved as it is. */
	public boolean isClean() {
		return conflicts.isEmpty();
	}

	/** Merges the curator's draft with the one published meanwhile, both made from base. */
	public static DraftMerge of(EntryDraft base, EntryDraft mine, EntryDraft theirs) {
		// A draft made without notes leaves them as they were: the other side's changes to them stand.
		return new Merging().merge(normal(base), normal(mine.withNotesOf(base)), normal(theirs));
	}

	/** The merge of one draft's fields, collecting the conflicts. */
	private static final class Merging {

		private final List<Conflict> conflicts = new ArrayList<>();

		DraftMerge merge(EntryDraft base, EntryDraft mine, EntryDraft theirs) {
			FieldPath date = FieldPath.of("date");
			EntryDraft merged = new EntryDraft(
					pick("kind", "rules.field.kind", base.kind(), mine.kind(), theirs.kind(), Merging::text),
					pick("slug", "rules.field.slug", base.slug(), mine.slug(), theirs.slug(), Function.identity()),
					pick("name", "rules.field.name", base.name(), mine.name(), theirs.name(), Function.identity()),
					pick("nameEs", "rules.field.nameEs", base.nameEs(), mine.nameEs(), theirs.nameEs(),
							Function.identity()),
					pick("summary", "rules.field.summary", base.summary(), mine.summary(), theirs.summary(),
							Function.identity()),
					pick("summaryEs", "rules.field.summaryEs", base.summaryEs(), mine.summaryEs(), theirs.summaryEs(),
							Function.identity()),
					new DateDraft(
							pick(date.then("edtf").toString(), "rules.field.date", base.date().edtf(),
									mine.date().edtf(), theirs.date().edtf(), Function.identity()),
							pick(date.then("citations").toString(), "rules.field.dateCitations",
									base.date().citations(), mine.date().citations(), theirs.date().citations(),
									DraftDiff::render),
							notes(date, base.date().notes(), mine.date().notes(), theirs.date().notes())),
					items(FieldPath.of("names"), "rules.field.otherName", base.names(), mine.names(), theirs.names(), NameDraft::id,
							DraftDiff::render, this::name),
					items(FieldPath.of("statements"), "rules.field.statement", base.statements(), mine.statements(),
							theirs.statements(), StatementDraft::id, StatementDraft::text, this::statement),
					items(FieldPath.of("relations"), "rules.field.relation", base.relations(), mine.relations(),
							theirs.relations(), RelationDraft::id, DraftDiff::render, this::relation),
					pick("contentNote", "rules.field.contentNote", base.contentNote(), mine.contentNote(),
							theirs.contentNote(), Merging::text),
					// A draft saying nothing of identifiers leaves them as published: the other side's stand.
					mine.hasIdentifiers() ? items(FieldPath.of("identifiers"), "rules.field.identifier",
							base.identifiersOrNone(), mine.identifiers(), theirs.identifiersOrNone(), IdentifierDraft::id,
							identifier -> identifier.scheme() + " " + identifier.identifier(), this::identifier)
							: null,
					// Likewise a draft saying nothing of coordinates: the other side's point stands.
					mine.hasCoordinates() ? coordinates(base.coordinatesOrNone(), mine.coordinates(),
							theirs.coordinatesOrNone()) : null);
			return new DraftMerge(merged, conflicts);
		}

		/** A place's point: where it is (latitude and longitude together), what it stands for, its citations and notes. */
		private CoordinatesDraft coordinates(CoordinatesDraft base, CoordinatesDraft mine, CoordinatesDraft theirs) {
			FieldPath path = FieldPath.of("coordinates");
			CoordinatesDraft where = pick(path.toString(), "rules.field.coordinates", where(base), where(mine),
					where(theirs), CoordinatesDraft::inWords);
			CoordinatesDraft merged = new CoordinatesDraft(mine.id() != null ? mine.id() : theirs.id(),
					where == null ? null : where.latitude(), where == null ? null : where.longitude(),
					pick(path.then("precision").toString(), "rules.field.coordinatesPrecision", base.precision(),
							mine.precision(), theirs.precision(), Function.identity()),
					citations(path, base.citations(), mine.citations(), theirs.citations()),
					notes(path, base.notes(), mine.notes(), theirs.notes()));
			return merged.hasPoint() ? merged : CoordinatesDraft.NONE;
		}

		/** Where a point is, compared as one value: its degrees as numbers, so that 70.650 is 70.65. */
		private static CoordinatesDraft where(CoordinatesDraft point) {
			if (point.latitude() == null && point.longitude() == null) {
				return null;
			}
			return new CoordinatesDraft(null, degrees(point.latitude()), degrees(point.longitude()), null, null, null);
		}

		private static String degrees(String written) {
			return CoordinatesDraft.decimal(written).map(d -> d.stripTrailingZeros().toPlainString()).orElse(written);
		}

		private IdentifierDraft identifier(FieldPath path, IdentifierDraft base, IdentifierDraft mine,
				IdentifierDraft theirs) {
			return new IdentifierDraft(mine.id(),
					pick(path.then("scheme").toString(), "rules.field.identifierScheme", base.scheme(), mine.scheme(),
							theirs.scheme(), Function.identity()),
					pick(path.then("identifier").toString(), "rules.field.identifierValue", base.identifier(),
							mine.identifier(), theirs.identifier(), Function.identity()),
					citations(path, base.citations(), mine.citations(), theirs.citations()));
		}

		private NameDraft name(FieldPath path, NameDraft base, NameDraft mine, NameDraft theirs) {
			return new NameDraft(mine.id(),
					pick(path.then("kind").toString(), "rules.field.otherNameKind", base.kind(), mine.kind(),
							theirs.kind(), Function.identity()),
					pick(path.then("form").toString(), "rules.field.otherNameForm", base.form(), mine.form(),
							theirs.form(), Function.identity()),
					pick(path.then("lang").toString(), "rules.field.otherNameLanguage", base.lang(), mine.lang(),
							theirs.lang(), Function.identity()),
					citations(path, base.citations(), mine.citations(), theirs.citations()));
		}

		private StatementDraft statement(FieldPath path, StatementDraft base, StatementDraft mine,
				StatementDraft theirs) {
			return new StatementDraft(mine.id(),
					pick(path.then("text").toString(), "rules.field.statementText", base.text(), mine.text(),
							theirs.text(), Function.identity()),
					pick(path.then("textEs").toString(), "rules.field.statementTextEs", base.textEs(), mine.textEs(),
							theirs.textEs(), Function.identity()),
					citations(path, base.citations(), mine.citations(), theirs.citations()),
					notes(path, base.notes(), mine.notes(), theirs.notes()));
		}

		/** The notes beside a claim: a list merged item by item, as other names and statements are. */
		private List<NoteDraft> notes(FieldPath claim, List<NoteDraft> base, List<NoteDraft> mine,
				List<NoteDraft> theirs) {
			return items(claim.then("notes"), "rules.field.note", base, mine, theirs, NoteDraft::id, DraftDiff::render,
					this::note);
		}

		private NoteDraft note(FieldPath path, NoteDraft base, NoteDraft mine, NoteDraft theirs) {
			return new NoteDraft(mine.id(),
					pick(path.then("kind").toString(), "rules.field.noteKind", base.kind(), mine.kind(), theirs.kind(),
							Function.identity()),
					pick(path.then("text").toString(), "rules.field.noteText", base.text(), mine.text(), theirs.text(),
							Function.identity()),
					pick(path.then("textEs").toString(), "rules.field.noteTextEs", base.textEs(), mine.textEs(),
							theirs.textEs(), Function.identity()),
					citations(path, base.citations(), mine.citations(), theirs.citations()));
		}

		private RelationDraft relation(FieldPath path, RelationDraft base, RelationDraft mine, RelationDraft theirs) {
			return new RelationDraft(mine.id(),
					pick(path.then("kind").toString(), "rules.field.relationKind", base.kind(), mine.kind(),
							theirs.kind(), Function.identity()),
					pick(path.then("subject").toString(), "rules.field.relationSubject", base.subject(),
							mine.subject(), theirs.subject(), Merging::text),
					pick(path.then("other").toString(), "rules.field.relationOther", base.other(), mine.other(),
							theirs.other(), Function.identity()),
					pick(path.then("role").toString(), "rules.field.relationRole", base.role(), mine.role(),
							theirs.role(), Function.identity()),
					pick(path.then("roleEs").toString(), "rules.field.relationRoleEs", base.roleEs(), mine.roleEs(),
							theirs.roleEs(), Function.identity()),
					pick(path.then("edtf").toString(), "rules.field.relationDate", base.edtf(), mine.edtf(),
							theirs.edtf(), Function.identity()),
					citations(path, base.citations(), mine.citations(), theirs.citations()),
					notes(path, base.notes(), mine.notes(), theirs.notes()));
		}

		private List<CitationDraft> citations(FieldPath claim, List<CitationDraft> base, List<CitationDraft> mine,
				List<CitationDraft> theirs) {
			return pick(claim.then("citations").toString(), "rules.field.citations", base, mine, theirs,
					DraftDiff::render);
		}

		/** One field's three-way merge; a conflict keeps the curator's value. */
		private <T> T pick(String field, String label, T base, T mine, T theirs, Function<T, String> text) {
			if (Objects.equals(mine, theirs) || Objects.equals(theirs, base)) {
				return mine;
			}
			if (Objects.equals(mine, base)) {
				return theirs;
			}
			conflicts.add(new Conflict(field, label, text(base, text), text(mine, text), text(theirs, text)));
			return mine;
		}

		private static <T> String text(T value, Function<T, String> text) {
			return value == null ? null : text.apply(value);
		}

		private static String text(Object value) {
			return String.valueOf(value);
		}

		/**
		 * A list's merge, item by item: the curator's items in their order, each merged with its
		 * counterparts; then the other side's new items, each after the item it follows there.
		 */
		private <T> List<T> items(FieldPath field, String label, List<T> base, List<T> mine, List<T> theirs,
				Function<T, Long> id, Function<T, String> text, ItemMerge<T> merge) {
			Map<Long, T> inBase = byId(base, id);
			Map<Long, T> inTheirs = byId(theirs, id);
			Set<Long> inMine = byId(mine, id).keySet();
			List<Slot<T>> order = new ArrayList<>();
			for (T item : mine) {
				Long key = id.apply(item);
				T was = key == null ? null : inBase.get(key);
				if (was != null && !inTheirs.containsKey(key) && item.equals(was)) {
					continue; // removed by the other side, unchanged here
				}
				order.add(new Slot<>(item, true));
			}
			for (int i = 0; i < theirs.size(); i++) {
				T item = theirs.get(i);
				Long key = id.apply(item);
				if (key != null && (inBase.containsKey(key) || inMine.contains(key))) {
					continue;
				}
				order.add(after(order, theirs, i, id), new Slot<>(item, false));
			}
			List<T> merged = new ArrayList<>();
			for (Slot<T> slot : order) {
				T item = slot.item();
				Long key = id.apply(item);
				FieldPath path = field.at(merged.size());
				T was = key == null ? null : inBase.get(key);
				if (!slot.mine() || was == null) {
					merged.add(item); // added on one side
				}
				else if (!inTheirs.containsKey(key)) {
					conflicts.add(new Conflict(path.toString(), label, text.apply(was), text.apply(item), null));
					merged.add(item); // changed here, removed by the other side: the curator's kept
				}
				else {
					merged.add(merge.merge(path, was, item, inTheirs.get(key)));
				}
			}
			for (T was : base) {
				Long key = id.apply(was);
				T now = inTheirs.get(key);
				if (key != null && !inMine.contains(key) && now != null && !now.equals(was)) {
					// removed by the curator, changed by the other side: removed, as the curator left it
					conflicts.add(new Conflict(field.at(theirs.indexOf(now)).toString(), label, text.apply(was),
							null, text.apply(now)));
				}
			}
			return merged;
		}

		/** Where the other side's new item goes: after the nearest item before it there that the merge keeps. */
		private static <T> int after(List<Slot<T>> order, List<T> theirs, int index, Function<T, Long> id) {
			for (int i = index - 1; i >= 0; i--) {
				Long key = id.apply(theirs.get(i));
				for (int at = 0; at < order.size(); at++) {
					T kept = order.get(at).item();
					if (kept == theirs.get(i) || key != null && key.equals(id.apply(kept))) {
						return at + 1;
					}
				}
			}
			return 0;
		}

		private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
			Map<Long, T> map = new HashMap<>();
			Set<Long> seen = new HashSet<>();
			for (T item : items) {
				Long key = id.apply(item);
				if (key != null && seen.add(key)) {
					map.put(key, item);
				}
			}
			return map;
		}

	}

	/** An item of a merged list, and whether it is the curator's (else the other side's new one). */
	private record Slot<T>(T item, boolean mine) {
	}

	/** What merges one item (a name, a statement, a relation) with its counterparts. */
	private interface ItemMerge<T> {

		T merge(FieldPath path, T base, T mine, T theirs);

	}

	/** A draft with every blank text as null, so that an empty field and a missing one compare equal. */
	static EntryDraft normal(EntryDraft draft) {
		return new EntryDraft(draft.kind(), blank(draft.slug()), blank(draft.name()), blank(draft.nameEs()),
				blank(draft.summary()), blank(draft.summaryEs()),
				new DateDraft(blank(draft.date().edtf()), citations(draft.date().citations()), notes(draft.date().notes())),
				draft.names()
					.stream()
					.map(name -> new NameDraft(name.id(), blank(name.kind()), blank(name.form()), blank(name.lang()),
							citations(name.citations())))
					.toList(),
				draft.statements()
					.stream()
					.map(statement -> new StatementDraft(statement.id(), blank(statement.text()),
							blank(statement.textEs()), citations(statement.citations()), notes(statement.notes())))
					.toList(),
				draft.relations()
					.stream()
					.map(relation -> new RelationDraft(relation.id(), blank(relation.kind()), relation.subject(),
							blank(relation.other()), blank(relation.role()), blank(relation.roleEs()),
							blank(relation.edtf()), citations(relation.citations()), notes(relation.notes())))
					.toList(),
				draft.contentNote(),
				draft.hasIdentifiers() ? draft.identifiers()
					.stream()
					.map(identifier -> new IdentifierDraft(identifier.id(), blank(identifier.scheme()),
							blank(identifier.identifier()), citations(identifier.citations())))
					.toList() : null,
				draft.hasCoordinates() ? normal(draft.coordinates()) : null);
	}

	private static CoordinatesDraft normal(CoordinatesDraft point) {
		return new CoordinatesDraft(point.id(), blank(point.latitude()), blank(point.longitude()), blank(point.precision()),
				citations(point.citations()), notes(point.notes()));
	}

	private static List<NoteDraft> notes(List<NoteDraft> notes) {
		return notes.stream()
			.map(note -> new NoteDraft(note.id(), blank(note.kind()), blank(note.text()), blank(note.textEs()),
					citations(note.citations())))
			.toList();
	}

	private static List<CitationDraft> citations(List<CitationDraft> citations) {
		return citations.stream()
			.map(citation -> new CitationDraft(blank(citation.work()), blank(citation.locator()),
					blank(citation.quotation())))
			.toList();
	}

	private static String blank(String text) {
		return DraftDiff.orNull(text);
	}

}
