package org.mirarchive.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
import org.springframework.web.context.request.ServletWebRequest;

import org.mirarchive.address.PageShows;

/**
 * A page as it was served, kept by the {@link PageCache} to be served again: its headers, its
 * bytes, and the same bytes compressed once with gzip, for readers who accept it. Only a page
 * that a shared cache could keep is kept: status 200, a {@code Last-Modified} to answer
 * conditional requests by, {@code Cache-Control} public and neither private nor no-store
 * ({@link HttpCaching#PAGES}), and no cookie set.
 *
 * @param headers the page's headers, without those of one exchange; {@code Vary} in one value,
 * naming Accept-Encoding too where a compressed copy is kept
 * @param lastModified the page's {@code Last-Modified}, in milliseconds
 * @param gzipped the body compressed, or null where that saves too little
 * @param shown what the page said it shows as it was rendered ({@link PageShows}), which the changes
 * that forget it are read against ({@link PageCache#forget}); null if it said nothing: it shows everything
 */
record KeptPage(HttpHeaders headers, String contentType, long lastModified, byte[] body, byte[] gzipped,
		PageShows.Shown shown) {

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
		return new KeptPage(HttpHeaders.readOnlyHttpHeaders(headers), response.getContentType(), lastModified, body,
				gzipped, null);
	}

	/** The same page, saying what it showed as it was rendered ({@link #shown}). */
	KeptPage showing(PageShows.Shown shown) {
		return new KeptPage(this.headers, this.contentType, this.lastModified, this.body, this.gzipped, shown);
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
		// Set, not added: a filter before the cache may have set some already (the security headers).
		this.headers.forEach((name, values) -> {
			response.setHeader(name, values.get(0));
			for (String value : values.subList(1, values.size())) {
				response.addHeader(name, value);
			}
		});
		if (conditional(request) && new ServletWebRequest(request, response).checkNotModified(this.lastModified)) {
			return;
		}
		boolean gzip = this.gzipped != null && acceptsGzip(request);
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
