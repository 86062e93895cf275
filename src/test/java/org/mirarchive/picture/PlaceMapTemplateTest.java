package org.mirarchive.picture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map fragment as a reader gets it: a figure with a caption, a picture named by its title whose
 * every marker is a link named by its place, no inline style. Also writes the rendered maps to
 * target/pictures/ with the archive's stylesheet, to look at in a browser.
 */
class PlaceMapTemplateTest {

	private static final String PAGE = """
			<!DOCTYPE html><html th:lang="${lang}"><head><meta charset="utf-8"><title>Map</title>
			<link rel="stylesheet" href="../../src/main/resources/static/css/archive.css"></head>
			<body><main><figure th:replace="~{fragments/pictures :: map (${map})}"></figure></main></body></html>""";

	private static String render(PlaceMap map, Locale locale) {
		ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
		files.setPrefix("templates/");
		files.setSuffix(".html");
		files.setTemplateMode(TemplateMode.HTML);
		files.setCheckExistence(true);
		files.setOrder(1);
		StringTemplateResolver strings = new StringTemplateResolver();
		strings.setOrder(2);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolvers(java.util.Set.of(files, strings));
		engine.setTemplateEngineMessageSource(messages);
		return engine.process(PAGE, new Context(locale, Map.of("map", map, "lang", locale.getLanguage())));
	}

	private static Document renderAndKeep(PlaceMap map, Locale locale, String name) throws IOException {
		String html = render(map, locale);
		Path dir = Path.of("target/pictures");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve(name + "-" + locale.getLanguage() + ".html"), html);
		return Jsoup.parse(html);
	}

	@Test
	void theMapIsAFigureOfNamedLinksWithItsKeyAndCaption() throws IOException {
		Document doc = renderAndKeep(PlaceMap.draw(SeedPlaces.ALL, null), Locale.ENGLISH, "places");
		Element figure = doc.selectFirst("figure.place-map");
		assertThat(figure).isNotNull();
		Element svg = figure.selectFirst("svg.place-map__picture");
		String title = svg.attr("aria-labelledby");
		assertThat(doc.getElementById(title)).as("the picture's title").isNotNull();
		assertThat(doc.getElementById(title).text()).isEqualTo("Map of places");
		assertThat(svg.attr("viewBox")).isEqualTo(PlaceMap.draw(SeedPlaces.ALL, null).getViewBox());
		List<Element> links = svg.select("a");
		assertThat(links).hasSize(SeedPlaces.ALL.size());
		assertThat(links).extracting(a -> a.attr("aria-label"))
			.containsExactlyInAnyOrderElementsOf(SeedPlaces.ALL.stream().map(MapMarker::name).toList());
		assertThat(links).allSatisfy(a -> {
			assertThat(a.attr("href")).startsWith("/places/");
			assertThat(a.select("circle")).hasSize(1);
		});
		assertThat(svg.select("g.place-map__inset a")).hasSize(3);
		assertThat(svg.select("g.place-map__inset-area rect")).hasSize(1);
		assertThat(svg.select("g.place-map__inset text.place-map__caption").text()).isEqualTo("Enlarged: Santiago");
		assertThat(svg.select("g.place-map__land path").eachAttr("d")).allMatch(d -> d.startsWith("M"));
		assertThat(figure.select("figcaption .place-map__key li")).hasSize(4)
			.first()
			.extracting(Element::text)
			.asString()
			.startsWith("A country: the ring");
		assertThat(doc.select("[style]")).as("inline styles break the Content-Security-Policy").isEmpty();
		assertThat(doc.select("[th|*], [data-th-text]")).isEmpty();
	}

	@Test
	void inSpanishTheMapSpeaksSpanish() throws IOException {
		Document doc = renderAndKeep(PlaceMap.draw(SeedPlaces.ALL, null), Locale.forLanguageTag("es"), "places");
		assertThat(doc.select("svg title").first().text()).isEqualTo("Mapa de lugares");
		assertThat(doc.select("text.place-map__caption").text()).isEqualTo("Ampliación: Santiago");
		assertThat(doc.select(".place-map__key li").first().text()).startsWith("Un país");
	}

	@Test
	void aPlacePageMapHasOneLinkAndNoInset() throws IOException {
		renderAndKeep(PlaceMap.draw(List.of(SeedPlaces.LA_MONEDA), null), Locale.ENGLISH, "la-moneda");
		Document doc = renderAndKeep(PlaceMap.draw(List.of(SeedPlaces.BOLIVIA), null), Locale.ENGLISH, "bolivia");
		assertThat(doc.select("svg a")).singleElement().extracting(a -> a.attr("aria-label")).isEqualTo("Bolivia");
		assertThat(doc.select("g.place-map__inset")).isEmpty();
		// Parsed as XML too: the picture is well-formed wherever it is served.
		assertThat(Jsoup.parse(doc.selectFirst("svg").outerHtml(), Parser.xmlParser()).select("a")).hasSize(1);
	}

}
