package org.mirarchive.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mirarchive.entry.EntryKind;

/**
 * The CSV files a curators' import takes, by name, with their columns: the files of the whole-archive
 * download ({@code people.csv} … {@code works.csv}, {@code relations.csv}, {@code citations.csv},
 * {@code translations.csv}),
 * in the same columns and order, so that a file downloaded, changed in a spreadsheet and uploaded
 * reads back. A test in the download's package holds the two lists together.
 */
public final class ImportFiles {

	/** An entry file's columns: the download's {@code people.csv} and its siblings. */
	public static final List<String> ENTRY_COLUMNS = List.of("slug", "name", "other_names", "summary", "date_edtf",
			"date_words", "date_earliest", "date_latest", "content_note", "last_changed", "url");

	public static final List<String> RELATION_COLUMNS = List.of("kind", "subject_type", "subject_slug", "subject_name",
			"object_type", "object_slug", "object_name", "role", "inverse_role", "date_edtf", "date_words",
			"date_earliest", "date_latest");

	public static final List<String> CITATION_COLUMNS = List.of("entry_type", "entry_slug", "claim_type", "claim",
			"source_slug", "source_title", "locator", "entry_url", "quotation");

	/**
	 * The download's {@code translations.csv}: one row per text the archive has translated. The
	 * import reads the Spanish headword and summary ({@code entry}) and statements' texts
	 * ({@code statement}); the other parts' rows (notes, roles, locators, works) are not read.
	 */
	public static final List<String> TRANSLATION_COLUMNS = List.of("record_type", "record_slug", "part", "field",
			"english", "language", "text");

	static final String RELATIONS = "relations";

	static final String CITATIONS = "citations";

	static final String TRANSLATIONS = "translations";

	private ImportFiles() {
	}

	/** Every file an import may hold, by its name without {@code .csv}, in the order they are read. */
	public static Map<String, List<String>> all() {
		Map<String, List<String>> files = new LinkedHashMap<>();
		for (EntryKind kind : EntryKind.values()) {
			files.put(kind.path(), ENTRY_COLUMNS);
		}
		files.put(RELATIONS, RELATION_COLUMNS);
		files.put(CITATIONS, CITATION_COLUMNS);
		files.put(TRANSLATIONS, TRANSLATION_COLUMNS);
		return files;
	}

	/** The columns of a file by its name ({@code people}, {@code relations.csv}), if the import takes it. */
	static Optional<List<String>> columns(String file) {
		return Optional.ofNullable(all().get(bare(file)));
	}

	/** A file's name without {@code .csv}. */
	static String bare(String file) {
		return file == null ? "" : file.replaceFirst("(?i)\\.csv$", "");
	}

}
