package org.mirarchive.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which page a reader gets for whatever page number arrives, and the links to the others. */
class PagingTest {

	@Test
	void anythingButAPageNumberIsTheFirstPage() {
		for (String requested : new String[] { null, "", "abc", "0", "-3", "1.5", "2e3", " ", "00" }) {
			assertThat(Paging.parse(requested)).as(requested).isEqualTo(1);
		}
		assertThat(Paging.parse("2")).isEqualTo(2);
		assertThat(Paging.parse(" 3 ")).isEqualTo(3);
		assertThat(Paging.parse("+4")).isEqualTo(4);
		assertThat(Paging.parse("007")).isEqualTo(7);
	}

	@Test
	void aHugePageNumberIsPastTheEndNotAnOverflow() {
		Paging paging = Paging.of("99999999999999999999999", 63);
		assertThat(paging.requested()).isEqualTo(Integer.MAX_VALUE);
		assertThat(paging.pastEnd()).isTrue();
		assertThat(paging.links()).isEmpty();
		assertThat(paging.hasPrevious()).isFalse();
		assertThat(paging.hasNext()).isFalse();
	}

	@Test
	void pagesHoldTwentyResults() {
		Paging second = Paging.of("2", 63);
		assertThat(second.pages()).isEqualTo(4);
		assertThat(second.offset()).isEqualTo(20);
		assertThat(second.first()).isEqualTo(21);
		assertThat(second.last()).isEqualTo(40);
		assertThat(Paging.of("4", 63).last()).isEqualTo(63);
		assertThat(Paging.of("4", 63).pastEnd()).isFalse();
		assertThat(Paging.of("5", 63).pastEnd()).isTrue();
		assertThat(Paging.of("1", 20).pages()).isEqualTo(1);
		assertThat(Paging.of("1", 21).pages()).isEqualTo(2);
	}

	@Test
	void noResultsIsOneEmptyPageNotPastTheEnd() {
		Paging none = Paging.of("1", 0);
		assertThat(none.pages()).isZero();
		assertThat(none.pastEnd()).isFalse();
		assertThat(none.links()).isEmpty();
	}

	@Test
	void linksShowTheEndsAndTheNeighboursWithGapsBetween() {
		assertThat(numbers(Paging.of("1", 63).links())).containsExactly("[1]", "2", "3", "4");
		assertThat(numbers(Paging.of("10", 400).links())).containsExactly("1", "…", "8", "9", "[10]", "11", "12", "…", "20");
		assertThat(numbers(Paging.of("3", 400).links())).containsExactly("1", "2", "[3]", "4", "5", "…", "20");
		assertThat(numbers(Paging.of("1", 20).links())).isEmpty();
		assertThat(Paging.of("1", 63).hasPrevious()).isFalse();
		assertThat(Paging.of("1", 63).hasNext()).isTrue();
		assertThat(Paging.of("4", 63).hasNext()).isFalse();
	}

	private static List<String> numbers(List<Paging.Link> links) {
		return links.stream()
			.map(link -> link.number() == null ? "…" : link.current() ? "[" + link.number() + "]" : "" + link.number())
			.toList();
	}

}
