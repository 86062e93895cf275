package org.mirarchive.entry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mirarchive.work.Quotation;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceNote;
import org.mirarchive.work.SourceSection;

/**
 * Which entries' pages show something a change touched: the pages of the entries changed (and of
 * those that hold a changed name, statement, relation, note or citation), of every entry related to
 * one of them either way (each page names the entries at the other ends of its relations), of the
 * entries they replace once withdrawn, and of every place that contains one of those (a place's page
 * lists the events that happened at the places within it, at any depth). Read on a connection, as
 * the database holds it there (in a committing transaction: as it will be once committed). What a
 * change removed is no longer there to be read: the entries it was held by come with the change.
 *
 * <p>Every other page (lists, search, the timeline, a work's page) may show any entry: this says
 * nothing of them.
 */
public final class EntryPagesShowing {

	/** More ids than this in a change, and it is taken to show on any page: one bounded query each. */
	public static final int MOST = 500;

	/** How many places up from a place are looked for: deeper than any the archive holds. */
	private static final int DEEPEST = 20;

	private static final Set<Class<?>> OF_ENTRIES = Set.of(Entry.class, EntryName.class, Statement.class,
			Relation.class, EditorialNote.class, Citation.class, ExternalIdentifier.class,
			Coordinates.class);

	/** A work and its parts: each part names its work, which comes with its change. */
	private static final Set<Class<?>> OF_WORKS = Set.of(Source.class, SourceSection.class, SourceNote.class,
			Quotation.class);

	/** A citation's claim, one column for each kind of claim (all null but one). */
	private static final String CITED = "select name_id, date_entry_id, statement_id, relation_id, note_id, "
			+ "identifier_id, coordinates_id from citation";

	private EntryPagesShowing() {
	}

	/**
	 * The ids of the entries whose pages show what changed ({@link Reach#showing}).
	 *
	 * @param changed the entities changed, by class and id (ids of entries and their parts are {@link Long}s)
	 * @param connection where the archive is read
	 * @return the ids, or empty if the change may show on any page: it touched something that is
	 * not an entry or a part of one (a work), or too much to look up
	 */
	public static Optional<Set<Long>> ids(Map<Class<?>, ? extends Collection<?>> changed, Connection connection)
			throws SQLException {
		return reach(changed, connection).map(Reach::showing);
	}

	/**
	 * The entries a change touched itself (those changed, and those that hold a changed name,
	 * statement, note, identifier, point or cited claim, both ends of a changed relation), and the
	 * entries whose pages show it ({@link #ids}).
	 *
	 * @return them, or empty if the change may show on any page
	 */
	public static Optional<Reach> reach(Map<Class<?>, ? extends Collection<?>> changed, Connection connection)
			throws SQLException {
		if (!changed.keySet().stream().allMatch(EntryPagesShowing::ofEntries)
				|| changed.values().stream().mapToInt(Collection::size).sum() > MOST) {
			return Optional.empty();
		}
		Claims claims = new Claims(ids(changed, Entry.class), ids(changed, EntryName.class),
				ids(changed, Statement.class), ids(changed, Relation.class), ids(changed, EditorialNote.class),
				ids(changed, ExternalIdentifier.class), ids(changed, Coordinates.class));
		Reader read = new Reader(connection);
		claims.cited(read.rows(CITED + " where id in", ids(changed, Citation.class)));
		Set<Long> entries = claims.entries(read);
		Set<Long> showing = new HashSet<>(entries);
		read.rows("select subject_id, object_id from relation where subject_id in", entries).forEach(showing::addAll);
		read.rows("select subject_id, object_id from relation where object_id in", entries).forEach(showing::addAll);
		read.rows("select id from entry where replaced_by_id in", entries).forEach(showing::addAll);
		Set<Long> level = new HashSet<>(showing);
		for (int depth = 0; depth < DEEPEST && !level.isEmpty(); depth++) {
			Set<Long> above = new HashSet<>();
			read.rows("select object_id from relation where kind = 'LOCATED_IN' and subject_id in", level)
				.forEach(row -> row.stream().filter(showing::add).forEach(above::add));
			level = above;
		}
		return Optional.of(new Reach(Set.copyOf(entries), Set.copyOf(showing)));
	}

	/** Whether a class is an entry's or a part of one, whose changes {@link #reach} follows. */
	public static boolean ofEntries(Class<?> type) {
		return OF_ENTRIES.contains(type);
	}

	/** Whether a class is a work's or a part of one, whose changes {@link #ofWorks(Map, Map, Connection)} follows. */
	public static boolean ofWorks(Class<?> type) {
		return OF_WORKS.contains(type);
	}

