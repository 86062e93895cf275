package org.mirarchive.web;

import java.util.List;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;
import org.mirarchive.RawHttp;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interface in English and Spanish: chosen from the browser's languages, switchable on every
 * page and then remembered, while the addresses of pages stay the same in both.
 */
@ArchiveWebTest
class LanguagesTest {

	private static final String[] CHILEAN_BROWSER = { "Accept-Language", "es-CL,es;q=0.9,en;q=0.5" };

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	@Test
	void aSpanishSpeakingBrowserGetsTheSpanishInterface() {
		Document doc = browser.get("/events/coup-of-11-september-1973", "text/html", CHILEAN_BROWSER).document();
		assertThat(doc.select("html").attr("lang")).isEqualTo("es");
		assertThat(doc.title()).isEqualTo("Golpe de Estado del 11 de septiembre de 1973 · Archivo del MIR");
		assertThat(doc.select("a.skip-link").text()).isEqualTo("Saltar al contenido");
		assertThat(doc.select("header nav").attr("aria-label")).isEqualTo("Principal");
		assertThat(doc.select("header nav a").eachText()).containsExactly("Personas", "Organizaciones", "Acontecimientos",
				"Lugares", "Obras", "Cronología", "Fuentes");
		assertThat(doc.select(".entry-date").text()).startsWith("11 de septiembre de 1973");
		assertThat(doc.select(".entry-date time").attr("datetime")).isEqualTo("1973-09-11");
		assertThat(doc.select(".content-note").text())
			.isEqualTo("Aviso de contenido: Esta entrada describe violencia política: detenciones, torturas, desapariciones o asesinatos.");
		assertThat(doc.select("#references-heading").text()).isEqualTo("Referencias");
		assertThat(doc.select(".references li").eachText()).anyMatch(text -> text.contains("sección «The MIR and Pinochet», párrafo"));
		assertThat(doc.select("sup.ref a .visually-hidden").eachText()).allMatch(text -> text.matches("Referencia \\d+"));
	}

	/** Chilean schools' words: "Fundadores" and "Dirigentes", not circumlocutions. */
	@Test
	void anOrganizationsFoundersAndLeadersAreHeadedAsChileanSchoolsSayIt() {
		Document doc = browser.get("/organizations/mir", "text/html", CHILEAN_BROWSER).document();
		assertThat(doc.select(".relation-group h3").eachText()).contains("Fundadores", "Dirigentes")
			.noneMatch(heading -> heading.startsWith("Quienes"));
	}

	@Test
	void theSpanishInterfaceShowsTheArchivesSpanishAndSaysItIsATranslation() {
		Document doc = browser.get("/people/miguel-enriquez", "text/html", CHILEAN_BROWSER).document();
		Element entry = doc.selectFirst("article.entry");
		assertThat(entry.select(".content-language").text()).isEqualTo("Traducción de la redacción del archivo.");
		assertThat(entry.select(".entry-header .summary").attr("lang")).isEqualTo("es");
		assertThat(entry.select(".statement > p > span")).isNotEmpty().allSatisfy(text -> assertThat(text.attr("lang")).isEqualTo("es"));
		assertThat(entry.select(".editorial-note p:not(.editorial-note__label) > span[lang=es]")).isNotEmpty();
		// Quotations stay verbatim in English, each with the archive's rendering beside it.
		assertThat(entry.select(".references q")).isNotEmpty().allSatisfy(q -> assertThat(q.attr("lang")).isEqualTo("en"));
		assertThat(entry.select(".references .rendering[lang=es]")).hasSameSizeAs(entry.select(".references q"));
		// Organizations keep their original (Spanish) names in both languages.
		assertThat(entry.select(".relation-group a").eachText()).contains("Movimiento de Izquierda Revolucionaria");

		Document english = browser.get("/people/miguel-enriquez").document();
		assertThat(english.select(".content-language")).isEmpty();
		assertThat(english.select(".rendering")).isEmpty();

		// On a source's page, statements are content; other names and dates are worded by the interface.
		Document source = browser.get("/sources/chiles-mir-the-revolutionary-left-movement", "text/html", CHILEAN_BROWSER).document();
		assertThat(source.select(".claims li > span[lang=es]").eachText()).contains(
				"Según el artículo, fue fundado en 1965 por una unión de grupos estudiantiles de izquierda, principalmente en Santiago.");
		assertThat(source.select(".claims li > span:not([lang])").eachText()).anyMatch(text -> text.startsWith("Otro nombre «MIR»"))
			.anyMatch(text -> text.startsWith("Fecha: "));
	}

