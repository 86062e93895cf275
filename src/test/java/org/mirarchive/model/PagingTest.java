package org.mirarchive.model;

import java.util.Collections;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Which list page a {@code page} parameter names, and the links a list page of a long list offers. */
class PagingTest {

	@Test
	void noParameterIsTheFirstListPageOfFifty() {
		assertThat(Paging.parse(null)).contains(new Paging(1, 50));
		assertThat(Paging.parse("1").orElseThrow().pageable()).isEqualTo(PageRequest.of(0, 50));
		assertThat(Paging.parse("40").orElseThrow().pageable()).isEqualTo(PageRequest.of(39, 50));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "abc", "", " 2", "2 ", "+2", "02", "1e3", "2.0", "1,2", "9999999999",
			"99999999999999999999999" })
	void whatIsNotAPageNumberNamesNoListPage(String page) {
		assertThat(Paging.parse(page)).isEmpty();
	}

	@Test
	void aListMayHoldFewerLinesAListPageUnderTheSameRule() {
		Paging second = Paging.parse("2", 20).orElseThrow();
		assertThat(second.offset()).isEqualTo(20);
		assertThat(second.pageable()).isEqualTo(PageRequest.of(1, 20));
		assertThat(second.pages(63)).isEqualTo(4);
		assertThat(Paging.parse("4", 20).orElseThrow().within(63)).isTrue();
		assertThat(Paging.parse("5", 20).orElseThrow().within(63)).isFalse();
		assertThat(Paging.parse("02", 20)).isEmpty();
		assertThat(Paging.parse(null, 20)).contains(new Paging(1, 20));
	}

	@Test
	void anEmptyListIsOneEmptyListPage() {
		Paging first = Paging.parse(null).orElseThrow();
		assertThat(first.pages(0)).isEqualTo(1);
		assertThat(first.within(0)).isTrue();
		assertThat(Paging.parse("2").orElseThrow().within(0)).isFalse();
	}

	@Test
	void theLargestPageNumberIsPastTheEndNotAnOverflow() {
		Paging far = Paging.parse("999999999").orElseThrow();
		assertThat(far.offset()).isEqualTo(999_999_998L * 50);
		assertThat(far.within(Long.MAX_VALUE / 2)).isTrue();
		assertThat(far.within(1_234)).isFalse();
	}

	@Test
	void aMiddleListPageLinksToItsNeighboursAndBothEnds() {
		Paging.Pager pager = pager("3", page(3, 50, 1_234), "/people");
		assertThat(pager.number()).isEqualTo(3);
		assertThat(pager.pages()).isEqualTo(25);
		assertThat(pager.from()).isEqualTo(101);
		assertThat(pager.to()).isEqualTo(150);
		assertThat(pager.first()).isEqualTo("/people");
		assertThat(pager.previous()).isEqualTo("/people?page=2");
		assertThat(pager.next()).isEqualTo("/people?page=4");
		assertThat(pager.last()).isEqualTo("/people?page=25");
		assertThat(pager.isPaged()).isTrue();
	}

	@Test
	void theFirstAndLastListPagesLinkOnlyOneWay() {
		Paging.Pager first = pager(null, page(1, 50, 120), "/events");
		assertThat(first.first()).isNull();
		assertThat(first.previous()).isNull();
		assertThat(first.next()).isEqualTo("/events?page=2");
		Paging.Pager last = pager("3", page(3, 20, 120), "/events");
		assertThat(last.to()).isEqualTo(120);
		assertThat(last.next()).isNull();
		assertThat(last.last()).isNull();
		assertThat(last.previous()).isEqualTo("/events?page=2");
	}

	@Test
	void aShortOrEmptyListIsOneListPageWithoutAPager() {
		assertThat(pager(null, page(1, 0, 0), "/places").isPaged()).isFalse();
		assertThat(pager(null, page(1, 19, 19), "/events").pages()).isEqualTo(1);
	}

	@Test
	void aListPageBeyondTheLastHasNoPager() {
		assertThat(Paging.parse("26").orElseThrow().pager(page(26, 0, 1_234), "/people")).isEmpty();
		assertThat(Paging.parse("2").orElseThrow().pager(page(2, 0, 0), "/people")).isEmpty();
	}

	@Test
	void linksKeepTheListsOtherParametersEncoded() {
		Paging.Pager pager = Paging.parse("2")
			.orElseThrow()
			.pager(page(2, 50, 150), "/search", Map.of("q", "Enríquez & co"))
			.orElseThrow();
		assertThat(pager.first()).isEqualTo("/search?q=Enr%C3%ADquez+%26+co");
		assertThat(pager.next()).isEqualTo("/search?q=Enr%C3%ADquez+%26+co&page=3");
	}

	@Test
	void aListPagesAddressIsTheOneThePagerLinks() {
		assertThat(Paging.href("/api/people", 1)).isEqualTo("/api/people");
		assertThat(Paging.href("/api/people", 4)).isEqualTo("/api/people?page=4");
		assertThat(Paging.href("/people", 25)).isEqualTo(pager("3", page(3, 50, 1_234), "/people").last());
	}

	private static Paging.Pager pager(String number, ListPage<String> page, String path) {
		return Paging.parse(number).orElseThrow().pager(page, path).orElseThrow();
	}

	/** The list page {@code number} of a list of {@code total} lines, holding {@code lines} of them. */
	private static ListPage<String> page(int number, int lines, long total) {
		return new ListPage<>(Collections.nCopies(lines, "line"), new Paging(number, 50), total);
	}

}
