package org.mirarchive.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveDatabaseTest;
import org.mirarchive.curation.HeldText;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.RelationKind;
import org.mirarchive.model.HistoricalDate;
import org.mirarchive.model.Slug;
import org.mirarchive.work.RecordField;
import org.mirarchive.work.SourceKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the seeded archive against the editorial policy: nothing shown is uncited, quotations
 * are short and come only from the quotable article, dates parse, slugs are URL-safe, relations
 * join the right kinds of entry, and every disagreement the corroboration notes list is shown.
 */
@ArchiveDatabaseTest
public class SeedIntegrityTest {

	public static final Path ARTICLE = Path.of("../shared/source/chiles-mir-about-com-2014.txt");

	@Autowired
	private JdbcTemplate jdbc;

	/**
	 * Which works ({@code s}) the rules on notes and records are about: every one here. An
	 * archive with invented rows narrows it to the real ones, since an invented work is a
	 * placeholder that says it is invented and, by design, has no address.
	 */
	protected String realWorks() {
		return "1 = 1";
	}

	/**
	 * Which entries ({@code e}) the rules on connections and places are about: every one here. An
	 * archive with invented rows narrows it to the real ones, whose places and connections the
	 * rules name.
	 */
	protected String realEntries() {
		return "1 = 1";
	}

	private List<String> keysWithoutCitation(String table, String keyColumn, String citationColumn) {
		return jdbc.queryForList("select t." + keyColumn + " from " + table + " t where not exists "
				+ "(select 1 from citation c where c." + citationColumn + " = t.id)", String.class);
	}

	@Test
	void everyStatementIsCited() {
		assertThat(keysWithoutCitation("statement", "statement_key", "statement_id")).isEmpty();
	}

	@Test
	void everyRelationIsCited() {
		assertThat(keysWithoutCitation("relation", "relation_key", "relation_id")).isEmpty();
	}

	/** A translation's label names the language it is in ("translation into Spanish"), so each says which. */
	@Test
	void everyTranslatedNameSaysWhichLanguageItIsIn() {
		assertThat(jdbc.queryForList("select name_key from entry_name where kind = 'TRANSLATION' and lang is null",
				String.class)).isEmpty();
	}

	@Test
	void everyOtherNameIsCited() {
		assertThat(keysWithoutCitation("entry_name", "name_key", "name_id")).isEmpty();
	}

	@Test
	void everyEditorialNoteIsCited() {
		assertThat(keysWithoutCitation("editorial_note", "note_key", "note_id")).isEmpty();
	}

	@Test
	void everyDatedEntryHasItsDateCited() {
		assertThat(jdbc.queryForList("select slug from entry e where date_edtf is not null and not exists "
				+ "(select 1 from citation c where c.date_entry_id = e.id)", String.class)).isEmpty();
	}

	@Test
	void everyEntrySaysSomethingCited() {
		assertThat(jdbc.queryForList(
				"select slug from entry e where not exists (select 1 from statement s where s.entry_id = e.id)",
				String.class))
			.isEmpty();
	}

	@Test
	void quotationsComeOnlyFromQuotableSourcesAndMatchTheirCitations() {
		assertThat(jdbc.queryForList("select q.quote_key from quotation q join source s on s.id = q.source_id "
				+ "where s.quotable = false", String.class)).isEmpty();
		assertThat(jdbc.queryForList("select c.id from citation c join quotation q on q.id = c.quotation_id "
				+ "where q.source_id <> c.source_id", Long.class)).isEmpty();
		// The article's text is held, so a citation of it always quotes it; other works never are.
		assertThat(jdbc.queryForList("select c.id from citation c join source s on s.id = c.source_id "
				+ "where (s.quotable = true and c.quotation_id is null) or (s.quotable = false and c.quotation_id is not null)",
				Long.class))
			.isEmpty();
	}

