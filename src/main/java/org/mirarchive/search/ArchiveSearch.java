package org.mirarchive.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesStep;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchQuery;
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

	/**
	 * The fields searched, and how much a match in each weighs: a match in a name or title far
	 * outweighs a mention in a summary or statement, so an entry whose name matches comes first.
	 */
	private static final Map<String, Float> ENTRY_FIELDS = weights("name", 10f, "names.name", 10f, "summary", 2f,
			"statements.text", 1f, "notes.text", 0.5f);

	private static final Map<String, Float> SOURCE_FIELDS = weights("title", 10f, "author", 3f, "container", 2f,
			"publisher", 2f, "subtitle", 2f, "summary", 2f);

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
		SearchSession session = Search.session(entityManager);
		// Words as typed first; only a search that finds nothing so is read again forgiving typos.
		// Matching with a typo costs far more (Lucene builds an automaton for each word in each
		// field, and the highlighter again for each result): most searches never need it.
		Typos typos = Typos.NONE;
		Map<ResultType, Long> counts = counts(session, query, typos);
		if (counts.isEmpty() && query.words().stream().anyMatch(QueryWords::forgivesTypo)) {
			typos = Typos.ONE_PER_WORD;
			counts = counts(session, query, typos);
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

	/** Matches per type, in the order of {@link ResultType}; types without matches are left out. */
	private Map<ResultType, Long> counts(SearchSession session, QueryWords query, Typos typos) {
		Map<ResultType, Long> counts = new EnumMap<>(ResultType.class);
		entriesByKind(session, query, typos).fetch(0).aggregation(BY_KIND)
			.forEach((kind, count) -> counts.put(ResultType.of(kind), count));
		long sources = sources(session, query, typos).fetchTotalHitCount();
		if (sources > 0) {
			counts.put(ResultType.SOURCES, sources);
		}
		return counts;
	}

	private List<Hit> hits(SearchSession session, QueryWords query, Typos typos, ResultType type, Paging paging,
			Locale locale) {
		return ranked(session, query, typos, type).fetchHits(Math.toIntExact(paging.offset()), paging.size())
			.stream()
			.map(hit -> hit(hit, locale))
			.toList();
	}

	/** The entries matching, counted by kind ({@link #BY_KIND}). */
	static SearchQuery<Entry> entriesByKind(SearchSession session, QueryWords query, Typos typos) {
		return session.search(Entry.class)
			.where(f -> matching(f, query, typos, Target.ENTRY))
			.aggregation(BY_KIND, f -> f.terms().field("kind", EntryKind.class))
			.toQuery();
	}

	/** The sources matching. */
	static SearchQuery<Source> sources(SearchSession session, QueryWords query, Typos typos) {
		return session.search(Source.class).where(f -> matching(f, query, typos, Target.SOURCE)).toQuery();
	}

	/** The results of one type (null: all), best first, with their matched words marked. */
	static SearchQuery<Found> ranked(SearchSession session, QueryWords query, Typos typos, ResultType type) {
		Target target = Target.of(type);
		return session.search(target.types)
			.select(f -> f.composite()
				.from(f.entity(), firstOf(f, target.nameFields), firstOf(f, target.otherNameFields),
						firstOf(f, target.textFields))
				.asList(Found::of))
			.where(f -> f.bool()
				.must(matching(f, query, typos, target))
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
	 * search of more than three words one may be missing. What bears exactly the name searched
	 * for comes first.
	 */
	private static PredicateFinalStep matching(SearchPredicateFactory f, QueryWords query, Typos typos,
			Target target) {
		return f.bool()
			.must(f.bool(b -> {
				query.words().forEach(word -> b.should(word(f, word, typos, target.fields)));
				b.minimumShouldMatch(m -> m.ifMoreThan(0).thenRequirePercent(100).ifMoreThan(ALL_WORDS_UP_TO).thenRequireNumber(-1));
			}))
			.should(f.match().fields(target.wholeNameFields.toArray(String[]::new))
				.matching(String.join(" ", query.words()))
				.boost(WHOLE_NAME_WEIGHT));
	}

	private static PredicateFinalStep word(SearchPredicateFactory f, String word, Typos typos,
			Map<String, Float> fields) {
		SimpleBooleanPredicateClausesStep<?, ?> any = f.or();
		fields.forEach((field, weight) -> any.add(f.match().field(field).matching(word).boost(weight)));
		if (typos == Typos.ONE_PER_WORD && QueryWords.forgivesTypo(word)) {
			fields.forEach((field, weight) -> any.add(f.match().field(field).matching(word).fuzzy(1, 0).boost(weight * TYPO_WEIGHT)));
		}
		return any;
	}

	/** The best highlighted fragment among the fields, in the order given; null if none matched. */
	private static ProjectionFinalStep<String> firstOf(SearchProjectionFactory<?, ?> f, List<String> fields) {
		if (fields.isEmpty()) {
			return f.constant(null);
		}
		ProjectionFinalStep<?>[] highlights = fields.stream()
			.map(f::highlight)
			.toArray(ProjectionFinalStep<?>[]::new);
		return f.composite().from(highlights).asList(ArchiveSearch::first);
	}

	private static String first(List<?> fragmentsPerField) {
		for (Object fragments : fragmentsPerField) {
			if (fragments instanceof List<?> list && !list.isEmpty()) {
				return (String) list.get(0);
			}
		}
		return null;
	}

	private Hit hit(Found found, Locale locale) {
		Snippet text = found.text == null ? null : Snippet.highlighted(found.text);
		Snippet otherName = otherName(found);
		if (found.entity instanceof Entry entry) {
			IndexLine line = IndexLine.of(entry, dateWords, locale);
			return new Hit("kind." + entry.getKind() + ".one", title(found, line.name().text()), otherName, line.url(),
					line.date(), text == null ? Snippet.plain(line.summary().text()) : text,
					text == null ? line.summary().lang() : ContentLanguage.ENGLISH);
		}
		Source source = (Source) found.entity;
		DateText date = source.issuedDate().map(issued -> dateWords.text(issued, locale)).orElse(null);
		LocalText summary = new ContentLanguage(locale).text(source.getSummary(), source::summaryIn);
		return new Hit("search.type.source.one", title(found, source.getTitle()), null, source.url(), date,
				text == null ? Snippet.plain(summary.text()) : text, text == null ? summary.lang() : ContentLanguage.ENGLISH);
	}

	/**
	 * The other name that matched, where it says more than the name: "DINA" for a search for
	 * DINA, but not "Miguel Enriquez" beside "Miguel Enríquez" for a search for Enriquez.
	 */
	private static Snippet otherName(Found found) {
		if (found.otherName == null) {
			return null;
		}
		Snippet other = Snippet.highlighted(found.otherName);
		if (found.name != null && Snippet.highlighted(found.name).markedLength() >= other.markedLength()) {
			return null;
		}
		return other;
	}

	private static Snippet title(Found found, String name) {
		return found.name == null ? Snippet.plain(name) : Snippet.highlighted(found.name);
	}

	private static Map<String, Float> weights(Object... fieldsAndWeights) {
		Map<String, Float> weights = new LinkedHashMap<>();
		for (int i = 0; i < fieldsAndWeights.length; i += 2) {
			weights.put((String) fieldsAndWeights[i], (Float) fieldsAndWeights[i + 1]);
		}
		return weights;
	}

	/** One hit as the index returns it: the entity, and its best highlighted name, other name and text. */
	record Found(Object entity, String name, String otherName, String text) {

		static Found of(List<?> projected) {
			return new Found(projected.get(0), (String) projected.get(1), (String) projected.get(2),
					(String) projected.get(3));
		}

	}

	/** What a search targets: which entities, searched in which fields, highlighted in which. */
	private record Target(List<Class<?>> types, Map<String, Float> fields, List<String> wholeNameFields,
			List<String> nameFields, List<String> otherNameFields, List<String> textFields) {

		static final Target ENTRY = new Target(List.of(Entry.class), ENTRY_FIELDS, List.of("name_whole", "names.name_whole"),
				List.of("name"), List.of("names.name"), List.of("summary", "statements.text", "notes.text"));

		static final Target SOURCE = new Target(List.of(Source.class), SOURCE_FIELDS, List.of("title_whole"),
				List.of("title"), List.of(), List.of("subtitle", "summary"));

		static final Target ALL = new Target(List.of(Entry.class, Source.class), union(ENTRY_FIELDS, SOURCE_FIELDS),
				List.of("name_whole", "names.name_whole", "title_whole"), List.of("name", "title"), List.of("names.name"),
				List.of("summary", "statements.text", "notes.text", "subtitle"));

		static Target of(ResultType type) {
			if (type == null) {
				return ALL;
			}
			return type == ResultType.SOURCES ? SOURCE : ENTRY;
		}

		private static Map<String, Float> union(Map<String, Float> a, Map<String, Float> b) {
			Map<String, Float> union = new LinkedHashMap<>(a);
			union.putAll(b);
			return union;
		}

	}

}
