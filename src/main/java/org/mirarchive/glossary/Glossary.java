package org.mirarchive.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.mirarchive.entry.TermLinks;
import org.mirarchive.model.LocalText;

/**
 * Links the first place each glossary term appears on an entry's page to its explanation. The
 * terms are read once, when first needed: migrations write them, and the archive reads them again
 * when it restarts.
 */
@Component
class Glossary implements TermLinks {

	private final GlossaryTermRepository terms;

	private final MessageSource messages;

	private volatile Map<String, Words> byLanguage;

	Glossary(GlossaryTermRepository terms, MessageSource messages) {
		this.terms = terms;
		this.messages = messages;
	}

	@Override
	public List<List<TextPart>> link(List<LocalText> texts, Long entryId) {
		Map<String, Words> words = words();
		Set<String> linked = new HashSet<>();
		List<List<TextPart>> parts = new ArrayList<>();
		for (LocalText text : texts) {
			Words language = words.get(text.lang() == null ? "en" : text.lang());
			parts.add(language == null ? List.of(TextPart.plain(text.text())) : language.cut(text.text(), entryId, linked));
		}
		return parts;
	}

	private Map<String, Words> words() {
		Map<String, Words> read = byLanguage;
		if (read == null) {
			read = read();
			byLanguage = read;
		}
		return read;
	}

	private Map<String, Words> read() {
		Map<String, Map<String, Term>> forms = new HashMap<>();
		for (GlossaryTerm term : terms.findAllByOrderByPosition()) {
			Long entryId = term.getEntry() == null ? null : term.getEntry().getId();
			for (GlossaryTerm.Form form : term.getForms()) {
				Locale locale = Locale.forLanguageTag(form.lang());
				String name = "es".equals(form.lang()) ? term.getSpanishTerm() : term.getTerm();
				Term linked = new Term(term.getTermKey(), "/glossary#" + term.anchor(), entryId,
						messages.getMessage("glossary.link.title", new Object[] { name }, locale));
				forms.computeIfAbsent(form.lang(), lang -> new HashMap<>()).put(form.form().toLowerCase(Locale.ROOT), linked);
			}
		}
		return forms.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> new Words(e.getValue())));
	}

	/** A term as its links give it. */
	private record Term(String key, String href, Long entryId, String title) {
	}

	/**
	 * The forms of every term in one language, found in a text as whole words, longest first (so
	 * that "coup d'etat" is one link, not "coup" and the rest), whatever their capitals. The
	 * terms are read inside the entry page's transaction, the first time a page is assembled.
	 */
	static final class Words {

		private final Map<String, Term> forms;

		private final Pattern pattern;

		private Words(Map<String, Term> forms) {
			this.forms = forms;
			String alternatives = forms.keySet()
				.stream()
				.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
				.map(Pattern::quote)
				.collect(Collectors.joining("|"));
			this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		}

		List<TextPart> cut(String text, Long entryId, Set<String> linked) {
			List<TextPart> parts = new ArrayList<>();
			Matcher matcher = pattern.matcher(text);
			int from = 0;
			while (matcher.find()) {
				Term term = forms.get(matcher.group().toLowerCase(Locale.ROOT));
				if (term == null || Objects.equals(term.entryId(), entryId) || !linked.add(term.key())) {
					continue;
				}
				if (matcher.start() > from) {
					parts.add(TextPart.plain(text.substring(from, matcher.start())));
				}
				parts.add(new TextPart(matcher.group(), term.href(), term.title()));
				from = matcher.end();
			}
			if (from < text.length() || parts.isEmpty()) {
				parts.add(TextPart.plain(text.substring(from)));
			}
			return parts;
		}

	}

}
