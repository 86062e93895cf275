package org.mirarchive.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.mirarchive.address.ArchiveAddresses;

/**
 * The archive's portable backup: the whole-archive download (the same files, byte for byte, as
 * {@code /download/mir-archive.zip} gives them in English) with one file more,
 * {@value #TABLES}, which holds every row of the {@link ContentTables content tables}, quotations
 * included. The download's JSON is written for readers' programs (dates in words, locators in a
 * language, no quotations, nothing of a withdrawn entry but its absence); the tables file is what
 * rebuilds the archive exactly, with its rows' ids, so that links, API ids and the download come
 * back the same. It is not for publishing: it carries the seed article's quotations, which the
 * archive quotes but does not republish.
 *
 * <p>It moves between H2 and PostgreSQL: values are written by type (whole numbers, true/false,
 * dates, instants in UTC, text), not as either database's dump. An import goes only into an archive
 * at the same migration as the one that made the file, and only into a new one: its migrations
 * have run and nothing has been changed since (the seed's one revision, no change sets). It
 * replaces the seed in one transaction (all or nothing) and records the import as revision 1, the
 * history's baseline, as the migrations record the seed. A file that is not a backup, or whose rows
 * name rows it does not hold, is refused before anything is changed.
 */
@Component
class PortableBackup {

	/** The file of the zip that holds the content tables. */
	static final String TABLES = "mir-archive-tables.json";

	static final String FORMAT = "mir-archive-tables";

	/** The summary migration V28 gives the seed's revision: an archive with only it is a new one. */
	static final String SEED_REVISION = "The archive as its migrations seeded it";

	private static final Logger log = LoggerFactory.getLogger(PortableBackup.class);

	private static final int BATCH = 500;

	private final ArchiveDownload download;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final ObjectWriter writer;

	private final Flyway flyway;

	private final ArchiveAddresses addresses;

	/** The base of the download's addresses where no request gives one: archive.base-url, where it is set. */
	private final String base;

	PortableBackup(ArchiveDownload download, JdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json,
			Flyway flyway, ArchiveAddresses addresses,
			@Value("${archive.base-url:http://localhost:8080}") String base) {
		this.download = download;
		this.addresses = addresses;
		this.base = base;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.writer = json.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
		this.flyway = flyway;
	}

