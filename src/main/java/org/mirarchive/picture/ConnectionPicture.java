package org.mirarchive.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small picture of one entry's connections on its page: the entry at the centre, the entries
 * it is connected to around it, left and right, one block for each kind of connection under that
 * kind's heading, a line from the centre to each. A crowded entry shows {@value #MOST_SHOWN} of
 * them, taken from every kind in turn, and says how many more the lists below hold. The same
 * connections always give the same picture.
 *
 * @param centre the entry itself
 * @param nodes one for each connection shown, in reading order (right column, then left)
 * @param headings the headings of the blocks
 * @param edges a line from the centre to each node
 * @param more how many connections the picture leaves to the lists
 * @param legend each shape drawn, with the kind of entry it stands for, in the shapes' order
 * @param viewBox the SVG's viewBox, which holds every shape and label
 */
public record ConnectionPicture(Centre centre, List<Node> nodes, List<Heading> headings, List<Edge> edges, int more,
		List<Legend> legend, String viewBox) {

	/** The most connections drawn; more would crowd the picture past reading. */
	public static final int MOST_SHOWN = 24;

	/** How many styles of line there are (colour and dash together), repeated beyond. */
	public static final int STYLES = 6;

	private static final double NODE = 8;

	private static final double CENTRE = 13;

	private static final double HEADING_ROW = 26;

	private static final double NODE_ROW = 38;

	private static final double INNER = 120;

	private static final double SPREAD = 70;

	private static final double LABEL_GAP = 14;

	private static final double LINE = 16;

	/** Characters on a label's line: about 130 units at the picture's type size. */
	private static final int LABEL_WIDTH = 18;

	/** A label of {@value #LABEL_WIDTH} characters is up to 150 units wide, in a serif type of 14. */
	private static final double HALF_WIDTH = INNER + SPREAD + LABEL_GAP + 160;

	/**
	 * An entry at the other end of one of the entry's connections.
	 *
	 * @param name its name as the reader reads it
	 * @param lang the language the name is in (for the link's {@code lang}), or null
	 * @param url its page
	 * @param marker the shape of its kind of entry
	 * @param kindKey the message key naming its kind of entry, for the legend
	 */
	public record Connection(String name, String lang, String url, GraphMarker marker, String kindKey) {
	}

	/**
	 * The connections of one kind, under a heading.
	 *
	 * @param headingKey the message key of the heading ("Leaders")
	 * @param wordKey the message key naming what one of them is to the entry ("leader"), for the
	 * link's accessible name
	 * @param style which of the {@value #STYLES} line styles the kind is drawn in (1 on), the same
	 * for a kind of connection in every picture
	 */
	public record Group(String headingKey, String wordKey, int style, List<Connection> connections) {
	}

	/** The entry at the centre: its marker and its name, on lines below it. */
	public record Centre(String name, String lang, String marker, List<Line> lines) {
	}

	/** One line of a label, at its baseline's start (or end, by the label's anchor). */
	public record Line(String text, double x, double y) {
	}

	/**
	 * A connection as drawn.
	 *
	 * @param shortened whether its label leaves words out (its title then gives them)
	 * @param anchor where the label's lines hang from: "start" on the right, "end" on the left
	 * @param style which of the {@value #STYLES} line styles its kind of connection is drawn in (1 on)
	 */
	public record Node(Connection connection, String wordKey, double x, double y, String marker, List<Line> lines,
			boolean shortened, String anchor, int style) {
	}

	/** A block's heading, in the style of its lines. */
	public record Heading(String key, double x, double y, String anchor, int style) {
	}

	public record Edge(double x1, double y1, double x2, double y2, int style) {
	}

	/** A shape the picture uses and the kind of entry it stands for. */
	public record Legend(GraphMarker marker, String kindKey) {

		/** The shape in a 20 by 20 box, for the legend. */
		public String icon() {
			return marker.icon();
		}

	}

	/** One row of a column: a heading, or a node under it. */
	private record Row(int group, Connection connection) {

		boolean heading() {
			return connection == null;
		}

		double height() {
			return heading() ? HEADING_ROW : NODE_ROW;
		}

	}

	/**
	 * Lays out an entry's connections around it.
	 *
	 * @param name the entry's name as the reader reads it
	 * @param lang the language of that name, or null
	 * @param marker the shape of the entry's kind
	 * @param kindKey the message key of its kind
	 * @param groups its connections, a group for each kind, in the order its page lists them
	 */
	public static ConnectionPicture of(String name, String lang, GraphMarker marker, String kindKey, List<Group> groups) {
		int[] taken = shown(groups);
		List<Row> rows = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			if (taken[g] > 0) {
				int group = g;
				rows.add(new Row(group, null));
				groups.get(g).connections().subList(0, taken[g]).forEach(c -> rows.add(new Row(group, c)));
			}
		}
		int split = split(rows);
		List<Row> right = new ArrayList<>(rows.subList(0, split));
		List<Row> left = new ArrayList<>(rows.subList(split, rows.size()));
		if (!left.isEmpty() && !left.get(0).heading()) {
			// A kind split between the columns has its heading again at the top of the left one.
			left.add(0, new Row(left.get(0).group(), null));
		}
		double half = Math.max(height(right), height(left)) / 2;
		double reach = half + 60;
		List<Node> nodes = new ArrayList<>();
		List<Heading> headings = new ArrayList<>();
		column(right, 1, height(right), reach, groups, nodes, headings);
		column(left, -1, height(left), reach, groups, nodes, headings);
		List<Edge> edges = nodes.stream().map(n -> new Edge(0, 0, round(n.x()), round(n.y()), n.style())).toList();

		GraphLabel label = GraphLabel.of(name, LABEL_WIDTH + 4, 3);
		List<Line> centreLines = new ArrayList<>();
		for (int i = 0; i < label.lines().size(); i++) {
			centreLines.add(new Line(label.lines().get(i), 0, round(CENTRE + 18 + i * LINE)));
		}
		Centre centre = new Centre(name, lang, marker.path(0, 0, CENTRE), centreLines);

		int total = groups.stream().mapToInt(g -> g.connections().size()).sum();
		Map<GraphMarker, String> kinds = new LinkedHashMap<>();
		kinds.put(marker, kindKey);
		nodes.forEach(n -> kinds.putIfAbsent(n.connection().marker(), n.connection().kindKey()));
		List<Legend> legend = kinds.entrySet()
			.stream()
			.map(k -> new Legend(k.getKey(), k.getValue()))
			.sorted(Comparator.comparing(Legend::marker))
			.toList();

		double top = Math.min(-half, -CENTRE) - 20;
		double bottom = Math.max(half, CENTRE + 18 + 3 * LINE) + 20;
		String viewBox = GraphMarker.n(-HALF_WIDTH) + " " + GraphMarker.n(top) + " " + GraphMarker.n(2 * HALF_WIDTH) + " "
				+ GraphMarker.n(bottom - top);
		return new ConnectionPicture(centre, List.copyOf(nodes), List.copyOf(headings), edges, nodes.size() < total
				? total - nodes.size() : 0, legend, viewBox);
	}

	/**
	 * How many of each group are drawn: all where they fit, else one from each group in turn
	 * until the picture is full, so that every kind of connection shows.
	 */
	static int[] shown(List<Group> groups) {
		int[] taken = new int[groups.size()];
		int room = MOST_SHOWN;
		boolean more = true;
		while (room > 0 && more) {
			more = false;
			for (int g = 0; g < groups.size() && room > 0; g++) {
				if (taken[g] < groups.get(g).connections().size()) {
					taken[g]++;
					room--;
					more = true;
				}
			}
		}
		return taken;
	}

	/**
	 * Where the rows go from the right column to the left: as evenly as can be, never leaving a
	 * heading alone at the foot of the right column, and between kinds where that is as even.
	 */
	private static int split(List<Row> rows) {
		int best = rows.size();
		double bestCost = Double.MAX_VALUE;
		for (int s = 1; s <= rows.size(); s++) {
			if (rows.get(s - 1).heading()) {
				continue;
			}
			List<Row> left = rows.subList(s, rows.size());
			boolean midGroup = s < rows.size() && !rows.get(s).heading();
			double rightHeight = height(rows.subList(0, s));
			double leftHeight = height(left) + (midGroup ? HEADING_ROW : 0);
			// A kind split between the columns is worth it only where the columns differ by a lot.
			double cost = Math.abs(rightHeight - leftHeight) + (midGroup ? 3 * NODE_ROW : 0);
			if (cost < bestCost) {
				bestCost = cost;
				best = s;
			}
		}
		return best;
	}

	private static double height(List<Row> rows) {
		return rows.stream().mapToDouble(Row::height).sum();
	}

	/** Lays a column's rows top to bottom on an arc round the centre, labels outward. */
	private static void column(List<Row> rows, int side, double height, double reach, List<Group> groups,
			List<Node> nodes, List<Heading> headings) {
		double y = -height / 2;
		String anchor = side > 0 ? "start" : "end";
		for (Row row : rows) {
			double middle = y + row.height() / 2;
			double x = side * (INNER + SPREAD * Math.sqrt(Math.max(0, 1 - (middle / reach) * (middle / reach))));
			Group group = groups.get(row.group());
			int style = group.style();
			if (row.heading()) {
				headings.add(new Heading(group.headingKey(), round(x - side * NODE), round(y + row.height() - 8), anchor,
						style));
			}
			else {
				Connection connection = row.connection();
				GraphLabel label = GraphLabel.of(connection.name(), LABEL_WIDTH, 2);
				double first = middle + 5 - (label.lines().size() - 1) * LINE / 2;
				List<Line> lines = new ArrayList<>();
				for (int i = 0; i < label.lines().size(); i++) {
					lines.add(new Line(label.lines().get(i), round(x + side * LABEL_GAP), round(first + i * LINE)));
				}
				nodes.add(new Node(connection, group.wordKey(), round(x), round(middle),
						connection.marker().path(x, middle, NODE), List.copyOf(lines), label.shortened(), anchor, style));
			}
			y += row.height();
		}
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
