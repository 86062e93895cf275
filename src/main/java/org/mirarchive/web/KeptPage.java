package org.mirarchive.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.parser.AcceptEncoding;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;

import org.mirarchive.address.PageShows;

/**
 * A page as it was served, kept by the {@link PageCache} to be served again: its headers, its
 * bytes, and the same bytes compressed once with gzip, for readers who accept it. Only a page
 * that a shared cache could keep is kept: status 200, a {@code Last-Modified} to answer
 * conditional requests by, {@code Cache-Control} public and neither private nor no-store
 * ({@link HttpCaching#PAGES}), and no cookie set.
 *
 * <p>Each of the two copies is served with a strong {@code ETag} of its own, a digest of its bytes
 * (RFC 9110, 8.8.3: a validator for each representation), so readers and shared caches can ask
 * whether their copy is still the page by tag as well as by date. A strong tag also tells Tomcat
 * not to compress the response: its compression, which a kept page never needs, otherwise parsed
 * and wrote the page's {@code Vary} again at every request (measured: a sixth of the processor
 * time of serving a kept page, docs/performance.md).
 *
 * @param headers the page's headers, without those of one exchange, in the order served; {@code
 * Vary} in one value, naming Accept-Encoding too where a compressed copy is kept
 * @param lastModified the page's {@code Last-Modified}, in milliseconds
 * @param tag the strong entity tag of {@code body}, or the tag the application gave the page
 * @param gzipped the body compressed, or null where that saves too little
 * @param gzippedTag the strong entity tag of {@code gzipped} (the application's, if it gave one), or
 * null without it
 * @param shown what the page said it shows as it was rendered ({@link PageShows}), which the changes
 * that forget it are read against ({@link PageCache#forget}); null if it said nothing: it shows everything
 */
