package org.mirarchive.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesStep;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.IndexLine;
import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.DateText;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.ListPage;
import org.mirarchive.model.LocalText;
import org.mirarchive.model.Paging;
import org.mirarchive.work.Source;

/**
 * Runs a reader's search over the index: how many entries of each type match, and one page of
 * them, best first, each with its matched words marked. Queries are built with the Hibernate
 * Search DSL from the reader's words, never from query syntax, and use nothing specific to one
 * backend, so they run alike on embedded Lucene and on a search cluster.
 */
@Component
class ArchiveSearch {

	private static final String SPANISH = "es";

	/**
	 * The fields searched, and how much a match in each weighs: a match in a name or title far
	 * outweighs a mention in a summary or statement, so an entry whose name matches comes first.
	 * Both languages' fields are always searched, whatever the reader's language (a student may
	 * type English under Spanish): the English with English analysis, the archive's Spanish
	 * translations ({@code _es}) with Spanish analysis, and every name form in both.
	 */
	private static final List<Field> ENTRY_FIELDS = List.of(new Field("name", 10f, ContentLanguage.ENGLISH),
			new Field("name_es", 10f, SPANISH), new Field("names.name", 10f, null), new Field("names.name_es", 10f, null),
			new Field("summary", 2f, ContentLanguage.ENGLISH), new Field("summary_es", 2f, SPANISH),
			new Field("statements.text", 1f, ContentLanguage.ENGLISH), new Field("statements.text_es", 1f, SPANISH),
			new Field("notes.text", 0.5f, ContentLanguage.ENGLISH), new Field("notes.text_es", 0.5f, SPANISH));

	/** A work's record stays as published; only its summary is the archive's, and translated. */
	private static final List<Field> SOURCE_FIELDS = List.of(new Field("title", 10f, null), new Field("author", 3f, null),
			new Field("container", 2f, null), new Field("publisher", 2f, null),
			new Field("subtitle", 2f, null), new Field("summary", 2f, ContentLanguage.ENGLISH),
			new Field("summary_es", 2f, SPANISH));

	/**
	 * How much more a match in the reader's language weighs: a little, so that of two entries the
	 * one matching in the reader's language comes first, never so much that it outweighs a name.
	 */
	private static final float READER_LANGUAGE_WEIGHT = 1.25f;

	/**
	 * Spanish stop words ("de", "la", "del"): the Spanish fields leave them out, so such a word is
	 * not required of a result, only counted where a field holds it ("golpe de Estado" finds the
	 * coup by its Spanish summary too). The same list the {@code prose_es} analyzer loads
	 * ({@link Analyzers#SPANISH_STOP_WORDS}, and {@code _spanish_} on a cluster).
	 */
	private static final CharArraySet SPANISH_STOP_WORDS = SpanishAnalyzer.getDefaultStopSet();

	/** How much bearing exactly the name searched for weighs ("MIR" is the MIR's acronym). */
	private static final float WHOLE_NAME_WEIGHT = 30f;

	private static final AggregationKey<Map<EntryKind, Long>> BY_KIND = AggregationKey.of("kind");

	/** How much a word matched with a typo weighs, against the same word matched exactly. */
	private static final float TYPO_WEIGHT = 0.3f;

	/** More words than this and one of them may be missing from a result ("who was Miguel Enríquez"). */
	private static final int ALL_WORDS_UP_TO = 3;

	/**
	 * Results a list page: fewer than a list's {@value Paging#SIZE} lines, since each result is
	 * longer, and the highlighter's work grows with every one.
	 */
	static final int RESULTS_A_PAGE = 20;

	private final EntityManager entityManager;

	private final DateWords dateWords;

	ArchiveSearch(EntityManager entityManager, DateWords dateWords) {
		this.entityManager = entityManager;
		this.dateWords = dateWords;
	}

