package org.mirarchive.citation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;

import org.springframework.stereotype.Component;

/**
 * Renders citations from the official CSL style definitions with citeproc-java, in English or
 * Spanish from the official CSL locale files (the terms, month names and date forms a style
 * writes: "accessed", "Retrieved… from"). A citeproc processor is costly to build (Chicago's style
 * alone is 240 KB of XML) and not thread-safe, so there is one per style and language, built on
 * first use and used by one request at a time.
 */
@Component
public class CitationStyles {

	/**
	 * A rendered citation: the note (or in-text citation) and the bibliography entry, as HTML;
	 * the bibliography entry is null where the style cites such a work in notes only.
	 */
	public record Rendered(String note, String bibliography) {

		/** The bibliography entry, or the note where the style gives no bibliography entry. */
		public String reference() {
			return bibliography == null ? note : bibliography;
		}

	}

	/** The CSL locale of English citations. */
	static final String ENGLISH = "en-US";

	/**
	 * The CSL locales for Spanish citations, the first found on the classpath used: Chile's, which
	 * the archive's readers use at school, else the Spanish of Spain (the CSL project's default for
	 * {@code es}). The build unpacks both from the locales artifact.
	 */
	static final List<String> SPANISH = List.of("es-CL", "es-ES");

	/** A style in a CSL locale: what one processor renders. */
	private record StyleIn(String style, String locale) {
	}

	private final Map<StyleIn, Processor> processors = new ConcurrentHashMap<>();

	/**
	 * Renders one item in a style, in English.
	 * @param style the name of a CSL style unpacked onto the classpath at build time (a constant:
	 * citeproc-java fetches unknown http(s) names from the network)
	 */
	public Rendered render(String style, CSLItemData item) {
		return render(style, ENGLISH, item);
	}

	/**
	 * Renders one item in a style with a CSL locale's terms and dates.
	 * @param locale a CSL locale unpacked onto the classpath ({@link #locale(Locale)})
	 */
	public Rendered render(String style, String locale, CSLItemData item) {
		return processors.computeIfAbsent(new StyleIn(style, locale), Processor::new).render(item);
	}

	/** The CSL locale citations are written in for a reader's language: Spanish, or else English. */
	public static String locale(Locale language) {
		if (!"es".equals(language.getLanguage())) {
			return ENGLISH;
		}
		return SPANISH.stream()
			.filter(tag -> CitationStyles.class.getResource("/locales-" + tag + ".xml") != null)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No Spanish CSL locale on the classpath: " + SPANISH));
	}

	/** citeproc writes italics as inline styles, which a strict Content-Security-Policy forbids. */
	static String withoutInlineStyles(String html) {
		return html.replace("<span style=\"font-style: italic\">", "<i>")
			.replaceAll("<span style=\"font-style: normal\">(.*?)</span>", "$1")
			.replaceAll("(<i>[^<]*)</span>", "$1</i>")
			.replace("<div class=\"csl-entry\">", "")
			.replace("</div>", "")
			.strip();
	}

	private static final class Processor implements ItemDataProvider {

		private final CSL csl;

		private CSLItemData item;

		Processor(StyleIn styleIn) {
			try {
				this.csl = new CSL(this, styleIn.style(), styleIn.locale());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("No CSL style " + styleIn.style(), ex);
			}
		}

		synchronized Rendered render(CSLItemData data) {
			this.item = data;
			csl.reset();
			csl.setOutputFormat("html");
			String note = csl.makeCitation(data.getId()).get(0).getText();
			csl.registerCitationItems(data.getId());
			String[] entries = csl.makeBibliography().getEntries();
			// Some styles cite some kinds of work in notes only (Chicago: encyclopedias, laws).
			String bibliography = entries.length == 0 ? null : withoutInlineStyles(entries[0]);
			return new Rendered(withoutInlineStyles(note), bibliography);
		}

		@Override
		public CSLItemData retrieveItem(String id) {
			return item != null && item.getId().equals(id) ? item : null;
		}

		@Override
		public List<String> getIds() {
			return item == null ? List.of() : List.of(item.getId());
		}

	}

}