	/**
	 * What a change to works reaches among entries. An entry's page shows in its References the
	 * record of each work its claims cite, where in the work each citation points (by the work's
	 * sections), and beside a claim the passage quoted for it. So a change to a work's own record,
	 * or to one of its sections or notes, shows on the pages of every entry that cites the work
	 * ({@link #citing}); a quotation added or changed, with nothing else of its work, only on the
	 * pages of the entries whose citations give it ({@link #quoting}). A curator's save that quotes
	 * a passage of the seed article for the first time does not reach the pages of every entry
	 * citing the article. (A work's own page is not an entry's, and is not among these.)
	 *
	 * @param changed the entities changed, by class, each part of a work with its work ({@code
	 * instances.ContentChange#entities}); those of other classes are left out
	 * @param themselves which of them changed themselves ({@code instances.ContentChange#themselves}):
	 * a work that is not among them came only with a changed part. Where that cannot be told, the
	 * same as {@code changed}: each work's record is then taken to have changed
	 * @return what it reaches, or empty if it may show on any entry's page: it changed a part of a
	 * work without naming the work, or more works or quotations than {@link #MOST}
	 */
	public static Optional<WorksReach> ofWorks(Map<Class<?>, ? extends Collection<?>> changed,
			Map<Class<?>, ? extends Collection<?>> themselves, Connection connection) throws SQLException {
		Set<Long> works = ids(changed, Source.class);
		Set<Long> quotations = ids(changed, Quotation.class);
		boolean sectionsOrNotes = !ids(changed, SourceSection.class).isEmpty()
				|| !ids(changed, SourceNote.class).isEmpty();
		if (works.isEmpty() && (sectionsOrNotes || !quotations.isEmpty())) {
			return Optional.empty();
		}
		if (works.size() > MOST || quotations.size() > MOST) {
			return Optional.empty();
		}
		// Which work a section or note is of is not read: each work named is taken to have changed.
		Set<Long> records = sectionsOrNotes ? works : ids(themselves, Source.class);
		Set<Long> showing = new HashSet<>(citing(records, connection));
		showing.addAll(quoting(quotations, connection));
		return Optional.of(new WorksReach(Set.copyOf(records), Set.copyOf(showing)));
	}

	/**
	 * The address of each of these entries that is there to be read, withdrawn or not (one removed
	 * is not).
	 */
	public static List<Addressed> addresses(Collection<Long> entries, Connection connection) throws SQLException {
		return new Reader(connection).rows("select id, kind, slug from entry where id in", entries,
				found -> new Addressed(found.getLong(1), EntryKind.valueOf(found.getString(2)), found.getString(3)));
	}

	/**
	 * What a change reaches among entries.
	 *
	 * @param touched the ids of the entries it touched itself: their own records changed
	 * @param showing the ids of the entries whose pages show it (the touched ones among them)
	 */
	public record Reach(Set<Long> touched, Set<Long> showing) {
	}

	/**
	 * What a change to works reaches among entries ({@link #ofWorks(Map, Map, Connection)}).
	 *
	 * @param records the ids of the works whose own records it changed (or one of their sections or
	 * notes): a search shows a work by its record
	 * @param showing the ids of the entries whose pages show it
	 */
	public record WorksReach(Set<Long> records, Set<Long> showing) {
	}

	/** An entry and its address ({@code /{kind}/{slug}}). */
	public record Addressed(long id, EntryKind kind, String slug) {
	}

	/**
	 * The ids of the entries whose pages cite one of these works: a claim of theirs cites it, so
	 * their References show the work's record (its title, its author, where it appeared).
	 */
	public static Set<Long> citing(Set<Long> works, Connection connection) throws SQLException {
		return citedBy("source_id", works, connection);
	}

	/**
	 * The ids of the entries whose pages give one of these quotations: a claim of theirs is cited
	 * with it, and the passage stands beside the claim.
	 */
	public static Set<Long> quoting(Set<Long> quotations, Connection connection) throws SQLException {
		return citedBy("quotation_id", quotations, connection);
	}