record KeptPage(List<Header> headers, String contentType, long lastModified, byte[] body, String tag, byte[] gzipped,
		String gzippedTag, PageShows.Shown shown) {

	/** One header as served: read once when the page is kept, not from a map at every request. */
	record Header(String name, String value) {
	}

	/** Headers of a response that belong to one exchange, not to the page (lower case). */
	private static final Set<String> EXCHANGE_HEADERS = Set.of("date", "content-length", "content-encoding",
			"transfer-encoding", "connection", "keep-alive", "content-type", "vary");

	/** Below this, gzip saves too little to be worth a second copy (as server.compression.min-response-size). */
	private static final int GZIP_FROM = 2048;

	/**
	 * The page a response served, if it may be served to others.
	 *
	 * @param body the bytes of the response
	 * @return the page to keep, or null
	 */
	static KeptPage of(HttpServletResponse response, byte[] body) {
		HttpHeaders served = new ServletServerHttpResponse(response).getHeaders();
		Map<String, String> cacheControl = directives(served, HttpHeaders.CACHE_CONTROL);
		if (response.getStatus() != HttpServletResponse.SC_OK || response.getContentType() == null
				|| !cacheControl.containsKey("public") || cacheControl.containsKey("private")
				|| cacheControl.containsKey("no-store") || served.containsHeader(HttpHeaders.SET_COOKIE)) {
			return null;
		}
		long lastModified = served.getLastModified();
		if (lastModified == -1) {
			return null;
		}
		HttpHeaders headers = new HttpHeaders();
		for (String name : response.getHeaderNames()) {
			if (!EXCHANGE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		byte[] gzipped = body.length < GZIP_FROM ? null : gzip(body);
		// Vary as the application said it (without what the server's compression adds), in one value.
		Set<String> vary = new LinkedHashSet<>();
		for (String name : served.getVary()) {
			if (!name.equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING)) {
				vary.add(name);
			}
		}
		if (gzipped != null) {
			vary.add(HttpHeaders.ACCEPT_ENCODING);
		}
		if (!vary.isEmpty()) {
			headers.setVary(List.copyOf(vary));
		}
		// A tag the application gave the page (an API record's version, which writes name in If-Match)
		// stays the page's, for both copies, as it was before: only untagged pages get digests.
		String own = headers.getETag();
		headers.remove(HttpHeaders.ETAG);
		List<Header> kept = new ArrayList<>();
		headers.forEach((name, values) -> values.forEach(value -> kept.add(new Header(name, value))));
		return new KeptPage(List.copyOf(kept), response.getContentType(), lastModified, body,
				own != null ? own : tag(body), gzipped, gzipped == null ? null : own != null ? own : tag(gzipped), null);
	}

	/** A strong entity tag: a digest of the bytes, as Spring's shallow tags are made. */
	private static String tag(byte[] bytes) {
		return "\"" + DigestUtils.md5DigestAsHex(bytes) + "\"";
	}

	/** The same page, saying what it showed as it was rendered ({@link #shown}). */
	KeptPage showing(PageShows.Shown shown) {
		return new KeptPage(this.headers, this.contentType, this.lastModified, this.body, this.tag, this.gzipped,
				this.gzippedTag, shown);
	}

	/**
	 * The directives of a {@code Cache-Control} (or {@code Pragma}) header by name, in lower case,
	 * each with its value ("" if none): the header's values split as Spring splits a list header
	 * (quoted strings kept whole), each directive at its {@code =} (RFC 9111, 5.2; the directives
	 * read here take no quoted value).
	 */
	static Map<String, String> directives(HttpHeaders headers, String header) {
		Map<String, String> directives = new HashMap<>();
		for (String directive : headers.getValuesAsList(header)) {
			int equals = directive.indexOf('=');
			String name = equals < 0 ? directive : directive.substring(0, equals);
			String value = equals < 0 ? "" : directive.substring(equals + 1);
			directives.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), value.trim());
		}
		return directives;
	}

	int weight() {
		return this.body.length + (this.gzipped == null ? 0 : this.gzipped.length) + 64 * this.headers.size();
	}

	/**
	 * Serves the page, or {@code 304 Not Modified} where the reader's copy is as new, as the page's
	 * controller would have answered ({@link ServletWebRequest#checkNotModified(long)}).
	 */
	void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
		boolean gzip = this.gzipped != null && acceptsGzip(request);
		String tag = gzip ? this.gzippedTag : this.tag;
		// Added to a response that has none yet (served by Tomcat's valve, before any filter); set
		// where a filter before the cache may have set some already (the security headers).
		boolean fresh = response.getHeaderNames().isEmpty();
		for (Header header : this.headers) {
			if (fresh) {
				response.addHeader(header.name(), header.value());
			}
			else {
				response.setHeader(header.name(), header.value());
			}
		}
		response.setHeader(HttpHeaders.ETAG, tag);
		if (conditional(request) && new ServletWebRequest(request, response).checkNotModified(tag, this.lastModified)) {
			return;
		}
		byte[] bytes = gzip ? this.gzipped : this.body;
		response.setContentType(this.contentType);
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		if (withBody) {
			response.getOutputStream().write(bytes);
		}
	}

	/**
	 * Whether the request asks anything of the page's date or tag: if not, the page is sent, and
	 * Spring's check (which parses the response's {@code Last-Modified} anew each time) is spared.
	 */
	private static boolean conditional(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null
				|| request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
				|| request.getHeader(HttpHeaders.IF_UNMODIFIED_SINCE) != null
				|| request.getHeader(HttpHeaders.IF_MATCH) != null;
	}

	/**
	 * Whether the reader accepts gzip, read as Tomcat's own compression reads {@code Accept-Encoding}
	 * (a quality of 0 refuses it): so a kept page is compressed for the readers a rendered one is.
	 */
	private static boolean acceptsGzip(HttpServletRequest request) throws IOException {
		Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		while (values.hasMoreElements()) {
			for (AcceptEncoding coding : AcceptEncoding.parse(new StringReader(values.nextElement()))) {
				if ("gzip".equalsIgnoreCase(coding.getEncoding())) {
					return true;
				}
			}
		}
		return false;
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

}
