package org.mirarchive.curation;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.mirarchive.curation.DraftDiff.Change;
import org.mirarchive.curation.DraftDiff.Segment;
import org.mirarchive.curation.DraftDiff.SegmentKind;
import org.mirarchive.curation.EntryDraft.CitationDraft;
import org.mirarchive.curation.EntryDraft.CoordinatesDraft;
import org.mirarchive.curation.EntryDraft.DateDraft;
import org.mirarchive.curation.EntryDraft.NameDraft;
import org.mirarchive.curation.EntryDraft.NoteDraft;
import org.mirarchive.curation.EntryDraft.RelationDraft;
import org.mirarchive.curation.EntryDraft.StatementDraft;
import org.mirarchive.entry.EntryKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DraftDiffTest {

	static final CitationDraft ARTICLE = new CitationDraft(HeldText.ARTICLE, null,
			"The most important leader was the charismatic Miguel Enríquez (1944-1974)");

	static final CitationDraft BOOK = new CitationDraft("dinges-the-condor-years", "p. 45", null);

	/** A published person: two statements, a name, a relation, each with its id. */
	static EntryDraft published() {
		return new EntryDraft(EntryKind.PERSON, "miguel-enriquez", "Miguel Enríquez", null,
				"A founder and leader of the MIR.", null, new DateDraft("1944/1974", List.of(ARTICLE)),
				List.of(new NameDraft(1L, "VARIANT", "Miguel Enriquez", null, List.of(ARTICLE))),
				List.of(new StatementDraft(10L, "He was the MIR's General Secretary until his death in 1974.", null,
						List.of(ARTICLE)), new StatementDraft(11L, "He was a doctor.", null, List.of(ARTICLE))),
				List.of(new RelationDraft(20L, "LEADER_OF", true, "/organizations/mir", "General Secretary", null,
						"/1974", List.of(ARTICLE))));
	}

	static EntryDraft with(EntryDraft draft, String summary, DateDraft date, List<StatementDraft> statements,
			List<RelationDraft> relations) {
		return new EntryDraft(draft.kind(), draft.slug(), draft.name(), draft.nameEs(), summary, draft.summaryEs(), date,
				draft.names(), statements, relations);
	}

	private static String before(List<Segment> segments) {
		return segments.stream().filter(s -> s.kind() != SegmentKind.ADDED).map(Segment::text).collect(Collectors.joining());
	}

	private static String after(List<Segment> segments) {
		return segments.stream().filter(s -> s.kind() != SegmentKind.REMOVED).map(Segment::text).collect(Collectors.joining());
	}

	@Test
	void theSameDraftHasNoChange() {
		DraftDiff diff = DraftDiff.between(published(), published());
		assertThat(diff.isEmpty()).isTrue();
		assertThat(diff.size()).isZero();
	}

	@Test
	void aChangedStatementIsShownWordByWord() {
		EntryDraft was = published();
		EntryDraft is = with(was, was.summary(), was.date(),
				List.of(new StatementDraft(10L, "He was the MIR's General Secretary until he was killed in 1974.", null,
						List.of(ARTICLE)), was.statements().get(1)),
				was.relations());
		DraftDiff diff = DraftDiff.between(was, is);
		assertThat(diff.changes()).extracting(Change::field, Change::label, Change::before, Change::after)
			.containsExactly(tuple("statements[0].text", "rules.field.statementText",
					"He was the MIR's General Secretary until his death in 1974.",
					"He was the MIR's General Secretary until he was killed in 1974."));
		assertThat(diff.changes().get(0).words()).containsExactly(
				new Segment(SegmentKind.UNCHANGED, "He was the MIR's General Secretary until "),
				new Segment(SegmentKind.REMOVED, "his death"), new Segment(SegmentKind.ADDED, "he was killed"),
				new Segment(SegmentKind.UNCHANGED, " in 1974."));
		assertThat(diff.size()).isEqualTo(1);
	}

	@Test
	void theWordsOfAChangeMakeBothTexts() {
		String was = "The MIR was founded in 1965 by a union of leftist student groups, primarily in Santiago.";
		String is = "The MIR, a union of student groups, was founded in Santiago in 1965 (other works differ).";
		List<Segment> words = DraftDiff.words(was, is);
		assertThat(before(words)).isEqualTo(was);
		assertThat(after(words)).isEqualTo(is);
		assertThat(words).extracting(Segment::kind).contains(SegmentKind.UNCHANGED, SegmentKind.REMOVED, SegmentKind.ADDED);
		assertThat(DraftDiff.words("", "New text.")).containsExactly(new Segment(SegmentKind.ADDED, "New text."));
		assertThat(DraftDiff.words("Old text.", "")).containsExactly(new Segment(SegmentKind.REMOVED, "Old text."));
	}

	@Test
	void statementsAreMatchedByIdSoThatNewOnesAreAddedAndMissingOnesRemoved() {
		EntryDraft was = published();
		EntryDraft is = with(was, was.summary(), was.date(), List.of(was.statements().get(0),
				new StatementDraft(null, "He studied medicine in Concepción.", null, List.of(BOOK))), was.relations());
		assertThat(DraftDiff.between(was, is).changes()).extracting(Change::field, Change::label, Change::before,
				Change::after)
			.containsExactly(tuple("statements[1]", "rules.field.statement", null, "He studied medicine in Concepción."),
					tuple("statements[1]", "rules.field.statement", "He was a doctor.", null));
	}

	@Test
	void aMovedStatementIsNotAChange() {
		EntryDraft was = published();
		EntryDraft is = with(was, was.summary(), was.date(),
				List.of(was.statements().get(1), was.statements().get(0)), was.relations());
		assertThat(DraftDiff.between(was, is).isEmpty()).isTrue();
	}

	@Test
	void otherFieldsAreShownBeforeAndAfterAndCitationsAsAList() {
		EntryDraft was = published();
		RelationDraft relation = was.relations().get(0);
		EntryDraft is = with(was, "A founder of the MIR and its leader.", new DateDraft("1944-03-27/1974-10-05",
				List.of(ARTICLE, BOOK)), was.statements(),
				List.of(new RelationDraft(20L, "LEADER_OF", true, "/organizations/mir", "General Secretary", null,
						"1967/1974", List.of(BOOK))));
		DraftDiff diff = DraftDiff.between(was, is);
		assertThat(diff.changes()).extracting(Change::field, Change::isText)
			.containsExactly(tuple("summary", true), tuple("date.edtf", false), tuple("date.citations", false),
					tuple("relations[0].edtf", false), tuple("relations[0].citations", false));
		assertThat(diff.changes().get(1)).extracting(Change::before, Change::after)
			.containsExactly("1944/1974", "1944-03-27/1974-10-05");
		assertThat(diff.changes().get(2).after()).isEqualTo(DraftDiff.render(ARTICLE) + "\n" + DraftDiff.render(BOOK));
		assertThat(diff.changes().get(4)).extracting(Change::before, Change::after)
			.containsExactly("chiles-mir-the-revolutionary-left-movement: \u201cThe most important leader was the "
					+ "charismatic Miguel Enríquez (1944-1974)\u201d", "dinges-the-condor-years, p. 45");
		assertThat(relation.edtf()).isEqualTo("/1974");
	}

	@Test
	void anEmptyFieldAndAMissingOneAreTheSame() {
		EntryDraft was = published();
		EntryDraft is = new EntryDraft(was.kind(), was.slug(), was.name(), " ", was.summary(), "", was.date(),
				was.names(), was.statements(), was.relations());
		assertThat(DraftDiff.between(was, is).isEmpty()).isTrue();
	}

	@Test
	void aNewEntryIsAllAdded() {
		EntryDraft empty = new EntryDraft(EntryKind.PERSON, null, null, null, null, null, null, null, null, null);
		DraftDiff diff = DraftDiff.between(empty, published());
		assertThat(diff.changes()).extracting(Change::field)
			.containsExactly("slug", "name", "summary", "date.edtf", "date.citations", "names[0]", "statements[0]",
					"statements[1]", "relations[0]");
		assertThat(diff.changes()).filteredOn(change -> change.field().equals("relations[0]"))
			.extracting(Change::after)
			.containsExactly("LEADER_OF \u2192 /organizations/mir (General Secretary), /1974");
	}

	/** The published person with notes beside its first statement and the content note as given. */
	static EntryDraft noted(List<NoteDraft> notes, boolean contentNote) {
		EntryDraft draft = published();
		StatementDraft first = draft.statements().get(0);
		return new EntryDraft(draft.kind(), draft.slug(), draft.name(), draft.nameEs(), draft.summary(),
				draft.summaryEs(), draft.date(), draft.names(),
				List.of(new StatementDraft(first.id(), first.text(), first.textEs(), first.citations(), notes),
						draft.statements().get(1)),
				draft.relations(), contentNote);
	}

	static final NoteDraft NOTE = new NoteDraft(30L, "DISAGREEMENT",
			"John Dinges, The Condor Years (2004), dates his death to 5 October 1974.", null, List.of(BOOK));

	@Test
	void anAddedChangedOrRemovedNoteIsShownUnderItsClaimAndSoIsTheContentNote() {
		EntryDraft was = noted(List.of(NOTE), false);
		NoteDraft added = new NoteDraft(null, "PRECISION", "The Condor Years (2004) gives his place of death.", null,
				List.of(BOOK));
		NoteDraft reworded = new NoteDraft(30L, "DISAGREEMENT",
				"John Dinges, The Condor Years (2004), dates his killing to 5 October 1974.", "Fecha.", List.of(BOOK));
		List<Change> changes = DraftDiff.between(was, noted(List.of(reworded, added), true)).changes();

		assertThat(changes).extracting(Change::field, Change::label, Change::before, Change::after)
			.containsExactly(
					tuple("statements[0].notes[0].text", "rules.field.noteText", NOTE.text(), reworded.text()),
					tuple("statements[0].notes[0].textEs", "rules.field.noteTextEs", null, "Fecha."),
					tuple("statements[0].notes[1]", "rules.field.note", null, "PRECISION: " + added.text()),
					tuple("contentNote", "rules.field.contentNote", "false", "true"));
		assertThat(changes.get(0).words()).extracting(Segment::kind, Segment::text)
			.contains(tuple(SegmentKind.REMOVED, "death"), tuple(SegmentKind.ADDED, "killing"));
		assertThat(DraftDiff.between(was, noted(List.of(), false)).changes())
			.extracting(Change::field, Change::before, Change::after)
			.containsExactly(tuple("statements[0].notes[0]", "DISAGREEMENT: " + NOTE.text(), null));
	}

	@Test
	void aDraftMadeWithoutNotesChangesNoNote() {
		// The write API's drafts say nothing of notes: they leave those published as they are.
		EntryDraft was = noted(List.of(NOTE), true);
		assertThat(DraftDiff.between(was, published()).isEmpty()).isTrue();
	}

	@Test
	void aPlacesPointMovedReadsInDegreesBeforeAndAfterAndAPointSaidNothingOfIsNoChange() {
		EntryDraft santiago = new EntryDraft(EntryKind.PLACE, "santiago", "Santiago", null, "The capital of Chile.", null,
				DateDraft.NONE, List.of(), List.of(new StatementDraft(1L, "Santiago is Chile's capital.", null, List.of(BOOK))),
				List.of(), false, List.of(),
				new CoordinatesDraft(5L, "-33.4375", "-70.65", "CITY", List.of(BOOK), List.of()));
		EntryDraft moved = santiago
			.withCoordinates(new CoordinatesDraft(5L, "-33.45", "-70.6667", "CITY", List.of(BOOK), List.of()));

		assertThat(DraftDiff.between(santiago, moved).changes())
			.extracting(Change::field, Change::label, Change::before, Change::after)
			.containsExactly(tuple("coordinates", "rules.field.coordinates", "33.4375° S, 70.65° W", "33.45° S, 70.6667° W"));
		assertThat(DraftDiff.between(santiago, santiago.withCoordinates(CoordinatesDraft.NONE)).changes())
			.extracting(Change::field, Change::before, Change::after)
			.containsExactly(tuple("coordinates", "33.4375° S, 70.65° W", null),
					tuple("coordinates.precision", "CITY", null),
					tuple("coordinates.citations", "dinges-the-condor-years, p. 45", null));
		assertThat(DraftDiff.between(santiago, santiago.withCoordinates(null)).isEmpty()).isTrue();
	}

}
