package org.mirarchive.picture;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Decodes a TopoJSON topology's polygons into rings of longitude and latitude, so that the archive
 * reads its basemap without a library of its own: a quantized topology stores each point as whole
 * steps from the previous one (delta-encoded) on a grid its transform scales back to degrees; rings
 * are sequences of shared arcs, an arc numbered {@code ~i} being arc {@code i} walked backwards.
 */
final class TopoJson {

	/** A named shape: its rings (outer boundaries and holes alike), each a list of {longitude, latitude}. */
	record Shape(String name, List<double[][]> rings) {
	}

	private TopoJson() {
	}

	/** The shapes of one geometry collection (world-atlas: "countries"), Polygons and MultiPolygons only. */
	static List<Shape> shapes(JsonNode topology, String object) {
		List<double[][]> arcs = arcs(topology);
		List<Shape> shapes = new ArrayList<>();
		for (JsonNode geometry : topology.path("objects").path(object).path("geometries")) {
			String type = geometry.path("type").asString("");
			String name = geometry.path("properties").path("name").asString("");
			List<double[][]> rings = new ArrayList<>();
			if (type.equals("Polygon")) {
				addPolygon(geometry.path("arcs"), arcs, rings);
			}
			else if (type.equals("MultiPolygon")) {
				for (JsonNode polygon : geometry.path("arcs")) {
					addPolygon(polygon, arcs, rings);
				}
			}
			if (!rings.isEmpty()) {
				shapes.add(new Shape(name, rings));
			}
		}
		return shapes;
	}

	/** Every arc in degrees, its points undone from deltas and the quantization (if any). */
	static List<double[][]> arcs(JsonNode topology) {
		JsonNode transform = topology.path("transform");
		boolean quantized = transform.isObject();
		double sx = quantized ? transform.path("scale").path(0).asDouble() : 1;
		double sy = quantized ? transform.path("scale").path(1).asDouble() : 1;
		double tx = quantized ? transform.path("translate").path(0).asDouble() : 0;
		double ty = quantized ? transform.path("translate").path(1).asDouble() : 0;
		List<double[][]> arcs = new ArrayList<>();
		for (JsonNode arc : topology.path("arcs")) {
			double[][] points = new double[arc.size()][];
			long x = 0;
			long y = 0;
			for (int i = 0; i < arc.size(); i++) {
				JsonNode position = arc.get(i);
				if (quantized) {
					x += position.get(0).asLong();
					y += position.get(1).asLong();
					points[i] = new double[] { x * sx + tx, y * sy + ty };
				}
				else {
					points[i] = new double[] { position.get(0).asDouble(), position.get(1).asDouble() };
				}
			}
			arcs.add(points);
		}
		return arcs;
	}

	private static void addPolygon(JsonNode polygon, List<double[][]> arcs, List<double[][]> rings) {
		for (JsonNode ring : polygon) {
			rings.add(ring(ring, arcs));
		}
	}

	/**
	 * A ring's points: its arcs one after another, each arc after the first without its first point,
	 * which is the last point of the arc before.
	 */
	static double[][] ring(JsonNode arcIndexes, List<double[][]> arcs) {
		List<double[]> points = new ArrayList<>();
		for (JsonNode index : arcIndexes) {
			int i = index.asInt();
			double[][] arc = arcs.get(i >= 0 ? i : ~i);
			for (int k = 0; k < arc.length; k++) {
				if (k == 0 && !points.isEmpty()) {
					continue;
				}
				points.add(arc[i >= 0 ? k : arc.length - 1 - k]);
			}
		}
		return points.toArray(double[][]::new);
	}

}
