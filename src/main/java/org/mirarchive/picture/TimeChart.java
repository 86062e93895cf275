package org.mirarchive.picture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mirarchive.model.DatePoint;
import org.mirarchive.model.HistoricalDate;

/**
 * A time axis laid out for an SVG picture: dated lines (events, a life) drawn where their dates
 * fall, each as wide as what its date says and no narrower, so that "1965~" is a fading year and
 * never a false day. A day is a dot; a month, a season, a year or a decade a mark as wide as it;
 * an interval a bar from the first day it can start to the last it can end. Approximate and
 * uncertain ends fade over the span they are known to (a gradient per mark); an open end runs to
 * the edge and ends in an arrow; an unknown end fades out to the edge. Marks are given rows so
 * that no two marks or labels overlap, in date order, which is also the order of their links.
 *
 * <p>All numbers are in the picture's own units (its {@code viewBox}); a template only writes
 * them out.
 */
public final class TimeChart {

	/** The picture's width in its own units: about a text column at 1 unit a pixel. */
	static final double WIDTH = 720;

	static final double LEFT = 14;

	static final double RIGHT = WIDTH - 18;

	/** Where the first row starts, under the years. */
	static final double TOP = 34;

	static final double ROW_HEIGHT = 38;

	static final double MARK_HEIGHT = 10;

	static final double DOT_RADIUS = 5;

	/** The narrowest a mark is drawn, so that a month across a century can still be seen. */
	static final double MIN_MARK = 3;

	/** The shortest stretch a fade is drawn over, so that a doubtful day still shows it fading. */
	static final double MIN_FADE = 10;

	/**
	 * A label's width estimated from its length (13-unit sans-serif text, a little generously),
	 * since the server does not measure text.
	 */
	static final double CHAR_WIDTH = 7.2;

	/** Space kept between two things in one row. */
	static final double GAP = 12;

	/** The most intervals between year ticks; the step is the smallest that keeps to it. */
	static final int MAX_TICKS = 10;

	private static final int[] STEPS = { 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000 };

	/** How faint a fading end gets (its stop opacity). */
	static final double FAINT = 0.08;

	/**
	 * One thing to draw.
	 *
	 * @param label its name, shown beside the mark
	 * @param lang the language of the name (it may not be the page's)
	 * @param href where its mark links to; null for a mark that is no link (the entry's own life)
	 * @param date its date
	 * @param dateWords its date in words, read out with the name
	 * @param own whether this is the entry's own dates rather than an event
	 */
	public record Line(String label, String lang, String href, HistoricalDate date, String dateWords, boolean own) {
	}

	/** A year on the axis, at {@code x}. */
	public record Tick(double x, String label) {
	}

	/** One stop of a fading mark's gradient: where along the mark (0–1) and how opaque. */
	public record Stop(double offset, double opacity) {
	}

	/**
	 * A mark as drawn: a bar ({@code x}, {@code y}, {@code width}, {@code height}) or, for a day,
	 * a dot ({@code cx}, {@code cy}, {@code r}); its label; and, where it fades, the id and stops
	 * of its gradient.
	 *
	 * @param name the accessible name: the label and the date in words
	 * @param classes the CSS classes of the mark (kind of line, approximate, uncertain, open)
	 * @param stopClasses the CSS classes of its gradient's stops (their colour is the mark's)
	 * @param gradientId the id of its gradient, or null when it does not fade
	 * @param fill the fill referring to the gradient ({@code url(#…)}), or null
	 * @param arrow the path of an open end's arrow (or arrows), or null
	 * @param extentStart the leftmost point of mark and label together
	 * @param extentEnd the rightmost
	 */
	public record Mark(String href, String name, String label, String lang, String dateWords, int row, boolean dot,
			double x, double y, double width, double height, double cx, double cy, double r, double labelX,
			double labelY, String classes, String stopClasses, boolean fadesAtStart, boolean fadesAtEnd, boolean openAtStart,
			boolean openAtEnd, String gradientId, String fill, List<Stop> stops, String arrow, double extentStart,
			double extentEnd) {

		public boolean fades() {
			return gradientId != null;
		}

	}

