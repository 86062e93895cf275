package org.mirarchive.curation;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RevisionNoteTest {

	@Test
	void theNoteIsThereDuringTheWorkAndGoneAfter() {
		assertThat(RevisionNote.current()).isEmpty();

		RevisionNote.Note seen = RevisionNote.during("Corrected a date", 7L, () -> RevisionNote.current().orElseThrow());

		assertThat(seen).isEqualTo(new RevisionNote.Note(null, "Corrected a date", 7L));
		assertThat(RevisionNote.current()).isEmpty();
	}

	@Test
	void theNoteNamesTheAuthorWhereTheyAreNotTheCuratorLoggedIn() {
		RevisionNote.Note seen = RevisionNote.during("ana", "Adds a person", 9L, () -> RevisionNote.current().orElseThrow());

		assertThat(seen).isEqualTo(new RevisionNote.Note("ana", "Adds a person", 9L));
	}

	@Test
	void theNoteIsGoneAfterWorkThatFails() {
		assertThatIllegalStateException().isThrownBy(() -> RevisionNote.during("Fails", null, () -> {
			throw new IllegalStateException("refused");
		}));

		assertThat(RevisionNote.current()).isEmpty();
	}

	@Test
	void anInnerNoteGivesWayToTheOuterOneAfterIt() {
		String outerAfter = RevisionNote.during("outer", 1L, () -> {
			String inner = RevisionNote.during("inner", null, () -> RevisionNote.current().orElseThrow().summary());
			assertThat(inner).isEqualTo("inner");
			return RevisionNote.current().orElseThrow().summary();
		});

		assertThat(outerAfter).isEqualTo("outer");
	}

	@Test
	void theNoteBelongsToTheThreadThatDoesTheWork() {
		boolean seenElsewhere = RevisionNote.during("here", null,
				() -> CompletableFuture.supplyAsync(() -> RevisionNote.current().isPresent()).join());

		assertThat(seenElsewhere).isFalse();
	}

	@Test
	void aSummaryLongerThanARevisionKeepsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> RevisionNote.during("x".repeat(501), null, () -> 1));
	}

}
