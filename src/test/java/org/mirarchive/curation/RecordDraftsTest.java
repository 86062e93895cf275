package org.mirarchive.curation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.mirarchive.curation.EntryDraft.CitationDraft;
import org.mirarchive.curation.EntryDraft.RelationDraft;
import org.mirarchive.entry.EntryKind;

import static org.assertj.core.api.Assertions.assertThat;

/** A record as the API reads it, written back: the draft it makes, and the rules' fields by the record's names. */
class RecordDraftsTest {

	private final JsonMapper json = JsonMapper.builder().build();

	/** A record as GET gives it (shortened), with what a writer does not write in it too. */
	private static final String RECORD = """
			{"type": "person", "slug": "miguel-enriquez", "name": "Miguel Enríquez", "summary": "Chilean doctor.",
			 "url": "https://example.org/people/miguel-enriquez", "lastChanged": "2026-11-25T00:00:00Z", "contentNote": false,
			 "translations": {"es": {"summary": "Médico chileno."}},
			 "names": [{"id": 7, "name": "Miguel Enriquez", "kind": "VARIANT", "lang": null, "citations": []}],
			 "date": {"edtf": "1944/1974", "words": "1944–1974", "earliest": "1944-01-01", "latest": "1974-12-31",
			          "citations": [{"source": {"slug": "the-article", "title": "A title"},
			                         "locator": "section “Leaders”, paragraph 2", "quotation": "He was born in 1944."}]},
			 "statements": [{"id": 3, "text": "He led the MIR.", "notes": [],
			                 "citations": [{"source": {"slug": "a-book"}, "locator": "p. 12", "quotation": null}],
			                 "translations": {"es": {"text": "Dirigió el MIR."}}}],
			 "relations": [
			   {"id": 11, "kind": "LEADER_OF", "subject": {"type": "person", "slug": "miguel-enriquez", "name": "Miguel"},
			    "object": {"type": "organization", "slug": "mir"}, "role": "General Secretary", "inverseRole": null,
			    "date": {"edtf": "1967/1974", "words": "1967–1974"}, "citations": [{"source": {"slug": "a-book"}, "locator": ""}],
			    "translations": {"es": {"role": "Secretario general"}}},
			   {"id": 12, "kind": "RELATIVE_OF", "subject": {"type": "person", "slug": "edgardo-enriquez"},
			    "object": {"type": "person", "slug": "miguel-enriquez"}, "role": "uncle", "citations": []}],
			 "changeSummary": "Writes it back"}
			""";

	@Test
	void aRecordReadsAsTheDraftTheFormWouldMake() {
		RecordDrafts.Read read = RecordDrafts.read(EntryKind.PERSON, "miguel-enriquez",
				json.readValue(RECORD, RecordDrafts.Written.class));

		assertThat(read.problems()).isEmpty();
		EntryDraft draft = read.draft();
		assertThat(draft.slug()).isEqualTo("miguel-enriquez");
		assertThat(draft.summaryEs()).isEqualTo("Médico chileno.");
		assertThat(draft.nameEs()).isNull();
		assertThat(draft.names().get(0).id()).isEqualTo(7L);
		assertThat(draft.names().get(0).form()).isEqualTo("Miguel Enriquez");
		// A quoted passage's locator is the passage's: the record's words for it are not kept.
		assertThat(draft.date().edtf()).isEqualTo("1944/1974");
		assertThat(draft.date().citations()).containsExactly(new CitationDraft("the-article", null, "He was born in 1944."));
		assertThat(draft.statements().get(0).id()).isEqualTo(3L);
		assertThat(draft.statements().get(0).textEs()).isEqualTo("Dirigió el MIR.");
		assertThat(draft.statements().get(0).citations()).containsExactly(new CitationDraft("a-book", "p. 12", null));
		assertThat(draft.relations()).containsExactly(
				new RelationDraft(11L, "LEADER_OF", true, "/organizations/mir", "General Secretary", "Secretario general",
						"1967/1974", List.of(new CitationDraft("a-book", null, null))),
				new RelationDraft(12L, "RELATIVE_OF", false, "/people/edgardo-enriquez", "uncle", null, null, List.of()));
	}

	@Test
	void aNewEntrysRelationHasItAtTheEndThatNamesNoEntry() {
		RecordDrafts.Written written = json.readValue("""
				{"name": "Ana Example", "relations": [{"kind": "MEMBER_OF", "object": {"type": "organization", "slug": "mir"}},
				  {"kind": "MEMBER_OF", "subject": {"slug": "someone"}, "object": {"type": "organization", "slug": "mir"}},
				  {"kind": "MEMBER_OF", "object": {"type": "club", "slug": "mir"}}]}
				""", RecordDrafts.Written.class);

		RecordDrafts.Read read = RecordDrafts.read(EntryKind.PERSON, null, written);

		assertThat(read.draft().slug()).isNull();
		assertThat(read.draft().relations().get(0).subject()).isTrue();
		assertThat(read.draft().relations().get(0).other()).isEqualTo("/organizations/mir");
		assertThat(read.problems()).extracting(FieldProblems.Problem::field)
			.containsExactly("relations[1]", "relations[2].object.type");
	}

