package org.mirarchive.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole archive's graph in rings round the MIR. */
class GraphPictureTest {

	private static final long MIR = 1;

	private static final long JCR = 2;

	private static final long ENRIQUEZ = 3;

	private static final long ARMY = 4;

	private static final long PINOCHET = 5;

	private static final long DINA = 6;

	private static final long JUNTA = 7;

	private static final long LONELY = 8;

	private static final List<GraphPicture.Item> ITEMS = List.of(
			item(MIR, "Revolutionary Left Movement (MIR)", GraphMarker.SQUARE),
			item(JCR, "Revolutionary Coordinating Junta (JCR)", GraphMarker.SQUARE),
			item(ENRIQUEZ, "Miguel Enríquez", GraphMarker.CIRCLE), item(ARMY, "Chilean Army", GraphMarker.SQUARE),
			item(PINOCHET, "Augusto Pinochet", GraphMarker.CIRCLE), item(DINA, "DINA", GraphMarker.SQUARE),
			item(JUNTA, "Military junta", GraphMarker.SQUARE), item(LONELY, "A work no one cites", GraphMarker.HEXAGON));

	/** MIR member of the JCR; Enríquez led the MIR; the army opposed the MIR; Pinochet led the army; DINA part of the junta, which Pinochet led. */
	private static final List<GraphPicture.Link> LINKS = List.of(new GraphPicture.Link(MIR, JCR, 2, 1),
			new GraphPicture.Link(ENRIQUEZ, MIR, 1, 1), new GraphPicture.Link(ARMY, MIR, 10, 2),
			new GraphPicture.Link(PINOCHET, ARMY, 1, 1), new GraphPicture.Link(DINA, JUNTA, 3, 1),
			new GraphPicture.Link(PINOCHET, JUNTA, 1, 1), new GraphPicture.Link(DINA, ENRIQUEZ, 10, 2));

	private static GraphPicture.Item item(long id, String name, GraphMarker marker) {
		return new GraphPicture.Item(id, name, "en", "/x/" + id, marker, "kind." + marker);
	}

	private static Map<Long, GraphPicture.Node> byId(GraphPicture picture) {
		return picture.nodes().stream().collect(Collectors.toMap(n -> n.item().id(), Function.identity()));
	}

