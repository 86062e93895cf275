package org.mirarchive.connections;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;
import org.mirarchive.StatementCount;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.picture.ConnectionPicture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connections drawn: on an entry's page, a picture with a link for each connection its lists
 * name; on {@code /connections}, every entry in rings round the MIR, drawn and as lists, in
 * English and in Spanish.
 */
@ArchiveWebTest
class ConnectionsPagesTest {

	/** The most statements the graph page may run: a handful a ring, whatever the archive's size. */
	static final int GRAPH_STATEMENTS = 20;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ArchiveGraph graph;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	/** Each kind of connection a page lists, as the addresses it links to, without the events within a place. */
	private static List<Set<String>> listed(Document page) {
		List<Set<String>> groups = new ArrayList<>();
		for (Element group : page.select("section[aria-labelledby=relations-heading] section.relation-group")) {
			if (group.selectFirst("h3").text().equals("Events within this place")) {
				continue;
			}
			Set<String> hrefs = new LinkedHashSet<>();
			group.select("> ul > li").forEach(li -> hrefs.add(li.selectFirst("> a").attr("href")));
			groups.add(hrefs);
		}
		return groups;
	}

	@ParameterizedTest
	@ValueSource(strings = { "/organizations/mir", "/people/miguel-enriquez", "/places/santiago", "/organizations/dina" })
	void anEntrysPictureHasALinkForEachConnectionItsListsName(String path) {
		Document page = browser.get(path).document();
		List<Set<String>> groups = listed(page);
		int connections = groups.stream().mapToInt(Set::size).sum();
		Element picture = page.selectFirst("section.connections");
		assertThat(picture).as(path).isNotNull();
		List<Element> nodes = picture.select("svg a.graph-node");
		assertThat(nodes).hasSize(Math.min(connections, ConnectionPicture.MOST_SHOWN));
		Set<String> everyListed = new LinkedHashSet<>();
		groups.forEach(everyListed::addAll);
		assertThat(nodes).allSatisfy(node -> {
			assertThat(everyListed).contains(node.attr("href"));
			// Its name and, in words, how it is connected.
			assertThat(node.attr("aria-label")).contains(" — ").doesNotContain("??");
			assertThat(node.selectFirst("title").text()).isEqualTo(node.attr("aria-label"));
		});
		if (connections > ConnectionPicture.MOST_SHOWN) {
			assertThat(picture.select(".graph__more a").text())
				.isEqualTo((connections - ConnectionPicture.MOST_SHOWN) + " more are in the lists above.");
			assertThat(picture.select(".graph__more a").attr("href")).isEqualTo("#relations-heading");
		}
		else {
			assertThat(nodes.stream().map(n -> n.attr("href")).distinct()).containsExactlyInAnyOrderElementsOf(everyListed);
			assertThat(picture.select(".graph__more")).isEmpty();
		}
		// The picture follows the lists, names every shape it uses, and leads to the whole graph.
		assertThat(page.select("section[aria-labelledby=relations-heading] + section.connections")).hasSize(1);
		assertThat(picture.select(".graph-legend li").eachText()).isNotEmpty().allSatisfy(t -> assertThat(t).isNotBlank());
		assertThat(picture.select("a[href=/connections]").text()).isEqualTo("See the whole graph of connections");
		assertThat(picture.select("svg [style]")).isEmpty();
	}

	@Test
	void theMirsPictureNamesItsLeadersAsLeaders() {
		Document page = browser.get("/organizations/mir").document();
		assertThat(page.select("section.connections a.graph-node").eachAttr("aria-label"))
			.contains("Miguel Enríquez — leader");
		Document es = browser.get("/people/miguel-enriquez?lang=es").document();
		assertThat(es.select("section.connections h2").text()).isEqualTo("Conexiones de un vistazo");
		assertThat(es.select("section.connections a.graph-node").eachAttr("aria-label")).anySatisfy(
				label -> assertThat(label).endsWith(" — dirigente de"));
	}

	@Test
	void anEntryWithoutConnectionsHasNoPicture() {
		// The Cuban Revolution's only connection is Cuba; a new entry would have none. Every entry with
		// connections has its picture, and no other.
		for (String path : List.of("/events/cuban-revolution", "/places/cuba")) {
			Document page = browser.get(path).document();
			assertThat(page.select("section.connections").isEmpty()).as(path).isEqualTo(listed(page).isEmpty());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "?lang=es" })
	void theGraphListsEveryEntryDrawnAndInWords(String lang) {
		Document page = browser.get("/connections" + lang).document();
		List<String> everyEntry = jdbc.query("select kind, slug from entry where withdrawn is null",
				(row, n) -> EntryKind.valueOf(row.getString("kind")).url(row.getString("slug")));
		List<String> drawn = page.select("figure.graph svg a.graph-node").eachAttr("href");
		List<String> written = page.select(".graph-ring-list > ul > li > a").eachAttr("href");
		assertThat(drawn).containsExactlyInAnyOrderElementsOf(everyEntry);
		assertThat(written).containsExactlyInAnyOrderElementsOf(everyEntry);
		assertThat(page.select("svg a.graph-node")).allSatisfy(node -> {
			assertThat(node.attr("aria-label")).isNotBlank().doesNotContain("??");
			assertThat(node.select("path")).hasSize(1);
		});
		assertThat(page.select(".graph__bounded")).isEmpty();
		assertThat(page.select("svg [style]")).isEmpty();
	}