	/**
	 * A note that other works differ or add cites those works, not the article; a note on what the
	 * archive does not know cites the work it knows the thing from, which may be the article alone.
	 */
	@Test
	void editorialNotesCiteOtherWorksNotTheArticle() {
		assertThat(jdbc.queryForList("select n.note_key from editorial_note n join citation c on c.note_id = n.id "
				+ "join source s on s.id = c.source_id where s.quotable = true and n.kind <> 'LIMITATION'", String.class))
			.isEmpty();
	}

	@Test
	void everyQuotationIsUsedAndEverySectionIsKnown() {
		assertThat(jdbc.queryForList("select quote_key from quotation q where not exists "
				+ "(select 1 from citation c where c.quotation_id = q.id)", String.class)).isEmpty();
		assertThat(jdbc.queryForList("select q.quote_key from quotation q where not exists (select 1 from "
				+ "source_section s where s.source_id = q.source_id and s.section_no = q.section_no)", String.class))
			.isEmpty();
	}

	@Test
	void quotationsAreShortAndVerbatim() throws IOException {
		List<String> quotations = jdbc.queryForList("select text from quotation", String.class);
		assertThat(quotations).allSatisfy(text -> {
			assertThat(text.length()).as("length of %s", text).isLessThanOrEqualTo(300);
			assertThat(text.split("(?<=[.!?])\\s+(?=[A-Z])")).as("sentences in %s", text).hasSizeLessThanOrEqualTo(2);
		});
		assumeTrue(Files.exists(ARTICLE), "The seed article is beside the checkout at " + ARTICLE);
		String article = normalise(Files.readString(ARTICLE));
		assertThat(quotations).allSatisfy(text -> assertThat(article).contains(normalise(text)));
	}

	@Test
	void slugsAreUniqueAndUrlSafe() {
		List<String> slugs = jdbc.queryForList("select slug from entry union all select slug from source", String.class);
		assertThat(slugs).doesNotHaveDuplicates().allSatisfy(slug -> assertThat(Slug.isValid(slug)).as(slug).isTrue());
	}

	@Test
	void everyDateParsesAndItsStoredBoundsAreDerivedFromIt() {
		List<Map<String, Object>> rows = jdbc.queryForList("select slug as name, date_edtf, date_earliest, date_latest "
				+ "from entry where date_edtf is not null union all select relation_key, date_edtf, date_earliest, "
				+ "date_latest from relation where date_edtf is not null");
		assertThat(rows).isNotEmpty().allSatisfy(row -> {
			HistoricalDate date = HistoricalDate.parse((String) row.get("date_edtf"));
			assertThat(toLocalDate(row.get("date_earliest"))).as("earliest of %s", row.get("name")).isEqualTo(date.earliest());
			assertThat(toLocalDate(row.get("date_latest"))).as("latest of %s", row.get("name")).isEqualTo(date.latest());
		});
		assertThat(jdbc.queryForList("select issued from source where issued is not null", String.class))
			.allSatisfy(issued -> assertThat(HistoricalDate.isValid(issued)).as(issued).isTrue());
	}

	@Test
	void relationsJoinTheKindsOfEntryTheirKindAllows() {
		List<Map<String, Object>> rows = jdbc.queryForList("select r.relation_key, r.kind, s.kind as subject_kind, "
				+ "o.kind as object_kind from relation r join entry s on s.id = r.subject_id join entry o on o.id = r.object_id");
		assertThat(rows).allSatisfy(row -> assertThat(RelationKind.valueOf((String) row.get("kind"))
			.allows(EntryKind.valueOf((String) row.get("subject_kind")), EntryKind.valueOf((String) row.get("object_kind"))))
			.as("%s", row.get("relation_key"))
			.isTrue());
	}

	@Test
	void theFiveDisagreementsOfTheCorroborationNotesAreShown() {
		List<String> disputed = jdbc.queryForList("select s.statement_key from editorial_note n join statement s "
				+ "on s.id = n.statement_id where n.kind = 'DISAGREEMENT'", String.class);
		assertThat(disputed).contains("prats-steps-down", "ferrada-noli-imprisoned", "jcr-named", "mir-founded",
				"mir-today");
	}

