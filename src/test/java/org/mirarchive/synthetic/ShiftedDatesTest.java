package org.mirarchive.synthetic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the synthetic archive moves the seed's dates, and invents words. */
class ShiftedDatesTest {

	@Test
	void everyYearOfADateMovesAndItsFormStays() {
		assertThat(SyntheticArchive.shiftYears("1973-09-11", 5)).isEqualTo("1978-09-11");
		assertThat(SyntheticArchive.shiftYears("1965~", -40)).isEqualTo("1925~");
		assertThat(SyntheticArchive.shiftYears("1970/1973-09-11", 3)).isEqualTo("1973/1976-09-11");
		assertThat(SyntheticArchive.shiftYears("1972-10/", 1)).isEqualTo("1973-10/");
		assertThat(SyntheticArchive.shiftYears("1965/..", 2)).isEqualTo("1967/..");
		assertThat(SyntheticArchive.shiftYears("../1973-09", -1)).isEqualTo("../1972-09");
		assertThat(SyntheticArchive.shiftYears(null, 3)).isNull();
	}

	@Test
	void aDayThatWouldNotExistKeepsItsYear() {
		assertThat(SyntheticArchive.shiftYears("1972-02-29", 1)).isEqualTo("1972-02-29");
	}

	@Test
	void inventedWordsAreTheSameForTheSameNumberAndDifferOtherwise() {
		assertThat(SyntheticArchive.word(42, 1)).isEqualTo(SyntheticArchive.word(42, 1)).matches("[A-Z][a-z]{3,9}");
		assertThat(SyntheticArchive.word(42, 1)).isNotEqualTo(SyntheticArchive.word(43, 1));
	}

}
