package org.mirarchive.picture;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A TopoJSON topology read back as the rings it stands for. */
class TopoJsonTest {

	/**
	 * Two unit squares side by side sharing the arc x = 11 (arc 1, walked northwards by the western
	 * square and southwards, as ~1, by the eastern one), quantized on a grid of half degrees from (10, 20),
	 * and an island of the eastern one.
	 */
	private static final String TWO_SQUARES = """
			{"type":"Topology",
			 "transform":{"scale":[0.5,0.5],"translate":[10,20]},
			 "objects":{"countries":{"type":"GeometryCollection","geometries":[
			   {"type":"Polygon","arcs":[[1,0]],"properties":{"name":"West"}},
			   {"type":"MultiPolygon","arcs":[[[-2,2]],[[3]]],"properties":{"name":"East"}},
			   {"type":null,"properties":{"name":"Nowhere"}}]}},
			 "arcs":[
			   [[2,2],[-2,0],[0,-2],[2,0]],
			   [[2,0],[0,2]],
			   [[2,0],[2,0],[0,2],[-2,0]],
			   [[8,8],[1,0],[0,1],[-1,-1]]]}
			""";

	private final JsonNode topology = JsonMapper.builder().build().readTree(TWO_SQUARES);

	@Test
	void quantizedDeltasBecomeDegrees() {
		double[][] first = TopoJson.arcs(topology).get(0);
		assertThat(first).isDeepEqualTo(new double[][] { { 11, 21 }, { 10, 21 }, { 10, 20 }, { 11, 20 } });
	}

	@Test
	void aRingJoinsItsArcsWithoutRepeatingTheSharedPoints() {
		TopoJson.Shape west = TopoJson.shapes(topology, "countries").get(0);
		assertThat(west.name()).isEqualTo("West");
		assertThat(west.rings()).singleElement()
			.satisfies(ring -> assertThat(ring).isDeepEqualTo(new double[][] { { 11, 20 }, { 11, 21 }, { 10, 21 },
					{ 10, 20 }, { 11, 20 } }));
	}

	@Test
	void aReversedArcIsWalkedBackwardsAndAMultiPolygonKeepsEveryPart() {
		List<TopoJson.Shape> shapes = TopoJson.shapes(topology, "countries");
		assertThat(shapes).extracting(TopoJson.Shape::name).containsExactly("West", "East");
		TopoJson.Shape east = shapes.get(1);
		assertThat(east.rings()).hasSize(2);
		// ~1 runs the shared side southwards, (11,21) → (11,20), then arc 2 round the east and back.
		assertThat(east.rings().get(0))
			.isDeepEqualTo(new double[][] { { 11, 21 }, { 11, 20 }, { 12, 20 }, { 12, 21 }, { 11, 21 } });
		double[][] island = east.rings().get(1);
		assertThat(island[0][0]).isCloseTo(14, within(1e-9));
		assertThat(island[0][1]).isCloseTo(24, within(1e-9));
		assertThat(island.length).isEqualTo(4);
	}

}
