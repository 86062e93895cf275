package org.mirarchive.picture;

import java.util.List;

/**
 * An equirectangular projection of a frame of longitude and latitude onto a box of the picture,
 * longitudes shrunk by the cosine of the frame's middle latitude so that shapes near it keep their
 * proportions: simple, and honest at the scales the archive draws (a continent, a country, a city).
 */
final class Projection {

	private static final double MAX_LATITUDE = 85;

	final double west;

	final double south;

	final double east;

	final double north;

	final double x0;

	final double y0;

	final double width;

	final double height;

	Projection(double west, double south, double east, double north, double x0, double y0, double width,
			double height) {
		this.west = west;
		this.south = south;
		this.east = east;
		this.north = north;
		this.x0 = x0;
		this.y0 = y0;
		this.width = width;
		this.height = height;
	}

	/**
	 * The frame around points ({longitude, latitude}): their box padded by a share of its span on
	 * each side, at least {@code minSpan} degrees of latitude each way, widened or heightened to a
	 * width-to-height ratio between the two given, drawn {@code width} wide at (x0, y0).
	 */
	static Projection around(List<double[]> points, double pad, double minSpan, double minAspect, double maxAspect,
			double x0, double y0, double width) {
		double west = Double.MAX_VALUE;
		double south = Double.MAX_VALUE;
		double east = -Double.MAX_VALUE;
		double north = -Double.MAX_VALUE;
		for (double[] p : points) {
			west = Math.min(west, p[0]);
			east = Math.max(east, p[0]);
			south = Math.min(south, p[1]);
			north = Math.max(north, p[1]);
		}
		double middle = (south + north) / 2;
		double centre = (west + east) / 2;
		double cos = Math.cos(Math.toRadians(middle));
		double spanX = Math.max((east - west) * cos * (1 + 2 * pad), minSpan);
		double spanY = Math.max((north - south) * (1 + 2 * pad), minSpan);
		spanX = Math.max(spanX, spanY * minAspect);
		spanY = Math.max(spanY, spanX / maxAspect);
		double top = Math.min(middle + spanY / 2, MAX_LATITUDE);
		double bottom = Math.max(top - spanY, -MAX_LATITUDE);
		top = bottom + spanY;
		return new Projection(centre - spanX / cos / 2, bottom, centre + spanX / cos / 2, top, x0, y0, width,
				width * spanY / spanX);
	}

	double x(double longitude) {
		return x0 + (longitude - west) / (east - west) * width;
	}

	double y(double latitude) {
		return y0 + (north - latitude) / (north - south) * height;
	}

	/** Kilometres one unit of the picture stands for, north to south (the same east to west at the middle). */
	double kilometresPerUnit() {
		return (north - south) * 111.32 / height;
	}

}
