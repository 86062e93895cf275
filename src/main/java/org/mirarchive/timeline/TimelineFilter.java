package org.mirarchive.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;

import org.mirarchive.model.HistoricalDate;
import org.mirarchive.model.StoredDate;

/**
 * What a reader narrowed the timeline to, as a shareable link gives it
 * ({@code /timeline?person=augusto-pinochet&from=1970&to=1974}): a person and an organization
 * that took part, and a date range. Blank values (an untouched form field) mean no filter.
 *
 * <p>An event is in the range when its dates can overlap it: from 1973 to 1973 takes
 * 11 September 1973 and 1973–1975; an open or unknown end counts as reaching into the range.
 * Under a date filter, events the sources do not date are left out, and the page says so.
 *
 * @param from the first day of the range as written: a year, year and month, or day (1970, 1973-09, 1973-09-11)
 * @param to the last, written the same way
 */
public record TimelineFilter(String person, String organization, String from, String to) {

	/** Why a filter cannot be applied: a message key and its argument. */
	public record Problem(String key, String value) {
	}

	private static final Pattern DAY_MONTH_OR_YEAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	public TimelineFilter {
		person = blankToNull(person);
		organization = blankToNull(organization);
		from = blankToNull(from);
		to = blankToNull(to);
	}

	/** Whether anything narrows the timeline. */
	public boolean isNarrowed() {
		return person != null || organization != null || from != null || to != null;
	}

	/** Whether a date range narrows it (undated events are then left out). */
	public boolean byDate() {
		return from != null || to != null;
	}

	/** The first day of the range, or null; only when {@link #dateProblems()} is empty. */
	public LocalDate earliest() {
		return from == null ? null : HistoricalDate.parse(from).earliest();
	}

	/** The last day of the range, or null; only when {@link #dateProblems()} is empty. */
	public LocalDate latest() {
		return to == null ? null : HistoricalDate.parse(to).latest();
	}

	/** What is wrong with the dates as written: not a year, month or day, or a range that ends before it starts. */
	public List<Problem> dateProblems() {
		List<Problem> problems = new ArrayList<>();
		if (from != null && !readable(from)) {
			problems.add(new Problem("timeline.problem.from", from));
		}
		if (to != null && !readable(to)) {
			problems.add(new Problem("timeline.problem.to", to));
		}
		if (problems.isEmpty() && from != null && to != null && latest().isBefore(earliest())) {
			problems.add(new Problem("timeline.problem.order", from + "–" + to));
		}
		return List.copyOf(problems);
	}

	/**
	 * Whether an event's date can fall in the range. Undated events never do; an unknown or
	 * open start or end reaches as far as it needs to.
	 */
	public boolean inRange(StoredDate date) {
		if (!byDate()) {
			return true;
		}
		if (!date.isPresent()) {
			return false;
		}
		LocalDate earliest = earliest();
		LocalDate latest = latest();
		boolean endsAfterStart = earliest == null || date.getLatest() == null || !date.getLatest().isBefore(earliest);
		boolean startsBeforeEnd = latest == null || date.getEarliest() == null || !date.getEarliest().isAfter(latest);
		return endsAfterStart && startsBeforeEnd;
	}

	/** The link that shows this filter, without empty fields: {@code /timeline?person=…&from=1970}. */
	public String path() {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/timeline");
		parameters().forEach(link::queryParam);
		return link.encode().build().toUriString();
	}

	/** The filter's fields that are set, as a link gives them; the pager's links keep them. */
	public Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (person != null) {
			parameters.put("person", person);
		}
		if (organization != null) {
			parameters.put("organization", organization);
		}
		if (from != null) {
			parameters.put("from", from);
		}
		if (to != null) {
			parameters.put("to", to);
		}
		return parameters;
	}

	private static boolean readable(String date) {
		return DAY_MONTH_OR_YEAR.matcher(date).matches() && HistoricalDate.isValid(date);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
