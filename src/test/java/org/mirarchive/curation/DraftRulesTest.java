package org.mirarchive.curation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.mirarchive.curation.DraftRules.Problem;
import org.mirarchive.curation.DraftRules.WorkFacts;
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

class DraftRulesTest {

	static final String ARTICLE = HeldText.ARTICLE;

	static final String BOOK = "dinges-the-condor-years";

	static final String PARAGRAPH = "The MIR was founded in 1965 by a union of leftist student groups, primarily in "
			+ "Santiago. They primarily took their inspiration from the Cuban Revolution, which they hoped to replicate "
			+ "in Chile. The most important leader was the charismatic Miguel Enríquez (1944-1974), a tireless, "
			+ "idealistic doctor who served as the MIR's General Secretary until his death in 1974.";

	static final String KNOWN = "Photo courtesy of Marcello Ferrada-Noli";

	/** An entry the fake archive has withdrawn. */
	static final String WITHDRAWN = "/people/someone-withdrawn";

	/** The archive as the rules see it: two works, three entries, one quotation already held, some slugs taken. */
	static final class FakeArchive implements DraftRules.Archive {

		final Set<String> slugs = new java.util.HashSet<>(Set.of("mir", "miguel-enriquez", "chile", "juan-perez"));

		@Override
		public Optional<WorkFacts> work(String slug) {
			return Map.of(ARTICLE, new WorkFacts(ARTICLE, true), BOOK, new WorkFacts(BOOK, false, "The Condor Years", null)).entrySet().stream()
				.filter(work -> work.getKey().equals(slug))
				.map(Map.Entry::getValue)
				.findFirst();
		}

		@Override
		public Optional<EntryKind> entryKind(String path) {
			return Optional.ofNullable(Map.of("/organizations/mir", EntryKind.ORGANIZATION, "/people/miguel-enriquez",
					EntryKind.PERSON, "/places/chile", EntryKind.PLACE, WITHDRAWN, EntryKind.PERSON).get(path));
		}

		@Override
		public boolean isWithdrawn(String path) {
			return WITHDRAWN.equals(path);
		}

		@Override
		public boolean isKnownQuotation(String work, String text) {
			return ARTICLE.equals(work) && KNOWN.equals(text);
		}

		@Override
		public boolean isSlugTaken(String slug) {
			return slugs.contains(slug);
		}

	}

	private final FakeArchive archive = new FakeArchive();

	private final DraftRules rules = new DraftRules(archive, HeldText.of(ARTICLE, PARAGRAPH + "\n\n" + KNOWN + "\n"));

	private final DraftRules rulesWithoutText = new DraftRules(archive, HeldText.none());

	static CitationDraft quoting(String quotation) {
		return new CitationDraft(ARTICLE, null, quotation);
	}

	static CitationDraft book(String locator) {
		return new CitationDraft(BOOK, locator, null);
	}

	/** A new person, with everything the rules ask for: the editor's entry of the issue. */
	static EntryDraft person() {
		return new EntryDraft(EntryKind.PERSON, null, "Ana González", null, "A founding member of the MIR.", null,
				new DateDraft("1944/1974", List.of(book("p. 45"))),
				List.of(new NameDraft(null, "VARIANT", "Ana Gonzalez", null, List.of(book("p. 46")))),
				List.of(new StatementDraft(null, "She was among the student founders of the MIR in 1965.", null,
						List.of(quoting("The MIR was founded in 1965 by a union of leftist student groups")))),
				List.of(new RelationDraft(null, "MEMBER_OF", true, "/organizations/mir", null, null, "1965",
						List.of(book("p. 47")))));
	}

	static EntryDraft withStatement(EntryDraft draft, StatementDraft statement) {
		return new EntryDraft(draft.kind(), draft.slug(), draft.name(), draft.nameEs(), draft.summary(),
				draft.summaryEs(), draft.date(), draft.names(), List.of(statement), draft.relations());
	}

	static EntryDraft withRelation(EntryDraft draft, RelationDraft relation) {
		return new EntryDraft(draft.kind(), draft.slug(), draft.name(), draft.nameEs(), draft.summary(),
				draft.summaryEs(), draft.date(), draft.names(), draft.statements(), List.of(relation));
	}

