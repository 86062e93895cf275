package org.mirarchive.picture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.mirarchive.model.HistoricalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How the time axis lays out dates: as wide as they are known, fading where doubtful, open where open. */
class TimeChartTest {

	private static TimeChart.Line line(String label, String edtf) {
		return new TimeChart.Line(label, "en", "/events/" + label, HistoricalDate.parse(edtf), edtf, false);
	}

	private static TimeChart.Mark only(TimeChart chart, String label) {
		return chart.marks().stream().filter(mark -> mark.label().equals(label)).findFirst().orElseThrow();
	}

	@Test
	void anIntervalIsABarFromTheFirstDayItCanStartToTheLastItCanEnd() {
		TimeChart chart = TimeChart.of(List.of(line("bolivia", "1966-11-03/1967-10-09"), line("founding", "1965")), "t");
		TimeChart.Mark bar = only(chart, "bolivia");
		assertThat(bar.dot()).isFalse();
		assertThat(bar.x()).isCloseTo(chart.x(LocalDate.of(1966, 11, 3)), within(0.1));
		assertThat(bar.x() + bar.width()).isCloseTo(chart.x(LocalDate.of(1967, 10, 10)), within(0.15));
		assertThat(bar.fades()).isFalse();
		assertThat(bar.classes()).doesNotContain("approximate", "uncertain", "open");
	}

	@Test
	void anApproximateYearIsAYearWideAndFadesAtBothEnds() {
		TimeChart chart = TimeChart.of(List.of(line("founding", "1965~"), line("death", "1974")), "t");
		TimeChart.Mark year = only(chart, "founding");
		assertThat(year.x()).isCloseTo(chart.x(LocalDate.of(1965, 1, 1)), within(0.1));
		assertThat(year.width()).isCloseTo(chart.x(LocalDate.of(1966, 1, 1)) - chart.x(LocalDate.of(1965, 1, 1)), within(0.15));
		assertThat(year.fades()).isTrue();
		assertThat(year.fadesAtStart()).isTrue();
		assertThat(year.fadesAtEnd()).isTrue();
		assertThat(year.fill()).isEqualTo("url(#" + year.gradientId() + ")");
		assertThat(year.stops()).first().extracting(TimeChart.Stop::opacity).isEqualTo(TimeChart.FAINT);
		assertThat(year.stops()).last().extracting(TimeChart.Stop::opacity).isEqualTo(TimeChart.FAINT);
		assertThat(year.classes()).contains("timechart__mark--approximate", "timechart__mark--fades");
		// A year known for certain is as wide, and does not fade.
		TimeChart.Mark certain = only(chart, "death");
		assertThat(certain.width()).isCloseTo(year.width(), within(0.3));
		assertThat(certain.fades()).isFalse();
	}

	@Test
	void aMonthIsAMonthWideAndADayIsADotOnItsDay() {
		TimeChart chart = TimeChart.of(List.of(line("prats", "1973-09"), line("coup", "1973-09-11"), line("start", "1970")), "t");
		TimeChart.Mark month = only(chart, "prats");
		assertThat(month.width()).isCloseTo(chart.x(LocalDate.of(1973, 10, 1)) - chart.x(LocalDate.of(1973, 9, 1)), within(0.15));
		TimeChart.Mark day = only(chart, "coup");
		assertThat(day.dot()).isTrue();
		assertThat(day.cx()).isBetween(chart.x(LocalDate.of(1973, 9, 11)) - 0.1, chart.x(LocalDate.of(1973, 9, 12)) + 0.1);
		assertThat(day.r()).isPositive();
	}

	@Test
	void anUncertainEndFadesOverTheSpanItIsKnownToOnly() {
		TimeChart chart = TimeChart.of(List.of(line("reforms", "1970/1973?")), "t");
		TimeChart.Mark bar = only(chart, "reforms");
		assertThat(bar.fadesAtStart()).isFalse();
		assertThat(bar.fadesAtEnd()).isTrue();
		assertThat(bar.classes()).contains("timechart__mark--uncertain");
		// Solid until 1973 begins, then fading over 1973, the year the end is known to.
		double solidUntil = (chart.x(LocalDate.of(1973, 1, 1)) - bar.x()) / bar.width();
		assertThat(bar.stops()).extracting(TimeChart.Stop::offset).contains(1.0);
		assertThat(bar.stops().get(bar.stops().size() - 2).offset()).isCloseTo(solidUntil, within(0.01));
	}