	/** Writes the backup to {@code file}: the download, then the tables, read in the download's one transaction. */
	void export(Path file) throws IOException {
		Path scratch = Files.createTempDirectory("mir-backup-");
		// Written under another name, which it takes only once complete: a failed export leaves no half file.
		Path part = file.resolveSibling(file.getFileName() + ".part");
		try {
			try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(part), 64 * 1024)) {
				addresses.withBase(base, () -> {
					try {
						download.write(out, scratch, Locale.ENGLISH, this::tables);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(part);
			Files.deleteIfExists(scratch);
		}
	}

	/** The content tables, as one more file of the zip, dated as the download's files are. */
	private void tables(ZipOutputStream zip, FileTime time) throws IOException {
		ZipEntry entry = new ZipEntry(TABLES);
		entry.setLastModifiedTime(time);
		zip.putNextEntry(entry);
		try (JsonGenerator out = writer.createGenerator(zip, JsonEncoding.UTF8)) {
			out.writeStartObject();
			out.writeStringProperty("format", FORMAT);
			out.writeStringProperty("migration", migration());
			out.writeName("tables");
			out.writeStartArray();
			for (ContentTables.Table table : ContentTables.ALL) {
				out.writeStartObject();
				out.writeStringProperty("table", table.name());
				jdbc.query(connection -> {
					var statement = connection.prepareStatement("select * from " + table.name() + " order by " + table.order());
					statement.setFetchSize(BATCH);
					return statement;
				}, (ResultSet rows) -> {
					try {
						List<ContentTables.Column> columns = ContentTables.columns(rows.getMetaData());
						out.writeName("columns");
						out.writeStartArray();
						for (ContentTables.Column column : columns) {
							out.writeString(column.name());
						}
						out.writeEndArray();
						out.writeName("rows");
						out.writeStartArray();
						while (rows.next()) {
							out.writeStartArray();
							for (int i = 0; i < columns.size(); i++) {
								out.writePOJO(columns.get(i).kind().read(rows, i + 1));
							}
							out.writeEndArray();
						}
						out.writeEndArray();
					}
					catch (JacksonException ex) {
						throw new IllegalStateException("Could not write the table " + table.name(), ex);
					}
					return null;
				});
				out.writeEndObject();
			}
			out.writeEndArray();
			out.writeEndObject();
		}
		zip.closeEntry();
	}

	/** This archive's migration ("32"): a backup imports only into an archive at the same one. */
	private String migration() {
		var current = flyway.info().current();
		return current == null ? "none" : current.getVersion().getVersion();
	}

	/**
	 * Imports the backup {@code file} into this archive, which must be new (see the class); returns
	 * what was imported, table by table. Refused, with a message saying why and nothing changed,
	 * for anything but a backup this archive can take whole.
	 */
	Map<String, Integer> importFrom(Path file) throws IOException {
		JsonNode tables = read(file);
		Map<String, List<ContentTables.Column>> columns = check(tables);
		String name = file.getFileName().toString();
		Map<String, Integer> imported = transactions.execute(status -> {
			refuseUnlessNew();
			clear();
			Map<String, Integer> counts = new java.util.LinkedHashMap<>();
			for (ContentTables.Table table : ContentTables.ALL) {
				JsonNode given = tableIn(tables, table.name());
				counts.put(table.name(), insert(table, columns.get(table.name()), given));
			}
			baseline(name);
			return counts;
		});
		// Each table's identity continues after the rows imported. Its own statement after the
		// commit: H2 commits the transaction before a change of a table.
		for (ContentTables.Table table : ContentTables.ALL) {
			if (table.hasId()) {
				Long max = jdbc.queryForObject("select max(id) from " + table.name(), Long.class);
				jdbc.execute("alter table " + table.name() + " alter column id restart with " + (max == null ? 1 : max + 1));
			}
		}
		log.info("Imported the portable backup {}: {}", name, imported);
		return imported;
	}

	/** The tables file of the zip, parsed; refused if the file is not a zip or has none. */
	private JsonNode read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new Refused("There is no file " + file);
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry tables = zip.getEntry(TABLES);
			if (tables == null) {
				throw new Refused(file.getFileName() + " has no " + TABLES
						+ ": it is not a portable backup (the public download leaves the content tables out)");
			}
			try (InputStream in = zip.getInputStream(tables)) {
				return json.readTree(in);
			}
			catch (JacksonException ex) {
				throw new Refused(TABLES + " is not valid JSON: " + ex.getOriginalMessage());
			}
		}
		catch (ZipException ex) {
			throw new Refused(file.getFileName() + " is not a zip file: " + ex.getMessage());
		}
	}

