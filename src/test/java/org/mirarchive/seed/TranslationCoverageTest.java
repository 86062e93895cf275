package org.mirarchive.seed;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveDatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the archive's own exists in each language the archive offers besides English
 * (docs/data-model.md, "Content in more than one language"): each entry's summary, statement,
 * editorial note, relation role, work's summary and record note, supplied section heading and
 * quotation has its translation row ({@link SpanishTextsTest} holds what a headword in Spanish
 * must be). Each test names what lacks its translation. A further language is a further value
 * below, once its rows are written.
 */
@ArchiveDatabaseTest
public class TranslationCoverageTest {

	@Autowired
	private JdbcTemplate jdbc;

	/** What a query finds lacking, the language given for each of its parameters. */
	private List<String> missing(String sql, String language) {
		Object[] languages = sql.chars().filter(c -> c == '?').mapToObj(c -> language).toArray();
		return jdbc.queryForList(sql, String.class, languages);
	}

	@ParameterizedTest
	@ValueSource(strings = "es")
	void everyEntryHasItsSummaryInTheLanguage(String language) {
		assertThat(missing("""
				select e.kind || '/' || e.slug from entry e where not exists (select 1 from entry_translation t
				where t.entry_id = e.id and t.language = ? and trim(t.summary) <> '') order by e.kind, e.position""",
				language)).as("entries without a summary in '%s'", language).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = "es")
	void everyStatementIsInTheLanguage(String language) {
		assertThat(missing("""
				select s.statement_key from statement s where not exists (select 1 from statement_translation t
				where t.statement_id = s.id and t.language = ? and trim(t.text) <> '') order by s.id""", language))
			.as("statements without a translation into '%s'", language)
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = "es")
	void everyEditorialNoteIsInTheLanguage(String language) {
		assertThat(missing("""
				select n.note_key from editorial_note n where not exists (select 1 from editorial_note_translation t
				where t.note_id = n.id and t.language = ? and trim(t.text) <> '') order by n.id""", language))
			.as("editorial notes without a translation into '%s'", language)
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = "es")
	void everyRoleOfARelationIsInTheLanguage(String language) {
		assertThat(missing("""
				select r.relation_key from relation r where (r.role is not null or r.inverse_role is not null)
				and not exists (select 1 from relation_translation t where t.relation_id = r.id and t.language = ?
				and (r.role is null or trim(t.role) <> '') and (r.inverse_role is null or trim(t.inverse_role) <> ''))
				order by r.id""", language))
			.as("relations whose roles are not all translated into '%s'", language)
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = "es")
	void everyWorksSummaryIsInTheLanguage(String language) {
		assertThat(missing("""
				select s.slug from source s where s.summary is not null and not exists (select 1 from source_translation t
				where t.source_id = s.id and t.language = ? and trim(t.summary) <> '') order by s.position""", language))
			.as("works whose summary is not translated into '%s'", language)
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = "es")
	void everyNoteOfAWorksRecordIsInTheLanguage(String language) {
		assertThat(missing("""
				select s.slug || ' ' || n.kind from source_note n join source s on s.id = n.source_id
				where not exists (select 1 from source_note_translation t where t.source_note_id = n.id
				and t.language = ? and trim(t.text) <> '') order by s.position, n.position""", language))
			.as("notes of works' records without a translation into '%s'", language)
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = "es")
	void everySuppliedSectionHeadingIsInTheLanguage(String language) {
		assertThat(missing("""
				select s.slug || ' section ' || x.section_no from source_section x join source s on s.id = x.source_id
				where x.supplied and not exists (select 1 from source_section_translation t where t.section_id = x.id
				and t.language = ? and trim(t.heading) <> '') order by s.position, x.section_no""", language))
			.as("headings the archive supplied, without a translation into '%s'", language)
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = "es")
	void everyQuotationHasTheArchivesRenderingInTheLanguage(String language) {
		assertThat(missing("""
				select q.quote_key from quotation q where not exists (select 1 from quotation_translation t
				where t.quotation_id = q.id and t.language = ? and trim(t.text) <> '') order by q.id""", language))
			.as("quotations without the archive's rendering in '%s'", language)
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = "es")
	void everyFreeLocatorIsInTheLanguage(String language) {
		assertThat(missing("""
				select s.slug || ' ' || c.locator from citation c join source s on s.id = c.source_id
				where c.locator is not null and not exists (select 1 from citation_translation t
				where t.citation_id = c.id and t.language = ? and trim(t.locator) <> '') order by c.id""", language))
			.as("citations whose free locator is not translated into '%s'", language)
			.isEmpty();
	}

	/**
	 * An author credited as a site's contributors ("Wikipedia contributors") is the archive's words,
	 * not a name, and reads in the reader's language ("Colaboradores de Wikipedia").
	 */
	@ParameterizedTest
	@ValueSource(strings = "es")
	void everyAuthorCreditedToContributorsIsInTheLanguage(String language) {
		assertThat(missing("""
				select s.slug from source s where lower(s.author) like '% contributors' and not exists (select 1
				from source_translation t where t.source_id = s.id and t.language = ? and trim(t.author) <> '')
				order by s.position""", language))
			.as("works whose corporate author is not in '%s'", language)
			.isEmpty();
	}

}
