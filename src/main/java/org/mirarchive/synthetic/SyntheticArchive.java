package org.mirarchive.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.mirarchive.model.HistoricalDate;

/**
 * Fills a database with an invented archive of a chosen size, to measure the archive at scale.
 *
 * <p>The seed is the pattern: the archive is the seed itself plus blocks of invented entries,
 * each block a copy of the seed's shape (its kinds of entry, other names, statements, editorial
 * notes, relations between the block's own entries, citations per claim, dated entries and
 * EDTF forms), so every proportion of the real data holds at any size. Only the words change:
 * every invented name, summary, statement, note and work says that it is synthetic, every slug
 * and key starts with {@code synthetic-}, and dates are the seed's shifted by whole years. The
 * invented citations cite invented works (one copy of each seed work per block, never quoted,
 * located by a "synthetic section, paragraph"), so that the seed's works and entries look
 * exactly as they do in the real archive and no real passage appears to support an invented
 * claim.
 *
 * <p>Rows are written with JDBC batches, not through JPA, a block range at a time in its own
 * transaction, with ids given by the generator; identity columns are moved past them after.
 * Portable SQL: it runs on H2 and PostgreSQL.
 *
 * <p>{@link #withoutClaims()} writes the invented entries and works alone: no other names,
 * statements, relations, notes or citations, which are nine rows in ten. It is for tests that
 * read only the entries and works themselves at scale (harvesting their headers), and is written
 * several times faster; every other use wants the whole shape.
 */
public final class SyntheticArchive {

	/** Every synthetic slug and key starts with this, which is how synthetic rows are found. */
	public static final String PREFIX = "synthetic-";

	private static final Logger log = LoggerFactory.getLogger(SyntheticArchive.class);

	/** The tables invented rows go into, in the order their foreign keys need. */
	private static final List<String> TABLES = List.of("source", "source_note", "entry", "entry_name", "statement",
			"relation", "editorial_note", "citation");

	/** Writers working at once; more than the two cores of the machine it was measured on gained nothing. */
	private static final int MAX_WRITERS = 2;

	/** Blocks written per transaction: large enough for fast batches, small enough for H2's undo log. */
	private static final int BLOCKS_PER_TRANSACTION = 40;

	private static final Pattern YEAR = Pattern.compile("(?<![0-9Y])([0-9]{4})(?![0-9X])");

	private static final String[] SYLLABLES = { "ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na",
			"pe", "qui", "ra", "so", "tu", "va", "xe", "yo", "za", "bel", "cor", "dan", "fel", "gar", "lin", "mor",
			"nel", "par", "ros", "sil", "tan", "ver", "al", "en", "is", "or", "un", "ar", "el" };

	/** The tables {@link #withoutClaims()} leaves as the seed has them. */
	private static final List<String> CLAIMS = List.of("entry_name", "statement", "relation", "editorial_note", "citation");

	private final DataSource dataSource;

	private final boolean claims;

	public SyntheticArchive(DataSource dataSource) {
		this(dataSource, true);
	}

	private SyntheticArchive(DataSource dataSource, boolean claims) {
		this.dataSource = dataSource;
		this.claims = claims;
	}

	/** The same archive's entries and works alone, without the claims about them (see above). */
	public SyntheticArchive withoutClaims() {
		return new SyntheticArchive(dataSource, false);
	}