	/**
	 * Checks the whole file before anything is changed: its format and migration, each table with
	 * this archive's columns, each value of its column's type, each row's key once, and each
	 * reference to a row the file holds. Gives each table's columns as this archive has them.
	 */
	private Map<String, List<ContentTables.Column>> check(JsonNode file) {
		if (file == null || !FORMAT.equals(text(file, "format"))) {
			throw new Refused(TABLES + " does not say it is a portable backup (\"format\": \"" + FORMAT + "\")");
		}
		String made = text(file, "migration");
		if (!migration().equals(made)) {
			throw new Refused("The backup was made by an archive at migration V" + made + "; this archive is at V"
					+ migration() + ". Import it with the release that made it.");
		}
		Map<String, List<ContentTables.Column>> columns = new HashMap<>();
		Map<String, Set<Long>> ids = new HashMap<>();
		for (ContentTables.Table table : ContentTables.ALL) {
			JsonNode given = tableIn(file, table.name());
			List<ContentTables.Column> ours = jdbc.query("select * from " + table.name() + " where 1 = 0",
					(ResultSet rows) -> ContentTables.columns(rows.getMetaData()));
			List<String> theirs = new ArrayList<>();
			given.path("columns").forEach(c -> theirs.add(c.asString()));
			if (!new HashSet<>(theirs).equals(ours.stream().map(ContentTables.Column::name).collect(Collectors.toSet()))
					|| theirs.size() != ours.size()) {
				throw new Refused("The table " + table.name() + " has the columns " + theirs + " in the backup, but "
						+ ours.stream().map(ContentTables.Column::name).toList() + " in this archive");
			}
			Map<String, ContentTables.Column> byName = ours.stream()
				.collect(Collectors.toMap(ContentTables.Column::name, c -> c));
			List<ContentTables.Column> inFileOrder = theirs.stream().map(byName::get).toList();
			columns.put(table.name(), inFileOrder);
			Set<Long> keys = new HashSet<>();
			int idColumn = theirs.indexOf("id");
			int row = 0;
			for (JsonNode values : given.path("rows")) {
				row++;
				if (!values.isArray() || values.size() != theirs.size()) {
					throw new Refused(table.name() + ", row " + row + ": " + theirs.size() + " values were expected");
				}
				for (int i = 0; i < theirs.size(); i++) {
					try {
						inFileOrder.get(i).kind().value(values.get(i));
					}
					catch (RuntimeException ex) {
						throw new Refused(table.name() + ", row " + row + ", " + theirs.get(i) + ": " + ex.getMessage());
					}
				}
				if (idColumn >= 0 && !keys.add(values.get(idColumn).asLong())) {
					throw new Refused(table.name() + " has the id " + values.get(idColumn) + " twice");
				}
			}
			ids.put(table.name(), keys);
		}
		// References last: an entry may be replaced by one written after it.
		for (ContentTables.Table table : ContentTables.ALL) {
			JsonNode given = tableIn(file, table.name());
			List<String> names = columns.get(table.name()).stream().map(ContentTables.Column::name).toList();
			for (Map.Entry<String, String> reference : new java.util.TreeMap<>(table.references()).entrySet()) {
				int at = names.indexOf(reference.getKey());
				Set<Long> held = ids.get(reference.getValue());
				for (JsonNode values : given.path("rows")) {
					JsonNode named = values.get(at);
					if (!named.isNull() && !held.contains(named.asLong())) {
						throw new Refused(describe(table, names, values) + " names " + reference.getValue() + " "
								+ named.asLong() + " (" + reference.getKey() + "), which the backup does not hold");
					}
				}
			}
		}
		return columns;
	}

	/** "citation 57", or "entry_translation (entry_id 3, language es)": a row as a message names it. */
	private static String describe(ContentTables.Table table, List<String> names, JsonNode values) {
		if (table.hasId()) {
			return table.name() + " " + values.get(names.indexOf("id")).asLong();
		}
		return table.name() + " (" + java.util.Arrays.stream(table.order().split(", "))
			.map(key -> key + " " + values.get(names.indexOf(key)))
			.collect(Collectors.joining(", ")) + ")";
	}

	private static JsonNode tableIn(JsonNode file, String name) {
		for (JsonNode table : file.path("tables")) {
			if (name.equals(text(table, "table"))) {
				return table;
			}
		}
		throw new Refused("The backup has no table " + name);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || !value.isString() ? null : value.asString();
	}

	/** Refuses an archive that holds anything but what its migrations seeded: it would be lost. */
	private void refuseUnlessNew() {
		long revisions = count("revinfo");
		long changeSets = count("change_set");
		boolean seeded = revisions == 1
				&& SEED_REVISION.equals(jdbc.queryForObject("select summary from revinfo where rev = 1", String.class));
		if (changeSets > 0 || !(seeded || revisions == 0 && count("entry") == 0)) {
			throw new Refused("This archive is not new: it has " + revisions + " revision(s) and " + changeSets
					+ " change set(s). A backup is imported only into a new archive, so that nothing is lost: start"
					+ " the archive on a new data folder (or an empty PostgreSQL database) and import there.");
		}
	}

