package org.mirarchive.curation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.mirarchive.curation.DraftRules.Problem;
import org.mirarchive.readingpath.PathDraft;
import org.mirarchive.readingpath.PathDraft.StepDraft;
import org.mirarchive.readingpath.PathTargets;

/**
 * The rules a reading path meets at save: a title and an introduction in both languages, within
 * their columns (V41); at least one step; each step's target an address of something published (an
 * entry, one of its statements, or a work, with a section the work has); the archive's text in
 * both languages or in neither, and, where given, cited as an entry's claims are ({@link DraftRules},
 * whose citation rules these are). A published path keeps its address.
 */
final class PathRules {

	/** The columns' sizes (V41). */
	static final int TITLE = 200;

	static final int INTRODUCTION = 2000;

	static final int TEXT = 2000;

	private final DraftRules rules;

	private final Targets targets;

	PathRules(DraftRules rules, Targets targets) {
		this.rules = rules;
		this.targets = targets;
	}

	/** What the rules look up: what an archive address names. */
	interface Targets {

		/** What is at an address: empty where nothing published is. */
		Optional<PathTargets.Found> find(String address);

	}

	/** What is wrong with a draft, by field; {@code published} is the path as published, or null for a new one. */
	List<Problem> check(PathDraft draft, PathDraft published) {
		List<Problem> problems = new ArrayList<>();
		text(draft.title(), "title", TITLE, problems);
		text(draft.titleEs(), "titleEs", TITLE, problems);
		text(draft.introduction(), "introduction", INTRODUCTION, problems);
		text(draft.introductionEs(), "introductionEs", INTRODUCTION, problems);
		if (draft.steps().isEmpty()) {
			problems.add(Problem.of("steps", "curation.path.problem.noSteps"));
		}
		Set<EntryDraft.CitationDraft> kept = new HashSet<>();
		if (published != null) {
			published.steps().forEach(step -> step.citations().forEach(c -> kept.add(asEntrys(c))));
		}
		for (int i = 0; i < draft.steps().size(); i++) {
			step(draft.steps().get(i), FieldPath.of("steps", i), kept, problems);
		}
		if (published != null) {
			if (!Objects.equals(draft.slug(), published.slug())) {
				problems.add(Problem.of("title", "curation.path.problem.slug", published.slug()));
			}
		}
		else if (draft.title() != null && rules.slugFor(draft.title()).isEmpty()) {
			problems.add(Problem.of("title", "curation.path.problem.noLetters"));
		}
		return problems;
	}

	private void step(StepDraft step, FieldPath path, Set<EntryDraft.CitationDraft> kept, List<Problem> problems) {
		String target = path.then("target").path();
		Optional<PathTargets.Found> found = Optional.empty();
		if (isBlank(step.target())) {
			problems.add(Problem.of(target, "curation.path.problem.targetRequired"));
		}
		else {
			found = targets.find(step.target().strip());
			if (found.isEmpty()) {
				problems.add(Problem.of(target, "curation.path.problem.target", step.target().strip()));
			}
		}
		if (!isBlank(step.section())) {
			String section = path.then("section").path();
			Integer number = number(step.section());
			if (number == null) {
				problems.add(Problem.of(section, "curation.path.problem.sectionNumber"));
			}
			else if (found.isPresent() && !found.get().work()) {
				problems.add(Problem.of(section, "curation.path.problem.sectionOfWork"));
			}
			else if (found.isPresent() && !found.get().sections().contains(number)) {
				problems.add(Problem.of(section, "curation.path.problem.noSection", number));
			}
		}
		boolean english = !isBlank(step.text());
		boolean spanish = !isBlank(step.textEs());
		if (english != spanish) {
			problems.add(Problem.of(path.then(english ? "textEs" : "text").path(), "curation.path.problem.textInBoth"));
		}
		length(step.text(), TEXT, path.then("text").path(), problems);
		length(step.textEs(), TEXT, path.then("textEs").path(), problems);
		if (english || spanish) {
			problems.addAll(rules.checkCitations(step.citations().stream().map(PathRules::asEntrys).toList(), path,
					"curation.path.problem.uncited", kept));
		}
		else if (!step.citations().isEmpty()) {
			problems.add(Problem.of(path.then("citations").path(), "curation.path.problem.citationsWithoutText"));
		}
	}

	/** A path's citation as an entry's claim's: the same rules check both, the same publisher resolves both. */
	static EntryDraft.CitationDraft asEntrys(PathDraft.CitationDraft citation) {
		return new EntryDraft.CitationDraft(citation.work(), citation.locator(), citation.quotation());
	}

	private static Integer number(String section) {
		try {
			int number = Integer.parseInt(section.strip());
			return number > 0 ? number : null;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static void text(String text, String field, int most, List<Problem> problems) {
		if (isBlank(text)) {
			problems.add(Problem.of(field, "curation.path.problem." + field));
		}
		length(text, most, field, problems);
	}

	private static void length(String text, int most, String field, List<Problem> problems) {
		if (text != null && text.codePointCount(0, text.length()) > most) {
			problems.add(Problem.of(field, "curation.path.problem.tooLong", most));
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