	@Test
	void datesAreInWordsInSpanish() {
		Document timeline = browser.get("/timeline", "text/html", CHILEAN_BROWSER).document();
		assertThat(timeline.select(".timeline__when").eachText()).contains("11 de septiembre de 1973", "septiembre de 1973",
				"desde octubre de 1972 (las obras citadas no dan el fin)", "1970 – 11 de septiembre de 1973");
		Document mir = browser.get("/organizations/mir", "text/html", CHILEAN_BROWSER).document();
		assertThat(mir.select(".entry-date").text()).startsWith("desde 1965 en adelante");
	}

	/** A list that shows Spanish headwords is in their alphabetical order, not the English names'. */
	@Test
	void aSpanishListIsInTheOrderOfItsSpanishHeadwords() {
		List<String> organizations = browser.get("/organizations", "text/html", CHILEAN_BROWSER).document()
			.select(".entry-list li > a")
			.eachText();
		assertThat(organizations).containsSubsequence("Dirección de Inteligencia Nacional", "Ejército de Chile",
				"Ejército de Liberación Nacional", "Fuerzas Armadas de Chile", "Junta de Coordinación Revolucionaria");
		List<String> places = browser.get("/places", "text/html", CHILEAN_BROWSER).document()
			.select(".entry-list li > a")
			.eachText();
		assertThat(places).containsSubsequence("Cuba", "Estadio Nacional", "La instalación del MIR en los Andes", "Poblaciones");
		// The English list keeps the English order.
		assertThat(browser.get("/organizations").document().select(".entry-list li > a").eachText())
			.containsSubsequence("Chilean Armed Forces", "Chilean Army", "Dirección de Inteligencia Nacional");
		// So does the timeline's menu of organizations, in each language.
		assertThat(browser.get("/timeline", "text/html", CHILEAN_BROWSER).document()
			.select("#filter-organization option[value~=.]")
			.eachText()).containsSubsequence("Dirección de Inteligencia Nacional", "Ejército de Chile",
					"Fuerzas Armadas de Chile");
	}

	/**
	 * An entry whose page is headed by a Spanish name is cited under that name, and its other names
	 * say into which language each is a translation.
	 */
	@Test
	void aPageHeadedBySpanishNameIsCitedUnderItAndItsTranslationsSayIntoWhichLanguage() {
		Document spanish = browser.get("/organizations/chilean-army", "text/html", CHILEAN_BROWSER).document();
		assertThat(spanish.select("h1").text()).isEqualTo("Ejército de Chile");
		assertThat(spanish.select(".citation").text()).contains("“Ejército de Chile”").doesNotContain("Chilean Army");
		assertThat(spanish.select(".names li").eachText()).anyMatch(line -> line.startsWith("Ejército de Chile (traducción al español)"));
		Document english = browser.get("/organizations/chilean-army").document();
		assertThat(english.select(".citation").text()).contains("Chilean Army");
		assertThat(english.select(".names li").eachText()).anyMatch(line -> line.startsWith("Ejército de Chile (translation into Spanish)"));
		assertThat(browser.get("/organizations/mir").document().select(".names li").eachText())
			.anyMatch(line -> line.startsWith("Movement of the Revolutionary Left (translation into English)"));
	}

