package org.mirarchive.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole archive's graph of connections drawn in rings round one entry (the MIR): the entries
 * directly connected to it on the first ring, those two steps away on the second, and so on, so
 * that a reader follows it outward to its allies and to those who fought it. The first ring is
 * ordered by the kind of connection, each further ring by where its entries' nearer neighbours
 * stand, so that connected entries sit near each other. Entries not connected to it at all go on
 * an outer ring of their own. The same entries and connections always give the same picture.
 *
 * @param rings the rings from the centre outward (the centre is ring 0); entries not connected
 * last, with distance {@value #UNCONNECTED}
 * @param nodes every entry as drawn
 * @param edges every connection as drawn, beneath the nodes
 * @param legend each shape drawn, with the kind of entry it stands for
 * @param viewBox the SVG's viewBox, which holds every shape and label
 */
public record GraphPicture(List<Ring> rings, List<Node> nodes, List<Edge> edges, List<Legend> legend, String viewBox) {

	/** The distance of entries not connected to the centre by any path. */
	public static final int UNCONNECTED = -1;

	private static final double NODE = 7;

	private static final double CENTRE = 12;

	/** Space along a ring for each node: labels stand out from the ring one beside the other. */
	private static final double ARC = 24;

	/** From one ring to the next: a label's length and room to spare. */
	private static final double GAP = 150;

	private static final double LABEL_GAP = 11;

	/** Characters of a label: about 130 units at the picture's type size. */
	private static final int LABEL_WIDTH = 16;

	private static final double LABEL_LENGTH = 135;

	private static final double LINE = 17;

	/**
	 * An entry to draw.
	 *
	 * @param id its id, which the connections name it by
	 * @param name its name as the reader reads it
	 * @param lang the language of the name, or null
	 * @param url its page
	 * @param marker the shape of its kind
	 * @param kindKey the message key of its kind
	 */
	public record Item(long id, String name, String lang, String url, GraphMarker marker, String kindKey) {
	}

	/**
	 * A connection between two entries.
	 *
	 * @param order where its kind comes among the kinds: the first ring is grouped by it
	 * @param style which line style it is drawn in (1 on), which the page's legend explains
	 */
	public record Link(long from, long to, int order, int style) {
	}

	/**
	 * A ring.
	 *
	 * @param distance how many connections from the centre its entries are (0 for the centre)
	 */
	public record Ring(int distance, double radius, List<Node> nodes) {
	}

	/**
	 * An entry as drawn: its marker, and its name on one line that runs outward from the centre.
	 *
	 * @param lines the name as shown (one line, or two at the centre), perhaps shortened (the
	 * title then gives it whole)
	 * @param transform the label's turn, an SVG transform
	 */
	public record Node(Item item, int distance, double x, double y, String marker, List<ConnectionPicture.Line> lines,
			boolean shortened, String anchor, String transform) {
	}

	public record Edge(long from, long to, double x1, double y1, double x2, double y2, int style) {
	}

	public record Legend(GraphMarker marker, String kindKey) {

		public String icon() {
			return marker.icon();
		}

	}

	/**
	 * Lays the entries out in rings round {@code centre} by how many connections away each is.
	 * Connections naming an entry not given are left out.
	 */
	public static GraphPicture of(List<Item> items, List<Link> links, long centre) {
		Map<Long, Integer> index = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			index.putIfAbsent(items.get(i).id(), i);
		}
		List<Link> kept = links.stream()
			.filter(l -> index.containsKey(l.from()) && index.containsKey(l.to()) && l.from() != l.to())
			.toList();
		Map<Long, List<Link>> touching = new HashMap<>();
		for (Link link : kept) {
			touching.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
			touching.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
		}
		Map<Long, Integer> distance = distances(items, touching, centre, index);

		List<List<Item>> byDistance = new ArrayList<>();
		List<Item> unconnected = new ArrayList<>();
		for (Item item : items) {
			Integer d = distance.get(item.id());
			if (d == null) {
				unconnected.add(item);
				continue;
			}
			while (byDistance.size() <= d) {
				byDistance.add(new ArrayList<>());
			}
			byDistance.get(d).add(item);
		}

		Map<Long, Double> angle = new HashMap<>();
		Map<Long, Integer> place = new HashMap<>();
		List<Ring> rings = new ArrayList<>();
		List<Node> nodes = new ArrayList<>();
		double radius = 0;
		for (int d = 0; d < byDistance.size(); d++) {
			List<Item> ring = new ArrayList<>(byDistance.get(d));
			if (d > 0) {
				ring.sort(order(d, distance, touching, place, index));
				radius = Math.max(d == 1 ? GAP * 0.9 : radius + GAP, ring.size() * ARC / (2 * Math.PI));
			}
			rings.add(ring(d, ring, radius, d <= 1 ? -Math.PI / 2 : offset(ring, d, distance, touching, angle), angle,
					place, nodes));
		}
		if (!unconnected.isEmpty()) {
			radius = Math.max(radius + GAP, unconnected.size() * ARC / (2 * Math.PI));
			rings.add(ring(UNCONNECTED, unconnected, radius, -Math.PI / 2, angle, place, nodes));
		}

		Map<Long, Node> drawn = new HashMap<>();
		nodes.forEach(n -> drawn.put(n.item().id(), n));
		List<Edge> edges = kept.stream().map(l -> {
			Node a = drawn.get(l.from());
			Node b = drawn.get(l.to());
			return new Edge(l.from(), l.to(), a.x(), a.y(), b.x(), b.y(), l.style());
		}).toList();

		Map<GraphMarker, String> kinds = new LinkedHashMap<>();
		items.forEach(i -> kinds.putIfAbsent(i.marker(), i.kindKey()));
		List<Legend> legend = kinds.entrySet()
			.stream()
			.map(k -> new Legend(k.getKey(), k.getValue()))
			.sorted(Comparator.comparing(Legend::marker))
			.toList();
		double half = Math.max(radius + LABEL_GAP + LABEL_LENGTH, 160);
		String viewBox = GraphMarker.n(-half) + " " + GraphMarker.n(-half) + " " + GraphMarker.n(2 * half) + " "
				+ GraphMarker.n(2 * half);
		return new GraphPicture(List.copyOf(rings), List.copyOf(nodes), edges, legend, viewBox);
	}

	/** Hops from the centre, breadth first, neighbours in the order of their connections. */
	private static Map<Long, Integer> distances(List<Item> items, Map<Long, List<Link>> touching, long centre,
			Map<Long, Integer> index) {
		Map<Long, Integer> distance = new LinkedHashMap<>();
		if (!index.containsKey(centre)) {
			return distance;
		}
		distance.put(centre, 0);
		List<Long> level = List.of(centre);
		int d = 0;
		while (!level.isEmpty()) {
			d++;
			List<Long> next = new ArrayList<>();
			for (long id : level) {
				for (Link link : touching.getOrDefault(id, List.of())) {
					long other = link.from() == id ? link.to() : link.from();
					if (!distance.containsKey(other)) {
						distance.put(other, d);
						next.add(other);
					}
				}
			}
			level = next;
		}
		return distance;
	}

	/**
	 * The order round a ring: on the first, by the kind of connection to the centre; further out,
	 * by where the entry's first neighbour on the ring within stands, then by kind; ties in the
	 * order the entries were given.
	 */
	private static Comparator<Item> order(int d, Map<Long, Integer> distance, Map<Long, List<Link>> touching,
			Map<Long, Integer> place, Map<Long, Integer> index) {
		Map<Long, int[]> keys = new HashMap<>();
		return Comparator.comparing((Item item) -> keys.computeIfAbsent(item.id(), id -> {
			int parent = Integer.MAX_VALUE;
			int kind = Integer.MAX_VALUE;
			for (Link link : touching.getOrDefault(id, List.of())) {
				long other = link.from() == id ? link.to() : link.from();
				if (distance.get(other) == d - 1) {
					int at = place.get(other);
					if (at < parent || at == parent && link.order() < kind) {
						parent = at;
						kind = link.order();
					}
				}
			}
			return new int[] { parent, kind, index.get(id) };
		}), (a, b) -> java.util.Arrays.compare(a, b));
	}

	/**
	 * The turn of a ring that brings its entries closest to their neighbours within: the mean
	 * angle, round the circle, between where each stands and where its first neighbour does.
	 */
	private static double offset(List<Item> ring, int d, Map<Long, Integer> distance, Map<Long, List<Link>> touching,
			Map<Long, Double> angle) {
		double sin = 0;
		double cos = 0;
		for (int i = 0; i < ring.size(); i++) {
			long id = ring.get(i).id();
			double base = 2 * Math.PI * i / ring.size();
			for (Link link : touching.getOrDefault(id, List.of())) {
				long other = link.from() == id ? link.to() : link.from();
				if (distance.get(other) == d - 1) {
					sin += Math.sin(angle.get(other) - base);
					cos += Math.cos(angle.get(other) - base);
					break;
				}
			}
		}
		return sin == 0 && cos == 0 ? -Math.PI / 2 : Math.atan2(sin, cos);
	}

	private static Ring ring(int d, List<Item> ring, double radius, double offset, Map<Long, Double> angle,
			Map<Long, Integer> place, List<Node> nodes) {
		List<Node> drawn = new ArrayList<>();
		for (int i = 0; i < ring.size(); i++) {
			Item item = ring.get(i);
			double a = offset + 2 * Math.PI * i / ring.size();
			double x = round(radius * Math.cos(a));
			double y = round(radius * Math.sin(a));
			angle.put(item.id(), a);
			place.put(item.id(), i);
			Node node;
			if (d == 0) {
				GraphLabel label = GraphLabel.of(item.name(), LABEL_WIDTH + 6, 2);
				List<ConnectionPicture.Line> lines = new ArrayList<>();
				for (int l = 0; l < label.lines().size(); l++) {
					lines.add(new ConnectionPicture.Line(label.lines().get(l), x, round(y + CENTRE + 18 + l * LINE)));
				}
				node = new Node(item, d, x, y, item.marker().path(x, y, CENTRE), List.copyOf(lines), label.shortened(),
						"middle", null);
			}
			else {
				GraphLabel label = GraphLabel.of(item.name(), LABEL_WIDTH, 1);
				boolean rightward = Math.cos(a) >= -1e-9;
				double lx = round((radius + LABEL_GAP) * Math.cos(a));
				double ly = round((radius + LABEL_GAP) * Math.sin(a));
				double degrees = Math.toDegrees(a) + (rightward ? 0 : 180);
				String transform = "rotate(" + GraphMarker.n(degrees) + " " + GraphMarker.n(lx) + " " + GraphMarker.n(ly)
						+ ")";
				node = new Node(item, d, x, y, item.marker().path(x, y, NODE),
						List.of(new ConnectionPicture.Line(label.lines().get(0), lx, round(ly + 5))), label.shortened(),
						rightward ? "start" : "end", transform);
			}
			drawn.add(node);
			nodes.add(node);
		}
		return new Ring(d, round(radius), List.copyOf(drawn));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
