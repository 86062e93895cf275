package org.mirarchive.curation;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.mirarchive.curation.DraftMerge.Conflict;
import org.mirarchive.curation.EntryDraft.CitationDraft;
import org.mirarchive.curation.EntryDraft.CoordinatesDraft;
import org.mirarchive.curation.EntryDraft.DateDraft;
import org.mirarchive.curation.EntryDraft.NoteDraft;
import org.mirarchive.curation.EntryDraft.RelationDraft;
import org.mirarchive.curation.EntryDraft.StatementDraft;
import org.mirarchive.entry.EntryKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DraftMergeTest {

	static final CitationDraft BOOK = new CitationDraft("dinges-the-condor-years", "p. 45", null);

	static final CitationDraft REPORT = new CitationDraft("rettig-report", "vol. 1, p. 200", null);

	static final String FOUNDED = "She was among the student founders of the MIR in 1965.";

	static final String STUDIED = "She studied medicine in Concepción.";

	/** The editor's person of the issue, as published: two statements, a dated life, a relation to the MIR. */
	static EntryDraft base() {
		return new EntryDraft(EntryKind.PERSON, "ana-gonzalez", "Ana González", null, "A founding member of the MIR.",
				null, new DateDraft("1944/1974", List.of(BOOK)), List.of(),
				List.of(new StatementDraft(1L, FOUNDED, null, List.of(BOOK)),
						new StatementDraft(2L, STUDIED, null, List.of(BOOK))),
				List.of(new RelationDraft(3L, "MEMBER_OF", true, "/organizations/mir", null, null, "1965", List.of(BOOK))));
	}

	static EntryDraft withDate(EntryDraft draft, String edtf) {
		return new EntryDraft(draft.kind(), draft.slug(), draft.name(), draft.nameEs(), draft.summary(),
				draft.summaryEs(), new DateDraft(edtf, draft.date().citations()), draft.names(), draft.statements(),
				draft.relations());
	}

	static EntryDraft withStatements(EntryDraft draft, List<StatementDraft> statements) {
		return new EntryDraft(draft.kind(), draft.slug(), draft.name(), draft.nameEs(), draft.summary(),
				draft.summaryEs(), draft.date(), draft.names(), statements, draft.relations());
	}

	/** The draft with its statement of this id rewritten (or removed, for null text). */
	static EntryDraft withStatement(EntryDraft draft, long id, String text) {
		List<StatementDraft> statements = new ArrayList<>();
		for (StatementDraft statement : draft.statements()) {
			if (statement.id() != id) {
				statements.add(statement);
			}
			else if (text != null) {
				statements.add(new StatementDraft(id, text, statement.textEs(), statement.citations()));
			}
		}
		return withStatements(draft, statements);
	}

	static EntryDraft adding(EntryDraft draft, StatementDraft statement) {
		List<StatementDraft> statements = new ArrayList<>(draft.statements());
		statements.add(statement);
		return withStatements(draft, statements);
	}

	@Test
	void theEditorChangesAStatementWhileTheReviewerChangesTheDate() {
		EntryDraft mine = withStatement(base(), 1L, "She was among the student groups' founders of the MIR in 1965.");
		EntryDraft theirs = withDate(base(), "1944-03-27/1974");
		DraftMerge merge = DraftMerge.of(base(), mine, theirs);
		assertThat(merge.isClean()).isTrue();
		assertThat(merge.merged().statements().get(0).text())
			.isEqualTo("She was among the student groups' founders of the MIR in 1965.");
		assertThat(merge.merged().date().edtf()).isEqualTo("1944-03-27/1974");
		assertThat(merge.merged()).isEqualTo(withDate(mine, "1944-03-27/1974"));
	}

	@Test
	void bothChangeTheSameSentence() {
		EntryDraft mine = withStatement(base(), 1L, "She was one of the student founders of the MIR in 1965.");
		EntryDraft theirs = withStatement(base(), 1L, "She was among the founders of the MIR in Santiago in 1965.");
		DraftMerge merge = DraftMerge.of(base(), mine, theirs);
		assertThat(merge.conflicts()).extracting(Conflict::field, Conflict::label, Conflict::base, Conflict::mine,
				Conflict::theirs)
			.containsExactly(tuple("statements[0].text", "rules.field.statementText", FOUNDED,
					"She was one of the student founders of the MIR in 1965.",
					"She was among the founders of the MIR in Santiago in 1965."));
		assertThat(merge.merged()).as("the curator's text is kept in the form").isEqualTo(mine);
	}

	@Test
	void bothMakingTheSameChangeIsNoConflict() {
		EntryDraft both = withStatement(withDate(base(), "1944/1975"), 2L, "She studied medicine.");
		DraftMerge merge = DraftMerge.of(base(), both, both);
		assertThat(merge.isClean()).isTrue();
		assertThat(merge.merged()).isEqualTo(both);
	}

	@Test
	void citationsChangedDifferentlyAreOneConflict() {
		EntryDraft mine = withStatements(base(), List.of(new StatementDraft(1L, FOUNDED, null, List.of(BOOK, REPORT)),
				base().statements().get(1)));
		EntryDraft theirs = withStatements(base(), List.of(new StatementDraft(1L, FOUNDED, null, List.of(REPORT)),
				base().statements().get(1)));
		DraftMerge merge = DraftMerge.of(base(), mine, theirs);
		assertThat(merge.conflicts()).extracting(Conflict::field, Conflict::base, Conflict::mine, Conflict::theirs)
			.containsExactly(tuple("statements[0].citations", "dinges-the-condor-years, p. 45",
					"dinges-the-condor-years, p. 45\nrettig-report, vol. 1, p. 200", "rettig-report, vol. 1, p. 200"));
		assertThat(merge.merged().statements().get(0).citations()).containsExactly(BOOK, REPORT);
	}

	@Test
	void statementsAddedOnEitherSideAreAllKept() {
		StatementDraft mineNew = new StatementDraft(null, "She went into exile in 1975.", null, List.of(REPORT));
		StatementDraft theirsNew = new StatementDraft(7L, "She was arrested in 1974.", null, List.of(REPORT));
		EntryDraft mine = adding(base(), mineNew);
		EntryDraft theirs = withStatements(base(),
				List.of(base().statements().get(0), theirsNew, base().statements().get(1)));
		DraftMerge merge = DraftMerge.of(base(), mine, theirs);
		assertThat(merge.isClean()).isTrue();
		assertThat(merge.merged().statements()).extracting(StatementDraft::id, StatementDraft::text)
			.containsExactly(tuple(1L, FOUNDED), tuple(7L, "She was arrested in 1974."), tuple(2L, STUDIED),
					tuple(null, "She went into exile in 1975."));
	}

	@Test
	void aStatementRemovedOnOneSideAndUnchangedOnTheOtherIsRemoved() {
		assertThat(DraftMerge.of(base(), withStatement(base(), 2L, null), withDate(base(), "1944/1975")).merged())
			.isEqualTo(withDate(withStatement(base(), 2L, null), "1944/1975"));
		DraftMerge theirsRemoved = DraftMerge.of(base(), withDate(base(), "1944/1975"), withStatement(base(), 2L, null));
		assertThat(theirsRemoved.isClean()).isTrue();
		assertThat(theirsRemoved.merged().statements()).extracting(StatementDraft::id).containsExactly(1L);
	}

	@Test
	void aStatementRemovedOnOneSideAndChangedOnTheOtherIsAConflictThatKeepsTheCuratorsSide() {
		DraftMerge mineRemoved = DraftMerge.of(base(), withStatement(base(), 2L, null),
				withStatement(base(), 2L, "She studied medicine in Concepción and Santiago."));
		assertThat(mineRemoved.conflicts()).extracting(Conflict::field, Conflict::base, Conflict::mine, Conflict::theirs)
			.containsExactly(tuple("statements[1]", STUDIED, null, "She studied medicine in Concepción and Santiago."));
		assertThat(mineRemoved.merged().statements()).extracting(StatementDraft::id).containsExactly(1L);

		DraftMerge theirsRemoved = DraftMerge.of(base(), withStatement(base(), 2L, "She studied medicine."),
				withStatement(base(), 2L, null));
		assertThat(theirsRemoved.conflicts()).extracting(Conflict::field, Conflict::base, Conflict::mine,
				Conflict::theirs)
			.containsExactly(tuple("statements[1]", STUDIED, "She studied medicine.", null));
		assertThat(theirsRemoved.merged().statements()).extracting(StatementDraft::text)
			.containsExactly(FOUNDED, "She studied medicine.");
	}

	@Test
	void relationFieldsMergeOneByOne() {
		RelationDraft relation = base().relations().get(0);
		EntryDraft mine = new EntryDraft(base().kind(), base().slug(), base().name(), null, base().summary(), null,
				base().date(), List.of(), base().statements(), List.of(new RelationDraft(3L, "MEMBER_OF", true,
						"/organizations/mir", "militant", null, relation.edtf(), relation.citations())));
		EntryDraft theirs = new EntryDraft(base().kind(), base().slug(), base().name(), null, base().summary(), null,
				base().date(), List.of(), base().statements(), List.of(new RelationDraft(3L, "MEMBER_OF", true,
						"/organizations/mir", null, null, "1965/1974", relation.citations())));
		DraftMerge merge = DraftMerge.of(base(), mine, theirs);
		assertThat(merge.isClean()).isTrue();
		assertThat(merge.merged().relations()).extracting(RelationDraft::role, RelationDraft::edtf)
			.containsExactly(tuple("militant", "1965/1974"));
	}

	@Test
	void anEmptyFieldIsAMissingOne() {
		EntryDraft mine = new EntryDraft(base().kind(), base().slug(), base().name(), "", base().summary(), " ",
				base().date(), base().names(), base().statements(), base().relations());
		EntryDraft theirs = new EntryDraft(base().kind(), base().slug(), base().name(), null, base().summary(),
				"Una fundadora del MIR.", base().date(), base().names(), base().statements(), base().relations());
		DraftMerge merge = DraftMerge.of(base(), mine, theirs);
		assertThat(merge.isClean()).isTrue();
		assertThat(merge.merged().summaryEs()).isEqualTo("Una fundadora del MIR.");
	}

	@Test
	void theHeadwordChangedOnBothSidesIsAConflict() {
		EntryDraft mine = new EntryDraft(base().kind(), base().slug(), "Ana María González", null, base().summary(),
				null, base().date(), base().names(), base().statements(), base().relations());
		EntryDraft theirs = new EntryDraft(base().kind(), base().slug(), "Ana Gonzales", null, base().summary(), null,
				base().date(), base().names(), base().statements(), base().relations());
		assertThat(DraftMerge.of(base(), mine, theirs).conflicts()).extracting(Conflict::field, Conflict::mine,
				Conflict::theirs)
			.containsExactly(tuple("name", "Ana María González", "Ana Gonzales"));
	}

	/** The draft with these notes beside its first statement, and the content note as given. */
	static EntryDraft noted(EntryDraft draft, List<NoteDraft> notes, boolean contentNote) {
		List<StatementDraft> statements = new ArrayList<>();
		for (StatementDraft statement : draft.statements()) {
			statements.add(statement.id() == 1L ? new StatementDraft(1L, statement.text(), statement.textEs(),
					statement.citations(), notes) : statement);
		}
		return new EntryDraft(draft.kind(), draft.slug(), draft.name(), draft.nameEs(), draft.summary(),
				draft.summaryEs(), draft.date(), draft.names(), statements, draft.relations(), contentNote);
	}

	static final NoteDraft NOTE = new NoteDraft(9L, "DISAGREEMENT",
			"Spanish Wikipedia, “Movimiento de Izquierda Revolucionaria (Chile)”, places the founding in Concepción.",
			null, List.of(BOOK));

	@Test
	void notesMergeLikeOtherFields() {
		EntryDraft base = noted(base(), List.of(NOTE), false);
		NoteDraft translated = new NoteDraft(9L, NOTE.kind(), NOTE.text(), "Traducción.", NOTE.citations());
		NoteDraft added = new NoteDraft(null, "PRECISION", "The Condor Years adds a date.", null, List.of(REPORT));
		// One curator translates the note, the other adds one and sets the content note: both kept.
		DraftMerge merge = DraftMerge.of(base, noted(base(), List.of(translated), false),
				noted(withStatement(base(), 2L, STUDIED), List.of(NOTE, added), true));
		assertThat(merge.isClean()).isTrue();
		assertThat(merge.merged().statements().get(0).notes()).containsExactly(translated, added);
		assertThat(merge.merged().contentNote()).isTrue();

		// Both reword the same note: a conflict, the curator's text kept.
		NoteDraft mine = new NoteDraft(9L, NOTE.kind(), NOTE.text() + " Mine.", null, NOTE.citations());
		NoteDraft theirs = new NoteDraft(9L, NOTE.kind(), NOTE.text() + " Theirs.", null, NOTE.citations());
		DraftMerge both = DraftMerge.of(base, noted(base(), List.of(mine), false), noted(base(), List.of(theirs), false));
		assertThat(both.conflicts()).extracting(Conflict::field, Conflict::label, Conflict::mine, Conflict::theirs)
			.containsExactly(tuple("statements[0].notes[0].text", "rules.field.noteText", mine.text(), theirs.text()));
		assertThat(both.merged().statements().get(0).notes()).containsExactly(mine);
	}

	@Test
	void aDraftMadeWithoutNotesKeepsTheNotesTheOtherSideChanged() {
		EntryDraft base = noted(base(), List.of(NOTE), false);
		NoteDraft translated = new NoteDraft(9L, NOTE.kind(), NOTE.text(), "Traducción.", NOTE.citations());
		// The write API's draft says nothing of notes; a curator meanwhile translated one and set the content note.
		DraftMerge merge = DraftMerge.of(base, withDate(base(), "1944/1975"), noted(base(), List.of(translated), true));
		assertThat(merge.isClean()).isTrue();
		assertThat(merge.merged().statements().get(0).notes()).containsExactly(translated);
		assertThat(merge.merged().contentNote()).isTrue();
		assertThat(merge.merged().date().edtf()).isEqualTo("1944/1975");
	}

	@Test
	void aPointMovedOnOneSideIsTakenAndMovedDifferentlyOnBothIsOneConflictInDegrees() {
		EntryDraft place = base().withCoordinates(new CoordinatesDraft(3L, "-33.4375", "-70.65", "CITY", List.of(BOOK), List.of()));
		EntryDraft theirs = place.withCoordinates(new CoordinatesDraft(3L, "-33.45", "-70.65", "CITY", List.of(BOOK), List.of()));
		EntryDraft unsaid = place.withCoordinates(null);

		DraftMerge kept = DraftMerge.of(place, unsaid, theirs);
		assertThat(kept.isClean()).isTrue();
		assertThat(kept.merged().coordinates()).isEqualTo(theirs.coordinates());

		EntryDraft mine = place.withCoordinates(new CoordinatesDraft(3L, "-33.4400", "-70.65", "CITY", List.of(BOOK), List.of()));
		DraftMerge both = DraftMerge.of(place, mine, theirs);
		assertThat(both.conflicts()).extracting(Conflict::field, Conflict::base, Conflict::mine, Conflict::theirs)
			.containsExactly(tuple("coordinates", "33.4375° S, 70.65° W", "33.44° S, 70.65° W", "33.45° S, 70.65° W"));
		assertThat(both.merged().coordinates().latitude()).isEqualTo("-33.44");
	}

}
