package org.mirarchive.citation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;

import org.springframework.stereotype.Component;

/**
 * Renders citations from the official CSL style definitions with citeproc-java. A citeproc
 * processor is costly to build (Chicago's style alone is 240 KB of XML) and not thread-safe,
 * so there is one per style, built on first use and used by one request at a time.
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

	private final Map<String, Processor> processors = new ConcurrentHashMap<>();

	/**
	 * Renders one item in a style.
	 * @param style the name of a CSL style unpacked onto the classpath at build time (a constant:
	 * citeproc-java fetches unknown http(s) names from the network)
	 */
	public Rendered render(String style, CSLItemData item) {
		return processors.computeIfAbsent(style, Processor::new).render(item);
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

		Processor(String style) {
			try {
				this.csl = new CSL(this, style, "en-US");
			}
			catch (IOException ex) {
				throw new UncheckedIOException("No CSL style " + style, ex);
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
