package org.mirarchive.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.address.PageShows;
import org.mirarchive.address.SearchesReached;
import org.mirarchive.entry.EntryKind;

/**
 * Serves a page again from memory while it cannot have changed, instead of assembling and
 * rendering it at every request. Only what the archive itself offers to shared caches is kept
 * ({@link KeptPage}). So no reader sees an older page from here than a CDN in front could show them.
 *
 * <p>Caffeine keeps the pages: it bounds them by size; says when a page has aged
 * ({@code archive.page-cache.time-to-live}, a minute) and then has one reader renew it while the
 * others are still served the older copy ({@code refreshAfterWrite}: one renewal of a page at a
 * time, so that many readers of one page never all render it at once); never serves a copy older
 * than shared caches may serve a page ({@link HttpCaching#SHARED_CACHES}); and, when every page is
 * forgotten, also drops the pages being rendered or renewed meanwhile, which may show what was
 * just changed. Caffeine does not render pages: each load or renewal it starts is handed to the
 * reader whose read started it ({@link ReadersRender}), who renders the page through the
 * application and completes it with what a shared cache could keep, or with nothing. The readers
 * who ask for a page while it is being rendered for keeping wait for it ({@link
 * #WAIT_FOR_RENDERING}) rather than all render it too: a page forgotten by a change, or slow to
 * render, is rendered once however many read it at once. They do not wait for a page whose last
 * rendering gave nothing to keep (a page sent with a cookie, an error): each renders it.
 *
 * <p>The archive's own rules are what is left here: which requests get the same bytes
 * ({@link Key}), that a forced reload renders afresh, and which pages a change committed through
 * JPA forgets ({@link #forget}, worked out in {@link PageCaching}). Each page is kept with what it
 * said it shows as it was rendered ({@link PageShows}: the entries of a kind, a search's results),
 * as a shared cache keeps a page's surrogate keys: an entry's page is forgotten by its address when
 * the change shows on it, a page that said what it shows only when the change reaches that, and a
 * page that said nothing at every change.
 */
