package org.mirarchive.citation;

import java.util.Locale;

import org.springframework.context.MessageSource;

import org.mirarchive.source.SourceSection;

/**
 * Says where in a work a citation points: for a quotation, the section and paragraph of the
 * article ("section “The MIR and Allende”, paragraph 2"; a supplied heading in brackets);
 * for an unquoted work, its free locator ("chapter on the JCR"), or nothing.
 */
public final class Locators {

	private final MessageSource messages;

	public Locators(MessageSource messages) {
		this.messages = messages;
	}

	/** The locator in words; empty when the citation names the work as a whole. */
	public String describe(Citation citation, Locale locale) {
		Quotation quotation = citation.getQuotation();
		if (quotation == null) {
			return citation.getLocator() == null ? "" : citation.getLocator();
		}
		SourceSection section = quotation.getSource()
			.getSections()
			.stream()
			.filter(s -> s.getSectionNo() == quotation.getSectionNo())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No section " + quotation.getSectionNo() + " in "
					+ quotation.getSource().getSlug()));
		String key = section.isSupplied() ? "locator.section.supplied" : "locator.section";
		return messages.getMessage(key, new Object[] { section.getHeading(), String.valueOf(quotation.getParagraphNo()) },
				locale);
	}

}
