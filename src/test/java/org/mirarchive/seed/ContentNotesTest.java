package org.mirarchive.seed;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveDatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content note follows the editorial rule both ways: an entry whose page describes
 * detention, torture, disappearance or killing carries it, and no other entry does.
 */
@ArchiveDatabaseTest
class ContentNotesTest {

	/** The words by which an entry's text describes what the note warns of. */
	private static final Pattern VIOLENCE = Pattern.compile("\\b(tortur\\w*|disappear\\w*|killed|killings?|suicide|"
			+ "detain\\w*|detention|imprison\\w*|concentration camps?|rounded up|died|murder\\w*|executed)\\b",
			Pattern.CASE_INSENSITIVE);

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anEntryCarriesTheNoteExactlyWhenItDescribesViolence() {
		Map<String, String> text = jdbc
			.queryForList("select e.slug, e.summary as text from entry e "
					+ "union all select e.slug, s.text from statement s join entry e on e.id = s.entry_id "
					+ "union all select e.slug, n.text from editorial_note n join entry e on e.id = n.entry_id")
			.stream()
			.collect(Collectors.groupingBy(row -> (String) row.get("slug"),
					Collectors.mapping(row -> (String) row.get("text"), Collectors.joining(" "))));
		List<String> noted = jdbc.queryForList("select slug from entry where content_note", String.class);
		List<String> describing = text.entrySet()
			.stream()
			.filter(entry -> VIOLENCE.matcher(entry.getValue()).find())
			.map(Map.Entry::getKey)
			.toList();
		assertThat(noted).as("entries with a content note").containsExactlyInAnyOrderElementsOf(describing);
		assertThat(noted).contains("repression-of-the-mir", "bautista-van-schouwen", "death-of-miguel-enriquez",
				"mass-arrests-after-the-coup", "santiago").doesNotContain("dina", "founding-of-the-mir");
	}

}