final class PageCache extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(PageCache.class);

	/** The request attribute set once the cache was asked for a request and did not answer it. */
	/**
	 * A path that only one entry's page is at: {@code /people/miguel-enriquez}, {@code
	 * /people/miguel-enriquez/history}, {@code /api/people/miguel-enriquez}. Any other way of
	 * writing it (escapes, capitals) is counted as no entry's, and is forgotten at every change.
	 */
	private static final Pattern ENTRY_PAGE = Pattern.compile("/(?:api/)?(?:" + EntryKind.PATHS
			+ ")/([a-z0-9]+(?:-[a-z0-9]+)*)(?:/[a-z0-9-]+)*(?:\\.[a-z0-9]+)?");

	private static final String UNANSWERED = PageCache.class.getName() + ".unanswered";

	/**
	 * How long a reader waits for the page another reader is rendering for keeping, at most: then
	 * they render it themselves. Far longer than a page takes to render, even on a busy machine.
	 */
	static final Duration WAIT_FOR_RENDERING = Duration.ofSeconds(5);

	/** The pages whose last rendering gave nothing to keep: readers of them do not wait for one another. */
	private final Cache<Key, Boolean> unkept;

	private final AsyncLoadingCache<Key, KeptPage> pages;

	private final ReadersRender readers = new ReadersRender();

	private final long largestPage;

	private final ArchiveAddresses addresses;

	private final LocaleResolver locales;

	private final Clock clock;

	/**
	 * @param size how many bytes of pages to keep at most
	 * @param fresh how long a kept page is served without being rendered anew
	 * @param addresses the address pages are written at for a request (as for rendering)
	 * @param locales how the reader's language is resolved (as for rendering)
	 * @param clock today's date, as citations read it
	 * @param ticker the time that pages age by
	 */
	PageCache(DataSize size, Duration fresh, ArchiveAddresses addresses, LocaleResolver locales, Clock clock,
			Ticker ticker) {
		if (fresh.compareTo(HttpCaching.SHARED_CACHES) > 0) {
			throw new IllegalArgumentException("archive.page-cache.time-to-live may not be longer than shared caches "
					+ "may keep a page (" + HttpCaching.SHARED_CACHES + ")");
		}
		this.pages = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.weigher((Key key, KeptPage page) -> page.weight())
			.refreshAfterWrite(fresh)
			.expireAfterWrite(HttpCaching.SHARED_CACHES)
			.ticker(ticker)
			.buildAsync(this.readers);
		this.unkept = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(fresh).ticker(ticker).build();
		// A page larger than an eighth of the whole would push out many others to be kept once.
		this.largestPage = size.toBytes() / 8;
		this.addresses = addresses;
		this.locales = locales;
		this.clock = clock;
	}

	/** Forgets every page, and every page being rendered: something shown on pages has changed. */
	void clear() {
		this.pages.synchronous().invalidateAll();
	}

	/**
	 * Forgets the pages a change reaches ({@link ChangeReach#forgets}): the pages of the entries that
	 * show it (each at its addresses: the page, its other formats, its history, its record in the
	 * API), the lists of the kinds of entries it touched, the searches whose results it touched or
	 * that a changed entry or work now matches, and every other page that did not say what it shows
	 * ({@link PageShows}). Pages being rendered go as kept ones do: they may have read the archive
	 * before the change.
	 *
	 * @param change what the change reaches
	 * @param searches which searches a changed entry or work matches now, asked once for all the
	 * searches kept; a search it cannot answer for is forgotten
	 */
	void forget(ChangeReach change, SearchesReached searches) {
		if (change.everything()) {
			clear();
			return;
		}
		Map<Key, CompletableFuture<KeptPage>> kept = this.pages.asMap();
		Set<Object> queries = new HashSet<>();
		kept.values().forEach(page -> {
			PageShows.Shown of = shown(page);
			if (of != null && of.search() != null) {
				queries.add(of.search().query());
			}
		});
		Set<Object> reached;
		try {
			reached = queries.isEmpty() || (change.entries().isEmpty() && change.works().isEmpty()) ? Set.of()
					: searches.reached(List.copyOf(queries), change.entries(), change.works());
		}
		catch (RuntimeException ex) {
			log.warn("Could not tell which searches a change reaches: every search is forgotten", ex);
			reached = queries;
		}
		Set<Object> matching = reached;
		// A search kept since the searches were asked about was rendered after the change, and is
		// forgotten all the same: it costs one rendering, where keeping it might have cost a reader.
		Predicate<Object> searchReached = query -> matching.contains(query) || !queries.contains(query);
		kept.entrySet().removeIf(page -> {
			Matcher entry = ENTRY_PAGE.matcher(page.getKey().path());
			return change.forgets(entry.matches() ? entry.group(1) : null, shown(page.getValue()), searchReached);
		});
	}

	/** What a kept page said it shows; null if it said nothing, or is still being rendered. */
	private static PageShows.Shown shown(CompletableFuture<KeptPage> page) {
		KeptPage done = now(page);
		return done == null ? null : done.shown();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (serve(request, response)) {
			return;
		}
		Unanswered unanswered = request.getAttribute(UNANSWERED) instanceof Unanswered asked ? asked : null;
		CompletableFuture<KeptPage> keeping = unanswered != null ? unanswered.keeping() : null;
		if (keeping == null) {
			chain.doFilter(request, response);
			return;
		}
		PageRecorder recorder = new PageRecorder(response, this.largestPage);
		KeptPage rendered = null;
		try {
			chain.doFilter(request, recorder);
			if (request.isAsyncStarted()) {
				// Answered later, on another dispatch (the whole-archive download, served from its
				// file once built): not a page rendered here, and no copy of its bytes is worth making.
				recorder.stopCopying();
			}
			else {
				rendered = recorder.page();
			}
		}
		finally {
			// Nothing to keep (an error, a page that may not be kept): the cache lets the next
			// reader render it, and keeps serving the older copy, if any, meanwhile.
			if (rendered != null) {
				this.unkept.invalidate(unanswered.key());
				// Kept with what it shows: no change finds it kept without.
				keeping.complete(rendered.showing(PageShows.of(request).orElse(null)));
			}
			else {
				this.unkept.put(unanswered.key(), Boolean.TRUE);
				abandon(keeping);
			}
		}
	}

	/**
	 * Answers a GET or HEAD request with a page kept for it, if there is one. If not, the request
	 * may have been handed the page to render for keeping ({@link #doFilterInternal}).
	 *
	 * @return whether the request was answered
	 */
	boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getAttribute(UNANSWERED) != null) {
			// Asked already (by Tomcat's valve, before the filters): this request renders the page.
			return false;
		}
		boolean get = HttpMethod.GET.matches(request.getMethod());
		if (!get && !HttpMethod.HEAD.matches(request.getMethod())) {
			return false;
		}
		Key key = key(request);
		KeptPage kept;
		CompletableFuture<KeptPage> handed = null;
		if (get) {
			boolean reload = reload(request);
			CompletableFuture<KeptPage> found;
			try {
				found = reload ? this.pages.synchronous().refresh(key) : this.pages.get(key);
			}
			catch (RuntimeException | Error ex) {
				abandon(this.readers.take());
				throw ex;
			}
			handed = this.readers.take();
			if (handed != null) {
				kept = null;
			}
			else if (reload || this.unkept.getIfPresent(key) != null) {
				// A reload asks for the page rendered for it: it never waits for another reader's.
				kept = now(found);
			}
			else {
				kept = awaited(found);
			}
		}
		else {
			// A HEAD has no body to keep: it is answered from a kept page, and never renews one.
			kept = this.pages.synchronous().policy().getIfPresentQuietly(key);
		}
		if (kept == null) {
			request.setAttribute(UNANSWERED, new Unanswered(key, handed));
			return false;
		}
		kept.serve(request, response, get);
		return true;
	}

	/**
	 * Gives up the page this request was handed to render, if it did not complete it (the request
	 * ended before the filter rendered it): the next reader of the page renders it instead.
	 */
	void abandon(HttpServletRequest request) {
		if (request.getAttribute(UNANSWERED) instanceof Unanswered unanswered) {
			abandon(unanswered.keeping());
		}
	}

	/** Completes a page to come with nothing, if not done: the cache lets it go quietly. */
	private static void abandon(CompletableFuture<KeptPage> keeping) {
		if (keeping != null) {
			keeping.cancel(false);
		}
	}

	/**
	 * Whether the reader asked for the page afresh, as browsers do on a forced reload (and on a
	 * reload: {@code max-age=0}): the page is then rendered again, and the new copy kept, as an HTTP
	 * cache must (RFC 9111, 5.2.1.1 and 5.2.1.4; {@code Pragma} only without {@code Cache-Control}, 5.4).
	 */
	private static boolean reload(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.CACHE_CONTROL) == null && request.getHeader(HttpHeaders.PRAGMA) == null) {
			return false;
		}
		HttpHeaders headers = new ServletServerHttpRequest(request).getHeaders();
		if (!headers.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			return KeptPage.directives(headers, HttpHeaders.PRAGMA).containsKey("no-cache");
		}
		Map<String, String> directives = KeptPage.directives(headers, HttpHeaders.CACHE_CONTROL);
		return directives.containsKey("no-cache") || "0".equals(directives.get("max-age"));
	}

	private Key key(HttpServletRequest request) {
		return new Key(this.addresses.base(request), request.getRequestURI(), request.getQueryString(),
				this.locales.resolveLocale(request), request.getHeader(HttpHeaders.ACCEPT), LocalDate.now(this.clock));
	}

	/**
	 * The page, once the reader rendering it has kept it: null if that reader kept nothing, or did
	 * not within {@link #WAIT_FOR_RENDERING}.
	 */
	private static KeptPage awaited(CompletableFuture<KeptPage> found) {
		try {
			return found.get(WAIT_FOR_RENDERING.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | CancellationException | TimeoutException ex) {
			return null;
		}
	}

	/** The page, if it is there: not while a reader is still rendering it. */
	private static KeptPage now(CompletableFuture<KeptPage> found) {
		return found.isDone() && !found.isCompletedExceptionally() ? found.join() : null;
	}

	/**
	 * What makes two requests get the same bytes: the same address, that is the base the archive
	 * writes its links at for the request ({@link ArchiveAddresses}: the configured public address,
	 * or the scheme, host and port if the archive answers to that host, else its first host's; never
	 * a {@code Host} only the client vouches for, which would have a page rendered and kept for each
	 * name it cared to send) with the path and query; language (as the {@link LocaleResolver}
	 * resolves it from the cookie and Accept-Language: a cookie naming no language offered counts
	 * for nothing); Accept header (entries and works answer JSON-LD to some); and day (citations say
	 * when they were accessed). What the pages say they vary on ({@code Vary}) is exactly that.
	 */
	private record Key(String base, String path, String query, Locale language, String accept, LocalDate day) {
	}

	/**
	 * A request the cache did not answer.
	 *
	 * @param key what the request was kept under
	 * @param keeping the page this reader was handed to render for keeping, or null: another
	 * reader renders it, or it is not to be kept (a HEAD)
	 */
	private record Unanswered(Key key, CompletableFuture<KeptPage> keeping) {
	}

	/**
	 * The cache's loader, which renders nothing itself: each page the cache would load or renew is
	 * handed, as a page to come, to the reader whose read asked for it. Caffeine asks for it on that
	 * reader's thread, within the read ({@code get}, {@code refresh}), so the reader takes it from
	 * its thread as soon as the read returns.
	 */
	private static final class ReadersRender implements AsyncCacheLoader<Key, KeptPage> {

		private final ThreadLocal<CompletableFuture<KeptPage>> handed = new ThreadLocal<>();

		@Override
		public CompletableFuture<KeptPage> asyncLoad(Key key, Executor executor) {
			return handOver();
		}

		@Override
		public CompletableFuture<KeptPage> asyncReload(Key key, KeptPage older, Executor executor) {
			return handOver();
		}

		private CompletableFuture<KeptPage> handOver() {
			CompletableFuture<KeptPage> page = new CompletableFuture<>();
			this.handed.set(page);
			return page;
		}

		/** The page this thread's last read was handed to render, if any. */
		CompletableFuture<KeptPage> take() {
			CompletableFuture<KeptPage> page = this.handed.get();
			if (page != null) {
				this.handed.remove();
			}
			return page;
		}

	}

}
