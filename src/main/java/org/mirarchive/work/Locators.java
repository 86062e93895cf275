package org.mirarchive.work;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;

import org.mirarchive.model.ContentLanguage;

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

	/**
	 * A citation's locator in words; empty when it names the work as a whole.
	 * @param quotation the quoted passage, or null for a work cited without quotation
	 * @param locator the free locator of an unquoted work, or null: the archive's own words, shown
	 *     in the reader's language where {@code inLanguage} gives a translation (else in English)
	 * @param inLanguage the free locator's translation into a language, or null where there is none
	 */
	public String describe(Quotation quotation, String locator, Function<String, String> inLanguage, Locale locale) {
		if (quotation == null) {
			return locator == null ? "" : new ContentLanguage(locale).text(locator, inLanguage).text();
		}
		SourceSection section = quotation.getSource()
			.getSections()
			.stream()
			.filter(s -> s.getSectionNo() == quotation.getSectionNo())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No section " + quotation.getSectionNo() + " in "
					+ quotation.getSource().getSlug()));
		String key = section.isSupplied() ? "locator.section.supplied" : "locator.section";
		return messages.getMessage(key, new Object[] { heading(section, locale), String.valueOf(quotation.getParagraphNo()) },
				locale);
	}

	/**
	 * A section's heading as a reader of the language sees it: the work's own heading verbatim; a
	 * heading the archive supplied in the reader's language where the archive has translated it.
	 */
	private static String heading(SourceSection section, Locale locale) {
		if (!section.isSupplied()) {
			return section.getHeading();
		}
		return new ContentLanguage(locale).text(section.getHeading(), section::headingIn).text();
	}

}