	/** The entries holding the claims of the citations whose column holds one of these ids. */
	private static Set<Long> citedBy(String column, Set<Long> ids, Connection connection) throws SQLException {
		if (ids.isEmpty()) {
			return Set.of();
		}
		Claims claims = new Claims(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
		Reader read = new Reader(connection);
		claims.cited(read.rows(CITED + " where " + column + " in", ids));
		return claims.entries(read);
	}

	/**
	 * Has the pages of these entries say they changed at this time, if they say an earlier one: a
	 * page names the entries it shows, so a browser that asks whether it changed since it last read
	 * it ({@code If-Modified-Since}) must not be told no after one of those changed. An entry another
	 * transaction is writing is left alone rather than waited for ({@code skip locked}): two curators
	 * saving two related entries at once would otherwise each wait for the other's; that one's own
	 * save dates its page.
	 */
	static void changedAt(Set<Long> entries, OffsetDateTime when, Connection connection) throws SQLException {
		Reader read = new Reader(connection);
		List<Long> free = read.rows("select id from entry where last_changed < ? and id in", entries,
				found -> found.getLong(1), " for update skip locked", when);
		List<Long> all = List.copyOf(free);
		for (int from = 0; from < all.size(); from += MOST) {
			List<Long> batch = all.subList(from, Math.min(all.size(), from + MOST));
			try (PreparedStatement update = connection.prepareStatement("update entry set last_changed = ? where id in ("
					+ String.join(", ", Collections.nCopies(batch.size(), "?")) + ")")) {
				update.setObject(1, when);
				for (int i = 0; i < batch.size(); i++) {
					update.setLong(i + 2, batch.get(i));
				}
				update.executeUpdate();
			}
		}
	}

	private static Set<Long> ids(Map<Class<?>, ? extends Collection<?>> changed, Class<?> type) {
		Set<Long> ids = new HashSet<>();
		Collection<?> of = changed.get(type);
		if (of != null) {
			of.forEach(id -> ids.add(((Number) id).longValue()));
		}
		return ids;
	}

	private static void add(Set<Long> ids, Long id) {
		if (id != null) {
			ids.add(id);
		}
	}

	/** Claims of entries, by kind, and the entries that hold them. */
	private record Claims(Set<Long> entries, Set<Long> names, Set<Long> statements, Set<Long> relations,
			Set<Long> notes, Set<Long> identifiers, Set<Long> points) {

		Claims {
			entries = new HashSet<>(entries);
			names = new HashSet<>(names);
			statements = new HashSet<>(statements);
			relations = new HashSet<>(relations);
			notes = new HashSet<>(notes);
			identifiers = new HashSet<>(identifiers);
			points = new HashSet<>(points);
		}

		/** Adds the claims of citations, read as {@link #CITED} reads them. */
		void cited(List<List<Long>> citations) {
			for (List<Long> cited : citations) {
				add(names, cited.get(0));
				add(entries, cited.get(1));
				add(statements, cited.get(2));
				add(relations, cited.get(3));
				add(notes, cited.get(4));
				add(identifiers, cited.get(5));
				add(points, cited.get(6));
			}
		}

		/** The entries whose pages show these claims: those that hold them, and both ends of a relation. */
		Set<Long> entries(Reader read) throws SQLException {
			Set<Long> holding = new HashSet<>(entries);
			Set<Long> byStatement = new HashSet<>(statements);
			Set<Long> byRelation = new HashSet<>(relations);
			for (List<Long> note : read.rows("select entry_id, statement_id, relation_id from editorial_note where id in",
					notes)) {
				add(holding, note.get(0));
				add(byStatement, note.get(1));
				add(byRelation, note.get(2));
			}
			read.rows("select entry_id from entry_coordinates where id in", points).forEach(row -> add(holding, row.get(0)));
			read.rows("select entry_id from entry_name where id in", names).forEach(row -> add(holding, row.get(0)));
			read.rows("select entry_id from entry_identifier where id in", identifiers)
				.forEach(row -> add(holding, row.get(0)));
			read.rows("select entry_id from statement where id in", byStatement).forEach(row -> add(holding, row.get(0)));
			read.rows("select subject_id, object_id from relation where id in", byRelation).forEach(holding::addAll);
			return holding;
		}

	}

	/** Queries with an {@code in} list of ids, a batch of at most {@link #MOST} at a time. */
	private record Reader(Connection connection) {

		/** Each row's columns, ids or nulls. */
		List<List<Long>> rows(String selectWhereIn, Collection<Long> ids) throws SQLException {
			return rows(selectWhereIn, ids, found -> {
				List<Long> row = new ArrayList<>();
				for (int column = 1; column <= found.getMetaData().getColumnCount(); column++) {
					long value = found.getLong(column);
					row.add(found.wasNull() ? null : value);
				}
				return row;
			});
		}

		<T> List<T> rows(String selectWhereIn, Collection<Long> ids, Row<T> row) throws SQLException {
			return rows(selectWhereIn, ids, row, "");
		}

		/**
		 * @param selectWhereIn the query up to its list of ids, with its parameters before it
		 * @param after what follows the list
		 * @param before the values of the parameters before the list
		 */
		<T> List<T> rows(String selectWhereIn, Collection<Long> ids, Row<T> row, String after, Object... before)
				throws SQLException {
			List<T> rows = new ArrayList<>();
			List<Long> all = List.copyOf(ids);
			for (int from = 0; from < all.size(); from += MOST) {
				List<Long> batch = all.subList(from, Math.min(all.size(), from + MOST));
				String marks = String.join(", ", Collections.nCopies(batch.size(), "?"));
				try (PreparedStatement query = connection.prepareStatement(selectWhereIn + " (" + marks + ")" + after)) {
					for (int i = 0; i < before.length; i++) {
						query.setObject(i + 1, before[i]);
					}
					for (int i = 0; i < batch.size(); i++) {
						query.setLong(before.length + i + 1, batch.get(i));
					}
					try (ResultSet found = query.executeQuery()) {
						while (found.next()) {
							rows.add(row.read(found));
						}
					}
				}
			}
			return rows;
		}

	}

	private interface Row<T> {

		T read(ResultSet found) throws SQLException;

	}

}
