package org.mirarchive.curation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.mirarchive.readingpath.PathDraft;
import org.mirarchive.readingpath.PathDraft.CitationDraft;
import org.mirarchive.readingpath.PathDraft.StepDraft;
import org.mirarchive.readingpath.PathTargets;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules a reading path meets at save, each named by the field it concerns. */
class PathRulesTest {

	private static final String ARTICLE = "/sources/" + DraftRulesTest.ARTICLE;

	/** What the fake archive publishes: an entry, one of its statements, and the article with sections 1 to 3. */
	private static final Map<String, PathTargets.Found> PUBLISHED = Map.of("/people/miguel-enriquez",
			new PathTargets.Found(false, Set.of()), "/organizations/mir#statement-mir-founded",
			new PathTargets.Found(false, Set.of()), ARTICLE, new PathTargets.Found(true, Set.of(1, 2, 3)));

	private final PathRules rules = new PathRules(new DraftRules(new DraftRulesTest.FakeArchive(),
			HeldText.of(DraftRulesTest.ARTICLE, DraftRulesTest.PARAGRAPH + "\n")),
			address -> Optional.ofNullable(PUBLISHED.get(address)));

	private static final CitationDraft FOUNDED = new CitationDraft(DraftRulesTest.ARTICLE, null,
			"The MIR was founded in 1965 by a union of leftist student groups");

	private static PathDraft path(StepDraft... steps) {
		return new PathDraft(null, "Founders", "Fundadores", "Who founded the MIR.", "Quiénes fundaron el MIR.",
				List.of(steps));
	}

	private static StepDraft step(String target, String section, String text, String textEs,
			CitationDraft... citations) {
		return new StepDraft(null, target, section, text, textEs, List.of(citations));
	}

	private static List<String> fields(List<DraftRules.Problem> problems) {
		return problems.stream().map(p -> p.field() + " " + p.message()).toList();
	}

	@Test
	void aPathOfStepsToAnEntryAStatementAndASectionWithCitedTextMeetsEveryRule() {
		assertThat(rules.check(path(step("/people/miguel-enriquez", null, null, null),
				step("/organizations/mir#statement-mir-founded", null, "Where it began.", "Dónde empezó.", FOUNDED),
				step(ARTICLE, "2", "The article tells of the founding.", "El artículo cuenta la fundación.", FOUNDED)),
				null)).isEmpty();
	}

	@Test
	void titleAndIntroductionAreGivenInBothLanguagesWithinTheirColumnsAndAPathHasAStep() {
		PathDraft bare = new PathDraft(null, "Founders", null, "x".repeat(2001), null, List.of());
		assertThat(fields(rules.check(bare, null))).containsExactly("titleEs curation.path.problem.titleEs",
				"introduction curation.path.problem.tooLong", "introductionEs curation.path.problem.introductionEs",
				"steps curation.path.problem.noSteps");
	}

	@Test
	void eachTargetIsSomethingPublishedAndASectionOneTheWorkHas() {
		assertThat(fields(rules.check(path(step("/people/nobody", null, null, null), step(null, null, null, null),
				step(ARTICLE, "9", null, null), step("/people/miguel-enriquez", "2", null, null),
				step(ARTICLE, "two", null, null)), null)))
			.containsExactly("steps[0].target curation.path.problem.target",
					"steps[1].target curation.path.problem.targetRequired", "steps[2].section curation.path.problem.noSection",
					"steps[3].section curation.path.problem.sectionOfWork",
					"steps[4].section curation.path.problem.sectionNumber");
	}

	@Test
	void aStepsTextIsInBothLanguagesOrNeitherAndCitedAsAnEntrysClaimIs() {
		assertThat(fields(rules.check(path(step(ARTICLE, "2", "Only English.", null, FOUNDED),
				step(ARTICLE, "2", "Uncited.", "Sin citar."),
				step(ARTICLE, "2", "Misquoted.", "Mal citado.",
						new CitationDraft(DraftRulesTest.ARTICLE, null, "The MIR was founded in 1966")),
				step(ARTICLE, "2", null, null, FOUNDED)), null)))
			.containsExactly("steps[0].textEs curation.path.problem.textInBoth",
					"steps[1].citations curation.path.problem.uncited",
					"steps[2].citations[0].quotation rules.citation.notVerbatim",
					"steps[3].citations curation.path.problem.citationsWithoutText");
	}

	@Test
	void aPublishedPathKeepsItsAddressAndANewOneNeedsATitleToMakeOne() {
		PathDraft published = new PathDraft("founders", "Founders", "Fundadores", "Who founded the MIR.",
				"Quiénes fundaron el MIR.", List.of(step("/people/miguel-enriquez", null, null, null)));
		PathDraft moved = new PathDraft("other", published.title(), published.titleEs(), published.introduction(),
				published.introductionEs(), published.steps());
		assertThat(fields(rules.check(moved, published))).containsExactly("title curation.path.problem.slug");
		PathDraft symbols = new PathDraft(null, "…", "…", "Who.", "Quién.", published.steps());
		assertThat(fields(rules.check(symbols, null))).containsExactly("title curation.path.problem.noLetters");
	}

}
