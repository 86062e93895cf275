package org.mirarchive.seed;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveDatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive's own prose writes a name as the entry's headword. Where a source spells the name
 * otherwise only in its accents ("Ché Guevara" for Che Guevara, "Miguel Enriquez" for Miguel
 * Enríquez), the source's spelling is kept as a cited name and in its quotations, and an editorial
 * note may discuss it, but the archive's summaries and statements, in every language, use the
 * headword's.
 */
@ArchiveDatabaseTest
class HeadwordSpellingTest {

	/** The archive's prose, in every language, with the entry or work it belongs to. */
	private static final String PROSE = """
			select e.slug as owner, e.summary as text from entry e
			union all select e.slug, x.summary from entry_translation x join entry e on e.id = x.entry_id
			union all select e.slug, s.text from statement s join entry e on e.id = s.entry_id
			union all select e.slug, x.text from statement_translation x join statement s on s.id = x.statement_id
			  join entry e on e.id = s.entry_id
			union all select s.slug, s.summary from source s
			union all select s.slug, x.summary from source_translation x join source s on s.id = x.source_id
			""";

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theArchivesProseSpellsANameAsItsHeadword() {
		List<Map<String, Object>> respelled = jdbc.queryForList("""
				select e.name as headword, n.name as variant from entry_name n join entry e on e.id = n.entry_id
				 where n.name <> e.name""").stream()
			.filter(row -> folded((String) row.get("headword")).equals(folded((String) row.get("variant"))))
			.toList();
		assertThat(respelled).as("names a source spells otherwise only in accents").isNotEmpty();

		List<String> problems = new ArrayList<>();
		List<Map<String, Object>> prose = jdbc.queryForList(PROSE);
		for (Map<String, Object> name : respelled) {
			Pattern variant = Pattern.compile("(?<![\\p{L}])" + Pattern.quote((String) name.get("variant")) + "(?![\\p{L}])");
			prose.stream()
				.filter(row -> variant.matcher((String) row.get("text")).find())
				.forEach(row -> problems.add(row.get("owner") + ": \"" + name.get("variant") + "\" for \""
						+ name.get("headword") + "\" in: " + row.get("text")));
		}
		assertThat(problems).as("the archive's prose spelling a name as a source does, not as its headword").isEmpty();
	}

	private static String folded(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

}
