package org.mirarchive.picture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The countries of the bundled Natural Earth basemap (src/main/resources/basemap/README.md), read
 * and decoded once, at the first map drawn rather than at start-up, which readers of no map should
 * not wait for.
 */
final class Basemap {

	static final String RESOURCE = "/basemap/countries-50m.json";

	/** A country's rings and the box they fit in, so a map skips at once the countries outside its frame. */
	record Country(String name, List<double[][]> rings, double west, double south, double east, double north) {

		static Country of(TopoJson.Shape shape) {
			double west = Double.MAX_VALUE;
			double south = Double.MAX_VALUE;
			double east = -Double.MAX_VALUE;
			double north = -Double.MAX_VALUE;
			for (double[][] ring : shape.rings()) {
				for (double[] p : ring) {
					west = Math.min(west, p[0]);
					east = Math.max(east, p[0]);
					south = Math.min(south, p[1]);
					north = Math.max(north, p[1]);
				}
			}
			return new Country(shape.name(), shape.rings(), west, south, east, north);
		}

		boolean meets(double w, double s, double e, double n) {
			return west <= e && east >= w && south <= n && north >= s;
		}
	}

	private Basemap() {
	}

	/** The countries, decoded at the first call (the JVM's lazy holder idiom makes that once, safely). */
	static List<Country> countries() {
		return Loaded.COUNTRIES;
	}

	private static final class Loaded {

		static final List<Country> COUNTRIES = read();

		private static List<Country> read() {
			try (InputStream in = Basemap.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("the basemap " + RESOURCE + " is not on the classpath");
				}
				return TopoJson.shapes(JsonMapper.builder().build().readTree(in), "countries")
					.stream()
					.map(Country::of)
					.toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
