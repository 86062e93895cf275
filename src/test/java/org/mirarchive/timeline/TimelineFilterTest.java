package org.mirarchive.timeline;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.mirarchive.model.HistoricalDate;
import org.mirarchive.model.StoredDate;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineFilterTest {

	@Test
	void blankFieldsOfAnUntouchedFormMeanNoFilter() {
		TimelineFilter filter = new TimelineFilter("", " ", "", null);
		assertThat(filter.isNarrowed()).isFalse();
		assertThat(filter.byDate()).isFalse();
		assertThat(filter.path()).isEqualTo("/timeline");
		assertThat(filter.inRange(StoredDate.none())).isTrue();
	}

	@Test
	void aRangeRunsFromTheFirstDayOfFromToTheLastDayOfTo() {
		TimelineFilter filter = new TimelineFilter(null, null, "1973-09", "1974");
		assertThat(filter.earliest()).isEqualTo(LocalDate.of(1973, 9, 1));
		assertThat(filter.latest()).isEqualTo(LocalDate.of(1974, 12, 31));
	}

	@ParameterizedTest(name = "{0} in 1970–1974: {1}")
	@CsvSource({ "1973-09-11, true", "1970, true", "1974-12-31, true", "1969, false", "1975-01, false",
			"1965/1970, true", "1973/1975, true", "1960/1969, false", "196X, false", "1972-10/, true", "1965/.., true",
			"../1969, false", "../1971, true", "1975/, false", "1970~, true" })
	void anEventIsInTheRangeWhenItsDatesCanOverlapIt(String edtf, boolean in) {
		TimelineFilter filter = new TimelineFilter(null, null, "1970", "1974");
		assertThat(filter.inRange(StoredDate.of(HistoricalDate.parse(edtf)))).isEqualTo(in);
	}

	@Test
	void underADateFilterUndatedEventsAreLeftOut() {
		assertThat(new TimelineFilter(null, null, "1970", null).inRange(StoredDate.none())).isFalse();
		assertThat(new TimelineFilter(null, null, null, "1974").inRange(StoredDate.none())).isFalse();
	}

	@Test
	void anOpenRangeHasOneEnd() {
		TimelineFilter from = new TimelineFilter(null, null, "1974", null);
		assertThat(from.inRange(StoredDate.of(HistoricalDate.parse("1973-09-11")))).isFalse();
		assertThat(from.inRange(StoredDate.of(HistoricalDate.parse("1974")))).isTrue();
		TimelineFilter to = new TimelineFilter(null, null, null, "1965");
		assertThat(to.inRange(StoredDate.of(HistoricalDate.parse("1965")))).isTrue();
		assertThat(to.inRange(StoredDate.of(HistoricalDate.parse("1970")))).isFalse();
	}

	@ParameterizedTest(name = "from={0} to={1}")
	@CsvSource({ "abc, , timeline.problem.from", ", 19, timeline.problem.to", "1973-13, , timeline.problem.from",
			"1973-02-30, , timeline.problem.from", "1965~, , timeline.problem.from", "1970/1974, , timeline.problem.from",
			"1975, 1970, timeline.problem.order", "1973-10, 1973-09, timeline.problem.order" })
	void datesThatCannotBeReadOrARangeEndingBeforeItStartsAreProblems(String from, String to, String key) {
		assertThat(new TimelineFilter(null, null, from, to).dateProblems()).extracting(TimelineFilter.Problem::key)
			.containsExactly(key);
	}

	@Test
	void aRangeOfOneYearIsFine() {
		assertThat(new TimelineFilter(null, null, "1973", "1973").dateProblems()).isEmpty();
		assertThat(new TimelineFilter(null, null, "1973-09-11", "1973-09").dateProblems()).isEmpty();
	}

	@Test
	void theShareableLinkKeepsOnlyWhatNarrowsInAFixedOrder() {
		assertThat(new TimelineFilter("augusto-pinochet", "", "1970", " 1974 ").path())
			.isEqualTo("/timeline?person=augusto-pinochet&from=1970&to=1974");
		assertThat(new TimelineFilter(null, "mir", null, null).path()).isEqualTo("/timeline?organization=mir");
	}

}
