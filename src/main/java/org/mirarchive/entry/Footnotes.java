package org.mirarchive.entry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.LocalText;
import org.mirarchive.work.Locators;
import org.mirarchive.work.Quotation;
import org.mirarchive.work.Source;

/**
 * Numbers the citations of one page in the order they are first shown, as Wikipedia does:
 * the same passage (or the same unquoted work and locator) cited twice keeps its number, and
 * {@link #references()} is the page's References list.
 */
public final class Footnotes {

	/**
	 * One numbered item of the References list: the work, where in it, and the verbatim passage
	 * quoted, with the archive's rendering of it in the reader's language (null under English, and
	 * where the archive has none yet).
	 */
	public record Reference(int number, String sourceTitle, String sourceContainer, String sourceUrl, String locator,
			String quotation, LocalText rendering) {

		/** The fragment identifier of the item, for footnote markers to link to. */
		public String anchor() {
			return "ref-" + number;
		}

	}

	private final Map<String, Reference> references = new LinkedHashMap<>();

	/** The passage each numbered reference quotes. */
	private final Map<Integer, Quotation> quoted = new HashMap<>();

	private final Locators locators;

	private final Locale locale;

	private final ContentLanguage content;

	/** Footnotes whose quotations' renderings are picked, and counted, with the rest of the page's text. */
	public Footnotes(Locators locators, Locale locale, ContentLanguage content) {
		this.locators = locators;
		this.locale = locale;
		this.content = content;
	}

	/** The footnote numbers for a claim's citations, assigning new numbers to new references. */
	public List<Integer> cite(Collection<Citation> citations) {
		List<Integer> numbers = new ArrayList<>();
		for (Citation citation : citations) {
			Reference reference = references.computeIfAbsent(key(citation), k -> reference(citation));
			if (!numbers.contains(reference.number())) {
				numbers.add(reference.number());
			}
		}
		return List.copyOf(numbers);
	}

	/**
	 * The references cited so far, in number order, each quotation with its rendering in the
	 * reader's language: read once all are cited, so that the renderings load in one batch.
	 */
	public List<Reference> references() {
		return references.values()
			.stream()
			.map(r -> r.quotation() == null ? r : new Reference(r.number(), r.sourceTitle(), r.sourceContainer(),
					r.sourceUrl(), r.locator(), r.quotation(), rendering(quoted.get(r.number()))))
			.toList();
	}

	/**
	 * The footnote number of a citation that supports no claim of an entry (a glossary term's): a
	 * work, where in it (the archive's words, in English), and the quoted passage or null; numbered
	 * with the rest, the same passage or place keeping one number.
	 */
	public int cite(Source source, Quotation quotation, String locator) {
		return references
			.computeIfAbsent(key(source, quotation, locator), k -> reference(source, quotation, locators.describe(quotation, locator, null, locale)))
			.number();
	}

	private Reference reference(Citation citation) {
		return reference(citation.getSource(), citation.getQuotation(), citation.locate(locators, locale));
	}

	private Reference reference(Source source, Quotation quotation, String locator) {
		if (quotation != null) {
			quoted.put(references.size() + 1, quotation);
		}
		// The site in the reader's words where the archive translated them ("Wikipedia en inglés simple").
		String container = source.getContainer() == null ? null
				: content.name(source.getContainer(), source::containerIn).text();
		return new Reference(references.size() + 1, source.getTitle(), container, source.url(), locator,
				quotation == null ? null : quotation.getText(), null);
	}

	/** The archive's rendering of a quotation in the reader's language; none under English. */
	private LocalText rendering(Quotation quotation) {
		if (quotation == null || content.english()) {
			return null;
		}
		LocalText rendering = content.text(quotation.getText(), quotation::textIn);
		return rendering.translated() ? rendering : null;
	}

	private static String key(Citation citation) {
		return key(citation.getSource(), citation.getQuotation(), citation.getLocator());
	}

	private static String key(Source source, Quotation quotation, String locator) {
		return quotation != null ? "q" + quotation.getId() : "s" + source.getId() + "|" + locator;
	}

}
