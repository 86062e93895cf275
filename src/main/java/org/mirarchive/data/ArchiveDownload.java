package org.mirarchive.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRecord;
import org.mirarchive.entry.EntryRecords;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.Relation;
import org.mirarchive.entry.RelationRepository;
import org.mirarchive.model.Translations;
import org.mirarchive.source.SourceRecord;
import org.mirarchive.source.SourceRecords;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceRepository;

/**
 * The whole archive in one zip for classroom data work: {@code mir-archive.json} (every entry
 * and source as the API gives them) and UTF-8 CSV files with RFC 4180 quoting, one per kind of
 * entry, one for sources, one for relations, one for citations, one for the archive's translations
 * of its texts, with a README.
 *
 * <p>Quotations are left out: gathered in one file with their locators they would reassemble the
 * seed article, which the archive quotes but does not republish. Each citation row names the
 * entry page (and the API) where its quotation is shown.
 *
 * <p>Written as a stream, whatever the archive's size: rows are read {@value #SLICE} at a time
 * (their ids streamed in the files' order, then the rows by id) and forgotten before the next
 * slice; the JSON goes out through a streaming generator and the CSV through printers. So the
 * heap holds one slice and some buffers, never the archive. A zip holds one file after another,
 * and each entry is read once for the JSON, its kind's CSV file and the citations: the CSV files
 * written meanwhile wait in scratch files until the JSON is done. {@link DownloadCache} keeps
 * what is written, and {@link DownloadController} serves it.
 */
@Component
class ArchiveDownload {

	/** The download's file name. */
	static final String FILE_NAME = "mir-archive.zip";

	/**
	 * Rows read at once: a few megabytes of heap with all their claims. Their claims and citations
	 * load in batches of 100 rows (hibernate.default_batch_fetch_size), each batch by an index:
	 * about 75 statements for a slice of entries. Hibernate's subselect fetching would load each
	 * for the whole slice in one statement, but H2 answers {@code in (select ...)} by reading the
	 * whole table: at 100,000 entries it took 52 s instead of 20.
	 */
	static final int SLICE = 500;

	static final List<String> ENTRY_COLUMNS = List.of("slug", "name", "other_names", "summary", "date_edtf",
			"date_words", "date_earliest", "date_latest", "content_note", "last_changed", "url");

	static final List<String> SOURCE_COLUMNS = List.of("slug", "kind", "title", "subtitle", "author", "container",
			"publisher", "issued_edtf", "work_url", "quotable", "last_changed", "url", "place", "isbn", "language",
			"accessed_edtf", "accessed_before", "unknown");

	static final List<String> RELATION_COLUMNS = List.of("kind", "subject_type", "subject_slug", "subject_name",
			"object_type", "object_slug", "object_name", "role", "inverse_role", "date_edtf", "date_words",
			"date_earliest", "date_latest");

	/** One row per translated text: a third language is more rows, not more columns. */
	static final List<String> TRANSLATION_COLUMNS = List.of("record_type", "record_slug", "part", "field", "english",
			"language", "text");

	/**
	 * The last column, {@code quotation}, is always empty here (quotations are left out): it is
	 * there for the curators' import, which takes the download's columns and needs a quotation to
	 * check a citation of a work whose text the archive holds.
	 */
	static final List<String> CITATION_COLUMNS = List.of("entry_type", "entry_slug", "claim_type", "claim",
			"source_slug", "source_title", "locator", "entry_url", "quotation");

	private final EntryRepository entries;

	private final RelationRepository relations;

	private final SourceRepository sources;

	private final EntryRecords records;

	private final SourceRecords sourceRecords;

	private final ObjectWriter json;

	private final ArchiveAddresses addresses;

	private final EntityManager entityManager;