	/**
	 * Makes the archive hold {@code size} entries in all: the seed's and invented ones. An archive
	 * that already holds exactly that many, with or without claims as asked, is left as it is;
	 * otherwise earlier invented rows are removed and new ones written.
	 * @return the number of invented entries written
	 */
	public int generate(int size) {
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				long entries = count(connection, "select count(*) from entry");
				long synthetic = count(connection, "select count(*) from entry where slug like '" + PREFIX + "%'");
				boolean claimsThere = count(connection, "select count(*) from statement where statement_key like '"
						+ PREFIX + "%'") > 0;
				if (entries == size && synthetic > 0 && claimsThere == claims) {
					log.info("The synthetic archive already holds {} entries ({} invented)", entries, synthetic);
					return 0;
				}
				if (synthetic > 0) {
					removeSynthetic(connection);
				}
				Seed seed = Seed.read(connection);
				int wanted = size - seed.entries.size();
				if (wanted <= 0) {
					log.info("The seed alone holds {} entries; nothing to invent for a size of {}", seed.entries.size(), size);
					return 0;
				}
				long started = System.nanoTime();
				int blocks = (wanted + seed.entries.size() - 1) / seed.entries.size();
				try {
					writeInParallel(seed, blocks, wanted);
				}
				catch (RuntimeException ex) {
					// Blocks already written are committed: take them out, so the next start begins again.
					removeSynthetic(connection);
					throw ex;
				}
				restartIdentities(connection, seed, blocks, claims);
				connection.commit();
				log.info("Invented {} entries{} in {} ms (archive of {} entries)", wanted, claims ? "" : " without claims",
						(System.nanoTime() - started) / 1_000_000, size);
				return wanted;
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not generate the synthetic archive", ex);
		}
	}

	/** Removes every invented row; what remains is the seed as the migrations built it. */
	private static void removeSynthetic(Connection connection) throws SQLException {
		String sources = "(select id from source where slug like '" + PREFIX + "%')";
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("delete from citation where source_id in " + sources);
			statement.executeUpdate("delete from editorial_note where note_key like '" + PREFIX + "%'");
			statement.executeUpdate("delete from relation where relation_key like '" + PREFIX + "%'");
			statement.executeUpdate("delete from statement where statement_key like '" + PREFIX + "%'");
			statement.executeUpdate("delete from entry_name where name_key like '" + PREFIX + "%'");
			statement.executeUpdate("delete from entry where slug like '" + PREFIX + "%'");
			statement.executeUpdate("delete from source_note where source_id in " + sources);
			statement.executeUpdate("delete from source where slug like '" + PREFIX + "%'");
		}
		connection.commit();
	}

	/**
	 * Writes the blocks on as many connections as there are processors (two at most): blocks
	 * hang only on themselves, so each writer keeps to its own run of blocks. Storing rows is
	 * most of the cost, and two writers nearly halve it on two cores.
	 */
	private void writeInParallel(Seed seed, int blocks, int wanted) {
		int writers = Math.max(1, Math.min(MAX_WRITERS, Runtime.getRuntime().availableProcessors()));
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<?>> parts = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				int from = blocks * w / writers;
				int to = blocks * (w + 1) / writers;
				parts.add(pool.submit(() -> {
					try (Connection connection = dataSource.getConnection()) {
						connection.setAutoCommit(false);
						new Writer(connection, seed, claims).write(from, to, wanted);
					}
					return null;
				}));
			}
			for (Future<?> part : parts) {
				part.get();
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not write the synthetic archive", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing the synthetic archive", ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** New rows without an id (a later migration's) must not take the invented rows' ids. */
	private static void restartIdentities(Connection connection, Seed seed, int blocks, boolean claims)
			throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String table : TABLES) {
				int written = claims || !CLAIMS.contains(table) ? blocks : 0;
				long next = seed.nextIds.get(table) + (long) written * seed.size(table);
				statement.execute("alter table " + table + " alter column id restart with " + next);
			}
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * The date with every year moved by {@code years}; the date itself if the moved one would not
	 * be a valid date (a 29 February in a year that has none).
	 */
	static String shiftYears(String edtf, int years) {
		if (edtf == null) {
			return null;
		}
		Matcher matcher = YEAR.matcher(edtf);
		StringBuilder shifted = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(shifted, String.format("%04d", Integer.parseInt(matcher.group(1)) + years));
		}
		matcher.appendTail(shifted);
		return HistoricalDate.isValid(shifted.toString()) ? shifted.toString() : edtf;
	}

	/** An invented word of two or three syllables, the same for the same number and salt. */
	static String word(long number, int salt) {
		long h = mix(number * 31 + salt);
		int syllables = 2 + (int) Long.remainderUnsigned(h, 2);
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < syllables; i++) {
			word.append(SYLLABLES[(int) Long.remainderUnsigned(h >>> (8 * (i + 1)), SYLLABLES.length)]);
		}
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/** A 64-bit finaliser (SplitMix64): spreads consecutive numbers over the syllables. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	/** The seed's rows that give the invented blocks their shape. */
	private record Seed(List<Map<String, Object>> sources, List<Map<String, Object>> sourceNotes,
			List<Map<String, Object>> entries, List<Map<String, Object>> names, List<Map<String, Object>> statements,
			List<Map<String, Object>> relations, List<Map<String, Object>> notes, List<Map<String, Object>> citations,
			Map<String, Long> nextIds, int nextEntryPosition, int nextRelationPosition, int nextSourcePosition) {

		static Seed read(Connection connection) throws SQLException {
			String real = " not like '" + PREFIX + "%'";
			Map<String, Long> nextIds = new HashMap<>();
			for (String table : TABLES) {
				nextIds.put(table, count(connection, "select coalesce(max(id), 0) + 1 from " + table));
			}
			return new Seed(
					rows(connection, "select * from source where slug" + real + " order by id"),
					rows(connection, "select n.* from source_note n join source s on s.id = n.source_id where s.slug"
							+ real + " order by n.id"),
					rows(connection, "select * from entry where slug" + real + " order by position, id"),
					rows(connection, "select * from entry_name where name_key" + real + " order by id"),
					rows(connection, "select * from statement where statement_key" + real + " order by id"),
					rows(connection, "select * from relation where relation_key" + real + " order by position, id"),
					// Places' coordinates are not copied: the invented places are nowhere, and the
					// map is not what this archive measures. Nor are the notes beside them and their citations.
					rows(connection, "select * from editorial_note where note_key" + real
							+ " and coordinates_id is null order by id"),
					rows(connection, "select c.*, q.section_no, q.paragraph_no from citation c "
							+ "join source s on s.id = c.source_id left join quotation q on q.id = c.quotation_id "
							+ "left join editorial_note n on n.id = c.note_id "
							+ "where s.slug" + real + " and c.coordinates_id is null and n.coordinates_id is null "
							+ "order by c.id"),
					nextIds, (int) count(connection, "select coalesce(max(position), 0) + 1 from entry"),
					(int) count(connection, "select coalesce(max(position), 0) + 1 from relation"),
					(int) count(connection, "select coalesce(max(position), 0) + 1 from source"));
		}

		/** How many rows of a table one block copies. */
		int size(String table) {
			return switch (table) {
				case "source" -> sources.size();
				case "source_note" -> sourceNotes.size();
				case "entry" -> entries.size();
				case "entry_name" -> names.size();
				case "statement" -> statements.size();
				case "relation" -> relations.size();
				case "editorial_note" -> notes.size();
				default -> citations.size();
			};
		}

		private static List<Map<String, Object>> rows(Connection connection, String sql) throws SQLException {
			List<Map<String, Object>> rows = new ArrayList<>();
			try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
				int columns = result.getMetaData().getColumnCount();
				while (result.next()) {
					Map<String, Object> row = new HashMap<>();
					for (int i = 1; i <= columns; i++) {
						row.put(result.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), result.getObject(i));
					}
					rows.add(row);
				}
			}
			return rows;
		}

	}

	/** Writes the blocks, keeping one prepared statement per table for the whole run. */
	private static final class Writer {

		private final Connection connection;

		private final Seed seed;

		/** Whether the claims are written too, or the entries and works alone. */
		private final boolean claims;

		/** The seed's ids by their index in the seed's lists, to give each copy its own id. */
		private final Map<String, Map<Long, Integer>> index = new HashMap<>();

		private final Map<String, PreparedStatement> inserts = new HashMap<>();

		/** The seed entry each seed name, statement and note belongs to; a relation's two ends. */
		private final Map<Long, Long> nameEntry = new HashMap<>();

		private final Map<Long, Long> statementEntry = new HashMap<>();

		private final Map<Long, Long> noteEntry = new HashMap<>();

		private final Map<Long, long[]> relationEnds = new HashMap<>();

		/** The relation each seed note stands beside, or null. */
		private final Map<Long, Long> noteRelation = new HashMap<>();

		Writer(Connection connection, Seed seed, boolean claims) {
			this.connection = connection;
			this.seed = seed;
			this.claims = claims;
			seed.names.forEach(n -> nameEntry.put(id(n), longOrNull(n.get("entry_id"))));
			seed.statements.forEach(s -> statementEntry.put(id(s), longOrNull(s.get("entry_id"))));
			seed.notes.forEach(n -> noteEntry.put(id(n), longOrNull(n.get("entry_id"))));
			seed.notes.forEach(n -> noteRelation.put(id(n), longOrNull(n.get("relation_id"))));
			seed.relations.forEach(r -> relationEnds.put(id(r),
					new long[] { longOrNull(r.get("subject_id")), longOrNull(r.get("object_id")) }));
			index.put("source", indexOf(seed.sources));
			index.put("entry", indexOf(seed.entries));
			index.put("entry_name", indexOf(seed.names));
			index.put("statement", indexOf(seed.statements));
			index.put("relation", indexOf(seed.relations));
			index.put("editorial_note", indexOf(seed.notes));
		}

		private static Map<Long, Integer> indexOf(List<Map<String, Object>> rows) {
			Map<Long, Integer> positions = new HashMap<>();
			for (int i = 0; i < rows.size(); i++) {
				positions.put(((Number) rows.get(i).get("id")).longValue(), i);
			}
			return positions;
		}

		/** Writes blocks {@code from} to {@code to} (excluded) of an archive of {@code wanted} invented entries. */
		void write(int from, int to, int wanted) throws SQLException {
			prepare("source", "insert into source (id, slug, kind, title, subtitle, author, container, publisher, "
					+ "issued, url, summary, quotable, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			prepare("source_note", "insert into source_note (id, source_id, kind, text, position) values (?, ?, ?, ?, ?)");
			prepare("entry", "insert into entry (id, slug, kind, name, sort_key, summary, date_edtf, date_earliest, "
					+ "date_latest, content_note, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			prepare("entry_name", "insert into entry_name (id, name_key, entry_id, kind, name, lang, position) "
					+ "values (?, ?, ?, ?, ?, ?, ?)");
			prepare("statement", "insert into statement (id, statement_key, entry_id, text, position) values (?, ?, ?, ?, ?)");
			prepare("relation", "insert into relation (id, relation_key, kind, subject_id, object_id, role, inverse_role, "
					+ "date_edtf, date_earliest, date_latest, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			prepare("editorial_note", "insert into editorial_note (id, note_key, entry_id, statement_id, kind, text, "
					+ "position, relation_id, date_entry_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
			prepare("citation", "insert into citation (id, source_id, quotation_id, locator, name_id, date_entry_id, "
					+ "statement_id, relation_id, note_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
			try {
				int perBlock = seed.entries.size();
				for (int block = from; block < to; block++) {
					writeBlock(block, Math.min(perBlock, wanted - block * perBlock));
					if ((block + 1 - from) % BLOCKS_PER_TRANSACTION == 0 || block == to - 1) {
						for (String table : TABLES) {
							inserts.get(table).executeBatch();
						}
						connection.commit();
					}
				}
			}
			finally {
				for (PreparedStatement insert : inserts.values()) {
					insert.close();
				}
			}
		}

		private void prepare(String table, String sql) throws SQLException {
			inserts.put(table, connection.prepareStatement(sql));
		}

		/** Ids of a table's copies in a block: after the seed's, one run of the seed's size per block. */
		private long id(String table, int block, long seedId) {
			return seed.nextIds.get(table) + (long) block * seed.size(table) + index.get(table).get(seedId);
		}

		/** Copies the first {@code entries} of the seed's entries, with everything that hangs on them only. */
		private void writeBlock(int block, int entries) throws SQLException {
			// Dates move by whole years, differently in each block, so blocks interleave in time.
			int years = Math.floorMod(block * 37, 81) - 40;
			Map<Long, Boolean> included = new HashMap<>();
			for (int i = 0; i < seed.entries.size(); i++) {
				included.put(id(seed.entries.get(i)), i < entries);
			}
			writeSources(block, years);
			Map<Long, String> names = new HashMap<>();
			PreparedStatement insert = inserts.get("entry");
			for (int i = 0; i < entries; i++) {
				Map<String, Object> entry = seed.entries.get(i);
				long number = (long) block * seed.entries.size() + i + 1;
				String kind = (String) entry.get("kind");
				// The kind's own word: person, organization, event, place, work.
				String noun = kind.toLowerCase(Locale.ROOT);
				String first = word(number, 1);
				String second = word(number, 2);
				String name = first + " " + second + " (synthetic " + noun + " " + number + ")";
				names.put(id(entry), name);
				// People sort by surname, as real ones do; the number keeps equal names apart.
				String sortKey = ("PERSON".equals(kind) ? second + " " + first : first + " " + second).toLowerCase(Locale.ROOT)
						+ " synthetic " + number;
				String edtf = shiftYears((String) entry.get("date_edtf"), years);
				insert.setLong(1, id("entry", block, id(entry)));
				insert.setString(2, PREFIX + noun + "-" + number);
				insert.setString(3, kind);
				insert.setString(4, name);
				insert.setString(5, sortKey);
				insert.setString(6, "Synthetic test entry, not history: an invented " + noun
						+ ", made to measure the archive at scale.");
				setDate(insert, 7, edtf);
				insert.setBoolean(10, (Boolean) entry.get("content_note"));
				insert.setInt(11, seed.nextEntryPosition + (int) number - 1);
				insert.addBatch();
			}
			if (!claims) {
				return;
			}
			for (Map<String, Object> row : seed.names) {
				long entry = ((Number) row.get("entry_id")).longValue();
				if (!included.get(entry)) {
					continue;
				}
				PreparedStatement otherNames = inserts.get("entry_name");
				long id = id("entry_name", block, id(row));
				otherNames.setLong(1, id);
				otherNames.setString(2, PREFIX + id);
				otherNames.setLong(3, id("entry", block, entry));
				otherNames.setString(4, (String) row.get("kind"));
				otherNames.setString(5, "Synthetic other name " + row.get("position") + " of " + names.get(entry));
				setString(otherNames, 6, (String) row.get("lang"));
				otherNames.setInt(7, ((Number) row.get("position")).intValue());
				otherNames.addBatch();
			}
			for (Map<String, Object> row : seed.statements) {
				long entry = ((Number) row.get("entry_id")).longValue();
				if (!included.get(entry)) {
					continue;
				}
				PreparedStatement statements = inserts.get("statement");
				long id = id("statement", block, id(row));
				statements.setLong(1, id);
				statements.setString(2, PREFIX + id);
				statements.setLong(3, id("entry", block, entry));
				statements.setString(4, "Synthetic statement " + row.get("position") + " about " + names.get(entry)
						+ ": invented to measure the archive at scale; it is not history.");
				statements.setInt(5, ((Number) row.get("position")).intValue());
				statements.addBatch();
			}
			for (Map<String, Object> row : seed.relations) {
				long subject = ((Number) row.get("subject_id")).longValue();
				long object = ((Number) row.get("object_id")).longValue();
				if (!included.get(subject) || !included.get(object)) {
					continue;
				}
				PreparedStatement relations = inserts.get("relation");
				long id = id("relation", block, id(row));
				relations.setLong(1, id);
				relations.setString(2, PREFIX + id);
				relations.setString(3, (String) row.get("kind"));
				relations.setLong(4, id("entry", block, subject));
				relations.setLong(5, id("entry", block, object));
				setString(relations, 6, row.get("role") == null ? null : "synthetic role");
				setString(relations, 7, row.get("inverse_role") == null ? null : "synthetic inverse role");
				setDate(relations, 8, shiftYears((String) row.get("date_edtf"), years));
				relations.setInt(11, seed.nextRelationPosition + block * seed.relations.size()
						+ index.get("relation").get(id(row)));
				relations.addBatch();
			}
			for (Map<String, Object> row : seed.notes) {
				long entry = ((Number) row.get("entry_id")).longValue();
				if (!noteIncluded(id(row), included)) {
					continue;
				}
				PreparedStatement notes = inserts.get("editorial_note");
				long id = id("editorial_note", block, id(row));
				notes.setLong(1, id);
				notes.setString(2, PREFIX + id);
				notes.setLong(3, id("entry", block, entry));
				Number statement = (Number) row.get("statement_id");
				if (statement == null) {
					notes.setNull(4, Types.BIGINT);
				}
				else {
					notes.setLong(4, id("statement", block, statement.longValue()));
				}
				notes.setString(5, (String) row.get("kind"));
				notes.setString(6, "Synthetic editorial note: invented to measure the archive at scale; it is not history.");
				notes.setInt(7, ((Number) row.get("position")).intValue());
				setId(notes, 8, "relation", block, longOrNull(row.get("relation_id")));
				setId(notes, 9, "entry", block, longOrNull(row.get("date_entry_id")));
				notes.addBatch();
			}
			writeCitations(block, included);
		}

		private void writeSources(int block, int years) throws SQLException {
			PreparedStatement sources = inserts.get("source");
			for (Map<String, Object> row : seed.sources) {
				long number = (long) block * seed.sources.size() + index.get("source").get(id(row)) + 1;
				String kind = ((String) row.get("kind")).toLowerCase(Locale.ROOT).replace('_', ' ');
				sources.setLong(1, id("source", block, id(row)));
				sources.setString(2, PREFIX + "source-" + number);
				sources.setString(3, (String) row.get("kind"));
				sources.setString(4, "Synthetic work " + number + ": an invented " + kind + ", not a real publication");
				sources.setNull(5, Types.VARCHAR);
				setString(sources, 6, row.get("author") == null ? null : word(number, 3) + " Synthetic");
				setString(sources, 7, row.get("container") == null ? null : "Synthetic Test Container");
				setString(sources, 8, row.get("publisher") == null ? null : "Synthetic Test Data");
				setString(sources, 9, shiftYears((String) row.get("issued"), years));
				sources.setNull(10, Types.VARCHAR);
				sources.setString(11, "An invented work, made to measure the archive at scale; it does not exist.");
				sources.setBoolean(12, false);
				sources.setInt(13, seed.nextSourcePosition + (int) number - 1);
				sources.addBatch();
			}
			PreparedStatement notes = inserts.get("source_note");
			for (int i = 0; i < seed.sourceNotes.size(); i++) {
				Map<String, Object> row = seed.sourceNotes.get(i);
				notes.setLong(1, seed.nextIds.get("source_note") + (long) block * seed.sourceNotes.size() + i);
				notes.setLong(2, id("source", block, ((Number) row.get("source_id")).longValue()));
				notes.setString(3, (String) row.get("kind"));
				notes.setString(4, "Synthetic record note: invented, not the record of a real work.");
				notes.setInt(5, ((Number) row.get("position")).intValue());
				notes.addBatch();
			}
		}

		/** One citation for each seed citation of a claim in the block, of the block's copy of its work. */
		private void writeCitations(int block, Map<Long, Boolean> included) throws SQLException {
			PreparedStatement citations = inserts.get("citation");
			for (int i = 0; i < seed.citations.size(); i++) {
				Map<String, Object> row = seed.citations.get(i);
				Long name = longOrNull(row.get("name_id"));
				Long dateEntry = longOrNull(row.get("date_entry_id"));
				Long statement = longOrNull(row.get("statement_id"));
				Long relation = longOrNull(row.get("relation_id"));
				Long note = longOrNull(row.get("note_id"));
				boolean cited = name != null ? included.get(nameEntry.get(name))
						: dateEntry != null ? included.get(dateEntry)
						: statement != null ? included.get(statementEntry.get(statement))
						: relation != null ? included.get(relationEnds.get(relation)[0]) && included.get(relationEnds.get(relation)[1])
						: noteIncluded(note, included);
				if (!cited) {
					continue;
				}
				citations.setLong(1, seed.nextIds.get("citation") + (long) block * seed.citations.size() + i);
				citations.setLong(2, id("source", block, ((Number) row.get("source_id")).longValue()));
				citations.setNull(3, Types.BIGINT);
				String locator = row.get("quotation_id") != null
						? "synthetic section " + row.get("section_no") + ", paragraph " + row.get("paragraph_no")
						: row.get("locator") == null ? null : "synthetic locator";
				setString(citations, 4, locator);
				setId(citations, 5, "entry_name", block, name);
				setId(citations, 6, "entry", block, dateEntry);
				setId(citations, 7, "statement", block, statement);
				setId(citations, 8, "relation", block, relation);
				setId(citations, 9, "editorial_note", block, note);
				citations.addBatch();
			}
		}

		/** Whether a seed note is copied: its entry is, and so are both ends of a relation it stands beside. */
		private boolean noteIncluded(long note, Map<Long, Boolean> included) {
			Long relation = noteRelation.get(note);
			return included.get(noteEntry.get(note)) && (relation == null
					|| included.get(relationEnds.get(relation)[0]) && included.get(relationEnds.get(relation)[1]));
		}

		private void setId(PreparedStatement insert, int column, String table, int block, Long seedId) throws SQLException {
			if (seedId == null) {
				insert.setNull(column, Types.BIGINT);
			}
			else {
				insert.setLong(column, id(table, block, seedId));
			}
		}

		/** Sets the EDTF text and the bounds derived from it, in three columns from {@code column}. */
		private static void setDate(PreparedStatement insert, int column, String edtf) throws SQLException {
			setString(insert, column, edtf);
			HistoricalDate date = edtf == null ? null : HistoricalDate.parse(edtf);
			setDay(insert, column + 1, date == null ? null : date.earliest());
			setDay(insert, column + 2, date == null ? null : date.latest());
		}

		private static void setDay(PreparedStatement insert, int column, LocalDate day) throws SQLException {
			if (day == null) {
				insert.setNull(column, Types.DATE);
			}
			else {
				insert.setObject(column, day);
			}
		}

		private static void setString(PreparedStatement insert, int column, String value) throws SQLException {
			if (value == null) {
				insert.setNull(column, Types.VARCHAR);
			}
			else {
				insert.setString(column, value);
			}
		}

		private static Long longOrNull(Object value) {
			return value == null ? null : ((Number) value).longValue();
		}

		private static long id(Map<String, Object> row) {
			return ((Number) row.get("id")).longValue();
		}

	}

}