	/**
	 * Every statement that carries a claim other works dispute (corroboration.md, and
	 * corroboration-more.md on Allende's reforms) says whose claim it is and has the note beside
	 * it, on whichever page it stands: a note on one page does not reach a reader of another.
	 */
	@Test
	void everyStatementOfADisputedClaimIsAttributedAndHasItsNoteBesideIt() {
		List<String> disputed = List.of("prats-head", "prats-steps-down", "resignation-article", "armed-forces-prats",
				"coup-prats", "ferrada-noli-imprisoned", "prison-article", "jcr-founding-article", "jcr-named",
				"buenos-aires-jcr", "mir-founded", "founding-union", "santiago-founding", "mir-today", "allende-reforms",
				"reforms-list");
		Map<String, String> texts = jdbc.queryForList("select statement_key, text from statement").stream()
			.collect(java.util.stream.Collectors.toMap(row -> (String) row.get("STATEMENT_KEY"), row -> (String) row.get("TEXT")));
		List<String> noted = jdbc.queryForList("select s.statement_key from editorial_note n join statement s "
				+ "on s.id = n.statement_id where n.kind = 'DISAGREEMENT'", String.class);
		assertThat(disputed).allSatisfy(key -> {
			assertThat(texts.get(key)).as(key).containsIgnoringCase("the article");
			assertThat(noted).as("statements with a note that other works differ").contains(key);
		});
	}

	/**
	 * A relation or a date line carries a disputed claim when it cites the same passage of the
	 * article as a statement with a DISAGREEMENT note, of one of the relation's ends or of the dated
	 * entry itself; but not a relation whose other end other works confirm in that passage (its own
	 * statement of the passage has a PRECISION note and no DISAGREEMENT note): "Allende began the
	 * nationalization of copper" shares its passage with his disputed reforms, and no work disputes
	 * it (V23). Each has a DISAGREEMENT note beside it, so that the note reaches the reader wherever
	 * the claim is shown: on both ends' pages, beside the date, on the timeline; and no other relation
	 * or date line has one.
	 */
	@Test
	void everyRelationAndDateLineOfADisputedClaimHasItsNoteBesideIt() {
		List<String> disputedRelations = jdbc.queryForList("select distinct r.relation_key from relation r "
				+ "join entry e on e.id = r.subject_id "
				+ "join citation rc on rc.relation_id = r.id join citation sc on sc.quotation_id = rc.quotation_id "
				+ "join editorial_note n on n.statement_id = sc.statement_id and n.kind = 'DISAGREEMENT' "
				+ "and n.entry_id in (r.subject_id, r.object_id) where " + realEntries()
				+ " and not exists (select 1 from statement os join citation oc on oc.statement_id = os.id "
				+ "where oc.quotation_id = rc.quotation_id "
				+ "and os.entry_id = case when n.entry_id = r.subject_id then r.object_id else r.subject_id end "
				+ "and exists (select 1 from editorial_note p where p.statement_id = os.id and p.kind = 'PRECISION') "
				+ "and not exists (select 1 from editorial_note d where d.statement_id = os.id and d.kind = 'DISAGREEMENT'))",
				String.class);
		List<String> notedRelations = jdbc.queryForList("select distinct r.relation_key from relation r "
				+ "join entry e on e.id = r.subject_id "
				+ "join editorial_note n on n.relation_id = r.id where n.kind = 'DISAGREEMENT' and " + realEntries(),
				String.class);
		assertThat(disputedRelations).contains("prats-heads-armed-forces", "prats-stepped-down",
				"ferrada-noli-imprisoned", "jcr-named-in-buenos-aires", "mir-based-in-santiago", "allende-education");
		assertThat(disputedRelations).doesNotContain("allende-copper");
		assertThat(notedRelations).as("relations with a note that other works differ")
			.containsExactlyInAnyOrderElementsOf(disputedRelations);

		List<String> disputedDates = jdbc.queryForList("select distinct e.slug from entry e "
				+ "join citation dc on dc.date_entry_id = e.id join citation sc on sc.quotation_id = dc.quotation_id "
				+ "join editorial_note n on n.statement_id = sc.statement_id and n.kind = 'DISAGREEMENT' "
				+ "and n.entry_id = e.id where " + realEntries(), String.class);
		List<String> notedDates = jdbc.queryForList("select distinct e.slug from entry e "
				+ "join editorial_note n on n.date_entry_id = e.id where n.kind = 'DISAGREEMENT' and " + realEntries(),
				String.class);
		assertThat(disputedDates).contains("carlos-prats-steps-down", "imprisonment-of-marcello-ferrada-noli", "mir");
		assertThat(notedDates).as("date lines with a note that other works differ")
			.containsExactlyInAnyOrderElementsOf(disputedDates);
	}