	/**
	 * The results of a search: counts for every type, and the list page {@code paging} names of
	 * the chosen type's results (or of all types' when {@code type} is null), empty if it lies past
	 * the last.
	 */
	@Transactional(readOnly = true)
	SearchResults find(QueryWords query, ResultType type, Paging paging, Locale locale) {
		return find(query, type, paging, locale, Matched.NOT_ASKED);
	}

	/**
	 * The results of a search, as {@link #find(QueryWords, ResultType, Paging, Locale)}, and every
	 * entry and work that matches it, counted or listed: read from the index before the list page
	 * is, so that a change the list page does not show yet is still told to reach it.
	 */
	@Transactional(readOnly = true)
	SearchResults find(QueryWords query, ResultType type, Paging paging, Locale locale, Matched matched) {
		SearchSession session = Search.session(entityManager);
		// Words as typed first; only a search that finds nothing so is read again forgiving typos.
		// Matching with a typo costs far more (Lucene builds an automaton for each word in each
		// field, and the highlighter again for each result): most searches never need it.
		Typos typos = Typos.NONE;
		Map<ResultType, Long> counts = counts(session, query, typos, matched);
		if (counts.isEmpty() && query.words().stream().anyMatch(QueryWords::forgivesTypo)) {
			typos = Typos.ONE_PER_WORD;
			counts = counts(session, query, typos, matched);
		}
		long total = type == null ? counts.values().stream().mapToLong(Long::longValue).sum()
				: counts.getOrDefault(type, 0L);
		List<Hit> hits = total == 0 || !paging.within(total) ? List.of()
				: hits(session, query, typos, type, paging, locale);
		return new SearchResults(query, type, counts, new ListPage<>(hits, paging, total));
	}

	/** Whether words match only as typed (after folding and stemming), or also with one typo. */
	enum Typos {

		NONE, ONE_PER_WORD

	}

	/**
	 * Matches per type, in the order of {@link ResultType}; types without matches are left out.
	 * Where asked, the ids of the entries and works matching are read in the same queries.
	 */
	private Map<ResultType, Long> counts(SearchSession session, QueryWords query, Typos typos, Matched matched) {
		Map<ResultType, Long> counts = new EnumMap<>(ResultType.class);
		boolean asked = matched != Matched.NOT_ASKED;
		int named = asked ? Matched.MOST + 1 : 0;
		SearchResult<Long> entries = entriesByKind(session, query, typos).fetch(named);
		entries.aggregation(BY_KIND).forEach((kind, count) -> counts.put(ResultType.of(kind), count));
		SearchResult<Long> sources = sources(session, query, typos).fetch(named);
		if (sources.total().hitCount() > 0) {
			counts.put(ResultType.SOURCES, sources.total().hitCount());
		}
		if (asked) {
			matched.found(entries.total().hitCount() > Matched.MOST ? null : entries.hits(),
					sources.total().hitCount() > Matched.MOST ? null : sources.hits());
		}
		return counts;
	}

	/**
	 * Whether a changed entry or work matches a search now, as the index holds it: with one typo a
	 * word where the search would forgive one (it matches all that the words as typed do), so that
	 * a search read either way is told.
	 */
	static boolean matches(SearchSession session, QueryWords query, Set<Long> entries, Set<Long> works) {
		if (!query.searchable()) {
			return false;
		}
		Typos typos = query.words().stream().anyMatch(QueryWords::forgivesTypo) ? Typos.ONE_PER_WORD : Typos.NONE;
		return (!entries.isEmpty() && session.search(Entry.class)
			.where(f -> f.bool()
				.must(matching(f, query, typos, Target.ENTRY, null))
				.filter(f.id().matchingAny(entries)))
			.fetchTotalHitCount() > 0)
				|| (!works.isEmpty() && session.search(Source.class)
					.where(f -> f.bool()
						.must(matching(f, query, typos, Target.SOURCE, null))
						.filter(f.id().matchingAny(works)))
					.fetchTotalHitCount() > 0);
	}

