package org.mirarchive.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * The countries' outlines as SVG path data in a projection's box: only the countries that meet the
 * frame, each ring cut to the box (a little beyond it, so the cut edges fall outside the view) and
 * thinned to points at least half a unit apart, numbers to one decimal, so a page carries a few
 * kilobytes of map rather than the basemap's detail nobody can see at that scale.
 */
final class Outlines {

	/** How far beyond the box rings are cut, in picture units: more than an outline's stroke. */
	private static final double BEYOND = 3;

	private static final double MIN_STEP = 0.9;

	/** Rings smaller than this each way (picture units) are islets too small to see, left out. */
	private static final double MIN_RING = 2;

	private Outlines() {
	}

	/** Path data of every country that shows in the projection's box, by name. */
	static List<PlaceMap.Outline> of(List<Basemap.Country> countries, Projection projection) {
		double marginX = (projection.east - projection.west) * 0.05;
		double marginY = (projection.north - projection.south) * 0.05;
		List<PlaceMap.Outline> outlines = new ArrayList<>();
		for (Basemap.Country country : countries) {
			if (!country.meets(projection.west - marginX, projection.south - marginY, projection.east + marginX,
					projection.north + marginY)) {
				continue;
			}
			StringBuilder path = new StringBuilder();
			for (double[][] ring : country.rings()) {
				appendRing(path, ring, projection);
			}
			if (!path.isEmpty()) {
				outlines.add(new PlaceMap.Outline(country.name(), path.toString()));
			}
		}
		return outlines;
	}

	private static void appendRing(StringBuilder path, double[][] ring, Projection p) {
		if (crossesTheAntimeridian(ring)) {
			// Islands astride 180° (Fiji, Kiribati) would be drawn as a band across the whole map; the
			// archive's places are nowhere near them.
			return;
		}
		List<double[]> points = new ArrayList<>(ring.length);
		for (double[] lonLat : ring) {
			points.add(new double[] { p.x(lonLat[0]), p.y(lonLat[1]) });
		}
		points = clip(points, p.x0 - BEYOND, p.y0 - BEYOND, p.x0 + p.width + BEYOND, p.y0 + p.height + BEYOND);
		List<double[]> kept = new ArrayList<>();
		for (double[] point : points) {
			if (kept.isEmpty() || distance(kept.get(kept.size() - 1), point) >= MIN_STEP) {
				kept.add(point);
			}
		}
		if (kept.size() < 3 || tiny(kept)) {
			return;
		}
		for (int i = 0; i < kept.size(); i++) {
			path.append(i == 0 ? "M" : i == 1 ? "L" : " ")
				.append(PlaceMap.number(kept.get(i)[0]))
				.append(',')
				.append(PlaceMap.number(kept.get(i)[1]));
		}
		path.append('Z');
	}

	private static boolean crossesTheAntimeridian(double[][] ring) {
		for (int i = 1; i < ring.length; i++) {
			if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) {
				return true;
			}
		}
		return false;
	}

	private static boolean tiny(List<double[]> ring) {
		double left = Double.MAX_VALUE;
		double right = -Double.MAX_VALUE;
		double top = Double.MAX_VALUE;
		double bottom = -Double.MAX_VALUE;
		for (double[] p : ring) {
			left = Math.min(left, p[0]);
			right = Math.max(right, p[0]);
			top = Math.min(top, p[1]);
			bottom = Math.max(bottom, p[1]);
		}
		return right - left < MIN_RING && bottom - top < MIN_RING;
	}

	private static double distance(double[] a, double[] b) {
		return Math.hypot(a[0] - b[0], a[1] - b[1]);
	}

	/**
	 * A ring cut to a rectangle, one side at a time (Sutherland and Hodgman): what lies outside is
	 * replaced by stretches along the side, outside the view, so a filled shape is unchanged within it.
	 */
	static List<double[]> clip(List<double[]> ring, double left, double top, double right, double bottom) {
		List<double[]> out = ring;
		out = clipSide(out, 0, left, true);
		out = clipSide(out, 0, right, false);
		out = clipSide(out, 1, top, true);
		out = clipSide(out, 1, bottom, false);
		return out;
	}

	/** Keeps the part of a ring on the inner side of one edge: coordinate {@code axis} ≥ (or ≤) {@code at}. */
	private static List<double[]> clipSide(List<double[]> ring, int axis, double at, boolean atLeast) {
		List<double[]> out = new ArrayList<>(ring.size());
		if (ring.isEmpty()) {
			return out;
		}
		double[] previous = ring.get(ring.size() - 1);
		for (double[] current : ring) {
			boolean currentIn = atLeast ? current[axis] >= at : current[axis] <= at;
			boolean previousIn = atLeast ? previous[axis] >= at : previous[axis] <= at;
			if (currentIn != previousIn) {
				double t = (at - previous[axis]) / (current[axis] - previous[axis]);
				double[] crossing = new double[2];
				crossing[axis] = at;
				crossing[1 - axis] = previous[1 - axis] + t * (current[1 - axis] - previous[1 - axis]);
				out.add(crossing);
			}
			if (currentIn) {
				out.add(current);
			}
			previous = current;
		}
		return out;
	}

}
