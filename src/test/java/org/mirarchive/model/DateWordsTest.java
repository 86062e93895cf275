package org.mirarchive.model;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests how {@link DateWords} puts EDTF dates into words in English and Spanish with the
 * phrases of the {@code i18n/dates} message bundles, and the machine-readable value
 * {@link DatePoint#machineValue()} gives for an HTML {@code time} element.
 */
class DateWordsTest {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final DateWords words = new DateWords(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/dates");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private String english(String edtf) {
		return words.words(HistoricalDate.parse(edtf), Locale.ENGLISH);
	}

	private String spanish(String edtf) {
		return words.words(HistoricalDate.parse(edtf), SPANISH);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
			"1973-09-11           | 11 September 1973",
			"1973-09              | September 1973",
			"1973                 | 1973",
			"196X                 | the 1960s",
			"1965~                | c. 1965",
			"1984?                | 1984 (uncertain)",
			"2004-06-11%          | c. 11 June 2004 (uncertain)",
			"1965/..              | from 1965 onwards",
			"1972-10/             | from October 1972 (end not given in the works cited)",
			"../1974              | until 1974",
			"/1974                | until 1974 (start not given in the works cited)",
			"-1985                | 1986 BCE",
			"0000                 | 1 BCE",
			"Y170000002           | 170,000,002",
			"2001-21              | spring 2001",
			"2001-22              | summer 2001",
			"2001-23              | autumn 2001",
			"2001-24              | winter 2001",
			"20XX                 | between 2000 and 2099",
			"2004-XX              | 2004, month unspecified",
			"1985-04-XX           | April 1985, day unspecified",
			"1985-04-12T23:20:30Z | 12 April 1985, 23:20:30 UTC",
	})
	void wordsInEnglish(String edtf, String expected) {
		assertThat(english(edtf)).isEqualTo(expected);
	}

	/**
	 * An unknown end is one the works cited for the date do not give, not one nobody knows: the
	 * words never say "(end unknown)" where history knows the end (Pinochet's rule, 1990).
	 */
	@Test
	void anUnknownEndIsOneTheWorksCitedDoNotGive() {
		assertThat(english("1972-10/")).doesNotContain("unknown").contains("not given");
		assertThat(spanish("1972-10/")).doesNotContain("desconocido").contains("no dan");
		assertThat(english("1965/..")).isEqualTo("from 1965 onwards");
	}

	@Test
	void yearsIntervalTakesAnUnspacedEnDash() {
		assertThat(english("1944/1974")).isEqualTo("1944\u20131974");
	}

	@Test
	void intervalOfDatesInWordsTakesASpacedEnDash() {
		assertThat(english("2004-06/2006-08")).isEqualTo("June 2004 \u2013 August 2006");
	}

	@Test
	void qualifiesEachEndOfAnInterval() {
		assertThat(english("1984~/2004?")).isEqualTo("c. 1984 \u2013 2004 (uncertain)");
	}

	@Test
	void timeWithOffsetNamesTheOffset() {
		assertThat(english("1985-04-12T23:20:30+04:30")).isEqualTo("12 April 1985, 23:20:30 UTC+04:30");
	}

	@Test
	void timeOnTheMinuteKeepsItsSeconds() {
		assertThat(english("1985-04-12T10:00:00")).isEqualTo("12 April 1985, 10:00:00");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
			"1973-09-11 | 11 de septiembre de 1973",
			"196X       | la década de 1960",
			"1973-09    | septiembre de 1973",
			"1965/..    | desde 1965 en adelante",
			"1944/1974  | 1944\u20131974",
			"-1985      | 1986 a. C.",
			"2001-21    | primavera de 2001",
			"../1974    | hasta 1974",
			"1972-10/   | desde octubre de 1972 (las obras citadas no dan el fin)",
			"/1974      | hasta 1974 (las obras citadas no dan el inicio)",
			"1965~      | ca. 1965",
			"2004-06-11% | ca. 11 de junio de 2004 (incierto)",
	})
	void wordsInSpanish(String edtf, String expected) {
		assertThat(spanish(edtf)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			"1973-09-11,          1973-09-11",
			"1973-09,             1973-09",
			"1973,                1973",
			"0800-01-05,          0800-01-05",
			"0099-03,             0099-03",
			"196X,                1960",
			"-1985,               ",
			"Y170000002,          ",
			"1985-04-12T23:20:30Z, 1985-04-12T23:20:30Z",
	})
	void machineValueForHtmlTime(String edtf, String expected) {
		assertThat(HistoricalDate.parse(edtf).start().machineValue()).isEqualTo(expected);
	}

}
