package org.mirarchive.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveDatabaseTest;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.RelationKind;
import org.mirarchive.model.HistoricalDate;
import org.mirarchive.model.Slug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the seeded archive against the editorial policy: nothing shown is uncited, quotations
 * are short and come only from the quotable article, dates parse, slugs are URL-safe, relations
 * join the right kinds of entry, and every disagreement the corroboration notes list is shown.
 */
@ArchiveDatabaseTest
public class SeedIntegrityTest {

	public static final Path ARTICLE = Path.of("../shared/source/chiles-mir-about-com-2014.txt");

	@Autowired
	private JdbcTemplate jdbc;

	private List<String> keysWithoutCitation(String table, String keyColumn, String citationColumn) {
		return jdbc.queryForList("select t." + keyColumn + " from " + table + " t where not exists "
				+ "(select 1 from citation c where c." + citationColumn + " = t.id)", String.class);
	}

	@Test
	void everyStatementIsCited() {
		assertThat(keysWithoutCitation("statement", "statement_key", "statement_id")).isEmpty();
	}

	@Test
	void everyRelationIsCited() {
		assertThat(keysWithoutCitation("relation", "relation_key", "relation_id")).isEmpty();
	}

	@Test
	void everyOtherNameIsCited() {
		assertThat(keysWithoutCitation("entry_name", "name_key", "name_id")).isEmpty();
	}

	@Test
	void everyEditorialNoteIsCited() {
		assertThat(keysWithoutCitation("editorial_note", "note_key", "note_id")).isEmpty();
	}

	@Test
	void everyDatedEntryHasItsDateCited() {
		assertThat(jdbc.queryForList("select slug from entry e where date_edtf is not null and not exists "
				+ "(select 1 from citation c where c.date_entry_id = e.id)", String.class)).isEmpty();
	}

	@Test
	void everyEntrySaysSomethingCited() {
		assertThat(jdbc.queryForList(
				"select slug from entry e where not exists (select 1 from statement s where s.entry_id = e.id)",
				String.class))
			.isEmpty();
	}

	@Test
	void quotationsComeOnlyFromQuotableSourcesAndMatchTheirCitations() {
		assertThat(jdbc.queryForList("select q.quote_key from quotation q join source s on s.id = q.source_id "
				+ "where s.quotable = false", String.class)).isEmpty();
		assertThat(jdbc.queryForList("select c.id from citation c join quotation q on q.id = c.quotation_id "
				+ "where q.source_id <> c.source_id", Long.class)).isEmpty();
		// The article's text is held, so a citation of it always quotes it; other works never are.
		assertThat(jdbc.queryForList("select c.id from citation c join source s on s.id = c.source_id "
				+ "where (s.quotable = true and c.quotation_id is null) or (s.quotable = false and c.quotation_id is not null)",
				Long.class))
			.isEmpty();
	}

	@Test
	void editorialNotesCiteOtherWorksNotTheArticle() {
		assertThat(jdbc.queryForList("select n.note_key from editorial_note n join citation c on c.note_id = n.id "
				+ "join source s on s.id = c.source_id where s.quotable = true", String.class)).isEmpty();
	}

	@Test
	void everyQuotationIsUsedAndEverySectionIsKnown() {
		assertThat(jdbc.queryForList("select quote_key from quotation q where not exists "
				+ "(select 1 from citation c where c.quotation_id = q.id)", String.class)).isEmpty();
		assertThat(jdbc.queryForList("select q.quote_key from quotation q where not exists (select 1 from "
				+ "source_section s where s.source_id = q.source_id and s.section_no = q.section_no)", String.class))
			.isEmpty();
	}

	@Test
	void quotationsAreShortAndVerbatim() throws IOException {
		List<String> quotations = jdbc.queryForList("select text from quotation", String.class);
		assertThat(quotations).allSatisfy(text -> {
			assertThat(text.length()).as("length of %s", text).isLessThanOrEqualTo(300);
			assertThat(text.split("(?<=[.!?])\\s+(?=[A-Z])")).as("sentences in %s", text).hasSizeLessThanOrEqualTo(2);
		});
		assumeTrue(Files.exists(ARTICLE), "The seed article is beside the checkout at " + ARTICLE);
		String article = normalise(Files.readString(ARTICLE));
		assertThat(quotations).allSatisfy(text -> assertThat(article).contains(normalise(text)));
	}

