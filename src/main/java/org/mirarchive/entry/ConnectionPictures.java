package org.mirarchive.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mirarchive.picture.ConnectionPicture;
import org.mirarchive.picture.GraphMarker;

/**
 * The picture of an entry's connections, drawn from the relation lists its page already holds
 * (so that it asks the database nothing more): one node for each entry in each kind of
 * connection. The events within a place are not its own connections (their group is of no one
 * kind of relation), and stay in the list.
 */
public final class ConnectionPictures {

	private ConnectionPictures() {
	}

	/** The picture of the page's connections, or none if it has none. */
	public static Optional<ConnectionPicture> of(EntryKind kind, EntryPage page) {
		List<ConnectionPicture.Group> groups = new ArrayList<>();
		for (EntryPage.RelationGroup group : page.relations()) {
			if (group.kind() == null) {
				continue;
			}
			// An entry connected twice in the same way (at two dates) is one node.
			Map<String, ConnectionPicture.Connection> connections = new LinkedHashMap<>();
			for (EntryPage.RelationLine line : group.lines()) {
				connections.putIfAbsent(line.url(), new ConnectionPicture.Connection(line.name().text(),
						line.name().lang(), line.url(), marker(line.kind()), kindKey(line.kind())));
			}
			groups.add(new ConnectionPicture.Group(group.headingKey(), "connections." + group.headingKey(),
					style(group.kind()), List.copyOf(connections.values())));
		}
		if (groups.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(ConnectionPicture.of(page.name().text(), page.name().lang(), marker(kind), kindKey(kind),
				groups));
	}

	/**
	 * The line a kind of connection is drawn in, in every picture of connections: 1 alliance,
	 * leadership, membership and kinship; 2 opposition; 3 taking part, place and writing.
	 */
	public static int style(RelationKind kind) {
		return switch (kind) {
			case FOUNDER_OF, LEADER_OF, MEMBER_OF, PART_OF, SUPPORTER_OF, RELATIVE_OF -> 1;
			case OPPONENT_OF -> 2;
			case LOCATED_IN, BASED_IN, HAPPENED_AT, PARTICIPANT_IN, AUTHOR_OF, DOCUMENT_OF -> 3;
		};
	}

	/** The shape an entry of a kind is drawn as, in every picture of connections. */
	public static GraphMarker marker(EntryKind kind) {
		return switch (kind) {
			case PERSON -> GraphMarker.CIRCLE;
			case ORGANIZATION -> GraphMarker.SQUARE;
			case EVENT -> GraphMarker.DIAMOND;
			case PLACE -> GraphMarker.TRIANGLE;
			case WORK -> GraphMarker.HEXAGON;
		};
	}

	/** The message key naming one entry of a kind ("Person"). */
	public static String kindKey(EntryKind kind) {
		return "kind." + kind + ".one";
	}

}