	@Test
	void ringsAreHopsFromTheMir() {
		GraphPicture picture = GraphPicture.of(ITEMS, LINKS, MIR);
		Map<Long, GraphPicture.Node> nodes = byId(picture);

		assertThat(nodes.get(MIR).distance()).isZero();
		assertThat(nodes.get(MIR).x()).isZero();
		assertThat(nodes.get(MIR).y()).isZero();
		assertThat(nodes.get(JCR).distance()).isEqualTo(1);
		assertThat(nodes.get(ENRIQUEZ).distance()).isEqualTo(1);
		assertThat(nodes.get(ARMY).distance()).isEqualTo(1);
		assertThat(nodes.get(DINA).distance()).isEqualTo(2);
		assertThat(nodes.get(PINOCHET).distance()).isEqualTo(2);
		assertThat(nodes.get(JUNTA).distance()).isEqualTo(3);
		assertThat(nodes.get(LONELY).distance()).isEqualTo(GraphPicture.UNCONNECTED);
		assertThat(picture.rings()).extracting(GraphPicture.Ring::distance)
			.containsExactly(0, 1, 2, 3, GraphPicture.UNCONNECTED);
		// Each ring further out than the one within, every node on its ring.
		for (GraphPicture.Ring ring : picture.rings()) {
			for (GraphPicture.Node node : ring.nodes()) {
				assertThat(Math.hypot(node.x(), node.y())).isCloseTo(ring.radius(),
						org.assertj.core.data.Offset.offset(0.2));
			}
		}
		List<Double> radii = picture.rings().stream().map(GraphPicture.Ring::radius).toList();
		assertThat(radii).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void everyEntryIsANodeLinkedToItsPageAndEveryConnectionAnEdge() {
		GraphPicture picture = GraphPicture.of(ITEMS, LINKS, MIR);
		assertThat(picture.nodes()).extracting(n -> n.item().url())
			.containsExactlyInAnyOrderElementsOf(ITEMS.stream().map(GraphPicture.Item::url).toList());
		assertThat(picture.edges()).hasSameSizeAs(LINKS);
		Map<Long, GraphPicture.Node> nodes = byId(picture);
		assertThat(picture.edges()).allSatisfy(e -> {
			assertThat(e.x1()).isEqualTo(nodes.get(e.from()).x());
			assertThat(e.y2()).isEqualTo(nodes.get(e.to()).y());
		});
	}

	@Test
	void theSameGraphGivesTheSamePicture() {
		assertThat(GraphPicture.of(ITEMS, LINKS, MIR)).isEqualTo(GraphPicture.of(new ArrayList<>(ITEMS), new ArrayList<>(LINKS), MIR));
	}

	@Test
	void noTwoNodesOverlapEvenInACrowd() {
		List<GraphPicture.Item> items = new ArrayList<>(List.of(item(MIR, "MIR", GraphMarker.SQUARE)));
		List<GraphPicture.Link> links = new ArrayList<>();
		for (long id = 100; id < 400; id++) {
			items.add(item(id, "Entry " + id, GraphMarker.CIRCLE));
			// A hundred round the MIR, two hundred beyond them.
			links.add(new GraphPicture.Link(id < 200 ? MIR : id - 100, id, 1, 1));
		}
		GraphPicture picture = GraphPicture.of(items, links, MIR);
		List<GraphPicture.Node> nodes = picture.nodes();
		assertThat(nodes).hasSize(301);
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				GraphPicture.Node a = nodes.get(i);
				GraphPicture.Node b = nodes.get(j);
				assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).as("%s and %s", a.item().name(), b.item().name())
					.isGreaterThanOrEqualTo(20);
			}
		}
	}

	@Test
	void relatedEntriesSitNearEachOther() {
		// Ten entries round the MIR, each with a child: each child is nearer its parent than any other ring-one entry.
		List<GraphPicture.Item> items = new ArrayList<>(List.of(item(MIR, "MIR", GraphMarker.SQUARE)));
		List<GraphPicture.Link> links = new ArrayList<>();
		for (long id = 10; id < 20; id++) {
			items.add(item(id, "Ally " + id, GraphMarker.SQUARE));
			items.add(item(id + 100, "Child of " + id, GraphMarker.CIRCLE));
			links.add(new GraphPicture.Link(MIR, id, 1, 1));
		}
		// Given in the reverse order, so that only the layout puts them together.
		for (long id = 19; id >= 10; id--) {
			links.add(new GraphPicture.Link(id, id + 100, 1, 1));
		}
		Map<Long, GraphPicture.Node> nodes = byId(GraphPicture.of(items, links, MIR));
		for (long id = 10; id < 20; id++) {
			GraphPicture.Node child = nodes.get(id + 100);
			long nearest = 10;
			double best = Double.MAX_VALUE;
			for (long other = 10; other < 20; other++) {
				double d = Math.hypot(child.x() - nodes.get(other).x(), child.y() - nodes.get(other).y());
				if (d < best) {
					best = d;
					nearest = other;
				}
			}
			assertThat(nearest).as("the ally nearest %s", child.item().name()).isEqualTo(id);
		}
	}

	@Test
	void labelsReadOutwardAndAreShortenedToALine() {
		List<GraphPicture.Item> items = List.of(item(MIR, "MIR", GraphMarker.SQUARE),
				item(2, "A very long name of an organization that goes on", GraphMarker.SQUARE));
		GraphPicture picture = GraphPicture.of(items, List.of(new GraphPicture.Link(MIR, 2, 1, 1)), MIR);
		GraphPicture.Node node = byId(picture).get(2L);
		assertThat(node.shortened()).isTrue();
		assertThat(node.lines()).singleElement()
			.satisfies(line -> assertThat(line.text()).endsWith("…").hasSizeLessThanOrEqualTo(16));
		assertThat(node.transform()).startsWith("rotate(");
		assertThat(byId(picture).get(MIR).transform()).isNull();
	}

	@Test
	void withoutItsCentreEveryEntryIsUnconnected() {
		GraphPicture picture = GraphPicture.of(ITEMS, LINKS, 999);
		assertThat(picture.rings()).extracting(GraphPicture.Ring::distance).containsExactly(GraphPicture.UNCONNECTED);
	}

}