	@Test
	void slugsAreUniqueAndUrlSafe() {
		List<String> slugs = jdbc.queryForList("select slug from entry union all select slug from source", String.class);
		assertThat(slugs).doesNotHaveDuplicates().allSatisfy(slug -> assertThat(Slug.isValid(slug)).as(slug).isTrue());
	}

	@Test
	void everyDateParsesAndItsStoredBoundsAreDerivedFromIt() {
		List<Map<String, Object>> rows = jdbc.queryForList("select slug as name, date_edtf, date_earliest, date_latest "
				+ "from entry where date_edtf is not null union all select relation_key, date_edtf, date_earliest, "
				+ "date_latest from relation where date_edtf is not null");
		assertThat(rows).isNotEmpty().allSatisfy(row -> {
			HistoricalDate date = HistoricalDate.parse((String) row.get("date_edtf"));
			assertThat(toLocalDate(row.get("date_earliest"))).as("earliest of %s", row.get("name")).isEqualTo(date.earliest());
			assertThat(toLocalDate(row.get("date_latest"))).as("latest of %s", row.get("name")).isEqualTo(date.latest());
		});
		assertThat(jdbc.queryForList("select issued from source where issued is not null", String.class))
			.allSatisfy(issued -> assertThat(HistoricalDate.isValid(issued)).as(issued).isTrue());
	}

	@Test
	void relationsJoinTheKindsOfEntryTheirKindAllows() {
		List<Map<String, Object>> rows = jdbc.queryForList("select r.relation_key, r.kind, s.kind as subject_kind, "
				+ "o.kind as object_kind from relation r join entry s on s.id = r.subject_id join entry o on o.id = r.object_id");
		assertThat(rows).allSatisfy(row -> assertThat(RelationKind.valueOf((String) row.get("kind"))
			.allows(EntryKind.valueOf((String) row.get("subject_kind")), EntryKind.valueOf((String) row.get("object_kind"))))
			.as("%s", row.get("relation_key"))
			.isTrue());
	}

	@Test
	void theFiveDisagreementsOfTheCorroborationNotesAreShown() {
		List<String> disputed = jdbc.queryForList("select s.statement_key from editorial_note n join statement s "
				+ "on s.id = n.statement_id where n.kind = 'DISAGREEMENT'", String.class);
		assertThat(disputed).contains("prats-steps-down", "ferrada-noli-imprisoned", "jcr-named", "mir-founded",
				"mir-today");
	}

	@Test
	void theArticleCarriesItsBibliographicRecord() {
		Map<String, Object> article = jdbc
			.queryForMap("select * from source where slug = 'chiles-mir-the-revolutionary-left-movement'");
		assertThat(article).containsEntry("TITLE", "Chile's MIR: The Revolutionary Left Movement")
			.containsEntry("SUBTITLE", "Urban Guerrillas Declare War on the Pinochet Dictatorship")
			.containsEntry("AUTHOR", "Christopher Minster")
			.containsEntry("PUBLISHER", "About.com")
			.containsEntry("ISSUED", "2014");
		assertThat(jdbc.queryForList("select n.kind from source_note n join source s on s.id = n.source_id "
				+ "where s.id = ?", String.class, article.get("ID")))
			.contains("AUTHOR", "PART", "REPUBLISHED", "IMAGE", "RIGHTS");
	}

	private static LocalDate toLocalDate(Object value) {
		return value == null ? null : ((java.sql.Date) value).toLocalDate();
	}

	/** As check-quotes compares: case, white space, kinds of quote and dash do not count. */
	public static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC)
			.replace('\u2019', '\'')
			.replace('\u2018', '\'')
			.replace('\u201c', '"')
			.replace('\u201d', '"')
			.replaceAll("[\u2010-\u2015\u2212]", "-")
			.replaceAll("\\s+", " ")
			.strip()
			.toLowerCase();
	}

}
