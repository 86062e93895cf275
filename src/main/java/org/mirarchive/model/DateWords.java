package org.mirarchive.model;

import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Puts historical dates into words in the reader's language: "11 September 1973",
 * "September 1973", "the 1960s", "c. 1965", "1944–1974", "from 1965 onwards".
 * The phrases come from the message bundles (keys {@code date.*}), so a new language needs
 * no code.
 */
public final class DateWords {

	/** Stand-ins for the dates while a phrase is formatted, so that the phrase can be split around them. */
	private static final String[] MARK = { "\u0001", "\u0002" };

	private final MessageSource messages;

	public DateWords(MessageSource messages) {
		this.messages = messages;
	}

	/** The whole expression in words. */
	public String words(HistoricalDate date, Locale locale) {
		if (!date.interval()) {
			return point(date.start(), locale);
		}
		if (date.start() == null) {
			String key = date.startBound() == HistoricalDate.Bound.OPEN ? "date.openStart" : "date.unknownStart";
			return msg(key, locale, point(date.end(), locale));
		}
		if (date.end() == null) {
			String key = date.endBound() == HistoricalDate.Bound.OPEN ? "date.openEnd" : "date.unknownEnd";
			return msg(key, locale, point(date.start(), locale));
		}
		String from = point(date.start(), locale);
		String to = point(date.end(), locale);
		boolean spaced = from.contains(" ") || to.contains(" ");
		return msg(spaced ? "date.interval.spaced" : "date.interval", locale, from, to);
	}

	/** The expression in words, split into dates (with their machine values) and connecting words. */
	public DateText text(HistoricalDate date, Locale locale) {
		List<DatePoint> points = new ArrayList<>();
		String pattern;
		if (!date.interval()) {
			points.add(date.start());
			pattern = MARK[0];
		}
		else if (date.start() == null) {
			points.add(date.end());
			String key = date.startBound() == HistoricalDate.Bound.OPEN ? "date.openStart" : "date.unknownStart";
			pattern = msg(key, locale, MARK[0]);
		}
		else if (date.end() == null) {
			points.add(date.start());
			String key = date.endBound() == HistoricalDate.Bound.OPEN ? "date.openEnd" : "date.unknownEnd";
			pattern = msg(key, locale, MARK[0]);
		}
		else {
			points.add(date.start());
			points.add(date.end());
			String from = point(date.start(), locale);
			String to = point(date.end(), locale);
			boolean spaced = from.contains(" ") || to.contains(" ");
			pattern = msg(spaced ? "date.interval.spaced" : "date.interval", locale, MARK[0], MARK[1]);
		}
		List<DateText.Part> parts = new ArrayList<>();
		int at = 0;
		for (int i = 0; i < points.size(); i++) {
			int mark = pattern.indexOf(MARK[i], at);
			if (mark > at) {
				parts.add(new DateText.Part(pattern.substring(at, mark), null));
			}
			parts.add(new DateText.Part(point(points.get(i), locale), points.get(i).machineValue()));
			at = mark + MARK[i].length();
		}
		if (at < pattern.length()) {
			parts.add(new DateText.Part(pattern.substring(at), null));
		}
		return new DateText(List.copyOf(parts), date);
	}

	/** One date of an expression in words, with its qualification. */
	public String point(DatePoint point, Locale locale) {
		String plain = unqualified(point, locale);
		if (point.approximate() && point.uncertain()) {
			return msg("date.approximateUncertain", locale, plain);
		}
		if (point.approximate()) {
			return msg("date.approximate", locale, plain);
		}
		return point.uncertain() ? msg("date.uncertain", locale, plain) : plain;
	}

	private String unqualified(DatePoint point, Locale locale) {
		String year = year(point.year(), locale);
		String words = switch (point.precision()) {
			case CENTURY -> msg("date.century", locale, year, year(point.lastYear(), locale));
			case DECADE -> msg("date.decade", locale, year);
			case YEAR -> point.monthUnspecified() ? msg("date.monthUnspecified", locale, year) : year;
			case SEASON -> msg("date.season." + point.month(), locale, year);
			case MONTH -> {
				String month = msg("date.month", locale, monthName(point.month(), locale), year);
				yield point.dayUnspecified() ? msg("date.dayUnspecified", locale, month) : month;
			}
			case DAY -> msg("date.day", locale, String.valueOf(point.day()), monthName(point.month(), locale), year);
		};
		if (point.time() == null) {
			return words;
		}
		String time = point.time().toString();
		if (point.time().getSecond() == 0) {
			time = time + ":00";
		}
		if (point.offset() != null) {
			time = msg("date.timeZone", locale, time, point.offset().getId().equals("Z") ? "UTC" : "UTC" + point.offset().getId());
		}
		return msg("date.time", locale, words, time);
	}

	/** A year as readers write it: astronomical year 0 is 1 BCE; long years are grouped. */
	private String year(long astronomical, Locale locale) {
		if (astronomical <= 0) {
			return msg("date.year.bce", locale, number(1 - astronomical, locale));
		}
		return number(astronomical, locale);
	}

	private static String number(long value, Locale locale) {
		if (value < 10_000) {
			return String.valueOf(value);
		}
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	private static String monthName(int month, Locale locale) {
		return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
