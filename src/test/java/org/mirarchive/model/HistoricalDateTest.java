package org.mirarchive.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests that {@link HistoricalDate} reads the Library of Congress EDTF specification's own
 * examples for levels 0 and 1, with the right earliest and latest days, and rejects what the
 * specification does not allow.
 *
 * <p>An empty CSV column stands for a null bound (an interval end that is unknown or open).
 */
class HistoricalDateTest {

	@ParameterizedTest(name = "{0} → {1} .. {2}")
	@CsvSource({
			// Level 0: date
			"1985-04-12, 1985-04-12, 1985-04-12",
			"1985-04,    1985-04-01, 1985-04-30",
			"1985,       1985-01-01, 1985-12-31",
			// Level 0: date and time
			"1985-04-12T23:20:30,       1985-04-12, 1985-04-12",
			"1985-04-12T23:20:30Z,      1985-04-12, 1985-04-12",
			"1985-04-12T23:20:30-04,    1985-04-12, 1985-04-12",
			"1985-04-12T23:20:30+04:30, 1985-04-12, 1985-04-12",
			// Level 0: time interval
			"1964/2008,             1964-01-01, 2008-12-31",
			"2004-06/2006-08,       2004-06-01, 2006-08-31",
			"2004-02-01/2005-02-08, 2004-02-01, 2005-02-08",
			"2004-02-01/2005-02,    2004-02-01, 2005-02-28",
			"2004-02-01/2005,       2004-02-01, 2005-12-31",
			"2005/2006-02,          2005-01-01, 2006-02-28",
	})
	void readsLevel0Examples(String edtf, LocalDate earliest, LocalDate latest) {
		HistoricalDate date = HistoricalDate.parse(edtf);

		assertThat(date.edtf()).isEqualTo(edtf);
		assertThat(date.earliest()).isEqualTo(earliest);
		assertThat(date.latest()).isEqualTo(latest);
	}

	@ParameterizedTest(name = "{0} → {1} .. {2}")
	@CsvSource({
			// Letter-prefixed calendar year
			"Y170000002,  +170000002-01-01, +170000002-12-31",
			"Y-170000002, -170000002-01-01, -170000002-12-31",
			// Seasons: spring, summer, autumn, winter (northern meteorological, winter into the next year)
			"2001-21, 2001-03-01, 2001-05-31",
			"2001-22, 2001-06-01, 2001-08-31",
			"2001-23, 2001-09-01, 2001-11-30",
			"2001-24, 2001-12-01, 2002-02-28",
			// Qualification of a date (complete)
			"1984?,        1984-01-01, 1984-12-31",
			"2004-06~,     2004-06-01, 2004-06-30",
			"2004-06-11%,  2004-06-11, 2004-06-11",
			// Unspecified digits from the right
			"201X,       2010-01-01, 2019-12-31",
			"20XX,       2000-01-01, 2099-12-31",
			"196X,       1960-01-01, 1969-12-31",
			"2004-XX,    2004-01-01, 2004-12-31",
			"1985-04-XX, 1985-04-01, 1985-04-30",
			"1985-XX-XX, 1985-01-01, 1985-12-31",
			// Extended interval: open end or start
			"1985-04-12/.., 1985-04-12, ",
			"1985-04/..,    1985-04-01, ",
			"1985/..,       1985-01-01, ",
			"../1985-04-12, ,           1985-04-12",
			"../1985-04,    ,           1985-04-30",
			"../1985,       ,           1985-12-31",
			// Extended interval: unknown end or start
			"1985-04-12/, 1985-04-12, ",
			"1985-04/,    1985-04-01, ",
			"1985/,       1985-01-01, ",
			"/1985-04-12, ,           1985-04-12",
			"/1985-04,    ,           1985-04-30",
			"/1985,       ,           1985-12-31",
			// Negative calendar year (astronomical: -1985 is 1986 BCE)
			"-1985, -1985-01-01, -1985-12-31",
			// Extended interval: qualified ends
			"1984~/2004-06,           1984-01-01, 2004-06-30",
			"1984/2004-06~,           1984-01-01, 2004-06-30",
			"1984~/2004~,             1984-01-01, 2004-12-31",
			"1984?/2004%,             1984-01-01, 2004-12-31",
			"1984-06?/2004-08?,       1984-06-01, 2004-08-31",
			"1984-06-02?/2004-08-08~, 1984-06-02, 2004-08-08",
			"1984-06-02?/,            1984-06-02, ",
			"1984-06-02?/..,          1984-06-02, ",
	})
	void readsLevel1Examples(String edtf, LocalDate earliest, LocalDate latest) {
		HistoricalDate date = HistoricalDate.parse(edtf);

		assertThat(date.edtf()).isEqualTo(edtf);
		assertThat(date.earliest()).isEqualTo(earliest);
		assertThat(date.latest()).isEqualTo(latest);
	}

