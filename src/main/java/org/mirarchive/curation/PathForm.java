package org.mirarchive.curation;

import java.util.ArrayList;
import java.util.List;

import org.mirarchive.readingpath.PathDraft;
import org.mirarchive.readingpath.PathDraft.CitationDraft;
import org.mirarchive.readingpath.PathDraft.StepDraft;

/**
 * A reading path's draft as the curators' form shows it, which works without JavaScript: one empty
 * place more for a citation of each step, and one empty step; and the draft the form sends back,
 * text trimmed, blank text absent, the places left empty taken out (emptying a step's every field
 * is how a curator removes it).
 */
final class PathForm {

	private static final CitationDraft NO_CITATION = new CitationDraft(null, null, null);

	private PathForm() {
	}

	/** The draft with an empty citation under each step and an empty step at the end. */
	static PathDraft withPlaces(PathDraft draft) {
		List<StepDraft> steps = new ArrayList<>();
		for (StepDraft step : draft.steps()) {
			steps.add(new StepDraft(step.key(), step.target(), step.section(), step.text(), step.textEs(),
					withPlace(step.citations())));
		}
		steps.add(new StepDraft(null, null, null, null, null, List.of(NO_CITATION)));
		return new PathDraft(draft.slug(), draft.title(), draft.titleEs(), draft.introduction(),
				draft.introductionEs(), steps);
	}

	private static List<CitationDraft> withPlace(List<CitationDraft> citations) {
		List<CitationDraft> places = new ArrayList<>(citations);
		places.add(NO_CITATION);
		return places;
	}

	/** The draft a form sent: text trimmed, blank text absent, citations and steps left empty taken out. */
	static PathDraft filled(PathDraft sent) {
		List<StepDraft> steps = new ArrayList<>();
		for (StepDraft step : sent.steps()) {
			if (step == null) {
				continue;
			}
			List<CitationDraft> citations = new ArrayList<>();
			for (CitationDraft c : step.citations()) {
				if (c != null && (clean(c.work()) != null || clean(c.locator()) != null || clean(c.quotation()) != null)) {
					citations.add(new CitationDraft(clean(c.work()), clean(c.locator()), clean(c.quotation())));
				}
			}
			StepDraft tidied = new StepDraft(clean(step.key()), clean(step.target()), clean(step.section()),
					clean(step.text()), clean(step.textEs()), citations);
			if (tidied.target() != null || tidied.section() != null || tidied.text() != null
					|| tidied.textEs() != null || !citations.isEmpty()) {
				steps.add(tidied);
			}
		}
		return new PathDraft(clean(sent.slug()), clean(sent.title()), clean(sent.titleEs()),
				clean(sent.introduction()), clean(sent.introductionEs()), steps);
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
