package org.mirarchive.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A map of places, drawn on the server as SVG: what {@code templates/fragments/pictures.html :: map}
 * lays out. A feature calls {@link #draw(List, String)} with its markers (a name, the address of the
 * place's page, a coordinate and its precision) and renders the result with
 * {@code <figure th:replace="~{fragments/pictures :: map (${map})}">}.
 * <p>
 * The frame is the markers' box with a margin and a minimum span (a single city still shows its
 * country around it), in an equirectangular projection ({@link Projection}) over the bundled Natural
 * Earth countries ({@link Basemap}). Markers that would crowd one another (the palace and the stadium
 * in Santiago at a continent's scale) are left out of the main map and drawn in an inset, an enlarged
 * box in a free corner, with a rectangle on the main map showing the area it enlarges. Every number is
 * computed here and handed over as text, so the template holds no arithmetic.
 */
public final class PlaceMap {

	/** Width of the picture in its own units; it scales to the width of the page. */
	static final double WIDTH = 500;

	/** Markers nearer than this (picture units) crowd one another at the map's scale. */
	static final double CROWDED = 16;

	/** An inset's side as a share of the picture's shorter side. */
	private static final double INSET_SHARE = 0.38;

	private static final double MARGIN = 6;

	/**
	 * How many degrees of latitude a map spans at least: a town or a building with its country around
	 * it; a region or a country with its neighbours, so that the reader sees where in the continent it lies.
	 */
	static double minimumSpan(MapMarker.Precision precision) {
		return switch (precision) {
			case COUNTRY -> 30;
			case REGION -> 22;
			case CITY, SITE -> 16;
		};
	}

	/** How many degrees an inset spans at least (about 3 km): a building and its streets. */
	private static final double MIN_INSET_SPAN = 0.03;

	private static final double CAPTION_HEIGHT = 20;

	/** One country's outline, as SVG path data in the picture's units. */
	public record Outline(String name, String path) {
	}

	/** A marker as drawn: its link, its circle and where its name goes. */
	public record Mark(String name, String href, MapMarker.Precision precision, String cx, String cy, String r,
			List<LabelLine> label, String anchor) {

		/** Classes of the marker's circle: its precision decides how it looks (archive.css). */
		public String symbolClass() {
			return PlaceMap.symbolClass(precision);
		}

		/** Classes of the marker's label: a country's name is set apart from a town's. */
		public String labelClass() {
			return "place-map__label place-map__label--" + precision.name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** A line of a marker's label (a long name takes two), where its baseline starts. */
	public record LabelLine(String text, String x, String y) {
	}

	/** A line of the map's key: a precision (its words are the message map.precision.PRECISION) and its symbol. */
	public record KeyLine(MapMarker.Precision precision, String symbolClass) {
	}

	/** A scale bar: a line from x1 to x2 at y, and its length in whole kilometres. */
	public record ScaleBar(String x1, String x2, String y, String labelX, String labelY, String kilometres) {
	}

	/**
	 * An enlarged part of the map: its box in the main picture (x, y, size) holding a picture of its
	 * own (viewBox "0 0 size size"), its caption, and on the main map the rectangle of the area it
	 * enlarges with a line to the box.
	 */
	public record Inset(String caption, String x, String y, String size, String viewBox, String captionX,
			String captionY, List<Outline> countries, List<Mark> markers, ScaleBar scale, String areaX, String areaY,
			String areaWidth, String areaHeight, String lineX1, String lineY1, String lineX2, String lineY2) {
	}

	private final String viewBox;

	private final List<Outline> countries;

	private final List<Mark> markers;

	private final List<Inset> insets;

	private final List<KeyLine> legend;

	private PlaceMap(String viewBox, List<Outline> countries, List<Mark> markers, List<Inset> insets,
			List<KeyLine> legend) {
		this.viewBox = viewBox;
		this.countries = countries;
		this.markers = markers;
		this.insets = insets;
		this.legend = legend;
	}

	/**
	 * The map of the markers. Crowded markers go to an inset; the largest inset is captioned
	 * {@code insetCaption} if given (else by the name of the city among its markers, else of its
	 * first marker), any other by the name of its city or first marker. The first map drawn reads
	 * the basemap.
	 */
	public static PlaceMap draw(List<MapMarker> markers, String insetCaption) {
		if (markers.isEmpty()) {
			throw new IllegalArgumentException("a map needs at least one marker");
		}
		List<Basemap.Country> basemap = Basemap.countries();
		double minSpan = markers.stream().mapToDouble(m -> minimumSpan(m.precision())).max().orElseThrow();
		Projection main = Projection.around(markers.stream().map(PlaceMap::lonLat).toList(), 0.12, minSpan, 0.75, 1.6,
				0, 0, WIDTH);
		Labels.Box frame = new Labels.Box(0, 0, main.width, main.height);

		List<List<MapMarker>> crowds = crowds(markers, main);
		Set<MapMarker> inInsets = new java.util.HashSet<>();
		crowds.forEach(inInsets::addAll);
		List<MapMarker> visible = markers.stream().filter(m -> !inInsets.contains(m)).toList();

		double size = Math.round(INSET_SHARE * Math.min(main.width, main.height));
		List<Labels.Box> obstacles = new ArrayList<>();
		List<Inset> insets = new ArrayList<>();
		for (int i = 0; i < crowds.size(); i++) {
			List<MapMarker> crowd = crowds.get(i);
			Labels.Box area = area(crowd, main);
			Labels.Box box = corner(size, main, visible, area, obstacles);
			if (box == null) {
				// No corner is left: these markers stay on the main map, crowded as they are.
				visible = new ArrayList<>(visible);
				visible.addAll(crowd);
				continue;
			}
			String caption = i == 0 && insetCaption != null && !insetCaption.isBlank() ? insetCaption : caption(crowd);
			insets.add(inset(crowd, caption, box, area, basemap));
			obstacles.add(box);
			obstacles.add(area);
		}

		List<Mark> marks = marks(visible, main, frame, obstacles);
		EnumSet<MapMarker.Precision> shown = EnumSet.noneOf(MapMarker.Precision.class);
		markers.forEach(m -> shown.add(m.precision()));
		return new PlaceMap("0 0 " + number(main.width) + " " + number(main.height), Outlines.of(basemap, main), marks,
				List.copyOf(insets), shown.stream().map(p -> new KeyLine(p, symbolClass(p))).toList());
	}

	/** The SVG's viewBox: "0 0 width height". */
	public String getViewBox() {
		return viewBox;
	}

	/** The countries' outlines in the main frame. */
	public List<Outline> getCountries() {
		return countries;
	}

	/** The markers on the main map (crowded ones are in the insets instead). */
	public List<Mark> getMarkers() {
		return markers;
	}

	public List<Inset> getInsets() {
		return insets;
	}

	/** The precisions the map's markers have, each explained in the map's key, in a fixed order. */
	public List<KeyLine> getLegend() {
		return legend;
	}

	private static double[] lonLat(MapMarker m) {
		return new double[] { m.longitude(), m.latitude() };
	}

	/**
	 * Groups of two or more markers that, drawn at the projection's scale, would lie on one another.
	 * Only towns and sites crowd into an inset: a country's or a region's point enlarged to a city's
	 * scale would claim a precision it does not have.
	 */
	static List<List<MapMarker>> crowds(List<MapMarker> all, Projection p) {
		List<MapMarker> markers = all.stream()
			.filter(m -> m.precision() == MapMarker.Precision.CITY || m.precision() == MapMarker.Precision.SITE)
			.toList();
		int n = markers.size();
		int[] group = new int[n];
		for (int i = 0; i < n; i++) {
			group[i] = i;
		}
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				MapMarker a = markers.get(i);
				MapMarker b = markers.get(j);
				double d = Math.hypot(p.x(a.longitude()) - p.x(b.longitude()), p.y(a.latitude()) - p.y(b.latitude()));
				if (d < CROWDED) {
					int from = root(group, j);
					int to = root(group, i);
					group[from] = to;
				}
			}
		}
		List<List<MapMarker>> crowds = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (root(group, i) != i) {
				continue;
			}
			List<MapMarker> crowd = new ArrayList<>();
			for (int j = 0; j < n; j++) {
				if (root(group, j) == i) {
					crowd.add(markers.get(j));
				}
			}
			if (crowd.size() > 1) {
				crowds.add(crowd);
			}
		}
		crowds.sort(Comparator.comparingInt(List<MapMarker>::size).reversed());
		return crowds;
	}

	private static int root(int[] group, int i) {
		while (group[i] != i) {
			i = group[i];
		}
		return i;
	}

	/** The rectangle on the main map around a crowd, at least big enough to see. */
	private static Labels.Box area(List<MapMarker> crowd, Projection p) {
		double left = Double.MAX_VALUE;
		double top = Double.MAX_VALUE;
		double right = -Double.MAX_VALUE;
		double bottom = -Double.MAX_VALUE;
		for (MapMarker m : crowd) {
			left = Math.min(left, p.x(m.longitude()));
			right = Math.max(right, p.x(m.longitude()));
			top = Math.min(top, p.y(m.latitude()));
			bottom = Math.max(bottom, p.y(m.latitude()));
		}
		double side = Math.max(Math.max(right - left, bottom - top) + 6, 10);
		return new Labels.Box((left + right) / 2 - side / 2, (top + bottom) / 2 - side / 2, side, side);
	}

	/**
	 * The corner for an inset: the one covering the fewest markers, not the area it enlarges nor an
	 * inset already placed; bottom corners first, where the ocean off Chile usually lies.
	 */
	private static Labels.Box corner(double size, Projection p, List<MapMarker> visible, Labels.Box area,
			List<Labels.Box> taken) {
		double left = MARGIN;
		double right = p.width - MARGIN - size;
		double top = MARGIN;
		double bottom = p.height - MARGIN - size;
		List<Labels.Box> corners = List.of(new Labels.Box(left, bottom, size, size),
				new Labels.Box(right, bottom, size, size), new Labels.Box(left, top, size, size),
				new Labels.Box(right, top, size, size));
		Labels.Box best = null;
		double bestScore = Double.MAX_VALUE;
		for (Labels.Box corner : corners) {
			if (corner.overlap(area) > 0 || taken.stream().anyMatch(box -> box.overlap(corner) > 0)) {
				continue;
			}
			double score = 0;
			for (MapMarker m : visible) {
				score += corner.overlap(Labels.Box.around(p.x(m.longitude()), p.y(m.latitude()), 12)) > 0 ? 1 : 0;
			}
			if (score < bestScore) {
				bestScore = score;
				best = corner;
			}
		}
		return best;
	}

	private static String caption(List<MapMarker> crowd) {
		return crowd.stream()
			.filter(m -> m.precision() == MapMarker.Precision.CITY)
			.findFirst()
			.orElse(crowd.get(0))
			.name();
	}

	private static Inset inset(List<MapMarker> crowd, String caption, Labels.Box box, Labels.Box area,
			List<Basemap.Country> basemap) {
		double size = box.width();
		Projection p = Projection.around(crowd.stream().map(PlaceMap::lonLat).toList(), 0.3, MIN_INSET_SPAN, 1, 1, 0, 0,
				size);
		Labels.Box frame = new Labels.Box(0, 0, size, size);
		ScaleBar scale = scaleBar(p, size);
		List<Labels.Box> obstacles = List.of(
				new Labels.Box(0, 0, Labels.width(caption) + 2 * MARGIN + 60, CAPTION_HEIGHT),
				new Labels.Box(0, size - 28, size * 0.45, 28));
		List<Mark> marks = marks(crowd, p, frame, obstacles);
		double areaCx = area.x() + area.width() / 2;
		double areaCy = area.y() + area.height() / 2;
		double boxCx = box.x() + size / 2;
		double boxCy = box.y() + size / 2;
		// The line joins the nearest points of the two rectangles.
		double x1 = clamp(boxCx, area.x(), area.x() + area.width());
		double y1 = clamp(boxCy, area.y(), area.y() + area.height());
		double x2 = clamp(areaCx, box.x(), box.x() + size);
		double y2 = clamp(areaCy, box.y(), box.y() + size);
		return new Inset(caption, number(box.x()), number(box.y()), number(size), "0 0 " + number(size) + " " + number(size),
				number(MARGIN), number(CAPTION_HEIGHT * 0.7), Outlines.of(basemap, p), marks, scale, number(area.x()),
				number(area.y()), number(area.width()), number(area.height()), number(x1), number(y1), number(x2),
				number(y2));
	}

	/** A bar of a round number of kilometres, about a third of the box wide, at its bottom left. */
	private static ScaleBar scaleBar(Projection p, double size) {
		double perUnit = p.kilometresPerUnit();
		double target = size * 0.3 * perUnit;
		double round = 1;
		for (double candidate : new double[] { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 }) {
			if (candidate <= target) {
				round = candidate;
			}
		}
		double length = round / perUnit;
		double y = size - 10;
		return new ScaleBar(number(MARGIN), number(MARGIN + length), number(y), number(MARGIN + length + 4),
				number(y + 4), String.valueOf((long) round));
	}

	private static List<Mark> marks(List<MapMarker> markers, Projection p, Labels.Box frame, List<Labels.Box> obstacles) {
		List<Labels.Point> points = markers.stream()
			.map(m -> new Labels.Point(p.x(m.longitude()), p.y(m.latitude()), radius(m.precision()), m.name()))
			.toList();
		List<Labels.Placed> labels = Labels.place(points, frame, obstacles);
		List<Mark> marks = new ArrayList<>();
		for (int i = 0; i < markers.size(); i++) {
			MapMarker m = markers.get(i);
			Labels.Point point = points.get(i);
			Labels.Placed label = labels.get(i);
			List<LabelLine> lines = new ArrayList<>();
			for (int k = 0; k < label.lines().size(); k++) {
				lines.add(new LabelLine(label.lines().get(k), number(label.x()),
						number(label.y() + k * Labels.LINE_HEIGHT)));
			}
			marks.add(new Mark(m.name(), m.href(), m.precision(), number(point.cx()), number(point.cy()),
					number(point.r()), List.copyOf(lines), label.anchor()));
		}
		return marks;
	}

	static String symbolClass(MapMarker.Precision precision) {
		return "place-map__marker place-map__marker--" + precision.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** A marker's radius: the less precise the coordinate, the larger the ring. */
	static double radius(MapMarker.Precision precision) {
		return switch (precision) {
			case COUNTRY -> 7;
			case REGION -> 6;
			case CITY -> 4.5;
			case SITE -> 3.5;
		};
	}

	private static double clamp(double v, double low, double high) {
		return Math.max(low, Math.min(high, v));
	}

	/** A number of the picture, to one decimal (a tenth of a unit is finer than any screen shows). */
	static String number(double value) {
		long tenths = Math.round(value * 10);
		String sign = tenths < 0 ? "-" : "";
		long abs = Math.abs(tenths);
		return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
	}

}