	@Test
	void aTypeOtherThanTheAddresssIsAProblem() {
		RecordDrafts.Read read = RecordDrafts.read(EntryKind.PLACE, "mir",
				json.readValue("{\"type\": \"organization\"}", RecordDrafts.Written.class));
		assertThat(read.problems()).extracting(FieldProblems.Problem::field).containsExactly("type");
	}

	@Test
	void theRulesFieldsAreNamedAsTheRecordNamesThem() {
		EntryDraft draft = new EntryDraft(EntryKind.PERSON, "x", "X", null, "x", null, null, null, null,
				List.of(new RelationDraft(null, "MEMBER_OF", true, "/organizations/mir", null, null, null, null),
						new RelationDraft(null, "RELATIVE_OF", false, "/people/y", null, null, null, null)));
		Map<String, String> expected = Map.ofEntries(Map.entry("kind", "type"), Map.entry("name", "name"),
				Map.entry("nameEs", "translations.es.name"), Map.entry("summaryEs", "translations.es.summary"),
				Map.entry("date.edtf", "date.edtf"), Map.entry("date.citations[0].work", "date.citations[0].source.slug"),
				Map.entry("names[2].form", "names[2].name"),
				Map.entry("statements[0].textEs", "statements[0].translations.es.text"),
				Map.entry("statements[1].citations[0].quotation", "statements[1].citations[0].quotation"),
				Map.entry("relations[0].other", "relations[0].object"),
				Map.entry("relations[1].other", "relations[1].subject"),
				Map.entry("relations[1].roleEs", "relations[1].translations.es.role"),
				Map.entry("relations[0].edtf", "relations[0].date.edtf"),
				Map.entry("relations[0].citations[2].work", "relations[0].citations[2].source.slug"),
				Map.entry("statements[0].notes[1].textEs", "statements[0].notes[1].translations.es.text"),
				Map.entry("relations[0].notes[0].citations[0].work", "relations[0].notes[0].citations[0].source.slug"),
				Map.entry("date.notes[0].textEs", "date.notes[0].translations.es.text"),
				Map.entry("relations", "relations"));
		expected.forEach((field, named) -> assertThat(RecordDrafts.recordField(field, draft)).as(field).isEqualTo(named));
	}

	/** A statement's note as GET gives it, and the content note: a record read says both. */
	private static final String WITH_NOTES = """
			{"name": "Miguel Enríquez", "summary": "Chilean doctor.", "contentNote": true,
			 "statements": [{"id": 3, "text": "He led the MIR.", "citations": [{"source": {"slug": "a-book"}, "locator": "p. 12"}],
			                 "notes": [{"id": 5, "kind": "DISAGREEMENT", "text": "A book gives another year.",
			                            "citations": [{"source": {"slug": "a-book"}, "locator": "p. 40"}],
			                            "translations": {"es": {"text": "Un libro da otro año."}}}]}],
			 "date": {"edtf": "1944", "citations": [], "notes": [{"kind": "LIMITATION", "text": "The day is not known.",
			          "citations": [{"source": {"slug": "a-book"}, "locator": "p. 3"}]}]}}
			""";

	@Test
	void aRecordWithItsContentNoteWritesItsEditorialNotesToo() {
		EntryDraft draft = RecordDrafts.read(EntryKind.PERSON, "miguel-enriquez",
				json.readValue(WITH_NOTES, RecordDrafts.Written.class)).draft();

		assertThat(draft.hasNotes()).isTrue();
		assertThat(draft.contentNote()).isTrue();
		assertThat(draft.statements().get(0).notes()).containsExactly(new EntryDraft.NoteDraft(5L, "DISAGREEMENT",
				"A book gives another year.", "Un libro da otro año.", List.of(new CitationDraft("a-book", "p. 40", null))));
		assertThat(draft.date().notes()).containsExactly(new EntryDraft.NoteDraft(null, "LIMITATION",
				"The day is not known.", null, List.of(new CitationDraft("a-book", "p. 3", null))));
	}

	@Test
	void aRecordWithoutTheContentNoteLeavesTheEntrysNotesAsTheyAre() {
		EntryDraft draft = RecordDrafts.read(EntryKind.PERSON, "miguel-enriquez",
				json.readValue(WITH_NOTES.replace("\"contentNote\": true,", ""), RecordDrafts.Written.class)).draft();

		assertThat(draft.hasNotes()).isFalse();
		assertThat(draft.statements().get(0).notes()).isEmpty();
		assertThat(draft.date().notes()).isEmpty();
	}

}
