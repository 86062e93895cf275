package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the check that a citation supports exactly one claim, so that V34 can put it back with a
 * sixth kind of claim (an entry's identifier in another archive) and a name of its own. V1 left the
 * check unnamed, and each database names an unnamed check its own way (PostgreSQL
 * {@code citation_check}, H2 {@code CONSTRAINT_…}): the only migration that cannot be plain SQL
 * finds it by what it checks, in the standard {@code information_schema} both databases have.
 */
public class V33__citations_name_their_claim_by_a_named_check extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		List<String> found = new ArrayList<>();
		try (PreparedStatement checks = connection.prepareStatement(
				"select tc.constraint_name, cc.check_clause from information_schema.table_constraints tc "
						+ "join information_schema.check_constraints cc on cc.constraint_schema = tc.constraint_schema "
						+ "and cc.constraint_name = tc.constraint_name "
						+ "where lower(tc.table_name) = 'citation' and tc.constraint_type = 'CHECK' "
						+ "and lower(tc.table_schema) = lower(?)")) {
			checks.setString(1, connection.getSchema());
			try (ResultSet rows = checks.executeQuery()) {
				while (rows.next()) {
					String clause = rows.getString(2).toLowerCase(Locale.ROOT);
					if (clause.contains("note_id") && clause.contains("relation_id") && clause.contains("name_id")) {
						found.add(rows.getString(1));
					}
				}
			}
		}
		if (found.size() != 1) {
			throw new IllegalStateException("Expected V1's one check that a citation supports one claim, found " + found);
		}
		try (Statement drop = connection.createStatement()) {
			drop.execute("alter table citation drop constraint \"" + found.get(0).replace("\"", "\"\"") + "\"");
		}
	}

}