	/**
	 * Told the ids of every entry and every work a search matches, as its results are counted:
	 * null where more than {@link #MOST} match. Told again if the search is read again forgiving typos.
	 */
	interface Matched {

		/**
		 * Most matches named; more, and a search's results are taken to hold any entry, or any work.
		 * It weighs the ids read at each rendering of a search and kept with each kept page of its
		 * results; {@code EntryPagesShowing.MOST}, the same number, weighs the lookups a commit makes
		 * into the database. Neither is read against the other: either may change alone.
		 */
		int MOST = 500;

		/** Not asked: the ids are not read. */
		Matched NOT_ASKED = (entries, works) -> {
		};

		void found(List<Long> entries, List<Long> works);

	}

	private List<Hit> hits(SearchSession session, QueryWords query, Typos typos, ResultType type, Paging paging,
			Locale locale) {
		return ranked(session, query, typos, type, new ContentLanguage(locale).language())
			.fetchHits(Math.toIntExact(paging.offset()), paging.size())
			.stream()
			.map(hit -> hit(hit, locale))
			.toList();
	}

	/** The ids of the entries matching, counted by kind ({@link #BY_KIND}). */
	static SearchQuery<Long> entriesByKind(SearchSession session, QueryWords query, Typos typos) {
		return session.search(Entry.class)
			.select(f -> f.id(Long.class))
			.where(f -> matching(f, query, typos, Target.ENTRY, null))
			.aggregation(BY_KIND, f -> f.terms().field("kind", EntryKind.class))
			.toQuery();
	}

	/** The ids of the sources matching. */
	static SearchQuery<Long> sources(SearchSession session, QueryWords query, Typos typos) {
		return session.search(Source.class)
			.select(f -> f.id(Long.class))
			.where(f -> matching(f, query, typos, Target.SOURCE, null))
			.toQuery();
	}

	/**
	 * The results of one type (null: all), best first, a match in the reader's language
	 * ({@code language}, "es") weighing a little more, with their matched words marked.
	 */
	static SearchQuery<Found> ranked(SearchSession session, QueryWords query, Typos typos, ResultType type,
			String language) {
		Target target = Target.of(type);
		return session.search(target.types)
			.select(f -> f.composite()
				.from(f.entity(), highlights(f, target.highlighted))
				.asList(projected -> Found.of(projected, target.highlighted)))
			.where(f -> f.bool()
				.must(matching(f, query, typos, target, language))
				.with(b -> {
					if (type != null && type.kind() != null) {
						b.filter(f.match().field("kind").matching(type.kind()));
					}
				}))
			// After relevance, by slug (unique across entries and sources): the same search always
			// lists its results in the same order, so pages neither repeat nor skip a result.
			.sort(f -> f.score().then().field("slug"))
			// The unified highlighter (the default on every backend) cuts text at sentence ends: the
			// best sentence of a statement, or a whole name.
			.highlighter(h -> h.unified().tag(Snippet.OPEN, Snippet.CLOSE).numberOfFragments(1).orderByScore(true))
			.toQuery();
	}

	/**
	 * Every word must match, exactly (after folding case, accents and apostrophes, and stemming
	 * prose) or, with {@link Typos#ONE_PER_WORD} and in long enough words, with one typo; in a
	 * search of more than three words one may be missing. A Spanish stop word is not required,
	 * unless the search has nothing else. What bears exactly the name searched for comes first;
	 * a match in the reader's {@code language} (null: none) weighs a little more.
	 */
	private static PredicateFinalStep matching(SearchPredicateFactory f, QueryWords query, Typos typos,
			Target target, String language) {
		List<String> content = query.words().stream().filter(word -> !spanishStopWord(word)).toList();
		List<String> required = content.isEmpty() ? query.words() : content;
		List<String> optional = content.isEmpty() ? List.of()
				: query.words().stream().filter(ArchiveSearch::spanishStopWord).toList();
		return f.bool(top -> {
			top.must(f.bool(b -> {
				required.forEach(word -> b.should(word(f, word, typos, target.fields, language)));
				b.minimumShouldMatch(m -> m.ifMoreThan(0).thenRequirePercent(100).ifMoreThan(ALL_WORDS_UP_TO).thenRequireNumber(-1));
			}));
			optional.forEach(word -> top.should(word(f, word, Typos.NONE, target.fields, language)));
			top.should(f.match().fields(target.wholeNameFields.toArray(String[]::new))
				.matching(String.join(" ", query.words()))
				.boost(WHOLE_NAME_WEIGHT));
		});
	}

