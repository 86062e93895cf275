package org.mirarchive.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What changed between two drafts of a work's record, field by field, as a reviewer reads it, in
 * the shape of {@link DraftDiff}'s changes (the same table shows both): the description, title,
 * subtitle and notes word by word ({@link DraftDiff#words}), other fields before and after. Notes
 * are matched by id, as an entry's statements are.
 */
public final class WorkDiff {

	private final List<DraftDiff.Change> list = new ArrayList<>();

	private WorkDiff() {
	}

	/** The changes from one draft to another; {@code before} is null for a new work. */
	public static List<DraftDiff.Change> between(WorkDraft before, WorkDraft after) {
		WorkDraft was = before == null ? WorkDraft.blank() : before;
		WorkDiff diff = new WorkDiff();
		diff.value("kind", was.kind(), after.kind());
		diff.value("slug", was.slug(), after.slug());
		diff.text("title", was.title(), after.title());
		diff.text("subtitle", was.subtitle(), after.subtitle());
		diff.text("summary", was.summary(), after.summary());
		diff.text("summaryEs", was.summaryEs(), after.summaryEs());
		diff.value("author", was.author(), after.author());
		diff.value("authorEs", was.authorEs(), after.authorEs());
		diff.value("container", was.container(), after.container());
		diff.value("containerEs", was.containerEs(), after.containerEs());
		diff.value("publisher", was.publisher(), after.publisher());
		diff.value("place", was.place(), after.place());
		diff.value("placeEs", was.placeEs(), after.placeEs());
		diff.value("issued", was.issued(), after.issued());
		diff.value("url", was.url(), after.url());
		diff.value("accessed", was.accessed(), after.accessed());
		diff.value("accessedBefore", was.accessedBefore(), after.accessedBefore());
		diff.value("isbn", was.isbn(), after.isbn());
		diff.value("language", was.language(), after.language());
		diff.value("unknown", unknown(was), unknown(after));
		diff.notes(was.notes(), after.notes());
		return List.copyOf(diff.list);
	}

	private static String unknown(WorkDraft draft) {
		return draft.unknown().isEmpty() ? null
				: draft.unknown().stream().map(u -> u.field() + ": " + u.reason()).collect(Collectors.joining("\n"));
	}

	private void notes(List<WorkDraft.NoteDraft> before, List<WorkDraft.NoteDraft> after) {
		Map<Long, WorkDraft.NoteDraft> earlier = new HashMap<>();
		before.stream().filter(n -> n.id() != null).forEach(n -> earlier.put(n.id(), n));
		List<Long> kept = new ArrayList<>();
		for (int i = 0; i < after.size(); i++) {
			WorkDraft.NoteDraft note = after.get(i);
			FieldPath path = FieldPath.of("notes", i);
			WorkDraft.NoteDraft was = note.id() == null ? null : earlier.get(note.id());
			if (was == null) {
				added(path.path(), "note", render(note));
				continue;
			}
			kept.add(note.id());
			value(path.then("kind").path(), "noteKind", was.kind(), note.kind());
			text(path.then("text").path(), "noteText", was.text(), note.text());
			text(path.then("textEs").path(), "noteTextEs", was.textEs(), note.textEs());
		}
		for (int i = 0; i < before.size(); i++) {
			WorkDraft.NoteDraft note = before.get(i);
			if (!kept.contains(note.id())) {
				String text = render(note);
				list.add(new DraftDiff.Change(FieldPath.of("notes", i).path(), label("note"), text, null,
						List.of(new DraftDiff.Segment(DraftDiff.SegmentKind.REMOVED, text))));
			}
		}
	}

	private void added(String field, String name, String text) {
		list.add(new DraftDiff.Change(field, label(name), null, text,
				List.of(new DraftDiff.Segment(DraftDiff.SegmentKind.ADDED, text))));
	}

	private static String render(WorkDraft.NoteDraft note) {
		return note.kind() + ": " + Objects.toString(note.text(), "")
				+ (note.textEs() == null ? "" : " / " + note.textEs());
	}

	private void value(String field, String before, String after) {
		value(field, field, before, after);
	}

	private void value(String field, String name, String before, String after) {
		DraftDiff.Change.ofValue(field, label(name), before, after).ifPresent(list::add);
	}

	private void text(String field, String before, String after) {
		text(field, field, before, after);
	}

	private void text(String field, String name, String before, String after) {
		DraftDiff.Change.ofText(field, label(name), before, after).ifPresent(list::add);
	}

	/** The message key of a field's name ({@code curation.work.field.title}). */
	private static String label(String name) {
		return "curation.work.field." + name;
	}

}
