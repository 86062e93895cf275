package org.mirarchive.readingpath;

import java.util.List;

/**
 * A reading path as a curator composes it and as a change set stores it: its title and
 * introduction in English and in the archive's Spanish, and its steps in order. Each step leads
 * to an archive address and may add the archive's own text, in both languages, cited like every
 * claim.
 *
 * @param slug the path's address under {@code /paths}, made from its title when it is first
 * published and never changed after; null for a path not yet published
 * @param title the title (English)
 * @param titleEs the title in Spanish
 * @param introduction what the path is for (English)
 * @param introductionEs the same in Spanish
 * @param steps the steps, in order
 */
public record PathDraft(String slug, String title, String titleEs, String introduction, String introductionEs,
		List<StepDraft> steps) {

	public PathDraft {
		steps = steps == null ? List.of() : List.copyOf(steps);
	}

	/** An empty path, for the new-path form. */
	public static PathDraft blank() {
		return new PathDraft(null, null, null, null, null, List.of());
	}

	/**
	 * One step.
	 *
	 * @param key the published step's key (its address on the path's page, {@code #step-key}), or
	 * null for a new step
	 * @param target what the step leads to, as an archive address: {@code /people/miguel-enriquez}
	 * for an entry, {@code /organizations/mir#statement-mir-founded} for one statement of an entry,
	 * {@code /sources/chiles-mir-the-revolutionary-left-movement} for a work
	 * @param section for a work, the number of the section the step reads, or null
	 * @param text the archive's text for the step (English), or null where the target speaks for itself
	 * @param textEs the same in Spanish: given with the English, or not at all
	 * @param citations what the text rests on
	 */
	public record StepDraft(String key, String target, String section, String text, String textEs,
			List<CitationDraft> citations) {

		public StepDraft {
			citations = citations == null ? List.of() : List.copyOf(citations);
		}

	}

	/**
	 * A citation of a step's text, as an entry's claims cite: a work the archive cites, by its
	 * slug, and where in it (a verbatim quotation for the seed article, a locator for other works).
	 */
	public record CitationDraft(String work, String locator, String quotation) {
	}

}
