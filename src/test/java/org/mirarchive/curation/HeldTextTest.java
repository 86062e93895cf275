package org.mirarchive.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveDatabaseTest;
import org.mirarchive.curation.QuotedPassages.Place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class HeldTextTest {

	/** The article's shape in small: front matter, an introduction, headed sections, and two whose headings were lost. */
	static final String TEXT = """
			A Title: Of Things

			A Subtitle Without End


			A Title: Of Things

			A caption of a photograph

			Photo courtesy of someone

			The introduction says this. It says that too.

			First heading

			First section, first paragraph.

			Second heading

			Second section, first paragraph. It was "quoted" here.

			Second section – second paragraph,  with   spaces.


			A section whose heading was lost.

			Its second paragraph.


			The last section.

			©2014 Footer. All rights reserved.
			""";

	private final HeldText held = HeldText.of("work", TEXT);

	@Test
	void numbersPassagesAsTheSeedDoes() {
		assertThat(held.locate("work", "A Title: Of Things")).contains(new Place(0, 1));
		assertThat(held.locate("work", "A Subtitle Without End")).contains(new Place(0, 2));
		assertThat(held.locate("work", "caption of a photograph")).contains(new Place(0, 4));
		assertThat(held.locate("work", "It says that too.")).contains(new Place(1, 1));
		assertThat(held.locate("work", "First section, first paragraph.")).contains(new Place(2, 1));
		assertThat(held.locate("work", "Second section, first paragraph.")).contains(new Place(3, 1));
		assertThat(held.locate("work", "second paragraph, with spaces")).contains(new Place(3, 2));
		assertThat(held.locate("work", "A section whose heading was lost.")).contains(new Place(4, 1));
		assertThat(held.locate("work", "Its second paragraph.")).contains(new Place(4, 2));
		assertThat(held.locate("work", "The last section.")).contains(new Place(5, 1));
	}

	@Test
	void comparesAsCheckQuotesDoes() {
		assertThat(held.contains("work", "second SECTION, first paragraph.  It was \u201cquoted\u201d here."))
			.as("case, spaces and curly quotes do not count").isTrue();
		assertThat(held.contains("work", "Second section - second paragraph")).as("the kind of dash does not count")
			.isTrue();
		assertThat(held.contains("work", "Second section, first paragraph! It was")).as("a changed character counts")
			.isFalse();
		assertThat(held.contains("work", "first paragraph. Second heading")).as("a passage stays in one paragraph")
			.isFalse();
		assertThat(held.contains("work", "Second section ... here.")).as("no omissions").isFalse();
		assertThat(held.contains("work", "Second heading")).as("a heading is not a paragraph").isFalse();
		assertThat(held.contains("work", "   ")).isFalse();
	}

	@Test
	void holdsOnlyTheWorksItWasGiven() {
		assertThat(held.holds("work")).isTrue();
		assertThat(held.holds("other")).isFalse();
		assertThat(held.locate("other", "It says that too.")).isEmpty();
		assertThat(HeldText.none().holds(HeldText.ARTICLE)).isFalse();
	}

	@Test
	void anAbsentFileHoldsNothingAndAPresentOneHoldsTheArticle(@TempDir Path folder) throws IOException {
		assertThat(HeldText.article(folder.resolve("absent.txt")).holds(HeldText.ARTICLE)).isFalse();
		Path file = Files.writeString(folder.resolve("article.txt"), TEXT);
		assertThat(HeldText.article(file).locate(HeldText.ARTICLE, "The last section.")).contains(new Place(5, 1));
	}

	/**
	 * Every passage of the article the seed quotes is located where the seed says it stands: the
	 * numbering at save is the seed's. Skips where the article's text is not beside the checkout.
	 */
	@Nested
	@ArchiveDatabaseTest
	class TheSeedsQuotations {

		/** The article beside the checkout, as the archive reads it by default (another with -Dheld-text.article). */
		private static final Path ARTICLE = Path
			.of(System.getProperty("held-text.article", "../shared/source/chiles-mir-about-com-2014.txt"));

		@Autowired
		private JdbcTemplate jdbc;

		@Test
		void areLocatedWhereTheSeedSaysTheyStand() {
			assumeTrue(Files.exists(ARTICLE), "The seed article is beside the checkout at " + ARTICLE);
			HeldText article = HeldText.article(ARTICLE);
			List<Map<String, Object>> rows = jdbc.queryForList("select q.quote_key, q.text, q.section_no, q.paragraph_no "
					+ "from quotation q join source s on s.id = q.source_id where s.slug = ?", HeldText.ARTICLE);
			assertThat(rows).hasSizeGreaterThan(40).allSatisfy(row -> assertThat(article.locate(HeldText.ARTICLE,
					(String) row.get("TEXT")))
				.as("%s", row.get("QUOTE_KEY"))
				.contains(new Place(((Number) row.get("SECTION_NO")).intValue(),
						((Number) row.get("PARAGRAPH_NO")).intValue())));
		}

	}

}
