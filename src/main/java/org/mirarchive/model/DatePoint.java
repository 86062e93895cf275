package org.mirarchive.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * One calendar date of an EDTF expression (levels 0 and 1), with the precision it was given
 * in and its qualification. Years use astronomical numbering, as EDTF does: 0 is 1 BCE.
 *
 * @param year the year, or for an unspecified year ({@code 196X}) the first year it can be
 * @param unspecifiedYearDigits how many rightmost year digits are unspecified (0, 1 or 2)
 * @param month 1–12, a season 21–24, or 0 when not given or unspecified
 * @param monthUnspecified the month was written {@code XX}
 * @param day 1–31, or 0 when not given or unspecified
 * @param dayUnspecified the day was written {@code XX}
 * @param time the time of day for a level 0 date and time, else null
 * @param offset the time's offset from UTC, or null (local time or no time)
 * @param approximate qualified with {@code ~} or {@code %}
 * @param uncertain qualified with {@code ?} or {@code %}
 */
public record DatePoint(long year, int unspecifiedYearDigits, int month, boolean monthUnspecified, int day,
		boolean dayUnspecified, LocalTime time, ZoneOffset offset, boolean approximate, boolean uncertain) {

	/** How finely the date is known. */
	public enum Precision {
		CENTURY, DECADE, YEAR, SEASON, MONTH, DAY
	}

	public Precision precision() {
		if (unspecifiedYearDigits == 2) {
			return Precision.CENTURY;
		}
		if (unspecifiedYearDigits == 1) {
			return Precision.DECADE;
		}
		if (month >= 21) {
			return Precision.SEASON;
		}
		if (month == 0) {
			return Precision.YEAR;
		}
		return day == 0 ? Precision.MONTH : Precision.DAY;
	}

	/** The last year the date can fall in (differs from {@link #year()} only when digits are unspecified). */
	public long lastYear() {
		return year + (long) Math.pow(10, unspecifiedYearDigits) - 1;
	}

	/** The first day the date can be. */
	public LocalDate earliest() {
		return switch (precision()) {
			case CENTURY, DECADE, YEAR -> LocalDate.of(Math.toIntExact(year), 1, 1);
			case SEASON -> LocalDate.of(Math.toIntExact(year), seasonFirstMonth(), 1);
			case MONTH -> LocalDate.of(Math.toIntExact(year), month, 1);
			case DAY -> LocalDate.of(Math.toIntExact(year), month, day);
		};
	}

	/** The last day the date can be. */
	public LocalDate latest() {
		return switch (precision()) {
			case CENTURY, DECADE, YEAR -> LocalDate.of(Math.toIntExact(lastYear()), 12, 31);
			case SEASON -> LocalDate.of(Math.toIntExact(year), seasonFirstMonth(), 1).plusMonths(3).minusDays(1);
			case MONTH -> LocalDate.of(Math.toIntExact(year), month, 1).with(TemporalAdjusters.lastDayOfMonth());
			case DAY -> LocalDate.of(Math.toIntExact(year), month, day);
		};
	}

	/**
	 * The first month of a season. EDTF level 1 seasons 21–24 are spring, summer, autumn and
	 * winter, read here in the northern-hemisphere meteorological sense (spring is March to May),
	 * winter running into the next year.
	 */
	int seasonFirstMonth() {
		return Month.MARCH.getValue() + (month - 21) * 3;
	}

	/** The value for an HTML {@code time} element's datetime attribute, or null if HTML has none. */
	public String machineValue() {
		if (year < 0 || year > 9999) {
			return null;
		}
		String y = padded(year, 4);
		return switch (precision()) {
			case CENTURY, DECADE, YEAR, SEASON -> y;
			case MONTH -> y + "-" + padded(month, 2);
			case DAY -> y + "-" + padded(month, 2) + "-" + padded(day, 2)
					+ (time == null ? "" : "T" + time + (offset == null ? "" : offset.getId()));
		};
	}

	/**
	 * A number from 0 up, zero-padded to the digits given, as {@code String.format("%04d")} writes
	 * it: every date on a page is written so, and the formatter's parsing of its pattern cost more
	 * than the rest of the page's dates (a profile of the entry page, docs/performance.md).
	 */
	private static String padded(long number, int digits) {
		String written = Long.toString(number);
		return written.length() >= digits ? written : "0".repeat(digits - written.length()) + written;
	}

}
