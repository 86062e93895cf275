package org.mirarchive.seed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveDatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the archive's Spanish must be beyond being there ({@link TranslationCoverageTest} checks
 * every text has it): never the English copied over, and a Spanish headword always one of the
 * entry's cited names, never a form the archive made up.
 */
@ArchiveDatabaseTest
public class SpanishTextsTest {

	private static final String SPANISH = "es";

	@Autowired
	private JdbcTemplate jdbc;

	/** A text copied over untranslated would pass the coverage checks: no Spanish text is its English. */
	@Test
	void noSpanishTextIsTheEnglishCopied() {
		assertThat(jdbc.queryForList("select e.slug from entry e join entry_translation x on x.entry_id = e.id "
				+ "where x.summary = e.summary union all "
				+ "select s.statement_key from statement s join statement_translation x on x.statement_id = s.id "
				+ "where x.text = s.text union all "
				+ "select n.note_key from editorial_note n join editorial_note_translation x on x.note_id = n.id "
				+ "where x.text = n.text union all "
				+ "select r.relation_key from relation r join relation_translation x on x.relation_id = r.id "
				+ "where x.role = r.role or x.inverse_role = r.inverse_role union all "
				+ "select s.slug from source s join source_translation x on x.source_id = s.id "
				+ "where x.summary = s.summary or x.author = s.author or x.container = s.container "
				+ "or x.place = s.place union all "
				+ "select c.locator from citation c join citation_translation x on x.citation_id = c.id "
				+ "where x.locator = c.locator union all "
				+ "select n.text from source_note n join source_note_translation x on x.source_note_id = n.id "
				+ "where x.text = n.text union all "
				+ "select q.quote_key from quotation q join quotation_translation x on x.quotation_id = q.id "
				+ "where x.text = q.text", String.class))
			.isEmpty();
	}

	/**
	 * A Spanish headword that is a name is a cited Spanish name of its entry: one a work gives, or
	 * the archive's translation of the name the article uses, cited to the passage in which that name
	 * stands and labelled as the archive's (see below). A headword may capitalise the name's first
	 * letter, as "Reforma agraria" does "reforma agraria", and is sorted by a key of its own. A
	 * headword the archive coined is its own title, translated like a summary (see below).
	 */
	@Test
	void everySpanishHeadwordIsACitedSpanishNameOfItsEntry() {
		List<Map<String, Object>> headwords = jdbc.queryForList("select e.slug, x.name, x.sort_key "
				+ "from entry_translation x join entry e on e.id = x.entry_id where x.language = ? "
				+ "and x.name is not null and not e.headword_coined", SPANISH);
		assertThat(headwords).isNotEmpty().allSatisfy(headword -> {
			assertThat(jdbc.queryForObject("select count(*) from entry_name n join entry e on e.id = n.entry_id "
					+ "where e.slug = ? and lower(n.name) = lower(?) and n.lang = ? "
					+ "and exists (select 1 from citation c where c.name_id = n.id)", Long.class,
					headword.get("SLUG"), headword.get("NAME"), SPANISH))
				.as("%s: \"%s\" as a cited Spanish name of the entry", headword.get("SLUG"), headword.get("NAME"))
				.isPositive();
			assertThat((String) headword.get("SORT_KEY")).as("sort key of %s", headword.get("NAME")).isNotBlank();
		});
		assertThat(jdbc.queryForList("select e.slug from entry_translation x join entry e on e.id = x.entry_id "
				+ "where x.name is null and x.sort_key is not null", String.class))
			.as("sort keys without a headword")
			.isEmpty();
	}

	/**
	 * The archive's translation of a name ("Estados Unidos", {@code ARCHIVE_TRANSLATION}), made
	 * where no work gives the name in Spanish, translates the name the article uses: it is cited to
	 * the article's passage, with its quotation, in which the entry's English headword or another of
	 * its English names stands, and to nothing else (a work's own form is another kind of name).
	 */
	@Test
	void everyArchiveTranslationOfANameIsCitedToThePassageWithTheNameItTranslates() {
		List<Map<String, Object>> names = jdbc.queryForList("select n.id, n.name, n.lang, e.id as entry_id, e.name as headword "
				+ "from entry_name n join entry e on e.id = n.entry_id where n.kind = 'ARCHIVE_TRANSLATION'");
		assertThat(names).extracting(name -> name.get("NAME"))
			.contains("Estados Unidos", "Brasil", "Sudamérica", "Cono Sur", "cordillera de los Andes");
		assertThat(names).allSatisfy(name -> {
			assertThat(name.get("LANG")).as("language of %s", name.get("NAME")).isEqualTo(SPANISH);
			List<String> english = new java.util.ArrayList<>(jdbc.queryForList(
					"select name from entry_name where entry_id = ? and lang = 'en'", String.class, name.get("ENTRY_ID")));
			english.add((String) name.get("HEADWORD"));
			List<String> passages = jdbc.queryForList("select q.text from citation c left join quotation q "
					+ "on q.id = c.quotation_id where c.name_id = ?", String.class, name.get("ID"));
			assertThat(passages).as("passages cited for %s", name.get("NAME"))
				.isNotEmpty()
				.allSatisfy(passage -> assertThat(passage).as("a quotation naming what %s translates", name.get("NAME"))
					.isNotNull()
					.satisfies(text -> assertThat(english).anyMatch(form -> text.contains(form))));
		});
	}

	/**
	 * Under Spanish no entry is headed by an English name: every entry that is not a person and
	 * whose headword is a name has a Spanish headword, except those whose name Spanish writes the
	 * same way.
	 */
	@Test
	void everyNameSpanishWritesOtherwiseHasItsSpanishHeadword() {
		assertThat(jdbc.queryForList("select e.slug from entry e where e.kind <> 'PERSON' and not e.headword_coined "
				+ "and not exists (select 1 from entry_translation x where x.entry_id = e.id and x.language = ? "
				+ "and x.name is not null)", String.class, SPANISH))
			.containsExactlyInAnyOrder("mir", "dina", "eln", "erp", "tupamaros", "argentina", "bolivia", "buenos-aires",
					"chile", "cuba", "presidential-palace", "santiago", "uruguay");
	}

	/**
	 * A headword the archive coined ("Founding of the MIR", "Trade unions") is not a name any work
	 * gives: each has its Spanish title, with a sort key, so a Spanish reader never meets it in
	 * English. Every event's headword is either coined or a cited name (the coup's).
	 */
	@Test
	void everyCoinedHeadwordHasItsSpanishTitle() {
		assertThat(jdbc.queryForList("select e.slug from entry e where e.headword_coined and not exists (select 1 "
				+ "from entry_translation x where x.entry_id = e.id and x.language = ? and x.name is not null "
				+ "and x.sort_key is not null)", String.class, SPANISH))
			.isEmpty();
		assertThat(jdbc.queryForList("select e.slug from entry e where e.kind = 'EVENT' and not e.headword_coined "
				+ "and not exists (select 1 from entry_name n join citation c on c.name_id = n.id "
				+ "where n.entry_id = e.id and n.lang = ?)", String.class, SPANISH))
			.as("events whose headword is neither coined nor a cited Spanish name")
			.isEmpty();
	}

}