	ArchiveDownload(EntryRepository entries, RelationRepository relations, SourceRepository sources,
			EntryRecords records, SourceRecords sourceRecords, JsonMapper json, ArchiveAddresses addresses,
			EntityManager entityManager) {
		this.entries = entries;
		this.relations = relations;
		this.sources = sources;
		this.records = records;
		this.sourceRecords = sourceRecords;
		// The generator must not close the zip when the JSON file ends: the CSV files follow it.
		this.json = json.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
		this.addresses = addresses;
		this.entityManager = entityManager;
	}

	/**
	 * Writes the zip to {@code out} (and leaves it open), with its dates and wording in
	 * {@code locale}. Read in one repeatable-read transaction, so that all files show the archive
	 * as it stood when the transaction began, however long the writing takes.
	 * @param scratch a directory for the CSV files waiting to follow the JSON; they are removed
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void write(OutputStream out, Path scratch, Locale locale) throws IOException {
		write(out, scratch, locale, (zip, time) -> {
		});
	}

	/**
	 * Writes the zip with files of its own after the download's ({@link PortableBackup}'s tables),
	 * written in the same transaction, so that they show the archive as the download's files do.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void write(OutputStream out, Path scratch, Locale locale, MoreFiles more) throws IOException {
		OffsetDateTime latest = entries.findLatestChange();
		OffsetDateTime lastChanged = latest == null ? OffsetDateTime.now() : latest;
		FileTime time = FileTime.from(lastChanged.toInstant());
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		try (ScratchFiles files = new ScratchFiles(scratch)) {
			Map<EntryKind, CsvFile> kinds = new EnumMap<>(EntryKind.class);
			for (EntryKind kind : EntryKind.values()) {
				kinds.put(kind, files.csv(ENTRY_COLUMNS));
			}
			CsvFile sourceRows = files.csv(SOURCE_COLUMNS);
			CsvFile citations = files.csv(CITATION_COLUMNS);
			CsvFile translations = files.csv(TRANSLATION_COLUMNS);
			file(zip, "README.txt", time, readme().getBytes(StandardCharsets.UTF_8));

			zip.putNextEntry(entry("mir-archive.json", time));
			try (JsonGenerator generator = json.createGenerator(zip, JsonEncoding.UTF8)) {
				generator.writeStartObject();
				generator.writeName("url");
				generator.writePOJO(addresses.absolute("/"));
				generator.writeName("lastChanged");
				generator.writePOJO(lastChanged);
				generator.writeName("entries");
				generator.writeStartArray();
				try (Stream<Long> ids = entries.streamIdsByKindAndPosition()) {
					inSlices(ids, entries::findAllById, Entry::getId, slice -> {
						Map<Long, List<Relation>> touching = touching(slice);
						for (Entry entry : slice) {
							EntryRecord record = records.record(entry, touching.getOrDefault(entry.getId(), List.of()),
									EntryRecords.Quotations.LEFT_OUT, locale);
							generator.writePOJO(record);
							kinds.get(entry.getKind()).print(entryRow(record));
							for (List<Object> row : citationRows(record)) {
								citations.print(row);
							}
							for (List<Object> row : translationRows(record)) {
								translations.print(row);
							}
						}
					});
				}
				generator.writeEndArray();
				generator.writeName("sources");
				generator.writeStartArray();
				try (Stream<Long> ids = sources.streamIdsInOrder()) {
					inSlices(ids, sources::findAllById, Source::getId, slice -> {
						for (Source source : slice) {
							SourceRecord record = sourceRecords.record(source, null, locale);
							generator.writePOJO(record);
							sourceRows.print(sourceRow(record));
							for (List<Object> row : translationRows(record)) {
								translations.print(row);
							}
						}
					});
				}
				generator.writeEndArray();
				generator.writeEndObject();
			}
			zip.closeEntry();

			for (EntryKind kind : EntryKind.values()) {
				kinds.get(kind).copy(zip, kind.path() + ".csv", time);
			}
			sourceRows.copy(zip, "sources.csv", time);
			// Relations in their own order, not the entries': read now, straight into the zip.
			zip.putNextEntry(entry("relations.csv", time));
			CSVPrinter relationRows = printer(zip, RELATION_COLUMNS);
			try (Stream<Long> ids = relations.streamIdsInOrder()) {
				inSlices(ids, relations::findWithEndsByIdIn, Relation::getId, slice -> {
					for (Relation relation : slice.stream().filter(Relation::isShown).toList()) {
						relationRows.printRecord(relationRow(records.relation(relation, List.of(), locale)));
					}
				});
			}
			relationRows.flush();
			zip.closeEntry();
			citations.copy(zip, "citations.csv", time);
			translations.copy(zip, "translations.csv", time);
		}
		more.write(zip, time);
		zip.finish();
	}

	/** Files put in the zip after the download's own, dated as they are. */
	@FunctionalInterface
	interface MoreFiles {