	static EntryDraft citedBy(CitationDraft citation) {
		return withStatement(person(), new StatementDraft(null, "A fact.", null, List.of(citation)));
	}

	private List<Problem> check(EntryDraft draft) {
		return rules.check(draft, null);
	}

	@Test
	void aDraftWithEveryClaimCitedHasNoProblem() {
		assertThat(check(person())).isEmpty();
		assertThat(rulesWithoutText.check(person(), null))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("statements[0].citations[0].quotation", "rules.citation.textNotHeld"));
	}

	@Test
	void theHeadwordAndSummaryAreRequiredAndFitTheirColumns() {
		EntryDraft draft = person();
		EntryDraft empty = new EntryDraft(draft.kind(), null, " ", null, null, null, draft.date(), draft.names(),
				draft.statements(), draft.relations());
		assertThat(check(empty)).extracting(Problem::field, Problem::message)
			.containsExactly(tuple("name", "rules.name.required"), tuple("summary", "rules.summary.required"));
		EntryDraft tooLong = new EntryDraft(draft.kind(), null, "N".repeat(201), null, "S".repeat(301), "s".repeat(600),
				draft.date(), draft.names(), draft.statements(), draft.relations());
		assertThat(check(tooLong)).extracting(Problem::field, Problem::message, Problem::arguments)
			.containsExactly(tuple("name", "rules.tooLong", List.of(200, 201)),
					tuple("summary", "rules.tooLong", List.of(300, 301)));
	}

	@Test
	void everyClaimNeedsACitation() {
		EntryDraft draft = person();
		EntryDraft uncited = new EntryDraft(draft.kind(), null, draft.name(), null, draft.summary(), null,
				new DateDraft("1944", List.of()), List.of(new NameDraft(null, "ACRONYM", "AG", null, List.of())),
				List.of(new StatementDraft(null, "A fact.", null, List.of()),
						new StatementDraft(null, "Another.", null, List.of(book("p. 3")))),
				List.of(new RelationDraft(null, "MEMBER_OF", true, "/organizations/mir", null, null, null, List.of())));
		assertThat(check(uncited)).extracting(Problem::field, Problem::message)
			.containsExactly(tuple("date.citations", "rules.date.uncited"),
					tuple("names[0].citations", "rules.otherName.uncited"),
					tuple("statements[0].citations", "rules.statement.uncited"),
					tuple("relations[0].citations", "rules.relation.uncited"));
	}

	@Test
	void anEntrySaysSomethingAndIsConnected() {
		EntryDraft draft = person();
		EntryDraft bare = new EntryDraft(draft.kind(), null, draft.name(), null, draft.summary(), null, null, null, null,
				null);
		assertThat(check(bare)).extracting(Problem::field, Problem::message)
			.containsExactly(tuple("statements", "rules.statements.none"), tuple("relations", "rules.relations.none"));
	}

	@Test
	void aQuotationOfTheArticleIsVerbatim() {
		assertThat(check(citedBy(quoting("the mir was founded in 1965   by a union")))).as("case and spaces do not count")
			.isEmpty();
		assertThat(check(citedBy(quoting("The MIR was founded in 1966 by a union of leftist student groups"))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("statements[0].citations[0].quotation", "rules.citation.notVerbatim"));
		assertThat(check(citedBy(new CitationDraft(ARTICLE, "section 2", null))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("statements[0].citations[0].quotation", "rules.citation.quotationRequired"));
	}

	@Test
	void aQuotationIsShort() {
		assertThat(check(citedBy(quoting(PARAGRAPH)))).extracting(Problem::message)
			.containsExactly("rules.citation.quotationTooLong");
		assertThat(check(citedBy(quoting("The MIR was founded in 1965 by a union of leftist student groups, primarily in "
				+ "Santiago. They primarily took their inspiration from the Cuban Revolution, which they hoped to "
				+ "replicate in Chile. The most important leader was the charismatic Miguel Enríquez (1944-1974)."))))
			.extracting(Problem::message)
			.containsExactly("rules.citation.quotationSentences");
	}

	@Test
	void aQuotationTheArchiveHasIsAcceptedWithoutTheText() {
		assertThat(rulesWithoutText.check(citedBy(quoting(KNOWN)), null)).isEmpty();
		assertThat(rulesWithoutText.check(citedBy(quoting("Photo courtesy of Marcello")), null))
			.extracting(Problem::message)
			.containsExactly("rules.citation.textNotHeld");
	}

	@Test
	void anotherWorkIsCitedWithALocatorAndNeverQuoted() {
		assertThat(check(citedBy(book(" ")))).extracting(Problem::field, Problem::message)
			.containsExactly(tuple("statements[0].citations[0].locator", "rules.citation.locatorRequired"));
		assertThat(check(citedBy(new CitationDraft(BOOK, "p. 3", "A passage.")))).extracting(Problem::field,
				Problem::message)
			.containsExactly(tuple("statements[0].citations[0].quotation", "rules.citation.notQuoted"));
		assertThat(check(citedBy(book("p".repeat(201))))).extracting(Problem::field, Problem::message)
			.containsExactly(tuple("statements[0].citations[0].locator", "rules.tooLong"));
	}

	@Test
	void aCitationNamesAWorkTheArchiveHas() {
		assertThat(check(citedBy(new CitationDraft("no-such-work", "p. 1", null))))
			.extracting(Problem::field, Problem::message, Problem::arguments)
			.containsExactly(tuple("statements[0].citations[0].work", "rules.citation.unknownWork", List.of("no-such-work")));
		assertThat(check(citedBy(new CitationDraft(null, "p. 1", null)))).extracting(Problem::message)
			.containsExactly("rules.citation.workRequired");
	}

	@Test
	void datesParse() {
		EntryDraft draft = person();
		EntryDraft badDate = new EntryDraft(draft.kind(), null, draft.name(), null, draft.summary(), null,
				new DateDraft("March 1944", List.of(book("p. 1"))), draft.names(), draft.statements(),
				List.of(new RelationDraft(null, "MEMBER_OF", true, "/organizations/mir", null, null, "1965-13",
						List.of(book("p. 2")))));
		assertThat(check(badDate)).extracting(Problem::field, Problem::message, Problem::arguments)
			.containsExactly(tuple("date.edtf", "rules.date.invalid", List.of("March 1944")),
					tuple("relations[0].edtf", "rules.date.invalid", List.of("1965-13")));
		EntryDraft orphanCitations = new EntryDraft(draft.kind(), null, draft.name(), null, draft.summary(), null,
				new DateDraft(" ", List.of(book("p. 1"))), draft.names(), draft.statements(), draft.relations());
		assertThat(check(orphanCitations)).extracting(Problem::field, Problem::message)
			.containsExactly(tuple("date.citations", "rules.date.citationsWithoutDate"));
	}

	@Test
	void relationsJoinTheKindsTheirKindAllowsInTheirDirection() {
		RelationDraft leader = new RelationDraft(null, "LEADER_OF", true, "/organizations/mir", "General Secretary",
				null, null, List.of(book("p. 2")));
		assertThat(check(withRelation(person(), leader))).isEmpty();
		RelationDraft reversed = new RelationDraft(null, "LEADER_OF", false, "/organizations/mir", null, null, null,
				List.of(book("p. 2")));
		assertThat(check(withRelation(person(), reversed))).extracting(Problem::field, Problem::message)
			.containsExactly(tuple("relations[0].kind", "rules.relation.notAllowed"));
		RelationDraft toAPlace = new RelationDraft(null, "LEADER_OF", true, "/places/chile", null, null, null,
				List.of(book("p. 2")));
		assertThat(check(withRelation(person(), toAPlace))).extracting(Problem::message)
			.containsExactly("rules.relation.notAllowed");
		RelationDraft unknown = new RelationDraft(null, "ADMIRER_OF", true, "/people/nobody", "r".repeat(121), null,
				null, List.of(book("p. 2")));
		assertThat(check(withRelation(person(), unknown))).extracting(Problem::field, Problem::message)
			.containsExactly(tuple("relations[0].kind", "rules.relation.unknownKind"),
					tuple("relations[0].other", "rules.relation.unknownOther"),
					tuple("relations[0].role", "rules.tooLong"));
	}

	@Test
	void aNewRelationToAWithdrawnEntryIsRefusedAndOneMadeBeforeItWasWithdrawnIsKept() {
		RelationDraft toWithdrawn = new RelationDraft(null, "RELATIVE_OF", true, WITHDRAWN, null, null, null,
				List.of(book("p. 2")));
		assertThat(check(withRelation(person(), toWithdrawn))).extracting(Problem::field, Problem::message)
			.containsExactly(tuple("relations[0].other", "rules.relation.withdrawnOther"));

		RelationDraft madeBefore = new RelationDraft(7L, "RELATIVE_OF", true, WITHDRAWN, null, null, null,
				List.of(book("p. 2")));
		assertThat(check(withRelation(person(), madeBefore))).isEmpty();
	}

	@Test
	void aRelationJoinsTwoEntries() {
		EntryDraft published = withRelation(person(), new RelationDraft(null, "RELATIVE_OF", true,
				"/people/juan-perez", null, null, null, List.of(book("p. 2"))));
		EntryDraft draft = new EntryDraft(EntryKind.PERSON, "juan-perez", "Juan Pérez", null, "A person.", null, null,
				null, published.statements(), published.relations());
		assertThat(rules.check(draft, draft)).extracting(Problem::field, Problem::message)
			.containsExactly(tuple("relations[0].other", "rules.relation.itself"));
	}

	@Test
	void otherNamesHaveAKindTheArchiveKnows() {
		EntryDraft draft = person();
		EntryDraft names = new EntryDraft(draft.kind(), null, draft.name(), null, draft.summary(), null, draft.date(),
				List.of(new NameDraft(null, "ALIAS", "La Flaca", null, List.of(book("p. 1"))),
						new NameDraft(null, "TRANSLATION", "Anne Gonzalez", null, List.of(book("p. 1"))),
						new NameDraft(null, "ORIGINAL", " ", "spanish", List.of(book("p. 1")))),
				draft.statements(), draft.relations());
		assertThat(check(names)).extracting(Problem::field, Problem::message)
			.containsExactly(tuple("names[0].kind", "rules.otherName.unknownKind"),
					tuple("names[1].lang", "rules.otherName.translationLanguage"),
					tuple("names[2].form", "rules.otherName.formRequired"),
					tuple("names[2].lang", "rules.otherName.language"));
	}

	@Test
	void markupIsTextAndNotAProblem() {
		assertThat(check(withStatement(person(), new StatementDraft(null, "<script>alert(1)</script> <b>bold</b>",
				"<i>cursiva</i>", List.of(book("p. <em>3</em>")))))).isEmpty();
	}

	@Test
	void aNewEntrysSlugIsMadeFromItsHeadwordAndNeverCollides() {
		assertThat(rules.slugFor("Ana González")).contains("ana-gonzalez");
		assertThat(rules.slugFor("Miguel Enríquez")).contains("miguel-enriquez-2");
		archive.slugs.add("miguel-enriquez-2");
		assertThat(rules.slugFor("Miguel Enríquez")).contains("miguel-enriquez-3");
		assertThat(rules.slugFor("¡¿?!")).isEmpty();
		assertThat(rules.slugFor("word ".repeat(40))).hasValueSatisfying(slug -> assertThat(slug).hasSizeLessThanOrEqualTo(150)
			.endsWith("-word")
			.startsWith("word-word"));

		EntryDraft draft = person();
		assertThat(check(new EntryDraft(draft.kind(), "ana-gonzalez", draft.name(), null, draft.summary(), null,
				draft.date(), draft.names(), draft.statements(), draft.relations()))).isEmpty();
		assertThat(check(new EntryDraft(draft.kind(), "ana", draft.name(), null, draft.summary(), null, draft.date(),
				draft.names(), draft.statements(), draft.relations())))
			.extracting(Problem::field, Problem::message, Problem::arguments)
			.containsExactly(tuple("slug", "rules.slug.fromHeadword", List.of("ana-gonzalez")));
		assertThat(check(new EntryDraft(draft.kind(), "miguel-enriquez", "Miguel Enríquez", null, draft.summary(), null,
				draft.date(), draft.names(), draft.statements(), draft.relations())))
			.extracting(Problem::field, Problem::message, Problem::arguments)
			.containsExactly(tuple("slug", "rules.slug.taken", List.of("miguel-enriquez", "miguel-enriquez-3")));
		assertThat(check(new EntryDraft(draft.kind(), null, "¡¿?!", null, draft.summary(), null, draft.date(),
				draft.names(), draft.statements(), draft.relations())))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("name", "rules.name.noLetters"));
	}

	@Test
	void aCitationTheEntryAlreadyHasStaysAsPublishedButANewOneNeedsALocator() {
		EntryDraft published = citedBy(book(null));
		EntryDraft edited = new EntryDraft(published.kind(), "ana-gonzalez", published.name(), null, "Revised.", null,
				published.date(), published.names(), published.statements(), published.relations());
		EntryDraft publishedAt = new EntryDraft(published.kind(), "ana-gonzalez", published.name(), null,
				published.summary(), null, published.date(), published.names(), published.statements(),
				published.relations());

		assertThat(rules.check(edited, publishedAt)).isEmpty();
		assertThat(check(published)).extracting(Problem::message).containsExactly("rules.citation.locatorRequired");
	}

	@Test
	void aPublishedEntryKeepsItsSlugAndKindWhenRenamed() {
		EntryDraft draft = person();
		EntryDraft published = new EntryDraft(EntryKind.PERSON, "ana-gonzalez", draft.name(), null, draft.summary(),
				null, draft.date(), draft.names(), draft.statements(), draft.relations());
		EntryDraft renamed = new EntryDraft(EntryKind.PERSON, "ana-gonzalez", "Ana María González", null,
				draft.summary(), null, draft.date(), draft.names(), draft.statements(), draft.relations());
		assertThat(rules.check(renamed, published)).isEmpty();
		EntryDraft moved = new EntryDraft(EntryKind.ORGANIZATION, "ana-maria-gonzalez", "Ana María González", null,
				draft.summary(), null, draft.date(), draft.names(), draft.statements(),
				List.of(new RelationDraft(null, "PART_OF", true, "/organizations/mir", null, null, null,
						List.of(book("p. 1")))));
		assertThat(rules.check(moved, published)).extracting(Problem::field, Problem::message, Problem::arguments)
			.containsExactly(tuple("slug", "rules.slug.published", List.of("ana-gonzalez")),
					tuple("kind", "rules.kind.published", List.of()));
	}

	/** A statement of the person's with a note beside it. */
	static EntryDraft noted(NoteDraft note) {
		StatementDraft statement = person().statements().get(0);
		return withStatement(person(), new StatementDraft(null, statement.text(), null, statement.citations(),
				List.of(note)));
	}

	static final String DINGES = "John Dinges, The Condor Years (2004), dates the first meeting to October 1972.";

	@Test
	void aNoteNamingAndCitingAnotherWorkHasNoProblem() {
		assertThat(check(noted(new NoteDraft(null, "DISAGREEMENT", DINGES, "John Dinges, The Condor Years (2004)…",
				List.of(book("p. 112")))))).isEmpty();
		assertThat(check(noted(new NoteDraft(null, "PRECISION", DINGES, null, List.of(book("p. 112")))))).isEmpty();
	}

	@Test
	void aNoteIsCitedHasAKindAndAText() {
		assertThat(check(noted(new NoteDraft(null, "DISAGREEMENT", DINGES, null, List.of()))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("statements[0].notes[0].citations", "rules.note.uncited"));
		assertThat(check(noted(new NoteDraft(null, null, " ", null, List.of(book("p. 1"))))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("statements[0].notes[0].kind", "rules.note.kindRequired"),
					tuple("statements[0].notes[0].text", "rules.note.textRequired"));
		assertThat(check(noted(new NoteDraft(null, "RUMOUR", DINGES + "x".repeat(1000), null, List.of(book("p. 1"))))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("statements[0].notes[0].kind", "rules.note.unknownKind"),
					tuple("statements[0].notes[0].text", "rules.tooLong"));
		// Its citations are checked as any claim's: a work the archive has, and where in it.
		assertThat(check(noted(new NoteDraft(null, "PRECISION", DINGES, null, List.of(book(" "))))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("statements[0].notes[0].citations[0].locator", "rules.citation.locatorRequired"));
	}

	@Test
	void aNoteThatOtherWorksDifferCitesThoseWorksNotTheArticle() {
		CitationDraft article = quoting("The MIR was founded in 1965 by a union of leftist student groups");
		String text = "Chile's MIR: The Revolutionary Left Movement places the founding in Santiago.";
		assertThat(check(noted(new NoteDraft(null, "DISAGREEMENT", text, null, List.of(article)))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("statements[0].notes[0].citations[0].work", "rules.note.citesTheArticle"));
		assertThat(check(noted(new NoteDraft(null, "PRECISION", text, null, List.of(article)))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("statements[0].notes[0].citations[0].work", "rules.note.citesTheArticle"));
		// What the archive does not know may rest on the article alone, quoted word for word.
		assertThat(check(noted(new NoteDraft(null, "LIMITATION", text, null, List.of(article))))).isEmpty();
		assertThat(check(noted(new NoteDraft(null, "LIMITATION", text, null,
				List.of(quoting("The MIR was founded in 1966 by a union of leftist student groups"))))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("statements[0].notes[0].citations[0].quotation", "rules.citation.notVerbatim"));
	}

	@Test
	void aNoteNamesTheWorksItCitesNeverOtherWorks() {
		assertThat(check(noted(new NoteDraft(null, "DISAGREEMENT", "A historian dates it to October 1972.", null,
				List.of(book("p. 112"))))))
			.extracting(Problem::field, Problem::message, Problem::arguments)
			.containsExactly(tuple("statements[0].notes[0].text", "rules.note.namesWork", List.of("The Condor Years")));
		assertThat(check(noted(new NoteDraft(null, "DISAGREEMENT", "Other works, such as The Condor Years, differ.",
				null, List.of(book("p. 112"))))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("statements[0].notes[0].text", "rules.note.otherWorks"));
	}

	@Test
	void notesStandBesideRelationsAndDatesAndADateWithNotesIsGiven() {
		NoteDraft note = new NoteDraft(null, "DISAGREEMENT", DINGES, null, List.of(book("p. 112")));
		RelationDraft relation = person().relations().get(0);
		EntryDraft besideRelation = withRelation(person(), new RelationDraft(null, relation.kind(), true,
				relation.other(), null, null, relation.edtf(), relation.citations(), List.of(new NoteDraft(null, note.kind(), note.text(), null, List.of()))));
		assertThat(check(besideRelation)).extracting(Problem::field, Problem::message)
			.containsExactly(tuple("relations[0].notes[0].citations", "rules.note.uncited"));
		EntryDraft draft = person();
		EntryDraft besideNoDate = new EntryDraft(draft.kind(), null, draft.name(), null, draft.summary(), null,
				new DateDraft(" ", List.of(), List.of(note)), draft.names(), draft.statements(), draft.relations(), false);
		assertThat(check(besideNoDate)).extracting(Problem::field, Problem::message)
			.containsExactly(tuple("date.notes", "rules.date.notesWithoutDate"));
		EntryDraft besideDate = new EntryDraft(draft.kind(), null, draft.name(), null, draft.summary(), null,
				new DateDraft("1944/1974", draft.date().citations(), List.of(note)), draft.names(), draft.statements(),
				draft.relations(), true);
		assertThat(check(besideDate)).isEmpty();
	}

	@Test
	void aPublishedNotesCitationsStayAsPublished() {
		// The seed cites short web pages as a whole, without a locator: an edit need not mend them first.
		NoteDraft seeded = new NoteDraft(7L, "PRECISION", DINGES, null, List.of(new CitationDraft(BOOK, null, null)));
		EntryDraft published = noted(seeded);
		assertThat(rules.check(published, null)).extracting(Problem::message)
			.containsExactly("rules.citation.locatorRequired");
		EntryDraft draft = new EntryDraft(published.kind(), "ana-gonzalez", published.name(), null, published.summary(),
				null, published.date(), published.names(), published.statements(), published.relations(), false);
		EntryDraft publishedAt = new EntryDraft(published.kind(), "ana-gonzalez", published.name(), null,
				published.summary(), null, published.date(), published.names(), published.statements(),
				published.relations(), false);
		assertThat(rules.check(draft, publishedAt)).isEmpty();
	}

	/** A new place within Chile, cited: the place a curator locates. */
	static EntryDraft place() {
		return new EntryDraft(EntryKind.PLACE, null, "Valparaíso", null, "A port city of Chile.", null, DateDraft.NONE,
				List.of(), List.of(new StatementDraft(null, "Valparaíso is a port on the Pacific.", null, List.of(book("p. 12")))),
				List.of(new RelationDraft(null, "LOCATED_IN", true, "/places/chile", null, null, null, List.of(book("p. 12")))));
	}

	static CoordinatesDraft point(String latitude, String longitude, String precision, CitationDraft... citations) {
		return new CoordinatesDraft(null, latitude, longitude, precision, List.of(citations), List.of());
	}

	@Test
	void aCitedPointOnAPlaceInDecimalDegreesHasNoProblemWrittenWithAPointAMinusSignOrAComma() {
		assertThat(check(place().withCoordinates(point("-33.0472", "-71.6127", "CITY", book("p. 12"))))).isEmpty();
		assertThat(check(place().withCoordinates(point("\u221233,0472", " -71.612700 ", "CITY", book("p. 12"))))).isEmpty();
		assertThat(check(place().withCoordinates(point("90", "-180", "REGION", book("p. 12"))))).isEmpty();
	}

	@Test
	void aPointOffTheEarthOrMoreExactThanTheColumnsOrNotANumberIsRefusedBesideItsField() {
		assertThat(check(place().withCoordinates(point("-91", "181", "CITY", book("p. 12")))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("coordinates.latitude", "rules.coordinates.latitudeOffEarth"),
					tuple("coordinates.longitude", "rules.coordinates.longitudeOffEarth"));
		assertThat(check(place().withCoordinates(point("-33.0472001", "71°36′W", "CITY", book("p. 12")))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("coordinates.latitude", "rules.coordinates.tooExact"),
					tuple("coordinates.longitude", "rules.coordinates.notDecimal"));
		assertThat(check(place().withCoordinates(point("1e1", "", "TOWN", book("p. 12")))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("coordinates.latitude", "rules.coordinates.notDecimal"),
					tuple("coordinates.longitude", "rules.coordinates.longitudeRequired"),
					tuple("coordinates.precision", "rules.coordinates.unknownPrecision"));
	}

	@Test
	void aPointNeedsWhatItStandsForAndACitationAsAnyClaimDoes() {
		assertThat(check(place().withCoordinates(point("-33.0472", "-71.6127", null))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("coordinates.precision", "rules.coordinates.precisionRequired"),
					tuple("coordinates.citations", "rules.coordinates.uncited"));
		assertThat(check(place().withCoordinates(point("-33.0472", "-71.6127", "CITY", book("")))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("coordinates.citations[0].locator", "rules.citation.locatorRequired"));
	}

	@Test
	void onlyAPlaceHasCoordinatesAndADraftWithNoneOrSayingNothingOfThemIsNotChecked() {
		assertThat(check(person().withCoordinates(point("-33.0472", "-71.6127", "CITY", book("p. 12")))))
			.extracting(Problem::field, Problem::message)
			.containsExactly(tuple("coordinates", "rules.coordinates.kind"));
		assertThat(check(person().withCoordinates(CoordinatesDraft.NONE))).isEmpty();
		assertThat(check(person())).isEmpty();
	}

}
