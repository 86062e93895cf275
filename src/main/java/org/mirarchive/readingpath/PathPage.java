package org.mirarchive.readingpath;

import java.util.List;

import org.mirarchive.entry.Footnotes;
import org.mirarchive.model.LocalText;

/**
 * What a reading path's page shows, in the reader's language: its title and introduction, its
 * steps in order with their footnotes, then the References list.
 */
public record PathPage(String slug, String url, LocalText title, LocalText introduction, List<StepLine> steps,
		List<Footnotes.Reference> references) {

	/**
	 * One step: the archive's text where it adds one, and what the step leads to.
	 *
	 * @param number the step's number on the path, from 1
	 * @param text the archive's text, or null
	 * @param target what the step leads to
	 */
	public record StepLine(int number, String anchor, LocalText text, List<Integer> refs, Target target) {
	}

	/**
	 * What a step leads to, as a link and what the reader finds there.
	 *
	 * @param kind ENTRY, STATEMENT or SECTION (of a work)
	 * @param name the entry's name, or the work's title
	 * @param url where the link goes (a statement's own address on its entry's page)
	 * @param heading a section's heading in the reader's language, or null
	 * @param text the entry's summary, or the statement itself, or null
	 * @param refs the statement's footnotes, or none
	 * @param entries the entries whose claims cite a section, or none
	 */
	public record Target(Kind kind, LocalText name, String url, String heading, LocalText text, List<Integer> refs,
			List<Link> entries) {
	}

	public enum Kind {

		ENTRY, STATEMENT, SECTION

	}

	/** An entry to follow: its name in the reader's language and its address. */
	public record Link(LocalText name, String url) {
	}

	/** A path in the list of paths. */
	public record Listed(String url, LocalText title, LocalText introduction, int steps) {
	}

}
