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
 * list in one read-only transaction: the entries by id, then the cited works by id. Ordered by id,
 * a list only grows at its end while it is harvested (an entry withdrawn stays in it, deleted), so
 * a resumption token's position still points where the harvester left off. Every row of the entry
 * and source tables is published or withdrawn: drafts live in change sets, never here.
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

	/** A list's records from a position on, and how many the whole list holds. */
	record Listing(List<HarvestedRecord> records, long total) {
	}

	/**
	 * A list's records from a position on, at most {@code length}: with their metadata in a format,
	 * or headers alone where the format is null; and the list's length, counted in the same
	 * transaction.
	 */
	Listing list(Selection selection, long offset, int length, RecordIdentifiers identifiers, HarvestFormat format) {
		return reading.execute(status -> {
			List<HarvestedRecord> list = new ArrayList<>();
			long entryCount = entryCount(selection);
			long total = entryCount + sourceCount(selection);
			if (offset < entryCount) {
				list.addAll(entries(selection, offset, length, identifiers, format));
			}
			if (list.size() < length && selection.sources() && offset + list.size() < total) {
				long from = Math.max(0, offset - entryCount);
				list.addAll(sources(selection, from, length - list.size(), identifiers, format));
			}
			return new Listing(list, total);
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
		return database.createQuery("""
				select count(e) from Entry e
				where e.kind in :kinds and e.lastChanged >= :from and e.lastChanged < :until""", Long.class)
			.setParameter("kinds", selection.kinds())
			.setParameter("from", selection.since())
			.setParameter("until", selection.before())
			.getSingleResult();
	}

	private long sourceCount(Selection selection) {
		if (!selection.sources()) {
			return 0;
		}
		return database
			.createQuery("select count(s) from Source s where s.lastChanged >= :from and s.lastChanged < :until", Long.class)
			.setParameter("from", selection.since())
			.setParameter("until", selection.before())
			.getSingleResult();
	}

	private List<HarvestedRecord> entries(Selection selection, long offset, int length, RecordIdentifiers identifiers,
			HarvestFormat format) {
		TypedQuery<Object[]> query = database.createQuery("""
				select e.id, e.kind, e.slug, e.lastChanged, e.withdrawn from Entry e
				where e.kind in :kinds and e.lastChanged >= :from and e.lastChanged < :until order by e.id""",
				Object[].class);
		List<Object[]> rows = query.setParameter("kinds", selection.kinds())
			.setParameter("from", selection.since())
			.setParameter("until", selection.before())
			.setFirstResult(Math.toIntExact(offset))
			.setMaxResults(length)
			.getResultList();
		Map<Long, Entry> published = format == null ? Map.of()
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

	private List<HarvestedRecord> sources(Selection selection, long offset, int length, RecordIdentifiers identifiers,
			HarvestFormat format) {
		List<Long> ids = database.createQuery("""
				select s.id from Source s where s.lastChanged >= :from and s.lastChanged < :until order by s.id""",
				Long.class)
			.setParameter("from", selection.since())
			.setParameter("until", selection.before())
			.setFirstResult(Math.toIntExact(offset))
			.setMaxResults(length)
			.getResultList();
		Map<Long, Source> found = byId(sources.findWithTranslationsByIdIn(ids), Source::getId);
		return ids.stream().map(found::get).map(source -> source(source, identifiers, format)).toList();
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
