package org.mirarchive.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The picture of one entry's connections, as a reader sees it drawn. */
class ConnectionPictureTest {

	private static ConnectionPicture.Connection person(String name) {
		return new ConnectionPicture.Connection(name, null, "/people/" + name.toLowerCase().replace(' ', '-'),
				GraphMarker.CIRCLE, "kind.PERSON.one");
	}

	private static ConnectionPicture.Group group(String kind, int size) {
		return new ConnectionPicture.Group("relation." + kind + ".in", "connections.relation." + kind + ".in", 1,
				IntStream.rangeClosed(1, size).mapToObj(i -> person(kind + " person " + i)).toList());
	}

	private static ConnectionPicture mir(List<ConnectionPicture.Group> groups) {
		return ConnectionPicture.of("Revolutionary Left Movement (MIR)", null, GraphMarker.SQUARE, "kind.ORGANIZATION.one",
				groups);
	}

	@Test
	void theEntryIsAtTheCentreAndEveryConnectionIsANodeLinkedToItsPage() {
		List<ConnectionPicture.Group> groups = List.of(group("FOUNDER_OF", 3), group("LEADER_OF", 2),
				group("OPPONENT_OF", 4));
		ConnectionPicture picture = mir(groups);

		// A square round 0,0.
		assertThat(picture.centre().marker()).isEqualTo("M11.0 -11.0L11.0 11.0L-11.0 11.0L-11.0 -11.0Z");
		assertThat(picture.centre().lines()).extracting(ConnectionPicture.Line::x).containsOnly(0.0);
		assertThat(picture.nodes()).extracting(n -> n.connection().url())
			.containsExactlyElementsOf(groups.stream().flatMap(g -> g.connections().stream()).map(c -> c.url()).toList());
		assertThat(picture.edges()).hasSameSizeAs(picture.nodes()).allSatisfy(e -> {
			assertThat(e.x1()).isZero();
			assertThat(e.y1()).isZero();
		});
		assertThat(picture.headings()).extracting(ConnectionPicture.Heading::key)
			.containsSubsequence("relation.FOUNDER_OF.in", "relation.LEADER_OF.in", "relation.OPPONENT_OF.in");
		assertThat(picture.nodes()).extracting(ConnectionPicture.Node::wordKey)
			.contains("connections.relation.LEADER_OF.in");
		assertThat(picture.more()).isZero();
		// Nodes stand on both sides of the centre, their labels outward.
		assertThat(picture.nodes()).anySatisfy(n -> assertThat(n.x()).isPositive());
		assertThat(picture.nodes()).anySatisfy(n -> assertThat(n.x()).isNegative());
		assertThat(picture.nodes()).allSatisfy(n -> assertThat(n.anchor()).isEqualTo(n.x() > 0 ? "start" : "end"));
	}

	@Test
	void theSameConnectionsGiveTheSamePicture() {
		List<ConnectionPicture.Group> groups = List.of(group("MEMBER_OF", 7), group("SUPPORTER_OF", 5));
		assertThat(mir(groups)).isEqualTo(mir(new ArrayList<>(groups)));
	}

