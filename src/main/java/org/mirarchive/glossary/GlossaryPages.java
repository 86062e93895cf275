package org.mirarchive.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.Footnotes;
import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.LocalText;
import org.mirarchive.work.Locators;

/**
 * Assembles the glossary page in the reader's language: the explanations in English or in the
 * archive's Spanish, footnotes numbered in reading order, each entry by its name as its page shows it.
 */
@Component
class GlossaryPages {

	private final GlossaryTermRepository terms;

	private final Locators locators;

	GlossaryPages(GlossaryTermRepository terms, Locators locators) {
		this.terms = terms;
		this.locators = locators;
	}

	@Transactional(readOnly = true)
	GlossaryPage page(Locale locale) {
		ContentLanguage content = new ContentLanguage(locale);
		Footnotes footnotes = new Footnotes(locators, locale, content);
		List<GlossaryPage.TermLine> lines = new ArrayList<>();
		for (GlossaryTerm term : terms.findAllByOrderByPosition()) {
			List<Integer> spanishRefs = refs(term, GlossaryCitation.Supports.SPANISH_TERM, footnotes);
			LocalText definition = content.text(term.getDefinition(), lang -> "es".equals(lang) ? term.getDefinitionEs() : null);
			List<Integer> refs = refs(term, GlossaryCitation.Supports.DEFINITION, footnotes);
			// The explanation quotes its work only where it cites a passage of it.
			Optional<String> quoted = term.getCitations()
				.stream()
				.filter(citation -> citation.getSupports() == GlossaryCitation.Supports.DEFINITION
						&& citation.getQuotation() != null)
				.map(citation -> citation.getSource().getLanguage())
				.findFirst();
			Entry entry = term.getEntry();
			LocalText entryName = entry == null ? null : content.name(entry.getName(), entry::nameIn);
			lines.add(new GlossaryPage.TermLine(term.anchor(), term.getTerm(), term.getSpanishTerm(),
					term.isSpanishTermCited(), spanishRefs, definition,
					QuotedText.parts(definition.text(), quoted.isPresent()), quoted.orElse(null), refs, entryName, entry == null ? null : entry.url()));
		}
		return new GlossaryPage(lines, footnotes.references());
	}

	private static List<Integer> refs(GlossaryTerm term, GlossaryCitation.Supports supports, Footnotes footnotes) {
		return term.getCitations()
			.stream()
			.filter(citation -> citation.getSupports() == supports)
			.map(citation -> footnotes.cite(citation.getSource(), citation.getQuotation(), citation.getLocator()))
			.distinct()
			.toList();
	}

}