	private static boolean spanishStopWord(String word) {
		return SPANISH_STOP_WORDS.contains(word.toLowerCase(Locale.ROOT));
	}

	private static PredicateFinalStep word(SearchPredicateFactory f, String word, Typos typos, List<Field> fields,
			String language) {
		SimpleBooleanPredicateClausesStep<?, ?> any = f.or();
		fields.forEach(field -> any.add(f.match().field(field.path).matching(word).boost(field.weight(language))));
		if (typos == Typos.ONE_PER_WORD && QueryWords.forgivesTypo(word)) {
			fields.forEach(field -> any.add(f.match().field(field.path).matching(word).fuzzy(1, 0)
				.boost(field.weight(language) * TYPO_WEIGHT)));
		}
		return any;
	}

	/** The highlighted fragments of each field, in the order given. */
	private static ProjectionFinalStep<List<?>> highlights(SearchProjectionFactory<?, ?> f, List<String> fields) {
		ProjectionFinalStep<?>[] highlights = fields.stream()
			.map(f::highlight)
			.toArray(ProjectionFinalStep<?>[]::new);
		return f.composite().from(highlights).asList(Function.identity());
	}

	private Hit hit(Found found, Locale locale) {
		ContentLanguage reader = new ContentLanguage(locale);
		boolean spanish = SPANISH.equals(reader.language());
		// The passage that matched, in the reader's language where the match was there too.
		String textField = found.firstMatched(spanish ? Target.TEXT_FIELDS_ES_FIRST : Target.TEXT_FIELDS_EN_FIRST);
		Snippet text = textField == null ? null : Snippet.highlighted(found.highlight(textField));
		String textLang = textField != null && textField.endsWith("_es") ? SPANISH : ContentLanguage.ENGLISH;
		if (found.entity instanceof Entry entry) {
			IndexLine line = IndexLine.of(entry, dateWords, locale);
			// The heading as the page shows it (name_es holds the Spanish reader's), marked only where
			// the search matched that very form.
			String nameField = spanish ? "name_es" : "name";
			Snippet title = found.highlight(nameField) == null ? Snippet.plain(line.name().text())
					: Snippet.highlighted(found.highlight(nameField));
			String otherNameField = found.firstMatched(spanish ? List.of("names.name_es", "names.name")
					: List.of("names.name", "names.name_es"));
			return new Hit("kind." + entry.getKind() + ".one", title, line.name().lang(),
					otherName(title, otherNameField == null ? null : found.highlight(otherNameField)), line.url(),
					line.date(), text == null ? Snippet.plain(line.summary().text()) : text,
					text == null ? line.summary().lang() : textLang);
		}
		Source source = (Source) found.entity;
		DateText date = source.issuedDate().map(issued -> dateWords.text(issued, locale)).orElse(null);
		LocalText summary = reader.text(source.getSummary(), source::summaryIn);
		Snippet title = found.highlight("title") == null ? Snippet.plain(source.getTitle())
				: Snippet.highlighted(found.highlight("title"));
		return new Hit("search.type.source.one", title, null, null, source.url(), date,
				text == null ? Snippet.plain(summary.text()) : text, text == null ? summary.lang() : textLang);
	}

