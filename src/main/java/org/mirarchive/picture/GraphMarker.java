package org.mirarchive.picture;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The shape a node of a graph is drawn as, one for each kind of entry, so that a person and an
 * organization differ by shape and not by colour alone; the legend names each shape's kind.
 */
public enum GraphMarker {

	/** A person. */
	CIRCLE,
	/** An organization. */
	SQUARE,
	/** An event. */
	DIAMOND,
	/** A place. */
	TRIANGLE,
	/** A work. */
	HEXAGON;

	/**
	 * The SVG path of the shape centred on a point, as wide as {@code 2 * size} (the circle's
	 * diameter): every shape covers about the same area, so none looks more important.
	 */
	public String path(double x, double y, double size) {
		return switch (this) {
			case CIRCLE -> "M" + n(x - size) + " " + n(y) + "a" + n(size) + " " + n(size) + " 0 1 0 " + n(2 * size)
					+ " 0a" + n(size) + " " + n(size) + " 0 1 0 " + n(-2 * size) + " 0Z";
			case SQUARE -> polygon(x, y, size * 1.2, 4, Math.PI / 4);
			case DIAMOND -> polygon(x, y, size * 1.2, 4, 0);
			case TRIANGLE -> polygon(x, y, size * 1.25, 3, 0);
			case HEXAGON -> polygon(x, y, size * 1.05, 6, Math.PI / 6);
		};
	}

	/** A legend's small picture of the shape, in a box of 20 by 20: the same for every picture. */
	public String icon() {
		return ICONS.get(this);
	}

	/**
	 * Coordinates already written, each as {@link #written} wrote it the first time: a picture of an
	 * entry's connections writes about a hundred, nearly all the same from one request to the next
	 * (its layout is a grid), and {@code String.format} costs most of a microsecond each on Java 17
	 * (a remembered one, about 10 ns). At most 20,000: Caffeine chooses which to let go. Written by hand
	 * ({@code BigDecimal} of {@code Double.toString}, rounded half up) a coordinate costs about
	 * 200 ns and comes out the same for every value tried, but not by construction.
	 */
	private static final Cache<Double, String> WRITTEN = Caffeine.newBuilder().maximumSize(20_000).build();

	private static final Map<GraphMarker, String> ICONS;

	static {
		Map<GraphMarker, String> icons = new EnumMap<>(GraphMarker.class);
		for (GraphMarker marker : values()) {
			icons.put(marker, marker.path(10, 10, 7));
		}
		ICONS = icons;
	}

	/** A regular polygon of this many corners on a circle of this radius, the first at the top turned by {@code turn}. */
	private static String polygon(double x, double y, double radius, int corners, double turn) {
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < corners; i++) {
			double angle = turn + 2 * Math.PI * i / corners - Math.PI / 2;
			path.append(i == 0 ? "M" : "L")
				.append(n(x + radius * Math.cos(angle)))
				.append(' ')
				.append(n(y + radius * Math.sin(angle)));
		}
		return path.append('Z').toString();
	}

	/** A coordinate to one decimal, with a point whatever the server's locale. */
	static String n(double value) {
		return WRITTEN.get(value, GraphMarker::written);
	}

	private static String written(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.equals("-0.0") ? "0.0" : text;
	}

}
