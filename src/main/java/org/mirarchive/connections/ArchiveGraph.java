package org.mirarchive.connections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.entry.ConnectionPictures;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryCounts;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.Relation;
import org.mirarchive.entry.RelationRepository;
import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.LocalText;
import org.mirarchive.picture.GraphPicture;

/**
 * Assembles the whole archive's graph round the MIR: reads the connections outward from it a ring
 * at a time (two lookups a ring, by the relations' indexes), so that however large the archive,
 * only the entries nearest the MIR are read, at most {@code archive.connections.most-entries}.
 */
@Component
class ArchiveGraph {

	/** The entry at the centre: the organization the archive is about. */
	static final String CENTRE = "mir";

	/** How many entries the graph holds at most, nearest the MIR first. */
	static final int MOST_ENTRIES = 150;

	private final GraphEntries entries;

	private final RelationRepository relations;

	private final EntryRepository entryRepository;

	private final EntryCounts counts;

	private final int most;

	ArchiveGraph(GraphEntries entries, RelationRepository relations, EntryRepository entryRepository, EntryCounts counts,
			@Value("${archive.connections.most-entries:" + MOST_ENTRIES + "}") int most) {
		this.entries = entries;
		this.relations = relations;
		this.entryRepository = entryRepository;
		this.counts = counts;
		this.most = most;
	}

	/**
	 * What the graph page shows.
	 *
	 * @param centre the MIR's name, or null if the archive has no MIR to draw round
	 * @param picture the graph drawn, or null with no MIR
	 * @param rings the same graph as lists, ring by ring
	 * @param shown how many entries the graph holds
	 * @param total how many entries the archive holds
	 */
	record View(LocalText centre, GraphPicture picture, List<RingLines> rings, int shown, long total) {

		/** Whether the archive holds entries the graph leaves out, being bounded. */
		public boolean bounded() {
			return shown < total;
		}

	}

	/** A ring as a list, under a heading saying how far it is from the centre. */
	record RingLines(String headingKey, int distance, List<EntryLines> entries) {
	}

	/** An entry and its connections within the graph, grouped by kind as its page groups them. */
	record EntryLines(LocalText name, String url, String kindKey, List<LinkGroup> groups) {
	}

	record LinkGroup(String headingKey, List<Link> links) {
	}

	record Link(LocalText name, String url) {
	}

	/** The graph as the page shows it; one transaction, in which the names in other languages are read. */
	@Transactional(readOnly = true)
	View view(Locale locale) {
		return view(locale, most);
	}

	/** The graph of at most {@code most} entries, nearest the MIR first. */
	@Transactional(readOnly = true)
	View view(Locale locale, int most) {
		long total = counts.byKind().values().stream().mapToLong(Long::longValue).sum();
		Long centre = entries.findShownId(EntryKind.ORGANIZATION, CENTRE).orElse(null);
		if (centre == null) {
			return new View(null, null, List.of(), 0, total);
		}
		Map<Long, Entry> reached = new LinkedHashMap<>();
		Map<Long, Relation> read = new LinkedHashMap<>();
		List<Long> level = List.of(centre);
		boolean first = true;
		while (!level.isEmpty()) {
			List<Long> next = new ArrayList<>();
			for (Relation relation : shown(level)) {
				read.putIfAbsent(relation.getId(), relation);
				if (first) {
					// The centre itself, from the first relation that names it.
					Entry self = relation.getSubject().getId().equals(centre) ? relation.getSubject() : relation.getObject();
					reached.putIfAbsent(centre, self);
				}
				for (Entry end : List.of(relation.getSubject(), relation.getObject())) {
					if (!reached.containsKey(end.getId()) && reached.size() < most) {
						reached.put(end.getId(), end);
						next.add(end.getId());
					}
				}
			}
			first = false;
			if (reached.size() >= most && !next.isEmpty()) {
				// The last ring's connections among its own entries, which no further ring reads.
				shown(next).forEach(relation -> read.putIfAbsent(relation.getId(), relation));
				break;
			}
			level = next;
		}
		if (reached.isEmpty()) {
			return new View(null, null, List.of(), 0, total);
		}
		if (reached.size() < most) {
			// Entries no path joins to the MIR (the Cuban Revolution, in Cuba), while there is room.
			List<Long> others = entries.findShownIdsOtherThan(reached.keySet(), PageRequest.of(0, most - reached.size()));
			if (!others.isEmpty()) {
				entryRepository.findWithTranslationsByIdIn(others)
					.stream()
					.sorted(Comparator.comparing(Entry::getId))
					.forEach(e -> reached.put(e.getId(), e));
				shown(others).forEach(relation -> read.putIfAbsent(relation.getId(), relation));
			}
		}
		List<Relation> kept = read.values()
			.stream()
			.filter(r -> reached.containsKey(r.getSubject().getId()) && reached.containsKey(r.getObject().getId()))
			.sorted(Comparator.comparingInt(Relation::getPosition).thenComparing(Relation::getId))
			.toList();

		ContentLanguage content = new ContentLanguage(locale);
		Map<Long, LocalText> names = new HashMap<>();
		reached.values().forEach(e -> names.put(e.getId(), content.name(e.getName(), e::nameIn)));
		List<GraphPicture.Item> items = reached.values()
			.stream()
			.map(e -> new GraphPicture.Item(e.getId(), names.get(e.getId()).text(), names.get(e.getId()).lang(), e.url(),
					ConnectionPictures.marker(e.getKind()), ConnectionPictures.kindKey(e.getKind())))
			.toList();
		List<GraphPicture.Link> links = kept.stream()
			.map(r -> new GraphPicture.Link(r.getSubject().getId(), r.getObject().getId(), r.getKind().ordinal(),
					ConnectionPictures.style(r.getKind())))
			.toList();
		GraphPicture picture = GraphPicture.of(items, links, centre);
		return new View(names.get(centre), picture, rings(picture, kept, reached, names), reached.size(),
				Math.max(total, reached.size()));
	}

