package org.mirarchive.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.address.PageShows;
import org.mirarchive.address.SearchesReached;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which kept pages a change forgets ({@link PageCache#forget}, {@link ChangeReach}): each page is
 * kept with what it said it shows as it was rendered ({@link PageShows}), and a change forgets
 * the pages of the entries that show it, the lists of the kinds it touched, the searches whose
 * results it touched or that it makes match, and every page that said nothing; no other.
 */
class PageCacheForgetTest {

	private final PageCache cache = new PageCache(DataSize.ofMegabytes(1), Duration.ofMinutes(1),
			new ArchiveAddresses(""), new AcceptHeaderLocaleResolver(), Clock.systemUTC(), () -> 0L);

	/** How many times each address was rendered. */
	private final Map<String, Integer> renders = new HashMap<>();

	/** What each address says it shows as it is rendered. */
	private final Map<String, Consumer<HttpServletRequest>> shows = new HashMap<>();

	/** The searches the search feature says a change makes match; and the searches it was asked about. */
	private final Set<Object> nowMatching = new HashSet<>();

	private final List<Object> asked = new ArrayList<>();

	private final SearchesReached searches = (queries, entries, works) -> {
		asked.addAll(queries);
		Set<Object> reached = new HashSet<>(queries);
		reached.retainAll(nowMatching);
		return reached;
	};

	PageCacheForgetTest() {
		shows.put("/people", request -> PageShows.entriesOfKind(request, "PERSON"));
		shows.put("/places", request -> PageShows.entriesOfKind(request, "PLACE"));
		shows.put("/api/people", request -> PageShows.entriesOfKindAndWhenChanged(request, "PERSON"));
		shows.put("/search?q=santiago", request -> PageShows.searchResults(request, "santiago", Set.of(1L, 2L), Set.of()));
		shows.put("/search?q=quillota", request -> PageShows.searchResults(request, "quillota", Set.of(), Set.of()));
		shows.put("/search?q=allende", request -> PageShows.searchResults(request, "allende", Set.of(5L), Set.of(40L)));
		shows.put("/search?q=a", request -> PageShows.searchResults(request, "a", null, Set.of()));
		// The timeline says nothing: it shows everything.
	}

	private static final List<String> PAGES = List.of("/people/miguel-enriquez", "/places/santiago", "/people",
			"/places", "/api/people", "/search?q=santiago", "/search?q=quillota", "/search?q=allende", "/search?q=a",
			"/timeline");

	@Test
	void aChangeToAPlaceForgetsItsPagesItsListTheSearchesItTouchesOrMakesMatchAndWhatSaidNothing() {
		PAGES.forEach(this::read);
		nowMatching.add("quillota");

		// Santiago (entry 1), a place, changed; its page shows on no person's.
		cache.forget(new ChangeReach(false, Set.of("santiago"), Set.of("PLACE"), Set.of("PLACE"), Set.of(1L),
				Set.of()), searches);

		PAGES.forEach(this::read);
		assertThat(renderedTwice()).containsExactlyInAnyOrder("/places/santiago", "/places", "/search?q=santiago",
				"/search?q=quillota", "/search?q=a", "/timeline");
		assertThat(asked).containsExactlyInAnyOrder("santiago", "quillota", "allende", "a");
	}

	@Test
	void aListThatSaysWhenEntriesChangedIsForgottenWhenAChangeShowsOnTheirPages() {
		PAGES.forEach(this::read);

		// A place changed, related to a person (entry 7) whose page shows it and says it changed then.
		cache.forget(new ChangeReach(false, Set.of("santiago", "miguel-enriquez"), Set.of("PLACE"),
				Set.of("PLACE", "PERSON"), Set.of(1L, 7L), Set.of()), searches);

		PAGES.forEach(this::read);
		assertThat(renderedTwice()).contains("/api/people", "/people/miguel-enriquez").doesNotContain("/people");
	}

	@Test
	void aChangeToAWorkForgetsTheEntriesCitingItAndTheSearchesThatListItOrNowMatchIt() {
		PAGES.forEach(this::read);

		cache.forget(new ChangeReach(false, Set.of("miguel-enriquez"), Set.of(), Set.of("PERSON"), Set.of(),
				Set.of(40L)), searches);

		PAGES.forEach(this::read);
		assertThat(renderedTwice()).containsExactlyInAnyOrder("/people/miguel-enriquez", "/api/people",
				"/search?q=allende", "/timeline");
	}

	@Test
	void aChangeThatMayShowAnywhereForgetsEveryPage() {
		PAGES.forEach(this::read);

		cache.forget(ChangeReach.EVERYTHING, searches);

		PAGES.forEach(this::read);
		assertThat(renderedTwice()).containsExactlyInAnyOrderElementsOf(PAGES);
	}

	@Test
	void aSearchTheSearchFeatureCannotAnswerForIsForgotten() {
		PAGES.forEach(this::read);

		cache.forget(new ChangeReach(false, Set.of("santiago"), Set.of("PLACE"), Set.of("PLACE"), Set.of(1L),
				Set.of()), (queries, entries, works) -> {
					throw new IllegalStateException("no index");
				});

		PAGES.forEach(this::read);
		assertThat(renderedTwice()).contains("/search?q=allende", "/search?q=quillota").doesNotContain("/people");
	}

	@Test
	void aPageBeingRenderedWhenAChangeIsForgottenIsNotKept() {
		shows.put("/people", request -> {
			PageShows.entriesOfKind(request, "PERSON");
			if (renders.get("/people") == 1) {
				cache.forget(new ChangeReach(false, Set.of(), Set.of("PLACE"), Set.of("PLACE"), Set.of(), Set.of()),
						searches);
			}
		});

		read("/people");
		read("/people");
		read("/people");
		assertThat(renders).containsEntry("/people", 2);
	}

	private List<String> renderedTwice() {
		return renders.entrySet().stream().filter(rendered -> rendered.getValue() > 1).map(Map.Entry::getKey).toList();
	}

	/** One reader's request for a page, through the cache. */
	private void read(String address) {
		String[] pathAndQuery = address.split("\\?", 2);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", pathAndQuery[0]);
		if (pathAndQuery.length > 1) {
			request.setQueryString(pathAndQuery[1]);
		}
		try {
			cache.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(new Application(address)));
		}
		catch (IOException | ServletException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Renders a page that may be kept, saying what it shows as its address does. */
	private final class Application extends HttpServlet {

		private final String address;

		Application(String address) {
			this.address = address;
		}

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
			renders.merge(address, 1, Integer::sum);
			shows.getOrDefault(address, shown -> {
			}).accept(request);
			response.setStatus(200);
			response.setDateHeader("Last-Modified", 0);
			response.setHeader("Cache-Control", HttpCaching.PAGES.getHeaderValue());
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("page " + address);
		}

	}

}
