package org.mirarchive.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A historical date as the archive stores it: an expression in the Library of Congress Extended
 * Date/Time Format (EDTF), levels 0 and 1, parsed into its parts, with the earliest and latest
 * days it can mean (used for sorting and filtering).
 *
 * <p>Supported: dates to the day, month or year; date and time (level 0); negative years and
 * years of more than four digits written {@code Y170000002} (level 1); seasons {@code 2001-21};
 * a qualifier {@code ?} (uncertain), {@code ~} (approximate) or {@code %} (both) after a date;
 * unspecified digits {@code 201X}, {@code 20XX}, {@code 2004-XX}, {@code 1985-04-XX},
 * {@code 1985-XX-XX}; intervals {@code 1964/2008} whose ends may be unknown ({@code 1985/}) or
 * open ({@code 1985/..}).
 *
 * <p>No Java library on Maven Central parses EDTF (edtf.js and its ports are for other
 * platforms), so this small parser is written against the standard's own examples, which its
 * tests check one by one.
 *
 * @param edtf the expression as stored
 * @param start the date, or the start of an interval; null when the interval's start is not a date
 * @param end the end of an interval; null for a single date or when the end is not a date
 * @param interval whether the expression is an interval
 * @param startBound for an interval whose start is not a date: UNKNOWN ({@code /1985}) or OPEN ({@code ../1985})
 * @param endBound for an interval whose end is not a date: UNKNOWN ({@code 1985/}) or OPEN ({@code 1985/..})
 */
public record HistoricalDate(String edtf, DatePoint start, DatePoint end, boolean interval, Bound startBound,
		Bound endBound) {

	/** What stands at an end of an interval that is not a date. */
	public enum Bound {
		DATE, UNKNOWN, OPEN
	}

	private static final Pattern DATE = Pattern.compile(
			"(?<year>-?\\d{4}|-?\\d{3}X|-?\\d{2}XX|Y-?\\d{5,})"
					+ "(?:-(?<month>\\d{2}|XX)(?:-(?<day>\\d{2}|XX))?)?"
					+ "(?:T(?<time>\\d{2}:\\d{2}:\\d{2})(?<zone>Z|[+-]\\d{2}(?::\\d{2})?)?)?"
					+ "(?<qualifier>[?~%])?");

	/**
	 * Parses an EDTF expression of level 0 or 1.
	 * @throws IllegalArgumentException if the text is not such an expression, or names a day that does not exist
	 */
	public static HistoricalDate parse(String edtf) {
		if (edtf == null || edtf.isBlank()) {
			throw new IllegalArgumentException("An EDTF date cannot be empty");
		}
		int slash = edtf.indexOf('/');
		if (slash < 0) {
			return new HistoricalDate(edtf, point(edtf, edtf), null, false, Bound.DATE, Bound.DATE);
		}
		String from = edtf.substring(0, slash);
		String to = edtf.substring(slash + 1);
		Bound startBound = bound(from);
		Bound endBound = bound(to);
		if (startBound != Bound.DATE && endBound != Bound.DATE) {
			throw new IllegalArgumentException("An interval needs a date at one end at least: " + edtf);
		}
		DatePoint start = startBound == Bound.DATE ? point(from, edtf) : null;
		DatePoint end = endBound == Bound.DATE ? point(to, edtf) : null;
		if (start != null && end != null && start.earliest().isAfter(end.latest())) {
			throw new IllegalArgumentException("An interval cannot end before it starts: " + edtf);
		}
		return new HistoricalDate(edtf, start, end, true, startBound, endBound);
	}

	/** Whether the text is an EDTF expression this archive can read. */
	public static boolean isValid(String edtf) {
		try {
			parse(edtf);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static Bound bound(String side) {
		if (side.isEmpty()) {
			return Bound.UNKNOWN;
		}
		return "..".equals(side) ? Bound.OPEN : Bound.DATE;
	}

	private static DatePoint point(String text, String whole) {
		Matcher m = DATE.matcher(text);
		if (!m.matches()) {
			throw new IllegalArgumentException("Not an EDTF level 0 or 1 date: " + whole);
		}
		String yearText = m.group("year");
		boolean longYear = yearText.startsWith("Y");
		if (longYear) {
			yearText = yearText.substring(1);
		}
		int unspecified = (int) yearText.chars().filter(c -> c == 'X').count();
		long year;
		try {
			year = Long.parseLong(yearText.replace('X', '0'));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Year out of range: " + whole, ex);
		}
		if ("-0000".equals(yearText)) {
			throw new IllegalArgumentException("Year zero has no sign: " + whole);
		}
		if (year < 0 && unspecified > 0) {
			// -19XX would be an unspecified negative year: a level 2 feature.
			throw new IllegalArgumentException("Unspecified digits in a negative year are beyond level 1: " + whole);
		}
		String monthText = m.group("month");
		String dayText = m.group("day");
		boolean monthUnspecified = "XX".equals(monthText);
		boolean dayUnspecified = "XX".equals(dayText);
		int month = monthText == null || monthUnspecified ? 0 : Integer.parseInt(monthText);
		int day = dayText == null || dayUnspecified ? 0 : Integer.parseInt(dayText);
		if ("00".equals(monthText) || "00".equals(dayText)) {
			// 0 stands for "not given" below, so a written 00 must be refused here.
			throw new IllegalArgumentException("No month or day 00: " + whole);
		}
		if (unspecified > 0 && monthText != null) {
			throw new IllegalArgumentException("A month after an unspecified year is beyond level 1: " + whole);
		}
		if (monthUnspecified && dayText != null && !dayUnspecified) {
			throw new IllegalArgumentException("A day in an unspecified month is beyond level 1: " + whole);
		}
		boolean season = month >= 21 && month <= 24;
		if (!(month == 0 || month <= 12 || season) || (season && dayText != null)) {
			throw new IllegalArgumentException("No such month: " + whole);
		}
		LocalTime time = null;
		ZoneOffset offset = null;
		if (m.group("time") != null) {
			if (day == 0) {
				throw new IllegalArgumentException("A time needs a full date: " + whole);
			}
			try {
				time = LocalTime.parse(m.group("time"));
				String zone = m.group("zone");
				offset = zone == null ? null : ZoneOffset.of(zone);
			}
			catch (DateTimeException ex) {
				throw new IllegalArgumentException("No such time: " + whole, ex);
			}
			if (m.group("qualifier") != null) {
				throw new IllegalArgumentException("Qualifiers on a date and time are beyond level 1: " + whole);
			}
		}
		String qualifier = m.group("qualifier");
		DatePoint point = new DatePoint(year, unspecified, month, monthUnspecified, day, dayUnspecified, time,
				offset, "~".equals(qualifier) || "%".equals(qualifier), "?".equals(qualifier) || "%".equals(qualifier));
		try {
			point.earliest();
			point.latest();
		}
		catch (DateTimeException | ArithmeticException ex) {
			throw new IllegalArgumentException("No such date: " + whole, ex);
		}
		return point;
	}

	/** The first day the date can mean; null when an interval's start is unknown or open. */
	public LocalDate earliest() {
		return start == null ? null : start.earliest();
	}

	/** The last day the date can mean; null when an interval's end is unknown or open. */
	public LocalDate latest() {
		if (!interval) {
			return start.latest();
		}
		return end == null ? null : end.latest();
	}

	@Override
	public String toString() {
		return edtf;
	}

}
