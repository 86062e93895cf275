package org.mirarchive.account;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.mirarchive.Browser;

/** A curator's browser: it keeps its cookies (the session), follows no redirect, and posts forms. */
public class CuratorBrowser {

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	private final String base;

	public CuratorBrowser(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public HttpResponse<byte[]> get(String path) {
		return Browser.send(client, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
	}

	public Document page(String path) {
		return Jsoup.parse(new String(get(path).body(), StandardCharsets.UTF_8), base + path);
	}

	/** Posts a form's fields as a browser does (application/x-www-form-urlencoded). */
	public HttpResponse<byte[]> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return Browser.send(client, HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** The CSRF token the page's forms carry. */
	public String csrf(String path) {
		return page(path).select("form[method=post] input[name=_csrf]").attr("value");
	}

	/** Logs in through the login page's form; answers the login's response (a redirect). */
	public HttpResponse<byte[]> logIn(String username, String password) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("password", password);
		form.put("_csrf", csrf("/login"));
		return post("/login", form);
	}

	/** The session cookie's value, or null. */
	public String session() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