	private final LocalDate first;

	private final LocalDate last;

	private final List<Tick> ticks;

	private final List<Mark> marks;

	private final int rows;

	private TimeChart(LocalDate first, LocalDate last, List<Tick> ticks, List<Mark> marks, int rows) {
		this.first = first;
		this.last = last;
		this.ticks = ticks;
		this.marks = marks;
		this.rows = rows;
	}

	/**
	 * Lays out the lines, in date order. {@code idPrefix} keeps the gradients' ids apart from
	 * anything else on the page.
	 * @throws IllegalArgumentException if there is no line to draw
	 */
	public static TimeChart of(List<Line> lines, String idPrefix) {
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("A time chart needs a line at least");
		}
		List<Line> ordered = lines.stream().sorted(DATE_ORDER).toList();
		LocalDate earliest = null;
		LocalDate latest = null;
		boolean openBefore = false;
		boolean openAfter = false;
		for (Line line : ordered) {
			HistoricalDate date = line.date();
			DatePoint last = date.interval() ? date.end() : date.start();
			LocalDate from = date.start() != null ? date.start().earliest() : date.end().earliest();
			LocalDate to = last != null ? last.latest() : date.start().latest();
			earliest = earliest == null || from.isBefore(earliest) ? from : earliest;
			latest = latest == null || to.isAfter(latest) ? to : latest;
			openBefore |= date.interval() && date.start() == null;
			openAfter |= date.interval() && date.end() == null;
		}
		long firstYear = earliest.getYear();
		long lastYear = latest.getYear();
		int step = step(lastYear - firstYear + 1 + (openBefore ? 1 : 0) + (openAfter ? 1 : 0));
		long from = Math.floorDiv(firstYear, step) * (long) step;
		long to = (Math.floorDiv(lastYear, step) + 1) * (long) step;
		// An open or unknown end needs room to run on past the dates that are known.
		if (openBefore) {
			from -= step;
		}
		if (openAfter) {
			to += step;
		}
		LocalDate start = LocalDate.of(Math.toIntExact(from), 1, 1);
		LocalDate end = LocalDate.of(Math.toIntExact(to), 1, 1);
		TimeChart axis = new TimeChart(start, end, List.of(), List.of(), 0);
		List<Tick> ticks = new ArrayList<>();
		for (long year = from; year <= to; year += step) {
			ticks.add(new Tick(round(axis.x(LocalDate.of(Math.toIntExact(year), 1, 1))), Long.toString(year)));
		}
		List<Mark> marks = new ArrayList<>();
		List<Double> rowEnds = new ArrayList<>();
		for (Line line : ordered) {
			Mark unplaced = axis.mark(line, idPrefix + "-" + (marks.size() + 1), 0);
			int row = 0;
			while (row < rowEnds.size() && rowEnds.get(row) + GAP > unplaced.extentStart()) {
				row++;
			}
			if (row == rowEnds.size()) {
				rowEnds.add(unplaced.extentEnd());
			}
			else {
				rowEnds.set(row, unplaced.extentEnd());
			}
			marks.add(axis.mark(line, idPrefix + "-" + (marks.size() + 1), row));
		}
		return new TimeChart(start, end, List.copyOf(ticks), List.copyOf(marks), rowEnds.size());
	}

	/** Earliest start first (an open start before any date), then earliest end. */
	private static final Comparator<Line> DATE_ORDER = Comparator
		.comparing((Line line) -> line.date().earliest(), Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(line -> line.date().latest(), Comparator.nullsLast(Comparator.naturalOrder()));

	/** The smallest tidy step between year ticks that keeps their number within {@link #MAX_TICKS}. */
	static int step(long years) {
		for (int step : STEPS) {
			if ((years + step - 1) / step <= MAX_TICKS) {
				return step;
			}
		}
		long thousands = (long) STEPS[STEPS.length - 1] * MAX_TICKS;
		return STEPS[STEPS.length - 1] * (int) ((years + thousands - 1) / thousands);
	}

	/** Where a day begins on the axis. */
	public double x(LocalDate day) {
		double span = end().toEpochDay() - first.toEpochDay();
		return LEFT + (day.toEpochDay() - first.toEpochDay()) * (RIGHT - LEFT) / span;
	}

	private LocalDate end() {
		return last;
	}

	private Mark mark(Line line, String id, int row) {
		HistoricalDate date = line.date();
		double top = TOP + row * ROW_HEIGHT;
		double barY = top + 18;
		double labelY = top + 12;
		String kind = line.own() ? "timechart__mark timechart__mark--own" : "timechart__mark";
		if (!date.interval() && date.start().precision() == DatePoint.Precision.DAY) {
			DatePoint day = date.start();
			double cx = (x(day.earliest()) + x(day.earliest().plusDays(1))) / 2;
			return placed(line, id, row, true, cx - DOT_RADIUS, barY, 2 * DOT_RADIUS, MARK_HEIGHT, cx,
					barY + MARK_HEIGHT / 2, DOT_RADIUS, labelY, kind + " timechart__mark--day", false, false, false,
					false, List.of(), null);
		}
		DatePoint start = date.start();
		DatePoint end = date.interval() ? date.end() : date.start();
		boolean openAtStart = date.interval() && date.startBound() == HistoricalDate.Bound.OPEN;
		boolean openAtEnd = date.interval() && date.endBound() == HistoricalDate.Bound.OPEN;
		double x0 = start == null ? LEFT : x(start.earliest());
		double x1 = end == null ? RIGHT : x(end.latest().plusDays(1));
		if (x1 - x0 < MIN_MARK) {
			double middle = (x0 + x1) / 2;
			x0 = middle - MIN_MARK / 2;
			x1 = middle + MIN_MARK / 2;
		}
		double width = x1 - x0;
		// How far each end fades: over the span its date is known to, or to the edge when unknown.
		double fadeStart = 0;
		double fadeEnd = 0;
		if (start == null && date.startBound() == HistoricalDate.Bound.UNKNOWN) {
			fadeStart = x(end.earliest()) - x0;
		}
		else if (start != null && qualified(start)) {
			fadeStart = x(start.latest().plusDays(1)) - x0;
		}
		if (end == null && date.endBound() == HistoricalDate.Bound.UNKNOWN) {
			fadeEnd = x1 - x(start.latest().plusDays(1));
		}
		else if (end != null && qualified(end)) {
			fadeEnd = x1 - x(end.earliest());
		}
		if (!date.interval() && qualified(start)) {
			// A doubtful year fades towards both ends from its middle.
			fadeStart = width / 2;
			fadeEnd = width / 2;
		}
		List<Stop> stops = new ArrayList<>();
		if (fadeStart > 0) {
			stops.add(new Stop(0, FAINT));
			stops.add(new Stop(fraction(Math.max(fadeStart, MIN_FADE), width), 1));
		}
		if (fadeEnd > 0) {
			double from = 1 - fraction(Math.max(fadeEnd, MIN_FADE), width);
			if (stops.isEmpty()) {
				stops.add(new Stop(0, 1));
			}
			if (from > stops.get(stops.size() - 1).offset()) {
				stops.add(new Stop(from, 1));
			}
			stops.add(new Stop(1, FAINT));
		}
		else if (!stops.isEmpty()) {
			stops.add(new Stop(1, 1));
		}
		StringBuilder classes = new StringBuilder(kind);
		if (approximate(start) || approximate(end)) {
			classes.append(" timechart__mark--approximate");
		}
		if (uncertain(start) || uncertain(end) || date.startBound() == HistoricalDate.Bound.UNKNOWN
				|| date.endBound() == HistoricalDate.Bound.UNKNOWN) {
			classes.append(" timechart__mark--uncertain");
		}
		String arrow = null;
		if (openAtStart || openAtEnd) {
			classes.append(" timechart__mark--open");
			StringBuilder path = new StringBuilder();
			if (openAtEnd) {
				path.append(arrowPath(x1, barY, 1));
			}
			if (openAtStart) {
				path.append(arrowPath(x0, barY, -1));
			}
			arrow = path.toString().strip();
		}
		return placed(line, id, row, false, x0, barY, width, MARK_HEIGHT, 0, 0, 0, labelY, classes.toString(),
				fadeStart > 0, fadeEnd > 0, openAtStart, openAtEnd, stops, arrow);
	}

	/** An arrowhead at an edge, pointing out of the picture ({@code direction} 1: right, -1: left). */
	private static String arrowPath(double edge, double barY, int direction) {
		double back = edge - direction * 2;
		double tip = edge + direction * 8;
		return "M" + round(back) + " " + round(barY - 4) + " L" + round(tip) + " " + round(barY + MARK_HEIGHT / 2) + " L"
				+ round(back) + " " + round(barY + MARK_HEIGHT + 4) + " Z ";
	}

	private Mark placed(Line line, String id, int row, boolean dot, double x, double y, double width, double height,
			double cx, double cy, double r, double labelY, String classes, boolean fadesAtStart, boolean fadesAtEnd,
			boolean openAtStart, boolean openAtEnd, List<Stop> stops, String arrow) {
		double labelWidth = line.label().length() * CHAR_WIDTH;
		// The label starts where the mark does, moved left where it would run off the picture.
		double labelX = Math.max(LEFT, Math.min(x, WIDTH - 4 - labelWidth));
		double arrowRoom = openAtEnd ? 10 : 0;
		double extentStart = Math.min(x - (openAtStart ? 10 : 0), labelX);
		double extentEnd = Math.max(x + width + arrowRoom, labelX + labelWidth);
		boolean fades = !stops.isEmpty();
		String stopClasses = line.own() ? "timechart__stop timechart__stop--own" : "timechart__stop";
		return new Mark(line.href(), line.label() + ", " + line.dateWords(), line.label(), line.lang(), line.dateWords(),
				row, dot, round(x), round(y), round(width), round(height), round(cx), round(cy), r, round(labelX),
				round(labelY), fades ? classes + " timechart__mark--fades" : classes, stopClasses, fadesAtStart, fadesAtEnd, openAtStart, openAtEnd, fades ? id : null,
				fades ? "url(#" + id + ")" : null, List.copyOf(stops), arrow, extentStart, extentEnd);
	}

	private static boolean qualified(DatePoint point) {
		return point.approximate() || point.uncertain();
	}

	private static boolean approximate(DatePoint point) {
		return point != null && point.approximate();
	}

	private static boolean uncertain(DatePoint point) {
		return point != null && point.uncertain();
	}

	private static double fraction(double part, double whole) {
		return Math.round(Math.min(1, part / whole) * 1000) / 1000.0;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** The marks, in date order: the order of their links. */
	public List<Mark> marks() {
		return marks;
	}

	/** The year ticks, first to last; the first on or before every date, the last after. */
	public List<Tick> ticks() {
		return ticks;
	}

	/** Whether an entry's own dates are drawn (the legend then explains their bar). */
	public boolean hasOwn() {
		return marks.stream().anyMatch(mark -> mark.href() == null);
	}

	/** How many rows the marks take. */
	public int rows() {
		return rows;
	}

	/** The first day of the axis. */
	public LocalDate first() {
		return first;
	}

	/** The day after the axis ends. */
	public LocalDate last() {
		return last;
	}

	public double width() {
		return WIDTH;
	}

	public double height() {
		return TOP + rows * ROW_HEIGHT + 4;
	}

	/** The {@code viewBox} of the picture. */
	public String viewBox() {
		return "0 0 " + (int) WIDTH + " " + (int) Math.ceil(height());
	}

	/** Where the axis line and the ticks' lines end at the bottom. */
	public double bottom() {
		return height() - 2;
	}

	/** The left edge of the drawing area, where an open start ends. */
	public double left() {
		return LEFT;
	}

	/** The right edge, where an open end ends. */
	public double right() {
		return RIGHT;
	}

}
