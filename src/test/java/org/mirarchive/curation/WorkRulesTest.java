package org.mirarchive.curation;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.mirarchive.curation.WorkDraft.NoteDraft;
import org.mirarchive.curation.WorkDraft.UnknownDraft;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules a work's record meets at save, each named by the field it concerns. */
class WorkRulesTest {

	private final WorkRules rules = new WorkRules(title -> Optional.of("a-book"));

	private static WorkDraft book(String url, String issued, List<UnknownDraft> unknown) {
		return new WorkDraft(null, "BOOK", "A Book", null, "An Author", null, null, null, "A Press", "Santiago", null,
				issued, url, null, null, null, "en", "A book.", null, unknown,
				List.of(new NoteDraft(null, "RIGHTS", "Rights reserved.", null)));
	}

	private static List<String> fields(List<DraftRules.Problem> problems) {
		return problems.stream().map(p -> p.field() + " " + p.message()).toList();
	}

	@Test
	void aCompleteBookMeetsEveryRule() {
		assertThat(rules.check(book("https://example.org/book", "1999", List.of(new UnknownDraft("ISBN", "NOT_FOUND"))),
				null)).isEmpty();
	}

	@Test
	void onlyAnHttpOrHttpsAddressThatNamesASiteIsAccepted() {
		for (String bad : List.of("javascript:alert(1)", "ftp://example.org", "example.org", "https://", "http://exa mple")) {
			assertThat(fields(rules.check(book(bad, "1999", List.of(new UnknownDraft("ISBN", "NONE"))), null))).as(bad)
				.containsExactly("url curation.work.problem.url");
		}
	}

	@Test
	void aRequiredFieldIsGivenOrDeclaredUnknownNeverBothAndDatesParse() {
		assertThat(fields(rules.check(book(null, "1999", List.of()), null))).containsExactly("isbn curation.work.problem.missing");
		assertThat(fields(rules.check(book(null, null, List.of(new UnknownDraft("ISBN", "NONE"),
				new UnknownDraft("ISSUED", "NOT_SHOWN"), new UnknownDraft("AUTHOR", "NONE"))), null)))
			.containsExactly("author curation.work.problem.givenAndUnknown");
		assertThat(fields(rules.check(book(null, "1999-13", List.of(new UnknownDraft("ISBN", "NONE"))), null)))
			.containsExactly("issued curation.work.problem.edtf");
	}

	@Test
	void aPublishedWorkKeepsItsAddressAndANewOneNeedsATitleToMakeOne() {
		WorkDraft published = new WorkDraft("a-book", "BOOK", "A Book", null, "An Author", null, null, null, "A Press",
				"Santiago", null, "1999", null, null, null, "123", "en", "A book.", null, List.of(), List.of());
		WorkDraft moved = new WorkDraft("another-book", "BOOK", "A Book", null, "An Author", null, null, null, "A Press",
				"Santiago", null, "1999", null, null, null, "123", "en", "A book.", null, List.of(), List.of());
		assertThat(fields(rules.check(moved, published))).containsExactly("title curation.work.problem.slug");
		assertThat(fields(new WorkRules(title -> Optional.empty()).check(book(null, "1999",
				List.of(new UnknownDraft("ISBN", "NONE"))), null))).containsExactly("title curation.work.problem.noLetters");
	}

}
