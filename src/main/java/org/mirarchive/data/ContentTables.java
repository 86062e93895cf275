package org.mirarchive.data;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The tables that hold the archive's content, as the portable backup copies them: every entry
 * (withdrawn ones too) with its names, statements, relations, notes and citations, every work with
 * its sections, quotations and notes, and every translation of them. Listed so that a table comes
 * after the tables its rows refer to, which is the order they are written and imported in. Not
 * here: curators' accounts, tokens, sessions, change sets and the audit log (a new archive makes
 * its own first administrator), and the revision history, which an import starts again from one
 * revision.
 */
final class ContentTables {

	/**
	 * A content table: {@code order}, the columns its rows are written in order of (its key);
	 * {@code references}, the columns naming a row of another table (or of itself), with that table;
	 * {@code audited}, whether Envers keeps its history in {@code <name>_aud}.
	 */
	record Table(String name, String order, Map<String, String> references, boolean audited) {

		boolean hasId() {
			return "id".equals(order);
		}

		/** Columns naming a row of this same table: set after every row is in. */
		List<String> selfReferences() {
			return references.entrySet().stream().filter(r -> r.getValue().equals(name)).map(Map.Entry::getKey).sorted()
				.toList();
		}

	}

	static final List<Table> ALL = List.of(
			new Table("source", "id", Map.of(), true),
			new Table("source_translation", "source_id, language", Map.of("source_id", "source"), true),
			new Table("source_unknown", "source_id, field", Map.of("source_id", "source"), true),
			new Table("source_note", "id", Map.of("source_id", "source"), true),
			new Table("source_note_translation", "source_note_id, language", Map.of("source_note_id", "source_note"),
					true),
			new Table("source_section", "id", Map.of("source_id", "source"), false),
			new Table("source_section_translation", "section_id, language", Map.of("section_id", "source_section"),
					false),
			new Table("quotation", "id", Map.of("source_id", "source"), false),
			new Table("quotation_translation", "quotation_id, language", Map.of("quotation_id", "quotation"), false),
			new Table("entry", "id", Map.of("replaced_by_id", "entry"), true),
			new Table("entry_translation", "entry_id, language", Map.of("entry_id", "entry"), true),
			new Table("entry_name", "id", Map.of("entry_id", "entry"), true),
			new Table("entry_identifier", "id", Map.of("entry_id", "entry"), true),
			new Table("entry_coordinates", "id", Map.of("entry_id", "entry"), true),
			new Table("statement", "id", Map.of("entry_id", "entry"), true),
			new Table("statement_translation", "statement_id, language", Map.of("statement_id", "statement"), true),
			new Table("relation", "id", Map.of("subject_id", "entry", "object_id", "entry"), true),
			new Table("relation_translation", "relation_id, language", Map.of("relation_id", "relation"), true),
			new Table("editorial_note", "id", Map.of("entry_id", "entry", "statement_id", "statement", "relation_id",
					"relation", "date_entry_id", "entry", "coordinates_id", "entry_coordinates"), true),
			new Table("editorial_note_translation", "note_id, language", Map.of("note_id", "editorial_note"), true),
			new Table("citation", "id",
					Map.of("source_id", "source", "quotation_id", "quotation", "name_id", "entry_name", "date_entry_id",
							"entry", "statement_id", "statement", "relation_id", "relation", "note_id",
							"editorial_note", "identifier_id", "entry_identifier", "coordinates_id", "entry_coordinates"),
					true),
			new Table("citation_translation", "citation_id, language", Map.of("citation_id", "citation"), true),
			new Table("glossary_term", "id", Map.of("entry_id", "entry"), false),
			new Table("glossary_form", "id", Map.of("term_id", "glossary_term"), false),
			new Table("glossary_citation", "id",
					Map.of("term_id", "glossary_term", "source_id", "source", "quotation_id", "quotation"), false),
			new Table("reading_path", "id", Map.of(), false),
			new Table("reading_path_step", "id",
					Map.of("path_id", "reading_path", "entry_id", "entry", "statement_id", "statement", "source_id", "source"),
					false),
			new Table("reading_path_citation", "id",
					Map.of("step_id", "reading_path_step", "source_id", "source", "quotation_id", "quotation"), false));

	private ContentTables() {
	}

	/** How a column's values are written in the file, whichever database they come from. */
	enum Kind {

		INTEGER, BOOLEAN, DATE,
		/** As an instant in UTC: H2 keeps the offset it was given, PostgreSQL the instant alone. */
		TIME,
		/** An exact decimal (a place's coordinates), as a string, so that no digit is lost to a double. */
		DECIMAL,
		TEXT;

		static Kind of(int sqlType, String typeName) {
			String type = typeName.toLowerCase(Locale.ROOT);
			if (sqlType == Types.TIMESTAMP_WITH_TIMEZONE || type.equals("timestamptz") || type.contains("time zone")) {
				return TIME;
			}
			return switch (sqlType) {
				case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
				case Types.BOOLEAN, Types.BIT -> BOOLEAN;
				case Types.DATE -> DATE;
				case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
				default -> TEXT;
			};
		}

		/** The value of column {@code index} of the current row, as the file writes it (null, Long, Boolean or String). */
		Object read(ResultSet row, int index) throws SQLException {
			Object value = switch (this) {
				case INTEGER -> row.getLong(index);
				case BOOLEAN -> row.getBoolean(index);
				case DATE -> {
					LocalDate date = row.getObject(index, LocalDate.class);
					yield date == null ? null : date.toString();
				}
				case TIME -> {
					OffsetDateTime time = row.getObject(index, OffsetDateTime.class);
					yield time == null ? null : utc(time);
				}
				case DECIMAL -> {
					java.math.BigDecimal decimal = row.getBigDecimal(index);
					yield decimal == null ? null : decimal.toPlainString();
				}
				case TEXT -> row.getString(index);
			};
			return row.wasNull() ? null : value;
		}

		/** A value of the file as the database is given it; a value of the wrong type is refused. */
		Object value(JsonNode node) {
			if (node == null || node.isNull()) {
				return null;
			}
			boolean fits = switch (this) {
				case INTEGER -> node.isIntegralNumber();
				case BOOLEAN -> node.isBoolean();
				default -> node.isString();
			};
			if (!fits) {
				throw new IllegalArgumentException("a " + name().toLowerCase(Locale.ROOT) + " was expected, not " + node);
			}
			return switch (this) {
				case INTEGER -> node.asLong();
				case BOOLEAN -> node.asBoolean();
				case DATE -> LocalDate.parse(node.asString());
				case TIME -> OffsetDateTime.parse(node.asString());
				case DECIMAL -> new java.math.BigDecimal(node.asString());
				case TEXT -> node.asString();
			};
		}

	}

	static String utc(OffsetDateTime time) {
		return time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	/** The columns of a query's rows, lower case, with how each is written. */
	static List<Column> columns(ResultSetMetaData meta) throws SQLException {
		List<Column> columns = new ArrayList<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			columns.add(new Column(meta.getColumnName(i).toLowerCase(Locale.ROOT),
					Kind.of(meta.getColumnType(i), meta.getColumnTypeName(i))));
		}
		return columns;
	}

	record Column(String name, Kind kind) {
	}

}
