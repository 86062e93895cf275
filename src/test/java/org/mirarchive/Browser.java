package org.mirarchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Fetches pages and answers from the running archive as a reader's browser would, and parses them. */
public final class Browser {

	/**
	 * What the archive sent, a page or another answer (JSON, a sitemap): status, content type,
	 * body, the body parsed as HTML and the response headers (a map whose names are
	 * case-insensitive).
	 */
	public record Answer(int status, String contentType, String body, Document document, Map<String, java.util.List<String>> headers) {
	}

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	public Browser(int port) {
		this("http://localhost:" + port);
	}

	/** A browser for the archive at this address ("http://localhost:8080"). */
	public Browser(String base) {
		this.base = base;
	}

	public String base() {
		return base;
	}

	public Answer get(String path) {
		return get(path, "text/html");
	}

	public Answer get(String path, String accept) {
		return get(path, accept, new String[0]);
	}

	/** With more request headers, given as name, value, name, value… */
	public Answer get(String path, String accept, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET();
		if (headers.length > 0) {
			builder.headers(headers);
		}
		HttpResponse<byte[]> response = send(client, builder.build());
		String body = new String(response.body(), StandardCharsets.UTF_8);
		String type = response.headers().firstValue("Content-Type").orElse("");
		return new Answer(response.statusCode(), type, body, Jsoup.parse(body, base + path), response.headers().map());
	}

	/** Sends a request and returns the response's bytes, without checked exceptions. */
	public static HttpResponse<byte[]> send(HttpClient client, HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
