package org.mirarchive.search;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.mirarchive.Curator;
import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.NameKind;
import org.mirarchive.model.Paging;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index follows every change made through JPA, with nothing to call: a change committed in
 * a transaction is found by the next search. (On the edited archive, since it changes the seed.)
 */
@EditedArchiveWebTest
class SearchFollowsChangesTest {

	@Autowired
	private ArchiveSearch search;

	@Autowired
	private Curator curator;

	@Test
	void anEntryChangedThroughJpaIsFoundByItsNewWords() {
		assertThat(found("Valparaíso")).isEmpty();

		curator.addToSummary(EntryKind.PLACE, "santiago", " Not Valparaíso.");

		assertThat(found("Valparaiso")).containsExactly("/places/santiago");
	}

	@Test
	void aNameAddedThroughJpaFindsItsEntryAndStopsWhenRemoved() {
		assertThat(found("Chicho")).isEmpty();

		Long id = curator.addName(EntryKind.PERSON, "salvador-allende", "allende-chicho-test", NameKind.NICKNAME,
				"Chicho");

		assertThat(found("Chicho")).containsExactly("/people/salvador-allende");
		assertThat(found("chicho allende")).first().isEqualTo("/people/salvador-allende");

		curator.removeName(id);

		assertThat(found("Chicho")).isEmpty();
		assertThat(found("Salvador Allende")).first().isEqualTo("/people/salvador-allende");
	}

	@Test
	void aSpanishTranslationIsFoundByItsWordsInSpanishFormsAndStopsWhenWithdrawn() {
		assertThat(found("callejuela")).isEmpty();

		curator.translateStatement(EntryKind.PLACE, "santiago", 1, "es", "Una prueba: las callejuelas de Santiago.");

		// Found by the singular and without the accent a Spanish reader may leave out.
		assertThat(found("callejuela")).containsExactly("/places/santiago");

		curator.withdrawStatementTranslation(EntryKind.PLACE, "santiago", 1, "es");

		assertThat(found("callejuela")).isEmpty();
	}

	@Test
	void anEntryTranslatedIsFoundByItsSpanishHeadwordAndSummary() {
		assertThat(found("altiplánico")).isEmpty();

		curator.translateEntry(EntryKind.PLACE, "bolivia", "es", "Estado Plurinacional de Bolivia", "Un país altiplánico.");

		assertThat(found("altiplanicos")).containsExactly("/places/bolivia");
		assertThat(found("Plurinacional")).containsExactly("/places/bolivia");
	}

	private List<String> found(String typed) {
		Paging first = new Paging(1, ArchiveSearch.RESULTS_A_PAGE);
		return search.find(QueryWords.of(typed), null, first, Locale.ENGLISH).hits().lines().stream().map(Hit::url).toList();
	}

}
