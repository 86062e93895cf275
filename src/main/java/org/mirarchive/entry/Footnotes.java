package org.mirarchive.entry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mirarchive.work.Locators;
import org.mirarchive.work.Quotation;
import org.mirarchive.work.Source;

/**
 * Numbers the citations of one page in the order they are first shown, as Wikipedia does:
 * the same passage (or the same unquoted work and locator) cited twice keeps its number, and
 * {@link #references()} is the page's References list.
 */
public final class Footnotes {

	/** One numbered item of the References list. */
	public record Reference(int number, String sourceTitle, String sourceContainer, String sourceUrl, String locator,
			String quotation) {

		/** The fragment identifier of the item, for footnote markers to link to. */
		public String anchor() {
			return "ref-" + number;
		}

	}

	private final Map<String, Reference> references = new LinkedHashMap<>();

	private final Locators locators;

	private final Locale locale;

	public Footnotes(Locators locators, Locale locale) {
		this.locators = locators;
		this.locale = locale;
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

	/** The references cited so far, in number order. */
	public List<Reference> references() {
		return List.copyOf(references.values());
	}

	private Reference reference(Citation citation) {
		Quotation quotation = citation.getQuotation();
		Source source = citation.getSource();
		return new Reference(references.size() + 1, source.getTitle(), source.getContainer(), source.url(),
				citation.locate(locators, locale),
				quotation == null ? null : quotation.getText());
	}

	private static String key(Citation citation) {
		if (citation.getQuotation() != null) {
			return "q" + citation.getQuotation().getId();
		}
		return "s" + citation.getSource().getId() + "|" + citation.getLocator();
	}

}