	/**
	 * A name no cited work gives in Spanish ("Estados Unidos") is the archive's translation of the
	 * article's name: it heads the Spanish page and the Spanish list, and is labelled, in both
	 * languages and on the page of the work it is cited to, as the archive's, not a work's; its
	 * footnote quotes the article's sentence with the English name.
	 */
	@Test
	void aSpanishNameNoWorkGivesIsTheArchivesTranslationAndSaysSo() {
		Document spanish = browser.get("/places/united-states", "text/html", CHILEAN_BROWSER).document();
		assertThat(spanish.select("h1").text()).isEqualTo("Estados Unidos");
		assertThat(spanish.select(".names li").eachText())
			.anyMatch(line -> line.startsWith("Estados Unidos (traducción al español del archivo)"));
		assertThat(spanish.select(".names li sup.ref")).isNotEmpty();
		assertThat(spanish.select(".references q").eachText()).anyMatch(q -> q.contains("the United States and Brazil"));
		assertThat(browser.get("/places/united-states").document().select(".names li").eachText())
			.anyMatch(line -> line.startsWith("Estados Unidos (the archive\u2019s translation into Spanish)"));
		assertThat(browser.get("/places", "text/html", CHILEAN_BROWSER).document().select(".entry-list li > a").eachText())
			.containsSubsequence("Brasil", "Cono Sur", "Cordillera de los Andes", "Estados Unidos", "Sudamérica")
			.doesNotContain("United States", "Brazil", "South America", "Southern Cone", "Andes Mountains");
		// The work's page labels the name with the same words.
		assertThat(browser.get("/sources/chiles-mir-the-revolutionary-left-movement", "text/html", CHILEAN_BROWSER)
			.document().select(".claims").text()).contains("«Estados Unidos» (traducción al español del archivo)");
	}