	@Test
	void aReaderFollowsTheMirToItsAlliesAndToTheStateThatFoughtIt() {
		Document page = browser.get("/connections").document();
		assertThat(page.select("h1").text()).isEqualTo("The graph of connections");
		List<Element> rings = page.select(".graph-ring-list");
		assertThat(rings.get(0).select("h3").text()).isEqualTo("At the centre");
		assertThat(rings.get(0).select("> ul > li > a").eachAttr("href")).containsExactly("/organizations/mir");
		assertThat(rings.get(1).select("h3").text()).startsWith("Directly connected to");
		assertThat(rings.get(1).select("> ul > li > a").eachAttr("href")).contains("/organizations/jcr",
				"/people/miguel-enriquez");
		List<String> withinTwo = new ArrayList<>(rings.get(1).select("> ul > li > a").eachAttr("href"));
		withinTwo.addAll(rings.get(2).select("> ul > li > a").eachAttr("href"));
		assertThat(rings.get(2).select("h3").text()).startsWith("Two steps from");
		assertThat(withinTwo).contains("/organizations/dina", "/organizations/erp", "/organizations/tupamaros",
				"/organizations/eln", "/people/augusto-pinochet");
		// The same entries drawn on the same rings.
		assertThat(page.select("a.graph-node--centre").attr("href")).isEqualTo("/organizations/mir");
		// Each entry with its connections in words, as its page groups them.
		Element jcr = rings.get(1).select("> ul > li").stream()
			.filter(li -> li.selectFirst("> a").attr("href").equals("/organizations/jcr"))
			.findFirst()
			.orElseThrow();
		assertThat(jcr.select(".graph-links a").eachAttr("href")).contains("/organizations/mir", "/organizations/erp");
		// Entries no path joins to the MIR are listed last, as such.
		Element last = rings.get(rings.size() - 1);
		assertThat(last.select("h3").text()).startsWith("Not connected to");
		assertThat(last.select("> ul > li > a").eachAttr("href")).contains("/events/cuban-revolution", "/places/cuba");
		// The legend says what each line and shape means in words.
		assertThat(page.select(".graph-legend li").eachText()).contains("Person", "Organization", "Event", "Place",
				"Opposed or fought (dashed line)");
	}

	@Test
	void theGraphIsInSpanish() {
		Document page = browser.get("/connections?lang=es").document();
		assertThat(page.select("h1").text()).isEqualTo("El grafo de conexiones");
		assertThat(page.select(".graph-ring-list h3").eachText()).contains("En el centro")
			.anySatisfy(h -> assertThat(h).startsWith("Conectadas directamente con"));
		assertThat(page.select(".graph-legend li").eachText()).contains("Persona", "Organización",
				"Se opuso o combatió (línea discontinua)");
		assertThat(page.select(".graph-links__kind").eachText()).contains("Miembro de");
	}

	@Test
	void aLargeArchivesGraphHoldsTheEntriesNearestTheMirAndSaysSo() {
		ArchiveGraph.View view = graph.view(Locale.ENGLISH, 10);
		assertThat(view.shown()).isEqualTo(10);
		assertThat(view.bounded()).isTrue();
		assertThat(view.picture().nodes()).hasSize(10);
		assertThat(view.rings().stream().mapToInt(r -> r.entries().size()).sum()).isEqualTo(10);
		// Nearest first: the first ring before any further one, and nothing unconnected.
		assertThat(view.rings()).extracting(ArchiveGraph.RingLines::distance).containsExactly(0, 1);
		assertThat(view.picture().edges()).isNotEmpty();
	}

	@Test
	void theGraphPageRunsAFewStatementsARing() {
		long statements = new StatementCount(entityManagerFactory).of(browser, "/connections");
		assertThat(statements).isLessThanOrEqualTo(GRAPH_STATEMENTS);
	}

	@Test
	void everyPageLinksToTheGraphAndTheSitemapListsIt() {
		assertThat(browser.get("/").document().select("footer a[href=/connections]").text())
			.isEqualTo("Graph of connections");
		assertThat(browser.get("/sitemap-pages.xml", "application/xml").body()).contains("/connections</loc>");
	}

}
