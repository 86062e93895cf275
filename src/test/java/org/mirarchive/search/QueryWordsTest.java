package org.mirarchive.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What the archive makes of whatever a reader types into the search box. */
class QueryWordsTest {

	@Test
	void nothingTypedIsBlank() {
		assertThat(QueryWords.of(null).blank()).isTrue();
		assertThat(QueryWords.of("   \t ").blank()).isTrue();
		assertThat(QueryWords.of("\u0000\u0007").blank()).isTrue();
		assertThat(QueryWords.of("Pinochet").blank()).isFalse();
	}

	@Test
	void wordsAreLettersAndDigitsWithApostrophesInside() {
		assertThat(QueryWords.of("  Miguel   Enríquez ").words()).containsExactly("Miguel", "Enríquez");
		assertThat(QueryWords.of("Chile’s MIR, coup d'etat").words()).containsExactly("Chile’s", "MIR", "coup", "d'etat");
		assertThat(QueryWords.of("Ley 17.450, 1971.").words()).containsExactly("Ley", "17.450", "1971");
		assertThat(QueryWords.of("Ferrada-Noli").words()).containsExactly("Ferrada", "Noli");
	}

	@ParameterizedTest
	@ValueSource(strings = { "(*~^", "\"", "' -- ;", "<>/", "+-&&||!(){}[]^\"~*?:\\/", "?" })
	void querySyntaxIsNeverAWord(String typed) {
		QueryWords query = QueryWords.of(typed);
		assertThat(query.blank()).isFalse();
		assertThat(query.searchable()).isFalse();
	}

	@Test
	void markupAndSqlLeaveOnlyTheirWords() {
		assertThat(QueryWords.of("<script>alert(1)</script>").words()).containsExactly("script", "alert", "1", "script");
		assertThat(QueryWords.of("' OR 1=1 --").words()).containsExactly("OR", "1", "1");
		assertThat(QueryWords.of("<script>alert(1)</script>").text()).isEqualTo("<script>alert(1)</script>");
	}

	@Test
	void controlCharactersSeparateWordsAndAreNotShownBack() {
		QueryWords query = QueryWords.of("Pino\u0000chet\u0007 Allende");
		assertThat(query.words()).containsExactly("Pino", "chet", "Allende");
		assertThat(query.text()).isEqualTo("Pino chet Allende");
	}

	@Test
	void loneSurrogatesAndInvisibleCharactersAreDroppedButPairsKept() {
		assertThat(QueryWords.of("Pino\uD800chet").text()).isEqualTo("Pinochet");
		assertThat(QueryWords.of("\uDC00Allende\uD83D").words()).containsExactly("Allende");
		assertThat(QueryWords.of("Pino\u200Bchet").words()).containsExactly("Pinochet");
		// A letter outside the Basic Multilingual Plane (mathematical bold A) is a whole character.
		assertThat(QueryWords.of("\uD835\uDC00bc").words()).containsExactly("\uD835\uDC00bc");
	}

	@Test
	void decomposedAccentsAreComposedAsTheArchiveStoresThem() {
		assertThat(QueryWords.of("Enri\u0301quez").words()).containsExactly("Enríquez");
	}

	@Test
	void veryLongInputIsCutAndSaysSo() {
		QueryWords query = QueryWords.of("a".repeat(10_000));
		assertThat(query.shortened()).isTrue();
		assertThat(query.text()).hasSize(QueryWords.MAX_LENGTH);
		assertThat(query.words()).containsExactly("a".repeat(QueryWords.MAX_WORD_LENGTH));

		QueryWords many = QueryWords.of("Pinochet ".repeat(2_000));
		assertThat(many.shortened()).isTrue();
		assertThat(many.words()).hasSize(QueryWords.MAX_WORDS);

		assertThat(QueryWords.of("Miguel Enríquez").shortened()).isFalse();
	}

	@Test
	void onlyWordsOfFiveLettersOrMoreForgiveATypo() {
		assertThat(QueryWords.forgivesTypo("Pinochett")).isTrue();
		assertThat(QueryWords.forgivesTypo("Chile")).isTrue();
		assertThat(QueryWords.forgivesTypo("Chile’s")).isTrue();
		assertThat(QueryWords.forgivesTypo("Ché")).isFalse();
		assertThat(QueryWords.forgivesTypo("DINA")).isFalse();
		assertThat(QueryWords.forgivesTypo("MIT")).isFalse();
		// Numbers never: 1974 is not 1973.
		assertThat(QueryWords.forgivesTypo("19733")).isFalse();
		assertThat(QueryWords.forgivesTypo("abcd1")).isFalse();
	}

}
