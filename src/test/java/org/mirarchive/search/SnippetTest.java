package org.mirarchive.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The highlighter's output, split into the parts a page escapes and marks. */
class SnippetTest {

	private static final String O = Snippet.OPEN;

	private static final String C = Snippet.CLOSE;

	@Test
	void splitsAtTheMarks() {
		Snippet snippet = Snippet.highlighted("General Augusto " + O + "Pinochet" + C + " led the coup.");
		assertThat(snippet.parts()).containsExactly(new Snippet.Part("General Augusto ", false),
				new Snippet.Part("Pinochet", true), new Snippet.Part(" led the coup.", false));
		assertThat(snippet.text()).isEqualTo("General Augusto Pinochet led the coup.");
		assertThat(snippet.markedLength()).isEqualTo(8);
	}

	@Test
	void adjacentMatchesReadAsOneMark() {
		Snippet snippet = Snippet.highlighted(O + "Miguel" + C + O + " " + C + O + "Enríquez" + C);
		assertThat(snippet.parts()).containsExactly(new Snippet.Part("Miguel Enríquez", true));
	}

	@Test
	void markupInTheTextStaysText() {
		Snippet snippet = Snippet.highlighted("<b>" + O + "DINA" + C + "</b>");
		assertThat(snippet.parts()).containsExactly(new Snippet.Part("<b>", false), new Snippet.Part("DINA", true),
				new Snippet.Part("</b>", false));
	}

	@Test
	void unpairedMarksAreDropped() {
		assertThat(Snippet.highlighted("a " + O + "b").parts()).containsExactly(new Snippet.Part("a b", false));
		assertThat(Snippet.highlighted("a " + C + "b").parts()).containsExactly(new Snippet.Part("a b", false));
	}

	@Test
	void plainTextHasNoMarks() {
		assertThat(Snippet.plain("Summary.").parts()).containsExactly(new Snippet.Part("Summary.", false));
		assertThat(Snippet.plain(null).parts()).isEmpty();
		assertThat(Snippet.plain("Summary.").markedLength()).isZero();
	}

}
