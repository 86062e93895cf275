package org.mirarchive.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.relation.Relation;
import org.mirarchive.relation.RelationRepository;

/**
 * The whole archive in one zip for classroom data work: {@code mir-archive.json} (every entry
 * and source as the API gives them) and UTF-8 CSV files with RFC 4180 quoting, one per kind of
 * entry, one for sources, one for relations, one for citations, with a README.
 *
 * <p>Quotations are left out: gathered in one file with their locators they would reassemble the
 * seed article, which the archive quotes but does not republish. Each citation row names the
 * entry page (and the API) where its quotation is shown.
 */
@Component
public class ArchiveDownload {

	/** The download's file name. */
	public static final String FILE_NAME = "mir-archive.zip";

	static final List<String> ENTRY_COLUMNS = List.of("slug", "name", "other_names", "summary", "date_edtf",
			"date_words", "date_earliest", "date_latest", "content_note", "last_changed", "url");

	static final List<String> SOURCE_COLUMNS = List.of("slug", "kind", "title", "subtitle", "author", "container",
			"publisher", "issued_edtf", "work_url", "quotable", "last_changed", "url");

	static final List<String> RELATION_COLUMNS = List.of("kind", "subject_type", "subject_slug", "subject_name",
			"object_type", "object_slug", "object_name", "role", "inverse_role", "date_edtf", "date_words",
			"date_earliest", "date_latest");

	static final List<String> CITATION_COLUMNS = List.of("entry_type", "entry_slug", "claim_type", "claim",
			"source_slug", "source_title", "locator", "entry_url");

	private final EntryRepository entries;

	private final RelationRepository relations;

	private final EntryRecords records;

	private final SourceRecords sourceRecords;

	private final JsonMapper json;

	private final ArchiveAddresses addresses;

	ArchiveDownload(EntryRepository entries, RelationRepository relations, EntryRecords records,
			SourceRecords sourceRecords, JsonMapper json, ArchiveAddresses addresses) {
		this.entries = entries;
		this.relations = relations;
		this.records = records;
		this.sourceRecords = sourceRecords;
		this.json = json;
		this.addresses = addresses;
	}

	/** The zip's bytes, read in one transaction so that all files agree. */
	@Transactional(readOnly = true)
	public byte[] zip(Locale locale) {
		List<Entry> all = entries.findAllByOrderByKindAscPositionAsc();
		List<Relation> allRelations = relations.findAllWithEnds();
		Map<Long, List<Relation>> touching = new LinkedHashMap<>();
		for (Relation r : allRelations) {
			touching.computeIfAbsent(r.getSubject().getId(), id -> new ArrayList<>()).add(r);
			touching.computeIfAbsent(r.getObject().getId(), id -> new ArrayList<>()).add(r);
		}
		List<EntryRecord> entryRecords = all.stream()
			.map(e -> records.record(e, touching.getOrDefault(e.getId(), List.of()), EntryRecords.Quotations.LEFT_OUT,
					locale))
			.toList();
		List<SourceRecord> sources = sourceRecords.all(locale);
		OffsetDateTime lastChanged = entryRecords.stream()
			.map(EntryRecord::lastChanged)
			.max(Comparator.naturalOrder())
			.orElse(OffsetDateTime.now());

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			FileTime time = FileTime.from(lastChanged.toInstant());
			file(zip, "README.txt", time, readme());
			Map<String, Object> archive = new LinkedHashMap<>();
			archive.put("url", addresses.absolute("/"));
			archive.put("lastChanged", lastChanged);
			archive.put("entries", entryRecords);
			archive.put("sources", sources);
			file(zip, "mir-archive.json", time, json.writeValueAsString(archive));
			for (EntryKind kind : EntryKind.values()) {
				String type = EntryRecords.type(kind);
				file(zip, kind.path() + ".csv", time, csv(ENTRY_COLUMNS,
						entryRecords.stream().filter(r -> r.type().equals(type)).map(ArchiveDownload::entryRow).toList()));
			}
			file(zip, "sources.csv", time, csv(SOURCE_COLUMNS, sources.stream().map(ArchiveDownload::sourceRow).toList()));
			file(zip, "relations.csv", time, csv(RELATION_COLUMNS,
					allRelations.stream().map(r -> relationRow(records.relation(r, List.of(), locale))).toList()));
			file(zip, "citations.csv", time,
					csv(CITATION_COLUMNS, entryRecords.stream().flatMap(r -> citationRows(r).stream()).toList()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** What the download holds and how to read it, with the archive's own address. */
	private String readme() throws IOException {
		try (InputStream readme = new ClassPathResource("download/README.txt").getInputStream()) {
			return new String(readme.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", addresses.base())
				.replace("\n", "\r\n");
		}
	}

	private static List<Object> entryRow(EntryRecord r) {
		EntryRecord.DateRecord d = r.date();
		String names = r.names().stream().map(EntryRecord.NameRecord::name).collect(Collectors.joining("; "));
		return row(r.slug(), r.name(), names, r.summary(), d == null ? null : d.edtf(), d == null ? null : d.words(),
				d == null ? null : d.earliest(), d == null ? null : d.latest(), r.contentNote(), r.lastChanged(), r.url());
	}

	private static List<Object> sourceRow(SourceRecord s) {
		return row(s.slug(), s.kind(), s.title(), s.subtitle(), s.author(), s.container(), s.publisher(),
				s.issued() == null ? null : s.issued().edtf(), s.workUrl(), s.quotable(), s.lastChanged(), s.url());
	}

	private static List<Object> relationRow(EntryRecord.RelationRecord r) {
		EntryRecord.DateRecord d = r.date();
		return row(r.kind(), r.subject().type(), r.subject().slug(), r.subject().name(), r.object().type(),
				r.object().slug(), r.object().name(), r.role(), r.inverseRole(), d == null ? null : d.edtf(),
				d == null ? null : d.words(), d == null ? null : d.earliest(), d == null ? null : d.latest());
	}

	/**
	 * One row per citation, each under the claim it supports. A relation's citations are listed
	 * once, under its subject, so the rows are exactly the archive's citations.
	 */
	private static List<List<Object>> citationRows(EntryRecord r) {
		List<List<Object>> rows = new ArrayList<>();
		CitationRows add = (claimType, claim, citations) -> citations.forEach(c -> rows.add(row(r.type(), r.slug(),
				claimType, claim, c.source().slug(), c.source().title(), c.locator(), r.url())));
		r.names().forEach(n -> add.claim("name", n.name(), n.citations()));
		if (r.date() != null) {
			add.claim("date", r.date().words(), r.date().citations());
		}
		r.statements().forEach(s -> {
			add.claim("statement", s.text(), s.citations());
			s.notes().forEach(n -> add.claim("note", n.text(), n.citations()));
		});
		r.relations()
			.stream()
			.filter(rel -> rel.subject().slug().equals(r.slug()))
			.forEach(rel -> add.claim("relation", rel.kind() + " " + rel.object().name(), rel.citations()));
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

	private static String csv(List<String> columns, List<List<Object>> rows) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (List<Object> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static void file(ZipOutputStream zip, String name, FileTime time, String contents) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setLastModifiedTime(time);
		zip.putNextEntry(entry);
		zip.write(contents.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	@FunctionalInterface
	private interface CitationRows {

		void claim(String type, String claim, List<EntryRecord.CitationRecord> citations);

	}

}