		void write(ZipOutputStream zip, FileTime time) throws IOException;

	}

	/**
	 * Reads rows a slice at a time: {@code ids} in the order they are to be written, each slice's
	 * rows loaded by id and put back in that order, then forgotten (the persistence context
	 * cleared) before the next, so that the heap never holds more than a slice.
	 */
	private <T> void inSlices(Stream<Long> ids, Function<List<Long>, List<T>> rows, Function<T, Long> id,
			Slice<T> write) throws IOException {
		Iterator<Long> next = ids.iterator();
		while (next.hasNext()) {
			List<Long> slice = new ArrayList<>(SLICE);
			while (next.hasNext() && slice.size() < SLICE) {
				slice.add(next.next());
			}
			Map<Long, T> byId = rows.apply(slice).stream().collect(Collectors.toMap(id, Function.identity()));
			write.write(slice.stream().map(byId::get).filter(Objects::nonNull).toList());
			entityManager.clear();
		}
	}

	/** What is done with a slice of rows. */
	@FunctionalInterface
	private interface Slice<T> {

		void write(List<T> rows) throws IOException;

	}

	/**
	 * The relations each entry of a slice is in, in the order they were recorded: a relation
	 * between two of them is listed under both (under one entry twice if it relates the entry to
	 * itself, as every relation is listed at each of its ends).
	 */
	private Map<Long, List<Relation>> touching(List<Entry> slice) {
		Set<Long> ids = new HashSet<>();
		slice.forEach(entry -> ids.add(entry.getId()));
		Map<Long, List<Relation>> touching = new HashMap<>();
		for (Relation r : relations.findTouchingAny(ids)) {
			for (Entry end : List.of(r.getSubject(), r.getObject())) {
				if (ids.contains(end.getId())) {
					touching.computeIfAbsent(end.getId(), id -> new ArrayList<>()).add(r);
				}
			}
		}
		return touching;
	}

