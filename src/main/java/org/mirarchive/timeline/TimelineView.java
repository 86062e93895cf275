package org.mirarchive.timeline;

import java.util.List;

import org.mirarchive.entry.IndexLine;
import org.mirarchive.model.Paging.Pager;
import org.mirarchive.picture.TimeChart;

/**
 * What the timeline page shows: the filter's form as the reader filled it in, with menus of the
 * people and organizations to choose from (null when there are too many for a menu), then either
 * why the filter cannot be applied ({@code problems}) or a page of the events it keeps.
 *
 * @param narrowing what the events shown are narrowed by, in words (empty when not narrowed)
 * @param matching how many events the filter keeps, on every page
 * @param undatedLeftOut how many undated events a date range left out
 * @param dated the page's dated events, in date order, each with the address of the editorial note
 *        beside its date on the event's page (null where there is none)
 * @param undated the page's undated events, in the order the article tells them, each with why
 * @param chart the page's dated events drawn on a time axis; null when none is dated
 */
record TimelineView(TimelineFilter filter, List<Choice> people, List<Choice> organizations,
		List<TimelineFilter.Problem> problems, List<Narrowing> narrowing, long matching, long undatedLeftOut,
		List<DatedLine> dated, List<UndatedLine> undated, Pager pager, TimeChart chart) {

	/**
	 * An undated event, and why it has no date, as a message key: the article does not date it
	 * and the archive records no date from another work, or (with {@code works}) the editorial
	 * notes on its page cite those other works.
	 */
	record UndatedLine(IndexLine line, String reasonKey, String works) {
	}

	/** A dated event, and where the editorial note beside its date is read (null: none). */
	record DatedLine(IndexLine line, String noteUrl) {
	}

	/** A person or organization a reader can narrow the timeline to. */
	record Choice(String slug, String name) {
	}

	/** One thing the shown timeline is narrowed by, in words: "Person: Augusto Pinochet". */
	record Narrowing(String labelKey, String value) {
	}

	/** The page that says why a filter cannot be applied, above the form to correct it. */
	static TimelineView refusal(TimelineFilter filter, List<Choice> people, List<Choice> organizations,
			List<TimelineFilter.Problem> problems) {
		return new TimelineView(filter, people, organizations, problems, List.of(), 0, 0, List.of(), List.of(), null,
				null);
	}

}