	/** The relations touching these entries that readers see (neither end withdrawn). */
	private List<Relation> shown(Collection<Long> ids) {
		return relations.findTouchingAny(ids).stream().filter(Relation::isShown).toList();
	}

	/** The graph as lists: each ring's entries in the picture's order, each with its connections. */
	private static List<RingLines> rings(GraphPicture picture, List<Relation> kept, Map<Long, Entry> reached,
			Map<Long, LocalText> names) {
		record Seen(Relation relation, boolean asSubject) {
		}
		Map<Long, List<Seen>> byEntry = new HashMap<>();
		for (Relation r : kept) {
			byEntry.computeIfAbsent(r.getSubject().getId(), k -> new ArrayList<>()).add(new Seen(r, true));
			byEntry.computeIfAbsent(r.getObject().getId(), k -> new ArrayList<>()).add(new Seen(r, false));
		}
		List<RingLines> rings = new ArrayList<>();
		for (GraphPicture.Ring ring : picture.rings()) {
			List<EntryLines> lines = new ArrayList<>();
			for (GraphPicture.Node node : ring.nodes()) {
				long id = node.item().id();
				Map<String, List<Link>> groups = new LinkedHashMap<>();
				byEntry.getOrDefault(id, List.of())
					.stream()
					.sorted(Comparator.comparing((Seen s) -> s.relation().getKind())
						.thenComparing(s -> !s.asSubject())
						.thenComparingInt(s -> s.relation().getPosition()))
					.forEach(s -> {
						Entry other = s.asSubject() ? s.relation().getObject() : s.relation().getSubject();
						Link link = new Link(names.get(other.getId()), other.url());
						List<Link> group = groups.computeIfAbsent(
								"relation." + s.relation().getKind() + (s.asSubject() ? ".out" : ".in"),
								k -> new ArrayList<>());
						if (!group.contains(link)) {
							group.add(link);
						}
					});
				Entry entry = reached.get(id);
				lines.add(new EntryLines(names.get(id), entry.url(), ConnectionPictures.kindKey(entry.getKind()),
						groups.entrySet().stream().map(g -> new LinkGroup(g.getKey(), List.copyOf(g.getValue()))).toList()));
			}
			rings.add(new RingLines(headingKey(ring.distance()), ring.distance(), List.copyOf(lines)));
		}
		return List.copyOf(rings);
	}

	/** The heading of a ring: "At the centre", "Directly connected to the MIR", "Two steps away"... */
	static String headingKey(int distance) {
		if (distance == GraphPicture.UNCONNECTED) {
			return "connections.ring.none";
		}
		return distance <= 3 ? "connections.ring." + distance : "connections.ring.far";
	}

}