	/**
	 * A source's ready-made citation of the work is written with the Spanish CSL locale's words and
	 * dates under Spanish, as the archive's pages are, while the work keeps its own title.
	 */
	@Test
	void aWorkIsCitedInSpanishUnderItsOwnTitle() {
		// Spanish, as the es-CL locale sets it, keeps the full stop outside the quotation marks.
		String path = "/sources/wikipedia-carlos-prats";
		assertThat(browser.get(path, "text/html", CHILEAN_BROWSER).document().select(".ready-citation").text())
			.contains("“Carlos Prats”.")
			.doesNotContain("“Carlos Prats.”");
		assertThat(browser.get(path).document().select(".ready-citation").text()).contains("“Carlos Prats.”");
		Document article = browser.get("/sources/chiles-mir-the-revolutionary-left-movement", "text/html", CHILEAN_BROWSER)
			.document();
		assertThat(article.select(".ready-citation").text()).contains("Minster, Christopher", "Chile’s MIR: The Revolutionary Left Movement");
		assertThat(article.select(".ready-citation").attr("lang")).isNotEqualTo("en");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "fr-FR,fr;q=0.9", "en-GB", "*" })
	void anyOtherBrowserGetsEnglish(String languages) {
		String[] headers = languages.isEmpty() ? new String[0] : new String[] { "Accept-Language", languages };
		Document doc = browser.get("/people", "text/html", headers).document();
		assertThat(doc.select("html").attr("lang")).isEqualTo("en");
		assertThat(doc.select("h1").text()).isEqualTo("People");
	}

	@Test
	void everyPageLinksToItselfInTheOtherLanguage() {
		Element english = browser.get("/people/miguel-enriquez").document().selectFirst("header .language-switch a");
		assertThat(english.text()).isEqualTo("Español");
		assertThat(english.attr("href")).isEqualTo("?lang=es");
		assertThat(english.attr("lang")).isEqualTo("es");
		assertThat(english.attr("hreflang")).isEqualTo("es");

		Element spanish = browser.get("/people/miguel-enriquez", "text/html", CHILEAN_BROWSER).document().selectFirst("header .language-switch a");
		assertThat(spanish.text()).isEqualTo("English");
		assertThat(spanish.attr("href")).isEqualTo("?lang=en");
		assertThat(spanish.attr("hreflang")).isEqualTo("en");

		// The rest of the address is kept, on error pages too.
		Browser.Answer missing = browser.get("/people/nobody?from=old-link", "text/html", CHILEAN_BROWSER);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.document().select("h1").text()).isEqualTo("Página no encontrada");
		assertThat(missing.document().select("header .language-switch a").attr("href")).isEqualTo("?from=old-link&lang=en");
	}

	/**
	 * A Spanish reader who follows a broken link that asks for Spanish gets the page that says so
	 * in Spanish, whether or not any part of the archive answers at that address.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/no-such-page", "/people/nobody", "/people/miguel-enriquez/no-such-part" })
	void aMissingPageAskedForInSpanishSaysSoInSpanish(String path) {
		Browser.Answer missing = browser.get(path + "?lang=es");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.document().select("html").attr("lang")).isEqualTo("es");
		assertThat(missing.document().select("h1").text()).isEqualTo("Página no encontrada");
		assertThat(browser.get(path + "?lang=en", "text/html", CHILEAN_BROWSER).document().select("h1").text())
			.isEqualTo("Page not found");
	}

	@Test
	void aChosenLanguageIsRememberedAndTheAddressStaysTheSame() {
		Browser.Answer chosen = browser.get("/people/miguel-enriquez?lang=es");
		assertThat(chosen.document().select("html").attr("lang")).isEqualTo("es");
		String cookie = chosen.headers().get("Set-Cookie").stream()
			.filter(value -> value.startsWith("lang="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).startsWith("lang=es;").contains("Path=/", "SameSite=Lax");
		// Links to pages are the permanent addresses, without the language. A citation file is not
		// a page: its address names the language it is written in, so that one address is one file
		// (docs/citing.md), and the Spanish page links to the Spanish files.
		assertThat(chosen.document().select("main a[href^=/]:not(.cite-downloads a)").eachAttr("href"))
			.isNotEmpty()
			.noneMatch(href -> href.contains("lang="));
		assertThat(chosen.document().select(".cite-downloads a").eachAttr("href"))
			.isNotEmpty()
			.allMatch(href -> href.matches("/people/miguel-enriquez/cite\\.[a-z.]+\\?lang=es"));

		String[] remembered = { "Cookie", "lang=es", "Accept-Language", "en" };
		assertThat(browser.get("/organizations/mir", "text/html", remembered).document().select("html").attr("lang")).isEqualTo("es");
		assertThat(browser.get("/organizations/mir?lang=en", "text/html", remembered).document().select("html").attr("lang"))
			.isEqualTo("en");
		// A language the archive does not offer falls back to the browser's.
		assertThat(browser.get("/organizations/mir?lang=fr", "text/html", CHILEAN_BROWSER).document().select("html").attr("lang"))
			.isEqualTo("es");
		assertThat(browser.get("/organizations/mir", "text/html", "Cookie", "lang=de").document().select("html").attr("lang"))
			.isEqualTo("en");
	}

	/**
	 * A {@code lang} cookie the archive did not write (a sibling site on the same domain may set
	 * one) locks no reader out: whatever it holds, every kind of answer comes, in the browser's
	 * language, and the cookie is left alone.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "!", "xx", "de", "zz/Not/A_Zone", "-", "%FF", "<script>", "es_CL_x!" })
	void aLanguageCookieTheArchiveDidNotWriteIsIgnored(String value) {
		for (String path : List.of("/", "/people/miguel-enriquez", "/sources", "/api/people", "/api/people/miguel-enriquez",
				"/download/mir-archive.zip", "/sitemap.xml", "/people/nobody")) {
			Browser.Answer english = browser.get(path, "text/html", "Cookie", "lang=" + value);
			assertThat(english.status()).as(path).isEqualTo(path.equals("/people/nobody") ? 404 : 200);
			assertThat(english.headers().get("Set-Cookie")).as(path).isNull();
			Browser.Answer spanish = browser.get(path, "text/html", "Cookie", "lang=" + value, CHILEAN_BROWSER[0],
					CHILEAN_BROWSER[1]);
			assertThat(spanish.status()).as(path).isEqualTo(english.status());
			if (english.contentType().startsWith("text/html")) {
				assertThat(english.document().select("html").attr("lang")).as(path).isEqualTo("en");
				assertThat(spanish.document().select("html").attr("lang")).as(path).isEqualTo("es");
			}
		}
	}

	/**
	 * Tomcat reads at most ten of a browser's languages and refuses more with an exception, at the
	 * first part that asks: whichever part that is (the kept pages, Spring's request context on a
	 * request they do not serve), the reader gets English, not a 500.
	 */
	@Test
	void aBrowserThatNamesTooManyLanguagesGetsEnglish() {
		String languages = "es-CL,es;q=0.9," + String.join(",", List.of("fr", "de", "it", "pt", "nl", "sv", "da", "fi", "pl", "cs"));
		for (String[] headers : List.of(new String[] { "Accept-Language", languages },
				new String[] { "Accept-Language", languages, "Cache-Control", "no-cache" })) {
			for (String path : List.of("/", "/people/miguel-enriquez", "/api/people", "/people/nobody")) {
				Browser.Answer page = browser.get(path, "text/html", headers);
				assertThat(page.status()).as(path).isIn(200, 404);
				if (page.contentType().startsWith("text/html")) {
					assertThat(page.document().select("html").attr("lang")).as(path).isEqualTo("en");
				}
			}
		}
		RawHttp.Response refused = new RawHttp(port).request("POST", "/people", "Accept-Language: " + languages,
				"Content-Length: 0");
		assertThat(refused.status()).isEqualTo(405);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xx", "fr", "!", "", "es!", "%3Cscript%3E", "es_CL_x!", "-" })
	void aLanguageNotOfferedInTheAddressChangesNothingAndSetsNoCookie(String value) {
		for (String path : List.of("/people/miguel-enriquez", "/api/people", "/download/mir-archive.zip")) {
			Browser.Answer page = browser.get(path + "?lang=" + value, "text/html", CHILEAN_BROWSER);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.headers().get("Set-Cookie")).as(path).isNull();
		}
		Browser.Answer page = browser.get("/people/miguel-enriquez?lang=" + value, "text/html", CHILEAN_BROWSER);
		assertThat(page.document().select("html").attr("lang")).isEqualTo("es");
		Browser.Answer chosen = browser.get("/people/miguel-enriquez?lang=" + value, "text/html", "Cookie", "lang=es");
		assertThat(chosen.document().select("html").attr("lang")).isEqualTo("es");
	}

	/**
	 * The switch keeps working (the page in the language chosen, the choice kept in a cookie), but
	 * the answer that sets the cookie is the reader's own: no shared cache may keep it and hand the
	 * cookie to others. Set once, even where the answer comes in a second dispatch (the download).
	 */
	@Test
	void theAnswerThatSetsTheCookieIsKeptByNoSharedCache() {
		for (String path : List.of("/people/miguel-enriquez", "/", "/people", "/sources/chiles-mir-the-revolutionary-left-movement",
				"/api/people", "/download/mir-archive.zip", "/sitemap.xml")) {
			Browser.Answer chosen = browser.get(path + "?lang=es");
			assertThat(chosen.status()).as(path).isEqualTo(200);
			assertThat(chosen.headers().get("Set-Cookie")).as(path).singleElement(as(InstanceOfAssertFactories.STRING))
				.startsWith("lang=es;");
			assertThat(chosen.headers().get("Cache-Control")).as(path).singleElement(as(InstanceOfAssertFactories.STRING))
				.contains("private")
				.doesNotContain("public", "s-maxage");
			if (chosen.contentType().startsWith("text/html")) {
				assertThat(chosen.document().select("html").attr("lang")).as(path).isEqualTo("es");
			}
		}
	}

	@Test
	void pagesInTheReadersLanguageSayWhatTheyVaryBy() {
		Browser.Answer page = browser.get("/people", "text/html", CHILEAN_BROWSER);
		assertThat(String.join(",", page.headers().get("Vary")).toLowerCase()).contains("accept-language", "cookie");
	}

}