	@Test
	void leapYearFebruaryEndsOnThe29th() {
		assertThat(HistoricalDate.parse("2004-02").latest()).isEqualTo(LocalDate.of(2004, 2, 29));
		assertThat(HistoricalDate.parse("2003-24").latest()).isEqualTo(LocalDate.of(2004, 2, 29));
		assertThat(HistoricalDate.parse("2004-02-29").earliest()).isEqualTo(LocalDate.of(2004, 2, 29));
	}

	@Test
	void yearZeroIsAllowedAndIsOneBce() {
		HistoricalDate date = HistoricalDate.parse("0000");

		assertThat(date.start().year()).isZero();
		assertThat(date.earliest()).isEqualTo(LocalDate.of(0, 1, 1));
		assertThat(date.latest()).isEqualTo(LocalDate.of(0, 12, 31));
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({
			"1985-04-12, DAY",
			"1985-04,    MONTH",
			"1985,       YEAR",
			"2001-21,    SEASON",
			"201X,       DECADE",
			"20XX,       CENTURY",
			"2004-XX,    YEAR",
			"1985-04-XX, MONTH",
			"1985-XX-XX, YEAR",
	})
	void knowsThePrecision(String edtf, DatePoint.Precision precision) {
		assertThat(HistoricalDate.parse(edtf).start().precision()).isEqualTo(precision);
	}

	@Test
	void singleDateIsNotAnInterval() {
		HistoricalDate date = HistoricalDate.parse("1985-04-12");

		assertThat(date.interval()).isFalse();
		assertThat(date.start()).isNotNull();
		assertThat(date.end()).isNull();
		assertThat(date.startBound()).isEqualTo(HistoricalDate.Bound.DATE);
		assertThat(date.endBound()).isEqualTo(HistoricalDate.Bound.DATE);
		assertThat(date).hasToString("1985-04-12");
	}

	@Test
	void intervalHasBothEnds() {
		HistoricalDate date = HistoricalDate.parse("2004-06/2006-08");

		assertThat(date.interval()).isTrue();
		assertThat(date.start().year()).isEqualTo(2004);
		assertThat(date.start().month()).isEqualTo(6);
		assertThat(date.end().year()).isEqualTo(2006);
		assertThat(date.end().month()).isEqualTo(8);
		assertThat(date.startBound()).isEqualTo(HistoricalDate.Bound.DATE);
		assertThat(date.endBound()).isEqualTo(HistoricalDate.Bound.DATE);
	}

	@ParameterizedTest(name = "{0}: start {1}, end {2}")
	@CsvSource({
			"1985/..,  DATE,    OPEN",
			"../1985,  OPEN,    DATE",
			"1985/,    DATE,    UNKNOWN",
			"/1985,    UNKNOWN, DATE",
			"1964/2008, DATE,   DATE",
	})
	void tellsOpenFromUnknownEnds(String edtf, HistoricalDate.Bound startBound, HistoricalDate.Bound endBound) {
		HistoricalDate date = HistoricalDate.parse(edtf);

		assertThat(date.interval()).isTrue();
		assertThat(date.startBound()).isEqualTo(startBound);
		assertThat(date.endBound()).isEqualTo(endBound);
		assertThat(date.start() == null).isEqualTo(startBound != HistoricalDate.Bound.DATE);
		assertThat(date.end() == null).isEqualTo(endBound != HistoricalDate.Bound.DATE);
	}

	@ParameterizedTest(name = "{0}: approximate {1}, uncertain {2}")
	@CsvSource({
			"1984,        false, false",
			"1984?,       false, true",
			"2004-06~,    true,  false",
			"2004-06-11%, true,  true",
	})
	void readsQualifiers(String edtf, boolean approximate, boolean uncertain) {
		DatePoint point = HistoricalDate.parse(edtf).start();

		assertThat(point.approximate()).isEqualTo(approximate);
		assertThat(point.uncertain()).isEqualTo(uncertain);
	}

	@Test
	void qualifiesEachEndOfAnIntervalOnItsOwn() {
		HistoricalDate date = HistoricalDate.parse("1984-06-02?/2004-08-08~");

		assertThat(date.start().uncertain()).isTrue();
		assertThat(date.start().approximate()).isFalse();
		assertThat(date.end().approximate()).isTrue();
		assertThat(date.end().uncertain()).isFalse();
	}

	@Test
	void readsUnspecifiedDigits() {
		DatePoint decade = HistoricalDate.parse("201X").start();
		assertThat(decade.year()).isEqualTo(2010);
		assertThat(decade.unspecifiedYearDigits()).isEqualTo(1);
		assertThat(decade.lastYear()).isEqualTo(2019);

		DatePoint century = HistoricalDate.parse("20XX").start();
		assertThat(century.year()).isEqualTo(2000);
		assertThat(century.unspecifiedYearDigits()).isEqualTo(2);
		assertThat(century.lastYear()).isEqualTo(2099);

		DatePoint month = HistoricalDate.parse("2004-XX").start();
		assertThat(month.monthUnspecified()).isTrue();
		assertThat(month.month()).isZero();

		DatePoint day = HistoricalDate.parse("1985-04-XX").start();
		assertThat(day.month()).isEqualTo(4);
		assertThat(day.dayUnspecified()).isTrue();
		assertThat(day.day()).isZero();

		DatePoint both = HistoricalDate.parse("1985-XX-XX").start();
		assertThat(both.monthUnspecified()).isTrue();
		assertThat(both.dayUnspecified()).isTrue();
	}

	@Test
	void readsLetterPrefixedAndNegativeYears() {
		assertThat(HistoricalDate.parse("Y170000002").start().year()).isEqualTo(170_000_002L);
		assertThat(HistoricalDate.parse("Y-170000002").start().year()).isEqualTo(-170_000_002L);
		assertThat(HistoricalDate.parse("-1985").start().year()).isEqualTo(-1985);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"1985-04-12T23:20:30,       ",
			"1985-04-12T23:20:30Z,      Z",
			"1985-04-12T23:20:30-04,    -04:00",
			"1985-04-12T23:20:30+04:30, +04:30",
	})
	void readsTimeAndOffset(String edtf, String offset) {
		DatePoint point = HistoricalDate.parse(edtf).start();

		assertThat(point.time()).isEqualTo(LocalTime.of(23, 20, 30));
		assertThat(point.offset()).isEqualTo(offset == null ? null : ZoneOffset.of(offset));
		assertThat(point.precision()).isEqualTo(DatePoint.Precision.DAY);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			"",
			"1985-13",
			"1985-02-30",
			"2001-25",
			"19",
			"1985-04-12T25:00:00",
			"1990/1980",
			"../..",
			"/",
			"Y1985",
			"1985-04-12~T10:00:00",
			"abc",
			"-0000",
			"2004-XX-12",
	})
	void rejectsWhatTheStandardDoesNotAllow(String edtf) {
		assertThatIllegalArgumentException().isThrownBy(() -> HistoricalDate.parse(edtf));
	}

	/** Further invalid input beyond the list above: fields out of range and level 2 features. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			"1985-00",
			"1985-04-00",
			"1985-04-32",
			"1985-04-12T23:60:00",
			"1985-04-12T23:20:30+25",
			"1985-04-12T23:20",
			"1985-04-XXT10:00:00",
			"2001-21-01",
			"19XX-04",
			"-19XX",
			"85",
			"19850",
			"1985-4-12",
			"1985-04-12/1985-04-11",
			"1985//1986",
			"1985/1986/1987",
			" 1985",
	})
	void rejectsOtherMalformedInput(String edtf) {
		assertThatIllegalArgumentException().isThrownBy(() -> HistoricalDate.parse(edtf));
	}

	@Test
	void rejectsNull() {
		assertThatIllegalArgumentException().isThrownBy(() -> HistoricalDate.parse(null));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "1985-04-12", "1985-04-12T23:20:30+04:30", "2004-02-01/2005", "Y-170000002",
			"2001-24", "1985-XX-XX", "../1985-04", "/1985", "1984-06-02?/2004-08-08~", "-1985", "0000" })
	void isValidAcceptsStandardExpressions(String edtf) {
		assertThat(HistoricalDate.isValid(edtf)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@NullAndEmptySource
	@ValueSource(strings = { "1985-13", "1985-02-30", "2001-25", "19", "1985-04-12T25:00:00", "1990/1980", "../..",
			"/", "Y1985", "1985-04-12~T10:00:00", "abc", "-0000", "2004-XX-12" })
	void isValidRejectsOtherText(String edtf) {
		assertThat(HistoricalDate.isValid(edtf)).isFalse();
	}

}
