package org.mirarchive.history;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.curation.WorkDraft;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceTranslation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cited work is read as a revision left it, with its translations (an embeddable Envers must
 * make without arguments), the fields it declares unknown and its notes: the seed's article as the
 * archive's first revision holds it. No test changes that article's Spanish.
 */
@EditedArchiveWebTest
class WorkRevisionsTest {

	private static final String ARTICLE = "chiles-mir-the-revolutionary-left-movement";

	@Autowired
	private WorkRevisions revisions;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aWorkIsReadAsTheSeedsRevisionLeftItWithItsTranslations() {
		long id = jdbc.queryForObject("select id from source where slug = ?", Long.class, ARTICLE);
		String spanish = jdbc.queryForObject(
				"select summary from source_translation where source_id = ? and language = 'es'", String.class, id);
		assertThat(spanish).isNotBlank();

		SourceTranslation read = transaction.execute(status -> {
			Source then = revisions.at(id, 1).orElseThrow();
			assertThat(then.getSlug()).isEqualTo(ARTICLE);
			return then.getTranslations().get("es");
		});
		assertThat(read.summary()).isEqualTo(spanish);
		assertThat(read).isEqualTo(new SourceTranslation(spanish, read.author(), read.container(), read.place()));

		WorkDraft draft = revisions.draftAtRevision(id, 1).orElseThrow();
		assertThat(draft.summaryEs()).isEqualTo(spanish);
		assertThat(draft.notes()).hasSize(jdbc.queryForObject("select count(*) from source_note where source_id = ?",
				Integer.class, id));
		assertThat(revisions.of(id)).isNotEmpty().last().satisfies(first -> assertThat(first.number()).isEqualTo(1));
	}

}
