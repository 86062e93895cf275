package org.mirarchive.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.mirarchive.readingpath.PathDraft;
import org.mirarchive.readingpath.PathDraft.StepDraft;

/**
 * What changed between two drafts of a reading path, as a reviewer reads it, in the shape of
 * {@link DraftDiff}'s changes (the same table shows them): the title, the introduction and the
 * steps' texts word by word ({@link DraftDiff#words}), targets, sections and citations before and
 * after. Steps are matched by key, as an entry's statements are by id; a step added or removed is
 * shown whole.
 */
final class PathDiff {

	private final List<DraftDiff.Change> list = new ArrayList<>();

	private PathDiff() {
	}

	/** The changes from one draft to another; {@code before} is null for a new path. */
	static List<DraftDiff.Change> between(PathDraft before, PathDraft after) {
		PathDraft was = before == null ? PathDraft.blank() : before;
		PathDiff diff = new PathDiff();
		diff.value("slug", "slug", was.slug(), after.slug());
		diff.text("title", "title", was.title(), after.title());
		diff.text("titleEs", "titleEs", was.titleEs(), after.titleEs());
		diff.text("introduction", "introduction", was.introduction(), after.introduction());
		diff.text("introductionEs", "introductionEs", was.introductionEs(), after.introductionEs());
		diff.steps(was.steps(), after.steps());
		return List.copyOf(diff.list);
	}

	private void steps(List<StepDraft> before, List<StepDraft> after) {
		Map<String, StepDraft> earlier = new HashMap<>();
		before.stream().filter(s -> s.key() != null).forEach(s -> earlier.put(s.key(), s));
		List<String> kept = new ArrayList<>();
		// A step moves when the steps kept on both sides stand in another order, not when one before it goes.
		List<String> keys = after.stream().map(StepDraft::key).filter(earlier::containsKey).toList();
		List<String> order = before.stream().map(StepDraft::key).filter(keys::contains).toList();
		for (int i = 0; i < after.size(); i++) {
			StepDraft step = after.get(i);
			FieldPath path = FieldPath.of("steps", i);
			StepDraft was = step.key() == null ? null : earlier.get(step.key());
			if (was == null) {
				String text = render(step);
				list.add(new DraftDiff.Change(path.path(), label("step"), null, text,
						List.of(new DraftDiff.Segment(DraftDiff.SegmentKind.ADDED, text))));
				continue;
			}
			kept.add(step.key());
			if (order.indexOf(step.key()) != keys.indexOf(step.key())) {
				value(path.then("position").path(), "position", String.valueOf(before.indexOf(was) + 1),
						String.valueOf(i + 1));
			}
			value(path.then("target").path(), "target", was.target(), step.target());
			value(path.then("section").path(), "section", was.section(), step.section());
			text(path.then("text").path(), "text", was.text(), step.text());
			text(path.then("textEs").path(), "textEs", was.textEs(), step.textEs());
			value(path.then("citations").path(), "citations", citations(was), citations(step));
		}
		for (int i = 0; i < before.size(); i++) {
			StepDraft step = before.get(i);
			if (!kept.contains(step.key())) {
				String text = render(step);
				list.add(new DraftDiff.Change(FieldPath.of("steps", i).path(), label("step"), text, null,
						List.of(new DraftDiff.Segment(DraftDiff.SegmentKind.REMOVED, text))));
			}
		}
	}

	private static String render(StepDraft step) {
		StringBuilder text = new StringBuilder(Objects.toString(step.target(), ""));
		if (step.section() != null) {
			text.append(" §").append(step.section());
		}
		if (step.text() != null) {
			text.append(": ").append(step.text());
		}
		if (step.textEs() != null) {
			text.append(" / ").append(step.textEs());
		}
		String cited = citations(step);
		return cited == null ? text.toString() : text + "\n" + cited;
	}

	private static String citations(StepDraft step) {
		return step.citations().isEmpty() ? null
				: step.citations()
					.stream()
					.map(c -> c.work() + (c.locator() == null ? "" : ", " + c.locator())
							+ (c.quotation() == null ? "" : ": “" + c.quotation() + "”"))
					.collect(Collectors.joining("\n"));
	}

	private void value(String field, String name, String before, String after) {
		DraftDiff.Change.ofValue(field, label(name), before, after).ifPresent(list::add);
	}

	private void text(String field, String name, String before, String after) {
		DraftDiff.Change.ofText(field, label(name), before, after).ifPresent(list::add);
	}

	/** The message key of a field's name ({@code curation.path.field.title}). */
	private static String label(String name) {
		return "curation.path.field." + name;
	}

}
