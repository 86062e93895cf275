package org.mirarchive.harvest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceRepository;

/**
 * Reads the records harvesters ask for from the archive's tables, a list's length at a time, each
 * list in one read-only transaction: the entries by id, then the cited works by id. A page is read
 * after the {@link Key} of the last record the page before gave (a resumption token carries it),
 * never at a position: so a record that changes, or leaves the list, while it is harvested moves
 * no other record, and none is skipped or given twice in one pass. Every row of the entry and
 * source tables is published or withdrawn: drafts live in change sets, never here.
 */
@Component
class HarvestedRecords {

	/** Before anything the archive holds, and after: the bounds of a list asked for without from or until. */
	private static final OffsetDateTime EARLIEST = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private static final OffsetDateTime LATEST = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private final EntityManager database;

	private final EntryRepository entries;

	private final SourceRepository sources;

	private final TransactionTemplate reading;

	HarvestedRecords(EntityManager database, EntryRepository entries, SourceRepository sources,
			PlatformTransactionManager transactions) {
		this.database = database;
		this.entries = entries;
		this.sources = sources;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * What a list holds: the records of some sets changed from a moment (inclusive) until another
	 * (exclusive), either bound open where null.
	 */
	record Selection(Set<HarvestSet> sets, Instant from, Instant until) {

		Set<EntryKind> kinds() {
			return sets.stream().flatMap(set -> set.kind().stream()).collect(Collectors.toCollection(() -> EnumSet.noneOf(EntryKind.class)));
		}

		boolean sources() {
			return sets.contains(HarvestSet.SOURCES);
		}

		OffsetDateTime since() {
			return from == null ? EARLIEST : from.atOffset(ZoneOffset.UTC);
		}

		OffsetDateTime before() {
			return until == null ? LATEST : until.atOffset(ZoneOffset.UTC);
		}

	}

	/**
	 * A record's place in every list, which never changes: the entries by id, then the cited works
	 * by id. A list resumed after a key goes on where it stopped, whatever changed meanwhile.
	 *
	 * @param source whether the record is a cited work (else an entry)
	 * @param id its id in its table
	 */
	record Key(boolean source, long id) {
	}

	/**
	 * A page of a list: its records, how many the whole list holds, whether more follow, and the
	 * key of its last record (null for an empty page), after which the next page starts.
	 */
	record Listing(List<HarvestedRecord> records, long total, boolean more, Key last) {
	}

	/**
	 * A list's records after a key (from its start where the key is null), at most {@code length}:
	 * with their metadata in a format, or headers alone where the format is null; and the list's
	 * length, counted in the same transaction. Reads one more than it gives, to know whether more follow.
	 */
	Listing list(Selection selection, Key after, int length, RecordIdentifiers identifiers, HarvestFormat format) {
		return reading.execute(status -> {
			long total = entryCount(selection) + sourceCount(selection);
			List<Object[]> entryRows = after != null && after.source() || selection.kinds().isEmpty() ? List.of()
					: entryRows(selection, after == null ? 0 : after.id(), length + 1);
			List<Object[]> sourceRows = entryRows.size() > length || !selection.sources() ? List.of()
					: sourceRows(selection, after != null && after.source() ? after.id() : 0, length + 1 - entryRows.size());
			boolean more = entryRows.size() + sourceRows.size() > length;
			if (entryRows.size() > length) {
				entryRows = entryRows.subList(0, length);
			}
			if (entryRows.size() + sourceRows.size() > length) {
				sourceRows = sourceRows.subList(0, length - entryRows.size());
			}
			List<HarvestedRecord> list = new ArrayList<>(entryRows.size() + sourceRows.size());
			list.addAll(entries(entryRows, identifiers, format));
			list.addAll(sources(sourceRows, identifiers, format));
			Key last = !sourceRows.isEmpty() ? new Key(true, (Long) sourceRows.get(sourceRows.size() - 1)[0])
					: !entryRows.isEmpty() ? new Key(false, (Long) entryRows.get(entryRows.size() - 1)[0]) : null;
			return new Listing(list, total, more, last);
		});
	}

	/** The record at an address, withdrawn or published, with its metadata in a format (or none if null). */
	Optional<HarvestedRecord> find(RecordIdentifiers.Address address, RecordIdentifiers identifiers,
			HarvestFormat format) {
		return reading.execute(status -> {
			if (address.set() == HarvestSet.SOURCES) {
				return sources.findBySlug(address.slug())
					.map(source -> source(source, identifiers, format));
			}
			EntryKind kind = address.set().kind().orElseThrow();
			return entries.findByKindAndSlug(kind, address.slug()).map(entry -> entry(entry, identifiers, format));
		});
	}

	/** When the earliest record last changed (its datestamp), or now if there is none. */
	Instant earliest() {
		return reading.execute(status -> java.util.stream.Stream
			.of(database.createQuery("select min(e.lastChanged) from Entry e", OffsetDateTime.class).getSingleResult(),
					database.createQuery("select min(s.lastChanged) from Source s", OffsetDateTime.class).getSingleResult())
			.filter(java.util.Objects::nonNull)
			.map(OffsetDateTime::toInstant)
			.min(Instant::compareTo)
			.orElseGet(Instant::now));
	}

	/** When any record last changed (null where there are none): every list is as new as that. */
	OffsetDateTime latestChange() {
		return reading.execute(status -> {
			OffsetDateTime entry = entries.findLatestChange();
			OffsetDateTime source = sources.findLatestChange();
			return entry == null ? source : source == null || entry.isAfter(source) ? entry : source;
		});
	}

	private long entryCount(Selection selection) {
		if (selection.kinds().isEmpty()) {
			return 0;
		}
		return narrowed(database.createQuery("select count(e) from Entry e" + where("e", selection, true),
				Long.class), selection, true)
			.getSingleResult();
	}

	private long sourceCount(Selection selection) {
		if (!selection.sources()) {
			return 0;
		}
		return narrowed(database.createQuery("select count(s) from Source s" + where("s", selection, false),
				Long.class), selection, false)
			.getSingleResult();
	}

	/**
	 * The id, kind, slug, last change and withdrawal of a list's entries after an id, by id. A set
	 * (one kind) is ordered by kind and id, which is the same order, so that it is read from the
	 * index on both ({@code V35}) rather than sorted.
	 */
	private List<Object[]> entryRows(Selection selection, long after, int length) {
		String order = selection.kinds().size() == 1 ? " order by e.kind, e.id" : " order by e.id";
		return narrowed(database.createQuery("select e.id, e.kind, e.slug, e.lastChanged, e.withdrawn from Entry e"
				+ where("e", selection, true, "e.id > :after") + order, Object[].class), selection, true)
			.setParameter("after", after)
			.setMaxResults(length)
			.getResultList();
	}

	/** The id, slug and last change of a list's cited works after an id, by id. */
	private List<Object[]> sourceRows(Selection selection, long after, int length) {
		return narrowed(database.createQuery("select s.id, s.slug, s.lastChanged from Source s"
				+ where("s", selection, false, "s.id > :after") + " order by s.id", Object[].class), selection, false)
			.setParameter("after", after)
			.setMaxResults(length)
			.getResultList();
	}

	/**
	 * What narrows a list: the kinds of entry where not all are asked for, and the bounds of the
	 * last change where given. Conditions that hold for every row are left out, so that the whole
	 * archive is counted and read by its primary key alone, however large it grows.
	 */
	private static String where(String alias, Selection selection, boolean entries, String... more) {
		List<String> conditions = new ArrayList<>(List.of(more));
		if (entries && !selection.kinds().equals(EnumSet.allOf(EntryKind.class))) {
			conditions.add(alias + ".kind in :kinds");
		}
		if (selection.from() != null) {
			conditions.add(alias + ".lastChanged >= :from");
		}
		if (selection.until() != null) {
			conditions.add(alias + ".lastChanged < :until");
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static <T> TypedQuery<T> narrowed(TypedQuery<T> query, Selection selection, boolean entries) {
		if (entries && !selection.kinds().equals(EnumSet.allOf(EntryKind.class))) {
			query.setParameter("kinds", selection.kinds());
		}
		if (selection.from() != null) {
			query.setParameter("from", selection.since());
		}
		if (selection.until() != null) {
			query.setParameter("until", selection.before());
		}
		return query;
	}

	private List<HarvestedRecord> entries(List<Object[]> rows, RecordIdentifiers identifiers, HarvestFormat format) {
		Map<Long, Entry> published = format == null || rows.isEmpty() ? Map.of()
				: byId(entries.findWithTranslationsByIdIn(rows.stream()
					.filter(row -> row[4] == null)
					.map(row -> (Long) row[0])
					.toList()), Entry::getId);
		List<HarvestedRecord> list = new ArrayList<>(rows.size());
		for (Object[] row : rows) {
			HarvestSet set = HarvestSet.of((EntryKind) row[1]);
			Entry entry = published.get((Long) row[0]);
			byte[] metadata = entry == null ? null : metadata(xml -> format.write(entry, xml));
			list.add(new HarvestedRecord(identifiers.of(set, (String) row[2]), ((OffsetDateTime) row[3]).toInstant(),
					set, row[4] != null, metadata));
		}
		return list;
	}

	/** The cited works' records: headers from their rows alone, or with their metadata in a format. */
	private List<HarvestedRecord> sources(List<Object[]> rows, RecordIdentifiers identifiers, HarvestFormat format) {
		if (format == null || rows.isEmpty()) {
			return rows.stream()
				.map(row -> new HarvestedRecord(identifiers.of(HarvestSet.SOURCES, (String) row[1]),
						((OffsetDateTime) row[2]).toInstant(), HarvestSet.SOURCES, false, null))
				.toList();
		}
		Map<Long, Source> found = byId(sources.findWithTranslationsByIdIn(rows.stream().map(row -> (Long) row[0]).toList()),
				Source::getId);
		return rows.stream().map(row -> found.get((Long) row[0])).map(source -> source(source, identifiers, format)).toList();
	}

	private HarvestedRecord entry(Entry entry, RecordIdentifiers identifiers, HarvestFormat format) {
		HarvestSet set = HarvestSet.of(entry.getKind());
		boolean deleted = entry.isWithdrawn();
		byte[] metadata = deleted || format == null || !format.describes().contains(set) ? null
				: metadata(xml -> format.write(entry, xml));
		return new HarvestedRecord(identifiers.of(set, entry.getSlug()), entry.getLastChanged().toInstant(), set,
				deleted, metadata);
	}

	private HarvestedRecord source(Source source, RecordIdentifiers identifiers, HarvestFormat format) {
		byte[] metadata = format == null || !format.describes().contains(HarvestSet.SOURCES) ? null
				: metadata(xml -> format.write(source, xml));
		return new HarvestedRecord(identifiers.of(HarvestSet.SOURCES, source.getSlug()),
				source.getLastChanged().toInstant(), HarvestSet.SOURCES, false, metadata);
	}

	private static <T> Map<Long, T> byId(Collection<T> found, Function<T, Long> id) {
		return found.stream().collect(Collectors.toMap(id, Function.identity(), (one, same) -> one));
	}

	/** Something that writes a record's metadata element. */
	private interface Writing {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	private static byte[] metadata(Writing writing) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
			writing.write(xml);
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("a record's metadata could not be written", ex);
		}
		return bytes.toByteArray();
	}

}