	@Test
	void anOpenEndReachesTheEdgeWithAnArrowAndAnUnknownEndFadesToIt() {
		TimeChart chart = TimeChart.of(List.of(line("ongoing", "1965/.."), line("talks", "1972-10/"), line("coup", "1973-09-11")), "t");
		TimeChart.Mark open = only(chart, "ongoing");
		assertThat(open.x() + open.width()).isCloseTo(chart.right(), within(0.1));
		assertThat(open.openAtEnd()).isTrue();
		assertThat(open.arrow()).isNotBlank();
		assertThat(open.fades()).isFalse();
		TimeChart.Mark unknown = only(chart, "talks");
		assertThat(unknown.x() + unknown.width()).isCloseTo(chart.right(), within(0.1));
		assertThat(unknown.arrow()).isNull();
		assertThat(unknown.fadesAtEnd()).isTrue();
		// The axis runs on past the last date known, so that an open end is seen to go on.
		assertThat(chart.last()).isAfter(LocalDate.of(1974, 1, 1));
		TimeChart.Mark openStart = only(TimeChart.of(List.of(line("before", "../1970"), line("x", "1971")), "t"), "before");
		assertThat(openStart.x()).isCloseTo(TimeChart.LEFT, within(0.1));
		assertThat(openStart.openAtStart()).isTrue();
	}

	@Test
	void ticksCoverTheSpanInTidySteps() {
		TimeChart chart = TimeChart.of(List.of(line("a", "1944/1974"), line("b", "1965"), line("c", "1973-09-11")), "t");
		List<TimeChart.Tick> ticks = chart.ticks();
		assertThat(Integer.parseInt(ticks.get(0).label())).isLessThanOrEqualTo(1944);
		assertThat(Integer.parseInt(ticks.get(ticks.size() - 1).label())).isGreaterThanOrEqualTo(1975);
		assertThat(ticks.size() - 1).isLessThanOrEqualTo(TimeChart.MAX_TICKS);
		assertThat(ticks).extracting(TimeChart.Tick::label).containsSequence("1945", "1950", "1955");
		assertThat(ticks.get(0).x()).isCloseTo(TimeChart.LEFT, within(0.1));
		assertThat(ticks.get(ticks.size() - 1).x()).isCloseTo(TimeChart.RIGHT, within(0.1));
		assertThat(TimeChart.step(1)).isEqualTo(1);
		assertThat(TimeChart.step(10)).isEqualTo(1);
		assertThat(TimeChart.step(11)).isEqualTo(2);
		assertThat(TimeChart.step(31)).isEqualTo(5);
		assertThat(TimeChart.step(300)).isEqualTo(50);
	}

	@Test
	void rowsNeverOverlapNorDoLabels() {
		List<TimeChart.Line> lines = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			lines.add(line("An event with a fairly long name " + i, "1973-0" + (1 + i % 9)));
		}
		lines.add(line("life", "1944/1974"));
		TimeChart chart = TimeChart.of(lines, "t");
		assertThat(chart.rows()).isGreaterThan(1);
		for (TimeChart.Mark a : chart.marks()) {
			assertThat(a.labelX()).isGreaterThanOrEqualTo(0);
			assertThat(a.extentEnd()).isLessThanOrEqualTo(chart.width());
			for (TimeChart.Mark b : chart.marks()) {
				if (a != b && a.row() == b.row()) {
					assertThat(a.extentEnd() <= b.extentStart() || b.extentEnd() <= a.extentStart())
						.as("%s and %s share row %d", a.label(), b.label(), a.row()).isTrue();
				}
			}
			// Each row's mark and label stay inside the picture's height.
			assertThat(a.y() + a.height()).isLessThanOrEqualTo(chart.height());
		}
	}

	@Test
	void theLinksAreInDateOrderWithTheNameAndTheDateInWords() {
		TimeChart chart = TimeChart.of(List.of(line("coup", "1973-09-11"), line("founding", "1965"),
				line("bolivia", "1966-11-03/1967-10-09"), line("before", "../1960"),
				new TimeChart.Line("Miguel Enríquez", "es", null, HistoricalDate.parse("1944/1974"), "1944–1974", true)), "t");
		assertThat(chart.marks()).extracting(TimeChart.Mark::label)
			.containsExactly("before", "Miguel Enríquez", "founding", "bolivia", "coup");
		assertThat(only(chart, "coup").name()).isEqualTo("coup, 1973-09-11");
		assertThat(only(chart, "coup").href()).isEqualTo("/events/coup");
		assertThat(chart.hasOwn()).isTrue();
		assertThat(only(chart, "Miguel Enríquez").classes()).contains("timechart__mark--own");
		TimeChart doubtful = TimeChart.of(List.of(line("a", "1965~"), line("b", "1966?"), line("c", "1967%")), "t");
		assertThat(doubtful.marks()).extracting(TimeChart.Mark::gradientId).doesNotContainNull().doesNotHaveDuplicates();
	}

}
