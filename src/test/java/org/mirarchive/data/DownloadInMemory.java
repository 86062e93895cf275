package org.mirarchive.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRecord;
import org.mirarchive.entry.EntryRecords;
import org.mirarchive.entry.Relation;
import org.mirarchive.source.SourceRecord;
import org.mirarchive.source.SourceRecords;
import org.mirarchive.work.Source;

/**
 * The whole-archive download's files as they were written before the download was streamed:
 * every entry, relation and source read at once, in the same queries' order, and each file built
 * whole in memory. On the seed, what {@link ArchiveDownload} streams must be the same, byte for
 * byte. Called inside a transaction, with the base of the archive's addresses set.
 */
final class DownloadInMemory {

	private DownloadInMemory() {
	}

	static Map<String, String> files(EntityManager entityManager, EntryRecords records, SourceRecords sourceRecords,
			JsonMapper json, String base, Locale locale) {
		List<Entry> all = entityManager.createQuery("select e from Entry e order by e.kind, e.position", Entry.class)
			.getResultList();
		List<Relation> allRelations = entityManager
			.createQuery("select r from Relation r join fetch r.subject join fetch r.object order by r.position",
					Relation.class)
			.getResultList();
		Map<Long, List<Relation>> touching = new LinkedHashMap<>();
		for (Relation r : allRelations) {
			touching.computeIfAbsent(r.getSubject().getId(), id -> new ArrayList<>()).add(r);
			touching.computeIfAbsent(r.getObject().getId(), id -> new ArrayList<>()).add(r);
		}
		List<EntryRecord> entryRecords = all.stream()
			.map(e -> records.record(e, touching.getOrDefault(e.getId(), List.of()), EntryRecords.Quotations.LEFT_OUT,
					locale))
			.toList();
		List<SourceRecord> sources = entityManager.createQuery("select s from Source s order by s.position", Source.class)
			.getResultStream()
			.map(source -> sourceRecords.record(source, null, locale))
			.toList();
		OffsetDateTime lastChanged = entryRecords.stream()
			.map(EntryRecord::lastChanged)
			.max(Comparator.naturalOrder())
			.orElseThrow();

		Map<String, String> files = new LinkedHashMap<>();
		files.put("README.txt", readme(base));
		Map<String, Object> archive = new LinkedHashMap<>();
		archive.put("url", base + "/");
		archive.put("lastChanged", lastChanged);
		archive.put("entries", entryRecords);
		archive.put("sources", sources);
		files.put("mir-archive.json", json.writeValueAsString(archive));
		for (EntryKind kind : EntryKind.values()) {
			String type = EntryRecords.type(kind);
			files.put(kind.path() + ".csv", csv(ArchiveDownload.ENTRY_COLUMNS,
					entryRecords.stream().filter(r -> r.type().equals(type)).map(ArchiveDownload::entryRow).toList()));
		}
		files.put("sources.csv", csv(ArchiveDownload.SOURCE_COLUMNS, sources.stream().map(ArchiveDownload::sourceRow).toList()));
		files.put("relations.csv", csv(ArchiveDownload.RELATION_COLUMNS, allRelations.stream()
			.map(r -> ArchiveDownload.relationRow(records.relation(r, List.of(), locale)))
			.toList()));
		files.put("citations.csv", csv(ArchiveDownload.CITATION_COLUMNS,
				entryRecords.stream().flatMap(r -> ArchiveDownload.citationRows(r).stream()).toList()));
		files.put("translations.csv", csv(ArchiveDownload.TRANSLATION_COLUMNS,
				Stream.concat(entryRecords.stream().flatMap(r -> ArchiveDownload.translationRows(r).stream()),
						sources.stream().flatMap(s -> ArchiveDownload.translationRows(s).stream()))
					.toList()));
		return files;
	}

	private static String readme(String base) {
		try (InputStream readme = new ClassPathResource("download/README.txt").getInputStream()) {
			return new String(readme.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", base)
				.replace("\n", "\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String csv(List<String> columns, List<List<Object>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = ArchiveDownload.printer(out, columns)) {
			for (List<Object> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
