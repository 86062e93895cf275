package org.mirarchive.search;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestContextManager;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.model.Paging;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive's search on a real OpenSearch 2.19 cluster ({@link OpenSearchCluster}, started in
 * the test JVM) finds what it finds on the embedded Lucene index: the same analyzers and queries
 * give the same counts per type, the same first result, and each type's first results in the same
 * order, on one node and on two. Each cluster's archive is a context of its own; the seed on Lucene is the context every
 * {@link ArchiveWebTest} shares ({@link OnLucene}).
 */
class SearchOnOpenSearchTest {

	/** How many of each type's first results must be the same, in the same order. */
	private static final int FIRST = 5;

	private static ArchiveSearch lucene;

	/** The seed on the embedded Lucene index, searched as the search page searches it. */
	@ArchiveWebTest
	static class OnLucene {

	}

	/**
	 * The search of the context every {@link ArchiveWebTest} shares, on Lucene. (Not the enclosing
	 * instance's fields: Spring fills those of a nested test's enclosing instance from the nested
	 * test's own context.)
	 */
	private static synchronized ArchiveSearch lucene() {
		if (lucene == null) {
			ApplicationContext context = new TestContextManager(OnLucene.class).getTestContext().getApplicationContext();
			assertThat(Search.mapping(context.getBean(EntityManagerFactory.class)).backend().unwrap(LuceneBackend.class))
				.isNotNull();
			lucene = context.getBean(ArchiveSearch.class);
		}
		return lucene;
	}

	/**
	 * What readers type, and in which language they read: names with and without accents, acronyms,
	 * English and Spanish word forms (stemmed, folded, stop words left optional), typos, and a word
	 * in nearly everything.
	 */
	static Stream<Arguments> searches() {
		return Stream.of(Arguments.of("Enriquez", "en"), Arguments.of("ENRÍQUEZ", "en"),
				Arguments.of("Miguel Enríquez", "es"), Arguments.of("Bolívia", "en"),
				Arguments.of("Direccion de Inteligencia Nacional", "en"), Arguments.of("Chile’s", "en"),
				Arguments.of("People's Revolutionary Army", "en"), Arguments.of("MIR", "en"), Arguments.of("DINA", "es"),
				Arguments.of("Movement of the Revolutionary Left", "en"),
				Arguments.of("Movimiento de Izquierda Revolucionaria", "es"), Arguments.of("Ché", "en"),
				Arguments.of("nationalized", "en"), Arguments.of("imprisoned", "en"), Arguments.of("golpe de Estado", "es"),
				Arguments.of("golpes de estado", "en"), Arguments.of("sindicatos", "en"), Arguments.of("sindicato", "es"),
				Arguments.of("poblaciones", "es"), Arguments.of("población", "en"),
				Arguments.of("nacionalizacion del cobre", "es"), Arguments.of("revolucion", "es"),
				Arguments.of("revolución", "en"), Arguments.of("detenidos", "es"), Arguments.of("detenido", "es"),
				Arguments.of("detencion", "es"), Arguments.of("detenciones", "en"), Arguments.of("Estadio Nacional", "es"),
				Arguments.of("Pinochett", "en"), Arguments.of("Guebara", "es"), Arguments.of("Tupamarso", "en"),
				Arguments.of("Ley 17.450", "en"), Arguments.of("Pinochet", "en"), Arguments.of("the", "en"));
	}

	/** The same searches, on the archive started on a cluster. */
	@ArchiveWebTest
	abstract class OnACluster {

		@Autowired
		private ArchiveSearch cluster;

		@Autowired
		private EntityManagerFactory entityManagerFactory;

		@Test
		void theArchiveSearchesTheCluster() {
			assertThat(Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class)).isNotNull();
		}

		@ParameterizedTest
		@MethodSource("org.mirarchive.search.SearchOnOpenSearchTest#searches")
		void aSearchFindsWhatItFindsOnLucene(String typed, String language) {
			Locale locale = Locale.forLanguageTag(language);
			SearchResults onLucene = find(lucene(), typed, locale);
			SearchResults onCluster = find(cluster, typed, locale);
			assertThat(onLucene.all()).as("found on Lucene").isPositive();
			assertThat(onCluster.counts()).as("results per type").isEqualTo(onLucene.counts());
			assertThat(urls(onCluster)).as("the first result").first().isEqualTo(urls(onLucene).get(0));
			// Each type's own list, in order. (In the list of all types an entry and a work of
			// nearly the same score may trade places: on a cluster each index scores a word by its
			// own statistics, on Lucene both indexes are read as one.)
			for (ResultType type : onLucene.counts().keySet()) {
				assertThat(first(find(cluster, typed, type, locale))).as("the first %s", type)
					.isEqualTo(first(find(lucene(), typed, type, locale)));
			}
		}

		/** The searches of the search page's own test whose first result is known, on the cluster. */
		@ParameterizedTest
		@CsvSource({ "revolucion, es, /events/cuban-revolution", "Enriquez, en, /people/miguel-enriquez",
				"golpe de Estado, es, /events/coup-of-11-september-1973", "población, es, /places/poor-and-working-class-neighbourhoods-of-santiago",
				"nacionalización del cobre, en, /events/nationalization-of-copper-mining", "Pinochett, en, /people/augusto-pinochet",
				"Guebara, en, /people/che-guevara", "sindicato, en, /organizations/trade-unions" })
		void foldedStemmedAndMistypedWordsFindTheirEntryFirst(String typed, String language, String first) {
			assertThat(urls(find(cluster, typed, Locale.forLanguageTag(language)))).first().isEqualTo(first);
		}

		/** Spanish words as the Spanish analyzers read them: accents folded, plurals and gender endings taken off. */
		@ParameterizedTest
		@CsvSource({ "detención, detencion", "detenidos, detenido", "detenidas, detenidos", "revoluciones, revolución",
				"sindicatos, SINDICATO" })
		void spanishFormsOfAWordFindTheSameResults(String typed, String otherForm) {
			SearchResults found = find(cluster, typed, Locale.forLanguageTag("es"));
			assertThat(found.all()).isPositive();
			assertThat(urls(find(cluster, otherForm, Locale.forLanguageTag("es")))).isEqualTo(urls(found));
		}

	}

	@Nested
	class OnOneNode extends OnACluster {

		@DynamicPropertySource
		static void cluster(DynamicPropertyRegistry registry) {
			OpenSearchCluster.named("one node", 1).pointAt(registry);
		}

	}

	@Nested
	class OnTwoNodes extends OnACluster {

		@DynamicPropertySource
		static void cluster(DynamicPropertyRegistry registry) {
			OpenSearchCluster.named("two nodes", 2).pointAt(registry);
		}

		@Test
		void bothNodesHoldTheIndexes() {
			OpenSearchCluster cluster = OpenSearchCluster.named("two nodes", 2);
			assertThat(cluster.nodesHolding("entry")).isEqualTo(2);
			assertThat(cluster.nodesHolding("source")).isEqualTo(2);
		}

	}

	private static SearchResults find(ArchiveSearch search, String typed, Locale locale) {
		return find(search, typed, null, locale);
	}

	private static SearchResults find(ArchiveSearch search, String typed, ResultType type, Locale locale) {
		return search.find(QueryWords.of(typed), type, new Paging(1, ArchiveSearch.RESULTS_A_PAGE), locale);
	}

	private static List<String> urls(SearchResults results) {
		return results.hits().lines().stream().map(Hit::url).toList();
	}

	private static List<String> first(SearchResults results) {
		List<String> urls = urls(results);
		return urls.subList(0, Math.min(FIRST, urls.size()));
	}

}