	/**
	 * A note stands beside one thing at most (a statement, a relation or its entry's date line),
	 * and belongs to a page that shows that thing: beside a date, the dated entry's; beside a
	 * relation, one of its ends' (both ends' pages show it).
	 */
	@Test
	void aNoteStandsBesideOneThingAtMostOnAPageThatShowsIt() {
		assertThat(jdbc.queryForList("select note_key from editorial_note where "
				+ "(case when statement_id is null then 0 else 1 end) + (case when relation_id is null then 0 else 1 end) "
				+ "+ (case when date_entry_id is null then 0 else 1 end) > 1", String.class)).isEmpty();
		assertThat(jdbc.queryForList("select note_key from editorial_note where date_entry_id is not null "
				+ "and date_entry_id <> entry_id", String.class)).isEmpty();
		assertThat(jdbc.queryForList("select n.note_key from editorial_note n join relation r on r.id = n.relation_id "
				+ "where n.entry_id not in (r.subject_id, r.object_id)", String.class)).isEmpty();
		assertThat(jdbc.queryForList("select n.note_key from editorial_note n join statement s on s.id = n.statement_id "
				+ "where n.entry_id <> s.entry_id", String.class)).isEmpty();
		assertThat(jdbc.queryForList("select note_key from editorial_note n join entry e on e.id = n.date_entry_id "
				+ "where e.date_edtf is null", String.class)).as("notes beside a date an entry does not have").isEmpty();
	}

