package org.mirarchive.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each marker's name goes: beside, above or below its marker, whichever spot stays inside the
 * picture and covers the fewest other names, markers and boxes (an inset, its caption). Widths are
 * estimated from the number of characters, enough to keep names apart at a map's few labels.
 */
final class Labels {

	/** Font size of a label, in picture units (archive.css sets the same). */
	static final double FONT_SIZE = 12;

	/** Average width of a character of the labels' sans-serif face, as a share of the font size. */
	private static final double CHARACTER_WIDTH = 0.56;

	private static final double GAP = 3;

	/** A rectangle of the picture. */
	record Box(double x, double y, double width, double height) {

		static Box around(double cx, double cy, double r) {
			return new Box(cx - r, cy - r, 2 * r, 2 * r);
		}

		double overlap(Box other) {
			double w = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
			double h = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
			return w > 0 && h > 0 ? w * h : 0;
		}

		boolean within(Box outer) {
			return x >= outer.x && y >= outer.y && x + width <= outer.x + outer.width
					&& y + height <= outer.y + outer.height;
		}
	}

	/** A marker to label: its centre, radius and name. */
	record Point(double cx, double cy, double r, String name) {
	}

	/**
	 * A label: its lines (a long name on two), where each line's baseline starts (x, first baseline;
	 * the lines below follow at {@link #LINE_HEIGHT}), its anchor ("start", "middle", "end") and the box it covers.
	 */
	record Placed(List<String> lines, double x, double y, String anchor, Box box) {
	}

	/** Distance between the baselines of a two-line label. */
	static final double LINE_HEIGHT = FONT_SIZE * 1.15;

	/** A name wider than this goes on two lines, broken at the space nearest its middle. */
	private static final double MAX_LINE = 130;

	private Labels() {
	}

	static double width(String text) {
		return text.length() * CHARACTER_WIDTH * FONT_SIZE;
	}

	/** A name as the lines it is set in. */
	static List<String> lines(String name) {
		if (width(name) <= MAX_LINE) {
			return List.of(name);
		}
		int middle = name.length() / 2;
		int best = -1;
		for (int i = 0; i < name.length(); i++) {
			if (name.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
				best = i;
			}
		}
		return best < 0 ? List.of(name) : List.of(name.substring(0, best), name.substring(best + 1));
	}

	/**
	 * The labels of the points, in their order. Labels are placed one after another, each where it
	 * covers least of what is already there; since the first placed take the best spots, a few orders
	 * are tried (as given, reversed, west to east, east to west, north to south, south to north) and
	 * the arrangement covering least is kept.
	 */
	static List<Placed> place(List<Point> points, Box bounds, List<Box> obstacles) {
		List<Integer> given = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			given.add(i);
		}
		List<List<Integer>> orders = new ArrayList<>();
		orders.add(given);
		List<Integer> reversed = new ArrayList<>(given);
		java.util.Collections.reverse(reversed);
		orders.add(reversed);
		java.util.Comparator<Integer> westToEast = java.util.Comparator.comparingDouble(i -> points.get(i).cx());
		java.util.Comparator<Integer> northToSouth = java.util.Comparator.comparingDouble(i -> points.get(i).cy());
		orders.add(given.stream().sorted(westToEast).toList());
		orders.add(given.stream().sorted(westToEast.reversed()).toList());
		orders.add(given.stream().sorted(northToSouth).toList());
		orders.add(given.stream().sorted(northToSouth.reversed()).toList());
		Placed[] best = null;
		double bestScore = Double.MAX_VALUE;
		for (List<Integer> order : orders) {
			Placed[] placed = new Placed[points.size()];
			double score = place(points, order, bounds, obstacles, placed);
			if (score < bestScore) {
				bestScore = score;
				best = placed;
			}
		}
		return List.of(best);
	}

	/** Places the labels in the order given, into {@code placed}; returns how much they cover in all. */
	private static double place(List<Point> points, List<Integer> order, Box bounds, List<Box> obstacles,
			Placed[] placed) {
		List<Box> taken = new ArrayList<>(obstacles);
		for (Point point : points) {
			taken.add(Box.around(point.cx(), point.cy(), point.r()));
		}
		double total = 0;
		for (int index : order) {
			Placed best = null;
			double bestScore = Double.MAX_VALUE;
			List<Placed> candidates = candidates(points.get(index));
			for (int i = 0; i < candidates.size(); i++) {
				Placed candidate = candidates.get(i);
				double score = i;
				if (!candidate.box().within(bounds)) {
					score += 1_000_000;
				}
				for (Box box : taken) {
					score += 10 * candidate.box().overlap(box);
				}
				if (score < bestScore) {
					bestScore = score;
					best = candidate;
				}
			}
			Box box = best.box();
			// A little room around each name, so that two names never touch.
			taken.add(new Box(box.x() - 2, box.y() - 2, box.width() + 4, box.height() + 4));
			placed[index] = best;
			total += bestScore;
		}
		return total;
	}

	/** Right, left, the four diagonals, above and below, in that order of preference. */
	private static List<Placed> candidates(Point p) {
		List<String> lines = lines(p.name());
		double w = lines.stream().mapToDouble(Labels::width).max().orElse(0);
		double h = FONT_SIZE + (lines.size() - 1) * LINE_HEIGHT;
		double d = p.r() + GAP;
		double diagonal = d * 0.7;
		List<Placed> candidates = new ArrayList<>();
		candidates.add(label(lines, p.cx() + d, "start", new Box(p.cx() + d, p.cy() - h / 2, w, h)));
		candidates.add(label(lines, p.cx() - d, "end", new Box(p.cx() - d - w, p.cy() - h / 2, w, h)));
		candidates.add(label(lines, p.cx() + diagonal, "start", new Box(p.cx() + diagonal, p.cy() - diagonal - h, w, h)));
		candidates.add(label(lines, p.cx() + diagonal, "start", new Box(p.cx() + diagonal, p.cy() + diagonal, w, h)));
		candidates.add(label(lines, p.cx() - diagonal, "end", new Box(p.cx() - diagonal - w, p.cy() - diagonal - h, w, h)));
		candidates.add(label(lines, p.cx() - diagonal, "end", new Box(p.cx() - diagonal - w, p.cy() + diagonal, w, h)));
		candidates.add(label(lines, p.cx(), "middle", new Box(p.cx() - w / 2, p.cy() - d - h, w, h)));
		candidates.add(label(lines, p.cx(), "middle", new Box(p.cx() - w / 2, p.cy() + d, w, h)));
		return candidates;
	}

	/** A label in its box: the first baseline sits about a fifth of the font size above the box's first line's foot. */
	private static Placed label(List<String> lines, double x, String anchor, Box box) {
		return new Placed(lines, x, box.y() + FONT_SIZE * 0.8, anchor, box);
	}

}