	/** What the download holds and how to read it, with the archive's own address. */
	private String readme() throws IOException {
		try (InputStream readme = new ClassPathResource("download/README.txt").getInputStream()) {
			return new String(readme.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", addresses.base())
				.replace("\n", "\r\n");
		}
	}

	static List<Object> entryRow(EntryRecord r) {
		EntryRecord.DateRecord d = r.date();
		String names = r.names().stream().map(EntryRecord.NameRecord::name).collect(Collectors.joining("; "));
		return row(r.slug(), r.name(), names, r.summary(), d == null ? null : d.edtf(), d == null ? null : d.words(),
				d == null ? null : d.earliest(), d == null ? null : d.latest(), r.contentNote(), r.lastChanged(), r.url());
	}

	static List<Object> sourceRow(SourceRecord s) {
		return row(s.slug(), s.kind(), s.title(), s.subtitle(), s.author(), s.container(), s.publisher(),
				s.issued() == null ? null : s.issued().edtf(), s.workUrl(), s.quotable(), s.lastChanged(), s.url(),
				s.place(), s.isbn(), s.language(), s.accessed() == null ? null : s.accessed().edtf(), s.accessedBefore(),
				// Fields not known, with why: "AUTHOR NOT_SHOWN; ISSUED NOT_SHOWN".
				s.unknown().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
					.collect(java.util.stream.Collectors.joining("; ")));
	}

	static List<Object> relationRow(EntryRecord.RelationRecord r) {
		EntryRecord.DateRecord d = r.date();
		return row(r.kind(), r.subject().type(), r.subject().slug(), r.subject().name(), r.object().type(),
				r.object().slug(), r.object().name(), r.role(), r.inverseRole(), d == null ? null : d.edtf(),
				d == null ? null : d.words(), d == null ? null : d.earliest(), d == null ? null : d.latest());
	}

	/**
	 * One row per citation, each under the claim it supports. A relation's citations are listed
	 * once, under its subject, so the rows are exactly the archive's citations.
	 */
	static List<List<Object>> citationRows(EntryRecord r) {
		List<List<Object>> rows = new ArrayList<>();
		CitationRows add = (claimType, claim, citations) -> citations.forEach(c -> rows.add(row(r.type(), r.slug(),
				claimType, claim, c.source().slug(), c.source().title(), c.locator(), r.url(), null)));
		eachCitation(r, add);
		return rows;
	}

	/** Every citation of an entry's record, under its claim, each relation's once (under its subject). */
	private static void eachCitation(EntryRecord r, CitationRows add) {
		r.names().forEach(n -> add.claim("name", n.name(), n.citations()));
		r.identifiers().forEach(i -> add.claim("identifier", i.scheme() + " " + i.identifier(), i.citations()));
		r.coordinates().forEach(c -> {
			add.claim("coordinates", c.latitude() + " " + c.longitude() + " " + c.precision(), c.citations());
			c.notes().forEach(n -> add.claim("note", n.text(), n.citations()));
		});
		if (r.date() != null) {
			add.claim("date", r.date().words(), r.date().citations());
			r.date().notes().forEach(n -> add.claim("note", n.text(), n.citations()));
		}
		r.statements().forEach(s -> {
			add.claim("statement", s.text(), s.citations());
			s.notes().forEach(n -> add.claim("note", n.text(), n.citations()));
		});
		r.relations()
			.stream()
			.filter(rel -> rel.subject().slug().equals(r.slug()))
			.forEach(rel -> {
				add.claim("relation", rel.kind() + " " + rel.object().name(), rel.citations());
				rel.notes().forEach(n -> add.claim("note", n.text(), n.citations()));
			});
	}

	/**
	 * One row per text of an entry's record the archive has translated, and per language: the
	 * headword and summary, statements, notes, and the roles of the relations it is the subject of
	 * (each relation once, as in the citations). Quotations' renderings stay out, as the quotations do.
	 */
	static List<List<Object>> translationRows(EntryRecord r) {
		List<List<Object>> rows = new ArrayList<>();
		TranslationRows add = (part, english, byLanguage) -> byLanguage
			.forEach((language, fields) -> fields.forEach((field, text) -> rows
				.add(row(r.type(), r.slug(), part, field, english.get(field), language, text))));
		add.texts("entry", Translations.fields("name", r.name(), "summary", r.summary()), r.translations());
		if (r.date() != null) {
			r.date().notes().forEach(n -> add.texts("note", Map.of("text", n.text()), n.translations()));
		}
		r.statements().forEach(s -> {
			add.texts("statement", Map.of("text", s.text()), s.translations());
			s.notes().forEach(n -> add.texts("note", Map.of("text", n.text()), n.translations()));
		});
		r.coordinates().forEach(c -> c.notes().forEach(n -> add.texts("note", Map.of("text", n.text()), n.translations())));
		r.relations()
			.stream()
			.filter(rel -> rel.subject().slug().equals(r.slug()))
			.forEach(rel -> {
				add.texts("relation", Translations.fields("role", rel.role(), "inverseRole", rel.inverseRole()),
						rel.translations());
				rel.notes().forEach(n -> add.texts("note", Map.of("text", n.text()), n.translations()));
			});
		// A citation's free locator ("chapter on the JCR"), the archive's words; quotations stay out.
		eachCitation(r, (claimType, claim, citations) -> citations.stream()
			.filter(c -> c.locator() != null && !c.locator().isEmpty())
			.forEach(c -> c.translations()
				.forEach((language, fields) -> {
					if (fields.containsKey("locator")) {
						rows.add(row(r.type(), r.slug(), "citation", "locator", c.locator(), language,
								fields.get("locator")));
					}
				})));
		return rows;
	}

	/** One row per text of a work's record the archive has translated, and per language: its summary and notes. */
	static List<List<Object>> translationRows(SourceRecord s) {
		List<List<Object>> rows = new ArrayList<>();
		Map<String, String> english = new java.util.LinkedHashMap<>();
		english.put("summary", s.summary());
		english.put("author", s.author());
		english.put("container", s.container());
		english.put("place", s.place());
		s.translations()
			.forEach((language, fields) -> fields.forEach((field, text) -> rows
				.add(row("source", s.slug(), "source", field, english.get(field), language, text))));
		s.notes()
			.forEach(n -> n.translations()
				.forEach((language, fields) -> rows.add(row("source", s.slug(), "source_note", "text", n.text(),
						language, fields.get("text")))));
		return rows;
	}

	/** A CSV row; times in ISO 8601 with seconds and offset, as the JSON gives them. */
	private static List<Object> row(Object... values) {
		List<Object> row = new ArrayList<>();
		for (Object value : values) {
			row.add(value instanceof OffsetDateTime time ? time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : value);
		}
		return row;
	}

	/** Adds the rows of one part of a record: its English texts by field, and their translations. */
	@FunctionalInterface
	private interface TranslationRows {

		void texts(String part, Map<String, String> english, Map<String, Map<String, String>> byLanguage);

	}

	/** A CSV printer that writes the header row first; flushing it leaves {@code out} open. */
	static CSVPrinter printer(Appendable out, List<String> columns) throws IOException {
		return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
	}

	private static CSVPrinter printer(OutputStream out, List<String> columns) throws IOException {
		return printer(new OutputStreamWriter(out, StandardCharsets.UTF_8), columns);
	}

	private static ZipEntry entry(String name, FileTime time) {
		ZipEntry entry = new ZipEntry(name);
		entry.setLastModifiedTime(time);
		return entry;
	}

	private static void file(ZipOutputStream zip, String name, FileTime time, byte[] contents) throws IOException {
		zip.putNextEntry(entry(name, time));
		zip.write(contents);
		zip.closeEntry();
	}

	/** The CSV files written beside the JSON, each in a scratch file until its turn in the zip comes. */
	private static final class ScratchFiles implements Closeable {

		private final Path directory;

		private final List<CsvFile> files = new ArrayList<>();

		ScratchFiles(Path directory) {
			this.directory = directory;
		}

		CsvFile csv(List<String> columns) throws IOException {
			Path path = Files.createTempFile(directory, "download-", ".csv");
			CsvFile file = new CsvFile(path, printer(Files.newBufferedWriter(path, StandardCharsets.UTF_8), columns));
			files.add(file);
			return file;
		}

		/** Removes the files, written into the zip or not. */
		@Override
		public void close() throws IOException {
			for (CsvFile file : files) {
				try {
					file.printer().close();
				}
				finally {
					Files.deleteIfExists(file.path());
				}
			}
		}

	}

	private record CsvFile(Path path, CSVPrinter printer) {

		void print(List<Object> row) throws IOException {
			printer.printRecord(row);
		}

		/** Puts the file in the zip, whole. */
		void copy(ZipOutputStream zip, String name, FileTime time) throws IOException {
			printer.flush();
			zip.putNextEntry(entry(name, time));
			Files.copy(path, zip);
			zip.closeEntry();
		}

	}

	@FunctionalInterface
	private interface CitationRows {

		void claim(String type, String claim, List<EntryRecord.CitationRecord> citations);

	}

}