	/**
	 * The other name that matched, where it says more than the name: "DINA" for a search for
	 * DINA, but not "Miguel Enriquez" beside "Miguel Enríquez" for a search for Enriquez.
	 */
	private static Snippet otherName(Snippet title, String otherName) {
		if (otherName == null) {
			return null;
		}
		Snippet other = Snippet.highlighted(otherName);
		if (title.markedLength() >= other.markedLength()) {
			return null;
		}
		return other;
	}

	/** A field searched, how much a match in it weighs, and its language (null: names, in any). */
	private record Field(String path, float weight, String lang) {

		/** Its weight for a reader of {@code language}: a little more where that is its language. */
		float weight(String language) {
			return lang != null && lang.equals(language) ? weight * READER_LANGUAGE_WEIGHT : weight;
		}

	}

	/** One hit as the index returns it: the entity, and the best highlighted fragment of each field that matched. */
	record Found(Object entity, Map<String, String> highlights) {

		static Found of(List<?> projected, List<String> fields) {
			Map<String, String> highlights = new LinkedHashMap<>();
			List<?> perField = (List<?>) projected.get(1);
			for (int i = 0; i < fields.size(); i++) {
				if (perField.get(i) instanceof List<?> fragments && !fragments.isEmpty()) {
					highlights.put(fields.get(i), (String) fragments.get(0));
				}
			}
			return new Found(projected.get(0), highlights);
		}

		/** The best fragment of a field, null if it did not match. */
		String highlight(String field) {
			return highlights.get(field);
		}

		/** The first of the fields, in the order given, that matched; null if none did. */
		String firstMatched(List<String> fields) {
			return fields.stream().filter(highlights::containsKey).findFirst().orElse(null);
		}

	}

	/**
	 * What a search targets: which entities, searched in which fields, which of them bear a whole
	 * name, and which are highlighted.
	 */
	private record Target(List<Class<?>> types, List<Field> fields, List<String> wholeNameFields,
			List<String> highlighted) {

		/** The fields whose passage a result shows, English first; then the Spanish first. */
		static final List<String> TEXT_FIELDS_EN_FIRST = List.of("summary", "statements.text", "notes.text", "subtitle",
				"summary_es", "statements.text_es", "notes.text_es");

		static final List<String> TEXT_FIELDS_ES_FIRST = List.of("summary_es", "statements.text_es", "notes.text_es",
				"summary", "statements.text", "notes.text", "subtitle");

		private static final List<String> ENTRY_HIGHLIGHTS = List.of("name", "name_es", "names.name", "names.name_es",
				"summary", "statements.text", "notes.text", "summary_es", "statements.text_es", "notes.text_es");

		private static final List<String> SOURCE_HIGHLIGHTS = List.of("title", "subtitle", "summary", "summary_es");

		static final Target ENTRY = new Target(List.of(Entry.class), ENTRY_FIELDS, List.of("name_whole", "names.name_whole"),
				ENTRY_HIGHLIGHTS);

		static final Target SOURCE = new Target(List.of(Source.class), SOURCE_FIELDS, List.of("title_whole"),
				SOURCE_HIGHLIGHTS);

		static final Target ALL = new Target(List.of(Entry.class, Source.class), union(ENTRY_FIELDS, SOURCE_FIELDS),
				List.of("name_whole", "names.name_whole", "title_whole"), List.of("name", "name_es", "names.name",
						"names.name_es", "title", "summary", "statements.text", "notes.text", "subtitle", "summary_es",
						"statements.text_es", "notes.text_es"));

		static Target of(ResultType type) {
			if (type == null) {
				return ALL;
			}
			return type == ResultType.SOURCES ? SOURCE : ENTRY;
		}

		/** Both lists' fields, a field both search (a summary) once, with the first's weight. */
		private static List<Field> union(List<Field> a, List<Field> b) {
			Map<String, Field> union = new LinkedHashMap<>();
			a.forEach(field -> union.put(field.path, field));
			b.forEach(field -> union.putIfAbsent(field.path, field));
			return List.copyOf(union.values());
		}

	}

}