	@Test
	void noTwoNodesOverlapNorTouchTheCentre() {
		for (int size : new int[] { 1, 2, 5, 12, 24, 40 }) {
			ConnectionPicture picture = mir(List.of(group("MEMBER_OF", size), group("OPPONENT_OF", size / 2 + 1)));
			List<ConnectionPicture.Node> nodes = picture.nodes();
			for (int i = 0; i < nodes.size(); i++) {
				ConnectionPicture.Node a = nodes.get(i);
				assertThat(Math.hypot(a.x(), a.y())).as("from the centre").isGreaterThan(60);
				for (int j = i + 1; j < nodes.size(); j++) {
					ConnectionPicture.Node b = nodes.get(j);
					// Two labels' lines apart, at least, on one side; apart by the centre otherwise.
					assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).as("%s and %s", a.connection().name(),
							b.connection().name())
						.isGreaterThanOrEqualTo(32);
				}
			}
		}
	}

	@Test
	void everyLineAndLabelIsInsideThePicture() {
		ConnectionPicture picture = mir(List.of(group("MEMBER_OF", 13), group("OPPONENT_OF", 11)));
		String[] box = picture.viewBox().split(" ");
		double left = Double.parseDouble(box[0]);
		double top = Double.parseDouble(box[1]);
		double right = left + Double.parseDouble(box[2]);
		double bottom = top + Double.parseDouble(box[3]);
		assertThat(picture.nodes()).allSatisfy(n -> {
			assertThat(n.y()).isBetween(top, bottom);
			assertThat(n.lines()).allSatisfy(line -> {
				// A label of 18 characters is about 130 units wide at the picture's type size.
				double end = line.x() + (n.x() > 0 ? 130 : -130);
				assertThat(end).isBetween(left, right);
				assertThat(line.y()).isBetween(top, bottom);
			});
		});
	}

	@Test
	void aCrowdedEntryShowsTheMostItCanFromEveryKindAndSaysHowManyMore() {
		List<ConnectionPicture.Group> groups = List.of(group("MEMBER_OF", 30), group("LEADER_OF", 2),
				group("OPPONENT_OF", 10));
		ConnectionPicture picture = mir(groups);

		assertThat(picture.nodes()).hasSize(ConnectionPicture.MOST_SHOWN);
		assertThat(picture.more()).isEqualTo(42 - ConnectionPicture.MOST_SHOWN);
		// Every kind shows, the small ones whole; the first of each group comes first.
		assertThat(picture.nodes()).extracting(n -> n.connection().name())
			.contains("LEADER_OF person 1", "LEADER_OF person 2", "OPPONENT_OF person 1", "MEMBER_OF person 1");
		assertThat(picture.nodes()).extracting(n -> n.connection().name()).doesNotContain("MEMBER_OF person 30");
	}

	@Test
	void twentyFourConnectionsAreAllShown() {
		ConnectionPicture picture = mir(List.of(group("MEMBER_OF", 20), group("LEADER_OF", 4)));
		assertThat(picture.nodes()).hasSize(24);
		assertThat(picture.more()).isZero();
	}

	@Test
	void aLongNameIsWrappedOrShortenedAndTheLinkKeepsItWhole() {
		String longName = "Armed Forces of the Republic of Chile under the Military Junta of Government";
		ConnectionPicture picture = mir(List.of(new ConnectionPicture.Group("relation.OPPONENT_OF.in",
				"connections.relation.OPPONENT_OF.in", 2, List.of(person("Ana"), new ConnectionPicture.Connection(longName,
						"en", "/organizations/army", GraphMarker.SQUARE, "kind.ORGANIZATION.one")))));
		ConnectionPicture.Node army = picture.nodes().get(1);
		assertThat(army.connection().name()).isEqualTo(longName);
		assertThat(army.shortened()).isTrue();
		assertThat(army.lines()).hasSize(2).allSatisfy(line -> assertThat(line.text().length()).isLessThanOrEqualTo(18));
		assertThat(army.lines().get(1).text()).endsWith("…");
		assertThat(picture.nodes().get(0).shortened()).isFalse();
		assertThat(picture.nodes().get(0).lines()).extracting(ConnectionPicture.Line::text).containsExactly("Ana");
	}

	@Test
	void theLegendNamesEachShapeDrawnOnce() {
		ConnectionPicture picture = mir(List.of(new ConnectionPicture.Group("relation.PARTICIPANT_IN.out",
				"connections.relation.PARTICIPANT_IN.out", 3,
				List.of(new ConnectionPicture.Connection("Coup", null, "/events/coup", GraphMarker.DIAMOND, "kind.EVENT.one"),
						person("Ana"), person("Bea")))));
		assertThat(picture.legend()).extracting(ConnectionPicture.Legend::kindKey)
			.containsExactly("kind.PERSON.one", "kind.ORGANIZATION.one", "kind.EVENT.one");
	}

}
