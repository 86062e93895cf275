package org.mirarchive.entry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mirarchive.picture.TimeChart;

/**
 * The lifeline of a person or organization: the dated events its page lists among its
 * connections, on a time axis, with its own dates (a life, a founding and dissolution) as a bar.
 * Drawn from what the page has already read, so it costs no query.
 */
final class Lifeline {

	private Lifeline() {
	}

	/** The lifeline of the page's entry; empty for other kinds, and where no event it is connected to is dated. */
	static Optional<TimeChart> of(EntryPage page) {
		if (!page.entry().getKind().isAgent()) {
			return Optional.empty();
		}
		List<TimeChart.Line> lines = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (EntryPage.RelationGroup group : page.relations()) {
			for (EntryPage.RelationLine line : group.lines()) {
				// otherDate is an event's own date: the line is an event, and it is dated.
				if (line.otherDate() != null && seen.add(line.url())) {
					lines.add(new TimeChart.Line(line.name().text(), line.name().lang(), line.url(),
							line.otherDate().date(), line.otherDate().words(), false));
				}
			}
		}
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		if (page.date() != null) {
			lines.add(new TimeChart.Line(page.name().text(), page.name().lang(), null, page.date().text().date(),
					page.date().text().words(), true));
		}
		return Optional.of(TimeChart.of(lines, "lifeline"));
	}

}
