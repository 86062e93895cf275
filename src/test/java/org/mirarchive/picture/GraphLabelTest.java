package org.mirarchive.picture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names broken into a label's short lines. */
class GraphLabelTest {

	@Test
	void aShortNameIsOneLine() {
		assertThat(GraphLabel.of("  DINA ", 18, 2)).isEqualTo(new GraphLabel(java.util.List.of("DINA"), false));
	}

	@Test
	void aLongerNameBreaksBetweenWords() {
		GraphLabel label = GraphLabel.of("Revolutionary Left Movement (MIR)", 18, 2);
		assertThat(label.lines()).containsExactly("Revolutionary Left", "Movement (MIR)");
		assertThat(label.shortened()).isFalse();
	}

	@Test
	void aNameTooLongForItsLinesEndsInAnEllipsis() {
		GraphLabel label = GraphLabel.of("National Liberation Army of Bolivia and its allies", 18, 2);
		assertThat(label.lines()).hasSize(2).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(18));
		assertThat(label.lines().get(1)).endsWith("…");
		assertThat(label.shortened()).isTrue();
	}

	@Test
	void aWordLongerThanALineIsCut() {
		GraphLabel label = GraphLabel.of("Supercalifragilisticexpialidocious", 10, 1);
		assertThat(label.lines()).containsExactly("Supercali…");
	}

}
