package org.mirarchive.history;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.mirarchive.curation.EntryDraft;
import org.mirarchive.curation.EntryDraft.CitationDraft;
import org.mirarchive.curation.EntryDraft.NameDraft;
import org.mirarchive.curation.EntryDraft.StatementDraft;
import org.mirarchive.entry.EntryKind;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeSizeTest {

	private static final List<CitationDraft> CITED = List.of(new CitationDraft("chiles-mir", null, "A passage."));

	private static EntryDraft draft(String summary, List<StatementDraft> statements, List<NameDraft> names) {
		return new EntryDraft(EntryKind.PERSON, "someone", "Someone", null, summary, null, null, names, statements,
				List.of());
	}

	@Test
	void anEntryMadeAddsEveryClaimItHas() {
		EntryDraft made = draft("A summary.", List.of(new StatementDraft(1L, "One.", null, CITED)),
				List.of(new NameDraft(2L, "ACRONYM", "S", null, CITED)));

		assertThat(ChangeSize.between(null, made)).isEqualTo(new ChangeSize(4, 0, 0));
	}

	@Test
	void aStatementReworded_anotherAdded_andANameRemovedAreCountedApart() {
		EntryDraft before = draft("A summary.",
				List.of(new StatementDraft(1L, "One.", null, CITED), new StatementDraft(3L, "Two.", null, CITED)),
				List.of(new NameDraft(2L, "ACRONYM", "S", null, CITED)));
		EntryDraft after = draft("A summary.",
				List.of(new StatementDraft(1L, "One, reworded.", null, CITED), new StatementDraft(3L, "Two.", null, CITED),
						new StatementDraft(null, "Three.", null, CITED)),
				List.of());

		assertThat(ChangeSize.between(before, after)).isEqualTo(new ChangeSize(1, 1, 1));
	}

	@Test
	void aTranslationOrACitationChangedChangesItsClaim() {
		EntryDraft before = draft("A summary.", List.of(new StatementDraft(1L, "One.", null, CITED)), List.of());
		EntryDraft after = draft("A summary.",
				List.of(new StatementDraft(1L, "One.", "Uno.", List.of(new CitationDraft("other-work", "p. 3", null)))),
				List.of());

		assertThat(ChangeSize.between(before, after)).isEqualTo(new ChangeSize(0, 1, 0));
	}

	@Test
	void nothingChangedIsEmptyAndAnEntryRemovedRemovesAll() {
		EntryDraft same = draft("A summary.", List.of(new StatementDraft(1L, "One.", null, CITED)), List.of());

		assertThat(ChangeSize.between(same, same).isEmpty()).isTrue();
		assertThat(ChangeSize.between(same, null)).isEqualTo(new ChangeSize(0, 0, 3));
	}

}