	private long count(String table) {
		Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
		return count == null ? 0 : count;
	}

	/** Removes the seed: its history, then its rows, those that others name last. */
	private void clear() {
		for (ContentTables.Table table : ContentTables.ALL) {
			if (table.audited()) {
				jdbc.update("delete from " + table.name() + "_aud");
			}
		}
		jdbc.update("delete from revinfo");
		jdbc.update("update entry set replaced_by_id = null");
		List<ContentTables.Table> reversed = new ArrayList<>(ContentTables.ALL);
		java.util.Collections.reverse(reversed);
		for (ContentTables.Table table : reversed) {
			jdbc.update("delete from " + table.name());
		}
	}

	/** Inserts a table's rows in batches; a column naming a row of the same table is set afterwards. */
	private int insert(ContentTables.Table table, List<ContentTables.Column> columns, JsonNode given) {
		List<String> names = columns.stream().map(ContentTables.Column::name).toList();
		List<String> later = table.selfReferences();
		String sql = "insert into " + table.name() + " (" + String.join(", ", names) + ") values ("
				+ names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
		List<Object[]> batch = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		int count = 0;
		for (Iterator<JsonNode> rows = given.path("rows").iterator(); rows.hasNext();) {
			JsonNode values = rows.next();
			Object[] row = new Object[names.size()];
			for (int i = 0; i < row.length; i++) {
				row[i] = columns.get(i).kind().value(values.get(i));
			}
			for (String column : later) {
				int at = names.indexOf(column);
				if (row[at] != null) {
					updates.add(new Object[] { row[at], row[names.indexOf("id")] });
					row[at] = null;
				}
			}
			batch.add(row);
			count++;
			if (batch.size() == BATCH || !rows.hasNext()) {
				jdbc.batchUpdate(sql, batch);
				batch.clear();
			}
		}
		for (String column : later) {
			jdbc.batchUpdate("update " + table.name() + " set " + column + " = ? where id = ?", updates);
		}
		return count;
	}

	/**
	 * Revision 1, the history's baseline, as migration V28 makes it for the seed: every imported
	 * row of an audited table added in it, dated when the archive's records last changed, by no one.
	 */
	private void baseline(String file) {
		OffsetDateTime entries = jdbc.queryForObject("select max(last_changed) from entry", OffsetDateTime.class);
		OffsetDateTime sources = jdbc.queryForObject("select max(last_changed) from source", OffsetDateTime.class);
		Instant when = entries == null && sources == null ? Instant.now()
				: (entries == null ? sources : sources == null || entries.isAfter(sources) ? entries : sources)
					.toInstant();
		jdbc.update("insert into revinfo (rev, revtstmp, author, summary, change_set_id) values (1, ?, null, ?, null)",
				when.toEpochMilli(), "Imported from " + file);
		for (ContentTables.Table table : ContentTables.ALL) {
			if (!table.audited()) {
				continue;
			}
			Set<String> own = columnNames(table.name());
			Set<String> kept = columnNames(table.name() + "_aud");
			kept.retainAll(own);
			kept.removeAll(Set.of("rev", "revtype"));
			String list = String.join(", ", kept);
			jdbc.update("insert into " + table.name() + "_aud (rev, revtype, " + list + ") select 1, 0, " + list
					+ " from " + table.name());
		}
	}

	private Set<String> columnNames(String table) {
		return jdbc.query("select * from " + table + " where 1 = 0", (ResultSet rows) -> {
			try {
				return ContentTables.columns(rows.getMetaData())
					.stream()
					.map(ContentTables.Column::name)
					.collect(Collectors.toCollection(LinkedHashSet::new));
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** A backup this archive does not take, and why; nothing was changed. */
	static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

}