	/** The database itself refuses a note beside two things (V15's check). */
	@Test
	void theDatabaseRefusesANoteBesideTwoThings() {
		assertThatThrownBy(() -> jdbc.update("insert into editorial_note (note_key, entry_id, statement_id, relation_id, "
				+ "kind, text, position) select 'beside-two', s.entry_id, s.id, r.id, 'DISAGREEMENT', 'Two places.', 1 "
				+ "from statement s, relation r where s.statement_key = 'prats-head' "
				+ "and r.relation_key = 'prats-heads-armed-forces'"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	/** A note names the works it cites ("John Dinges, The Condor Years"), never "other works". */
	@Test
	void everyNoteNamesTheWorksItCites() {
		List<Map<String, Object>> rows = jdbc.queryForList("select n.note_key, n.text, s.title, s.container "
				+ "from editorial_note n join citation c on c.note_id = n.id join source s on s.id = c.source_id where "
				+ realWorks());
		assertThat(rows).isNotEmpty().allSatisfy(row -> {
			String text = (String) row.get("TEXT");
			String title = ((String) row.get("TITLE")).replaceAll("^\\[|\\]$", "");
			String container = (String) row.get("CONTAINER");
			assertThat(text).as("%s", row.get("NOTE_KEY")).doesNotContainIgnoringCase("other works");
			assertThat(text.contains(title) || container != null && text.contains(container))
				.as("%s names %s", row.get("NOTE_KEY"), title)
				.isTrue();
		});
	}

	/** The article's judgements are its own: the archive's sentence that repeats one says so. */
	@Test
	void theArticlesJudgementsAreAttributedToIt() {
		List<String> judgements = List.of("wave of terror", "even remotely", "most important", "charismatic",
				"tireless", "idealistic", "ruthless", "supporter of democracy", "mighty", "revolutionary credibility",
				"experienced urban guerrillas", "seemed poised");
		List<Map<String, Object>> rows = jdbc.queryForList("select statement_key as name, text from statement "
				+ "union all select slug, summary from entry");
		assertThat(rows).allSatisfy(row -> {
			String text = (String) row.get("TEXT");
			judgements.stream()
				.filter(judgement -> text.toLowerCase(java.util.Locale.ROOT).contains(judgement))
				.forEach(judgement -> assertThat(text).as("%s says \"%s\"", row.get("NAME"), judgement)
					.containsIgnoringCase("article"));
		});
	}

	/**
	 * Every work's record fills each field its kind requires ({@link RecordField#requiredOf}) or
	 * says why it cannot (a {@code source_unknown} row), never both and never neither; its language
	 * is a language tag; a work with no address says why in a note; a web page's address is the
	 * page's own, not its site's.
	 */
	@Test
	void everyWorkRecordIsCompleteOrSaysWhatIsNotKnown() {
		List<Map<String, Object>> works = jdbc.queryForList("select s.id, s.slug, s.kind, s.author, s.publisher, "
				+ "s.place, s.issued, s.accessed, s.accessed_before, s.isbn, s.language, s.url, "
				+ "(select count(*) from source_note n where n.source_id = s.id and n.kind = 'CAPTURE') as capture_notes "
				+ "from source s where " + realWorks());
		assertThat(works).isNotEmpty();
		assertThat(works).allSatisfy(work -> {
			Object slug = work.get("SLUG");
			List<String> unknown = jdbc.queryForList("select field from source_unknown where source_id = ?",
					String.class, work.get("ID"));
			for (RecordField field : RecordField.requiredOf(SourceKind.valueOf((String) work.get("KIND")))) {
				boolean filled = switch (field) {
					case ACCESSED -> work.get("ACCESSED") != null || work.get("ACCESSED_BEFORE") != null;
					default -> work.get(field.name()) != null;
				};
				assertThat(filled ^ unknown.contains(field.name()))
					.as("%s of %s: filled (%s) or said to be unknown, and not both", field, slug, filled)
					.isTrue();
			}
			assertThat((String) work.get("LANGUAGE")).as("language of %s", slug).matches("[a-z]{2,3}(-[A-Za-z0-9]+)*");
			assertThat(work.get("URL") != null || count(work, "CAPTURE_NOTES") > 0).as("address of %s", slug).isTrue();
			if (List.of("WEB_PAGE", "ENCYCLOPEDIA_ARTICLE").contains(work.get("KIND"))) {
				assertThat((String) work.get("URL")).as("address of %s", slug).matches("https?://[^/]+/.+");
			}
		});
	}

	/** A field's value and the reason it is unknown are kept apart: the database refuses a reason it does not know. */
	@Test
	void theDatabaseRefusesAnUnknownReason() {
		assertThatThrownBy(() -> jdbc.update("insert into source_unknown (source_id, field, reason) "
				+ "select id, 'PLACE', 'GUESSED' from source where slug = 'dinges-the-condor-years'"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	/** The notes keep what is not a field: no note repeats the access date, which is one now. */
	@Test
	void noNoteRepeatsTheAccessDate() {
		assertThat(jdbc.queryForList("select s.slug from source_note n join source s on s.id = n.source_id "
				+ "where (n.text like '%Accessed:%' or n.text like '%ISBN 1-56584-764-4%') and " + realWorks(),
				String.class)).isEmpty();
	}

	/** No entry stands alone: each has at least one connection, cited like every other claim. */
	@Test
	void everyEntryHasAConnection() {
		assertThat(jdbc.queryForList("select slug from entry e where not exists (select 1 from relation r "
				+ "where r.subject_id = e.id or r.object_id = e.id) and " + realEntries(), String.class)).isEmpty();
	}

	/**
	 * Every place is within another, except the countries and the regions that span countries;
	 * no place is within itself, however far up one goes; and only a country (a state) takes part
	 * in an event.
	 */
	@Test
	void everyPlaceButTheCountriesAndRegionsIsWithinAnother() {
		List<String> topLevel = List.of("chile", "argentina", "uruguay", "bolivia", "cuba", "united-states", "brazil",
				"south-america", "southern-cone", "andes-mountains");
		assertThat(jdbc.queryForList("select slug from entry e where kind = 'PLACE' and not exists (select 1 from "
				+ "relation r where r.kind = 'LOCATED_IN' and r.subject_id = e.id) and " + realEntries(), String.class))
			.containsExactlyInAnyOrderElementsOf(topLevel);
		Map<String, List<String>> up = jdbc
			.queryForList("select s.slug as place, o.slug as within from relation r join entry s on s.id = r.subject_id "
					+ "join entry o on o.id = r.object_id where r.kind = 'LOCATED_IN'")
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(row -> (String) row.get("PLACE"),
					java.util.stream.Collectors.mapping(row -> (String) row.get("WITHIN"), java.util.stream.Collectors.toList())));
		up.keySet().forEach(place -> {
			java.util.Set<String> seen = new java.util.HashSet<>();
			java.util.Deque<String> todo = new java.util.ArrayDeque<>(up.get(place));
			while (!todo.isEmpty()) {
				String next = todo.pop();
				assertThat(next).as("a place within %s", place).isNotEqualTo(place);
				if (seen.add(next)) {
					todo.addAll(up.getOrDefault(next, List.of()));
				}
			}
		});
		assertThat(jdbc.queryForList("select s.slug from relation r join entry s on s.id = r.subject_id "
				+ "where r.kind = 'PARTICIPANT_IN' and s.kind = 'PLACE' and exists (select 1 from relation l "
				+ "where l.kind = 'LOCATED_IN' and l.subject_id = s.id)", String.class))
			.as("places taking part in an event that are not countries")
			.isEmpty();
		assertThat(jdbc.queryForList("select relation_key from relation where kind = 'LOCATED_IN'", String.class))
			.contains("stadium-in-santiago", "moneda-in-santiago", "santiago-in-chile", "buenos-aires-in-argentina");
	}

	/** A state is filed as a place, whichever it is: Chile and the United States alike. */
	@Test
	void everyStateIsFiledAsAPlace() {
		assertThat(jdbc.queryForList("select kind from entry where slug in ('chile', 'argentina', 'uruguay', 'bolivia', "
				+ "'cuba', 'united-states', 'brazil')", String.class)).hasSize(7).containsOnly("PLACE");
	}

	/**
	 * What the article names has an entry: the student groups that founded the MIR, the unions
	 * and neighbourhoods where it found support, Cuba, each of Allende's reforms, the MIR's
	 * facility in the Andes, the Southern Cone dictatorships and the ERP's kidnappings.
	 */
	@Test
	void whatTheArticleNamesHasAnEntry() {
		assertThat(jdbc.queryForList("select slug from entry", String.class)).contains("leftist-student-groups",
				"trade-unions", "poor-and-working-class-neighbourhoods-of-santiago", "cuba",
				"nationalization-of-copper-mining", "takeover-of-education", "takeover-of-health-care", "land-reform",
				"mir-facility-in-the-andes", "southern-cone-dictatorships", "erp-political-kidnappings",
				"mir-mission-statement");
		// The mission statement is a work, written by Ferrada-Noli, the MIR's; the archive says it has not seen it.
		assertThat(jdbc.queryForObject("select kind from entry where slug = 'mir-mission-statement'", String.class))
			.isEqualTo("WORK");
		assertThat(jdbc.queryForList("select r.kind || ' ' || s.slug || ' ' || o.slug from relation r join entry s "
				+ "on s.id = r.subject_id join entry o on o.id = r.object_id where 'mir-mission-statement' in (s.slug, o.slug)",
				String.class))
			.containsExactlyInAnyOrder("AUTHOR_OF marcello-ferrada-noli mir-mission-statement",
					"DOCUMENT_OF mir-mission-statement mir");
		assertThat(jdbc.queryForList("select n.kind from editorial_note n join entry e on e.id = n.entry_id "
				+ "where e.slug = 'mir-mission-statement'", String.class)).containsExactly("LIMITATION");
		// The reforms carry the claim other works dispute: each says so, with the note beside it.
		List<String> noted = jdbc.queryForList("select s.statement_key from editorial_note n join statement s "
				+ "on s.id = n.statement_id where n.kind = 'DISAGREEMENT'", String.class);
		assertThat(noted).contains("education-reform", "health-reform", "land-reform-plan", "student-groups-founded-mir");
		// Who led DINA comes from other works, and is cited to them, not to the article.
		assertThat(jdbc.queryForList("select s.slug from relation r join citation c on c.relation_id = r.id join source s "
				+ "on s.id = c.source_id where r.relation_key = 'contreras-heads-dina'", String.class))
			.containsExactlyInAnyOrder("rettig-report", "wikipedia-es-direccion-de-inteligencia-nacional");
	}

	/**
	 * A person's or place's headword that is a proper name (every word capitalised but the small
	 * ones) is the article's own form, or comes from another work that an editorial note of the
	 * entry names and cites; the article's form is then kept as a cited name.
	 */
	@Test
	void headwordsFromOtherWorksAreCitedAndTheArticlesFormIsKept() throws IOException {
		assumeTrue(Files.exists(ARTICLE), "The seed article is beside the checkout at " + ARTICLE);
		String article = normalise(Files.readString(ARTICLE));
		List<Map<String, Object>> entries = jdbc
			.queryForList("select e.id, e.slug, e.name from entry e where e.kind in ('PERSON', 'PLACE')");
		assertThat(entries).isNotEmpty().allSatisfy(row -> {
			String name = (String) row.get("NAME");
			boolean properName = java.util.Arrays.stream(name.split(" "))
				.allMatch(word -> List.of("of", "de", "del", "la", "the", "and").contains(word)
						|| Character.isUpperCase(word.codePointAt(0)));
			if (!properName || article.contains(normalise(name))) {
				return;
			}
			List<String> notes = jdbc.queryForList("select n.text from editorial_note n where n.entry_id = ? and exists "
					+ "(select 1 from citation c join source s on s.id = c.source_id where c.note_id = n.id and s.quotable = false)",
					String.class, row.get("ID"));
			assertThat(notes).as("notes naming the headword of %s", row.get("SLUG"))
				.anySatisfy(text -> assertThat(text).contains(name));
		});
		assertThat(jdbc.queryForList("select n.name from entry_name n join entry e on e.id = n.entry_id "
				+ "where e.slug in ('che-guevara', 'presidential-palace') and n.kind = 'VARIANT'", String.class))
			.contains("Ché Guevara", "presidential palace");
		assertThat(jdbc.queryForList("select name from entry where slug in ('che-guevara', 'presidential-palace')",
				String.class)).containsExactlyInAnyOrder("Che Guevara", "La Moneda");
	}

	private static long count(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).longValue();
	}

	@Test
	void theArticleCarriesItsBibliographicRecord() {
		Map<String, Object> article = jdbc
			.queryForMap("select * from source where slug = 'chiles-mir-the-revolutionary-left-movement'");
		assertThat(article).containsEntry("TITLE", "Chile's MIR: The Revolutionary Left Movement")
			.containsEntry("SUBTITLE", "Urban Guerrillas Declare War on the Pinochet Dictatorship")
			.containsEntry("AUTHOR", "Christopher Minster")
			.containsEntry("PUBLISHER", "About.com")
			.containsEntry("ISSUED", "2014");
		assertThat(jdbc.queryForList("select n.kind from source_note n join source s on s.id = n.source_id "
				+ "where s.id = ?", String.class, article.get("ID")))
			.contains("AUTHOR", "PART", "REPUBLISHED", "IMAGE", "RIGHTS");
	}

	private static LocalDate toLocalDate(Object value) {
		return value == null ? null : ((java.sql.Date) value).toLocalDate();
	}

	/** As check-quotes compares: case, white space, kinds of quote and dash do not count (as at save). */
	public static String normalise(String text) {
		return HeldText.normalise(text);
	}

}
