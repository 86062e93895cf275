package org.mirarchive.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Serves a page again from memory while it cannot have changed, instead of assembling and
 * rendering it at every request. Only what the archive itself offers to shared caches is kept:
 * a page that says when it last changed and may be kept publicly ({@link HttpCaching#PAGES}),
 * with status 200 and no cookie. A kept page is fresh for {@code archive.page-cache.time-to-live}
 * (a minute); after that the next reader of it renders it anew while the others are still
 * served the older copy (so that many readers of one page never all render it at once), and no
 * copy is ever served once older than shared caches may serve a page ({@link HttpCaching#SHARED_CACHES}).
 * Every page is forgotten at once when a change made through JPA is committed. So no reader
 * sees an older page from here than a CDN in front could show them.
 *
 * <p>A page is served to the readers the archive would have rendered the same bytes for: the
 * same address (scheme, host and query included, since links are written with them), language
 * (as the {@link LocaleResolver} resolves it from the cookie and Accept-Language), Accept header
 * (entries and works answer JSON-LD to some), and day (citations say when they were accessed).
 * What the responses say they vary on ({@code Vary}) is exactly that. A copy compressed once
 * with gzip is kept beside the page, for readers who accept it.
 */
final class PageCache extends OncePerRequestFilter {

	/** Headers of a response that belong to one exchange, not to the page. */
	private static final Set<String> EXCHANGE_HEADERS = Set.of("date", "content-length", "content-encoding",
			"transfer-encoding", "connection", "keep-alive", "content-type", "vary");

	/** Below this, gzip saves too little to be worth a second copy (as server.compression.min-response-size). */
	private static final int GZIP_FROM = 2048;

	/** The request attribute naming the kept page this request renders anew. */
	private static final String RENEWING = PageCache.class.getName() + ".renewing";

	private final Cache<Key, Kept> pages;

	private final long largestPage;

	private final long freshNanos;

	private final LocaleResolver locales;

	private final Clock clock;

	private final Ticker ticker;

	/**
	 * @param size how many bytes of pages to keep at most
	 * @param fresh how long a kept page is served without being rendered anew
	 * @param locales how the reader's language is resolved (as for rendering)
	 * @param clock today's date, as citations read it
	 * @param ticker the time that pages age by
	 */
	PageCache(DataSize size, Duration fresh, LocaleResolver locales, Clock clock, Ticker ticker) {
		if (fresh.compareTo(HttpCaching.SHARED_CACHES) > 0) {
			throw new IllegalArgumentException("archive.page-cache.time-to-live may not be longer than shared caches "
					+ "may keep a page (" + HttpCaching.SHARED_CACHES + ")");
		}
		this.pages = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.weigher((Key key, Kept kept) -> kept.page().weight())
			.expireAfterWrite(HttpCaching.SHARED_CACHES)
			.ticker(ticker)
			.build();
		// A page larger than an eighth of the whole would push out many others to be kept once.
		this.largestPage = size.toBytes() / 8;
		this.freshNanos = fresh.toNanos();
		this.locales = locales;
		this.clock = clock;
		this.ticker = ticker;
	}

	/** Forgets every page: something shown on pages has changed. */
	void clear() {
		this.pages.invalidateAll();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (serve(request, response)) {
			return;
		}
		// Only a GET is rendered for keeping: a HEAD has no body to keep.
		if (!HttpMethod.GET.matches(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		Key key = key(request);
		Recorder recorder = new Recorder(response, this.largestPage);
		try {
			chain.doFilter(request, recorder);
			if (request.isAsyncStarted()) {
				// Answered later, on another dispatch (the whole-archive download, served from its
				// file once built): not a page rendered here, and no copy of its bytes is worth making.
				recorder.stopCopying();
				return;
			}
			recorder.finish();
			Page rendered = recorder.page();
			if (rendered != null) {
				this.pages.put(key, new Kept(rendered, this.ticker.read(), new AtomicBoolean()));
			}
		}
		finally {
			// Rendered anew or not (an error, a page that may not be kept), the older copy may be
			// renewed by another reader.
			if (request.getAttribute(RENEWING) instanceof Kept older) {
				older.renewing().set(false);
			}
		}
	}

	/**
	 * Answers a GET or HEAD request with a page kept for it, if there is one.
	 *
	 * @return whether the request was answered
	 */
	boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean get = HttpMethod.GET.matches(request.getMethod());
		if (!get && !HttpMethod.HEAD.matches(request.getMethod())) {
			return false;
		}
		if (reload(request)) {
			return false;
		}
		if (request.getAttribute(RENEWING) != null) {
			return false;
		}
		Kept kept = this.pages.getIfPresent(key(request));
		if (kept == null) {
			return false;
		}
		if (this.ticker.read() - kept.keptAt() > this.freshNanos && kept.renewing().compareAndSet(false, true)) {
			request.setAttribute(RENEWING, kept);
			return false;
		}
		kept.page().serve(request, response, get);
		return true;
	}

	/**
	 * Whether the reader asked for the page afresh, as browsers do on a forced reload: the page is
	 * then rendered again (and the new copy kept), as an HTTP cache must (RFC 9111, 5.2.1.4).
	 */
	private static boolean reload(HttpServletRequest request) {
		String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
		String pragma = request.getHeader(HttpHeaders.PRAGMA);
		return (cacheControl != null && (cacheControl.contains("no-cache") || cacheControl.contains("max-age=0")))
				|| (cacheControl == null && pragma != null && pragma.contains("no-cache"));
	}

	private Key key(HttpServletRequest request) {
		return new Key(request.getScheme(), request.getServerName(), request.getServerPort(), request.getRequestURI(),
				request.getQueryString(), this.locales.resolveLocale(request), request.getHeader(HttpHeaders.ACCEPT),
				LocalDate.now(this.clock));
	}

	/** A page, when it was kept, and whether a reader is rendering it anew. */
	private record Kept(Page page, long keptAt, AtomicBoolean renewing) {
	}

	/** What makes two requests get the same bytes. */
	private record Key(String scheme, String host, int port, String path, String query, Locale language, String accept,
			LocalDate day) {
	}

	/**
	 * A response header of a kept page.
	 *
	 * @param replaces whether it is the first of its name: set, not added, since a filter before
	 * this one may have set it already
	 */
	private record Header(String name, String value, boolean replaces) {
	}

	/**
	 * A page as it was served: its headers, its bytes, and the same bytes compressed.
	 *
	 * @param vary the request headers the page varies on, as one value (Accept-Encoding too
	 * where a compressed copy is kept)
	 */
	private record Page(String contentType, List<Header> headers, String vary, long lastModified, byte[] body,
			byte[] gzipped) {

		int weight() {
			return this.body.length + (this.gzipped == null ? 0 : this.gzipped.length) + 64 * this.headers.size();
		}

		void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
			for (Header header : this.headers) {
				if (header.replaces()) {
					response.setHeader(header.name(), header.value());
				}
				else {
					response.addHeader(header.name(), header.value());
				}
			}
			boolean gzip = this.gzipped != null && acceptsGzip(request);
			if (this.vary != null) {
				response.setHeader(HttpHeaders.VARY, this.vary);
			}
			if (notModified(request)) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			response.setContentType(this.contentType);
			byte[] bytes = gzip ? this.gzipped : this.body;
			if (gzip) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			response.setContentLength(bytes.length);
			if (withBody) {
				response.getOutputStream().write(bytes);
			}
		}

		/** As the page's controller would have answered: If-Modified-Since, to the second. */
		private boolean notModified(HttpServletRequest request) {
			if (request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) == null) {
				return false;
			}
			try {
				long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
				return since != -1 && this.lastModified / 1000 <= since / 1000;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

		private static boolean acceptsGzip(HttpServletRequest request) {
			for (String value : Collections.list(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))) {
				for (String coding : value.split(",")) {
					String[] parts = coding.trim().split(";");
					if (parts[0].trim().equalsIgnoreCase("gzip")) {
						return !(parts.length > 1 && parts[1].replace(" ", "").matches("q=0(\\.0*)?"));
					}
				}
			}
			return false;
		}

	}

	/**
	 * Passes a response through unchanged while keeping a copy of its bytes (up to a limit), so that
	 * the first reader of a page does not wait for it to be copied.
	 */
	private static final class Recorder extends HttpServletResponseWrapper {

		private final ByteArrayOutputStream copy = new ByteArrayOutputStream(32 * 1024);

		private final long limit;

		private boolean overflowed;

		private ServletOutputStream stream;

		private PrintWriter writer;

		Recorder(HttpServletResponse response, long limit) {
			super(response);
			this.limit = limit;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.writer != null) {
				throw new IllegalStateException("getWriter() has already been called");
			}
			if (this.stream == null) {
				this.stream = new Tee(super.getOutputStream());
			}
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				if (this.stream != null) {
					throw new IllegalStateException("getOutputStream() has already been called");
				}
				this.stream = new Tee(super.getOutputStream());
				Charset charset = Charset.forName(getCharacterEncoding());
				this.writer = new PrintWriter(new OutputStreamWriter(this.stream, charset));
			}
			return this.writer;
		}

		@Override
		public void flushBuffer() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			super.flushBuffer();
		}

		/** Passes the rest of the response through without keeping a copy. */
		void stopCopying() {
			this.overflowed = true;
		}

		void finish() {
			if (this.writer != null) {
				this.writer.flush();
			}
		}

		/** The page to keep, or null if this response may not be served to anyone else. */
		Page page() {
			HttpServletResponse response = (HttpServletResponse) getResponse();
			String lastModified = response.getHeader(HttpHeaders.LAST_MODIFIED);
			String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
			if (this.overflowed || response.getStatus() != HttpServletResponse.SC_OK || lastModified == null
					|| cacheControl == null || !cacheControl.contains("public") || cacheControl.contains("private")
					|| cacheControl.contains("no-store") || response.containsHeader(HttpHeaders.SET_COOKIE)
					|| response.getContentType() == null) {
				return null;
			}
			List<Header> headers = new ArrayList<>();
			Set<String> named = new HashSet<>();
			for (String name : response.getHeaderNames()) {
				if (!EXCHANGE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
					for (String value : response.getHeaders(name)) {
						headers.add(new Header(name, value, named.add(name.toLowerCase(Locale.ROOT))));
					}
				}
			}
			// Vary as the application said it (without what the server's compression adds), in one value.
			Set<String> vary = new LinkedHashSet<>();
			for (String value : response.getHeaders(HttpHeaders.VARY)) {
				for (String name : value.split(",")) {
					if (!name.isBlank() && !name.trim().equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING)) {
						vary.add(name.trim());
					}
				}
			}
			HttpHeaders parsed = new HttpHeaders();
			parsed.set(HttpHeaders.LAST_MODIFIED, lastModified);
			byte[] body = this.copy.toByteArray();
			byte[] gzipped = body.length < GZIP_FROM ? null : gzip(body);
			if (gzipped != null) {
				vary.add(HttpHeaders.ACCEPT_ENCODING);
			}
			return new Page(response.getContentType(), List.copyOf(headers),
					vary.isEmpty() ? null : String.join(", ", vary), parsed.getLastModified(), body, gzipped);
		}

		private static byte[] gzip(byte[] body) {
			ByteArrayOutputStream gzipped = new ByteArrayOutputStream(body.length / 4);
			try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
				out.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return gzipped.toByteArray();
		}

		/** Writes to the response and, until the limit, to the copy. */
		private final class Tee extends ServletOutputStream {

			private final ServletOutputStream out;

			Tee(ServletOutputStream out) {
				this.out = out;
			}

			@Override
			public void write(int b) throws IOException {
				this.out.write(b);
				keep(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				this.out.write(bytes, offset, length);
				keep(bytes, offset, length);
			}

			private void keep(byte[] bytes, int offset, int length) {
				if (Recorder.this.overflowed) {
					return;
				}
				if (Recorder.this.copy.size() + length > Recorder.this.limit) {
					Recorder.this.overflowed = true;
					Recorder.this.copy.reset();
					return;
				}
				Recorder.this.copy.write(bytes, offset, length);
			}

			@Override
			public void flush() throws IOException {
				this.out.flush();
			}

			@Override
			public boolean isReady() {
				return this.out.isReady();
			}

			@Override
			public void setWriteListener(WriteListener listener) {
				this.out.setWriteListener(listener);
			}

		}

	}

}
