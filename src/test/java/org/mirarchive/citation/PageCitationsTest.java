package org.mirarchive.citation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.model.DateWords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An archive page cited in each style, checked against the form each style guide gives for a web
 * page with no personal author: page last changed 25 November 2026, read on 1 September 2026.
 */
class PageCitationsTest {

	private static final String URL = "https://mir.example/people/miguel-enriquez";

	private static final CitedPage PAGE = new CitedPage("Miguel Enríquez", "/people/miguel-enriquez", URL,
			"The MIR Archive", LocalDate.of(2026, 11, 25));

	private final PageCitations.PageCitation cite = citations().cite(PAGE, LocalDate.of(2026, 9, 1), Locale.ENGLISH);

	@Test
	void chicagoNoteGivesTitleSiteDateAccessDateAndUrlInOneSentence() {
		// Chicago 14.104: "Title," Site, Month Day, Year, accessed Month Day, Year, URL.
		assertThat(text(cite.forms().chicagoNote())).isEqualTo("“Miguel Enríquez,” The MIR Archive, November 25, 2026, "
				+ "accessed September 1, 2026, " + URL + ".");
	}

	@Test
	void chicagoBibliographyLeadsWithTheSiteAsAuthor() {
		// Chicago 14.104: Owner. "Title." Month Day, Year. Accessed Month Day, Year. URL.
		assertThat(text(cite.forms().chicagoBibliography())).isEqualTo("The MIR Archive. “Miguel Enríquez.” "
				+ "November 25, 2026. Accessed September 1, 2026. " + URL + ".");
	}

	@Test
	void mlaQuotesTheTitleItalicisesTheSiteAndEndsWithTheAccessDate() {
		// MLA 9: "Title." Website, Day Mon. Year, URL. Accessed Day Mon. Year.
		assertThat(text(cite.forms().mla())).isEqualTo("“Miguel Enríquez.” The MIR Archive, 25 Nov. 2026, " + URL
				+ ". Accessed 1 Sept. 2026.");
		assertThat(Jsoup.parseBodyFragment(cite.forms().mla()).select("i").text()).isEqualTo("The MIR Archive");
		assertThat(text(cite.forms().mlaInText())).isEqualTo("(“Miguel Enríquez”)");
	}

	@Test
	void apaNamesTheArchiveAsGroupAuthorDatesThePageAndRetrievesIt() {
		// APA 7: Author. (Year, Month Day). Title. Retrieved Month Day, Year, from URL
		assertThat(text(cite.forms().apa())).isEqualTo("The MIR Archive. (2026, November 25). Miguel Enríquez. "
				+ "Retrieved September 1, 2026, from " + URL);
		assertThat(Jsoup.parseBodyFragment(cite.forms().apa()).select("i").text()).isEqualTo("Miguel Enríquez");
		assertThat(text(cite.forms().apaInText())).isEqualTo("(The MIR Archive, 2026)");
	}

	@Test
	void noStyleWritesInlineStylesWhichTheContentSecurityPolicyForbids() {
		var forms = cite.forms();
		assertThat(String.join(" ", forms.chicagoNote(), forms.chicagoBibliography(), forms.mla(), forms.mlaInText(),
				forms.apa(), forms.apaInText())).doesNotContain("style=", "<div", "<span");
	}

	@Test
	void theDatesAreGivenInWordsForThePage() {
		assertThat(cite.lastChangedWords().words()).isEqualTo("25 November 2026");
		assertThat(cite.lastChangedWords().parts().get(0).machine()).isEqualTo("2026-11-25");
		assertThat(cite.accessedWords().words()).isEqualTo("1 September 2026");
	}

	@Test
	void offersEachFileFormatAtThePagesOwnAddress() {
		assertThat(cite.downloads()).extracting(PageCitations.Download::path)
			.containsExactly("/people/miguel-enriquez/cite.bib", "/people/miguel-enriquez/cite.biblatex.bib",
					"/people/miguel-enriquez/cite.ris", "/people/miguel-enriquez/cite.json");
	}

	/**
	 * Under Spanish, the styles write the official Chilean CSL locale's terms and dates (as the
	 * locale file has them, not as a test might guess them) around the archive's Spanish name.
	 */
	@Test
	void aSpanishCitationTakesTheChileanLocalesTermsAndDates() {
		assertThat(CitationStyles.locale(Locale.forLanguageTag("es-CL"))).isEqualTo("es-CL");
		CslLocaleFile es = new CslLocaleFile("es-CL");
		CitedPage page = new CitedPage("Miguel Enríquez", "/people/miguel-enriquez", URL, "Archivo del MIR",
				LocalDate.of(2026, 11, 25), "es");
		var forms = citations().cite(page, LocalDate.of(2026, 9, 1), Locale.forLanguageTag("es")).forms();
		String title = es.term("open-quote") + "Miguel Enríquez" + es.term("close-quote");
		String changed = es.date(LocalDate.of(2026, 11, 25));
		String accessed = es.date(LocalDate.of(2026, 9, 1));
		assertThat(changed).contains(es.term("month-11"));
		assertThat(text(forms.chicagoNote())).isEqualTo(title + ", Archivo del MIR, " + changed + ", "
				+ es.term("accessed") + " " + accessed + ", " + URL + ".");
		assertThat(text(forms.chicagoBibliography())).isEqualTo("Archivo del MIR. " + title + ". " + changed + ". "
				+ CslLocaleFile.capitalized(es.term("accessed")) + " " + accessed + ". " + URL + ".");
		assertThat(text(forms.mla())).endsWith(URL + ". " + CslLocaleFile.capitalized(es.term("accessed")) + " "
				+ accessed + ".");
		assertThat(text(forms.apa())).startsWith("Archivo del MIR. (2026, ")
			.contains(CslLocaleFile.capitalized(es.term("retrieved")) + " " + accessed)
			.endsWith(URL);
		assertThat(text(forms.apaInText())).isEqualTo("(Archivo del MIR, 2026)");
	}

	/** The same page, the same day: its citations are kept apart by language. */
	@Test
	void theSamePageOnTheSameDayIsCitedInEachReadersLanguage() {
		PageCitations citations = citations();
		LocalDate day = LocalDate.of(2026, 9, 1);
		String english = citations.cite(PAGE, day, Locale.ENGLISH).forms().chicagoNote();
		String spanish = citations.cite(PAGE, day, Locale.forLanguageTag("es")).forms().chicagoNote();
		CslLocaleFile es = new CslLocaleFile("es-CL");
		assertThat(text(spanish)).contains(es.term("accessed") + " " + es.date(day));
		assertThat(text(english)).contains("accessed September 1, 2026");
		assertThat(text(citations.cite(PAGE, day, Locale.ENGLISH).forms().chicagoNote())).isEqualTo(text(english));
	}

	private static String text(String html) {
		return Jsoup.parseBodyFragment(html).text();
	}

	static PageCitations citations() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages", "i18n/dates");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new PageCitations(new CitationStyles(), new ArchiveAddresses("https://mir.example"), Clock.systemUTC(),
				messages, new DateWords(messages));
	}

}
