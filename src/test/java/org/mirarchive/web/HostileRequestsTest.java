package org.mirarchive.web;

import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends malformed and hostile input to every route the application maps (found from its request
 * mappings, so a new route is covered without touching this test), to the health endpoint and
 * to static files: unknown and hostile addresses, path traversal, overlong and non-UTF-8 input,
 * control characters, markup and SQL in every parameter, absurd page numbers, unexpected methods
 * and headers, odd cookies, hosts, languages, formats, dates, tags and ranges. Whatever comes in,
 * the answer is a 2xx, 3xx or 4xx, never a 5xx, no input comes back unescaped, and the log gets a
 * line at most.
 */
@ArchiveWebTest
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest {

	/** Markup that must never come back as it was sent. */
	static final List<String> MARKUP = List.of("<script>alert(1)</script>", "\"><img src=x onerror=1>");

	/** Hostile values for parameters and path variables, as they are meant (encoded before sending). */
	static final List<String> VALUES = List.of(MARKUP.get(0), MARKUP.get(1), "' OR '1'='1", "1; drop table entry; --",
			"nobody", "MIR", "a".repeat(10_000), "../../etc/passwd", "..", ".", "%", "\u0000", "\u0007",
			"\r\nSet-Cookie: hacked=1", "${7*7}", "__${T(java.lang.Runtime).getRuntime()}__::.x", "\uFFFF", "é💥",
			"-1", "0", "99999999999999999999", "1e99", "NaN", "", " ");

	/** Values already percent-encoded, because they are not text: bytes that are not UTF-8, and so on. */
	static final List<String> ENCODED = List.of("%FF%FE", "%00", "%07", "%C0%AE%C0%AE%2F", "%E0%80%80", "%", "%zz",
			"%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%2f..%2fetc%2fpasswd", "%252e%252e%252f");

	/** Parameter names the archive reads or may read. */
	static final List<String> PARAMETERS = List.of("q", "page", "type", "person", "organization", "from", "to", "size",
			"sort", "lang", "locale", "class.module.classLoader", "page[]", encode(MARKUP.get(0)));

	/**
	 * Parameter names that cannot be read: no name, and names that are not text. The server refuses
	 * every parameter of such a request (a 400), so they are sent apart from the values above.
	 */
	static final List<String> UNREADABLE_NAMES = List.of("", "%FF%FE", "%zz");

	static final List<String> METHODS = List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "CONNECT",
			"PROPFIND", "FOO", "get");

	static final List<String> HEADERS = List.of("Accept: application/json", "Accept: image/png", "Accept: */*;q=0",
			"Accept: garbage", "Accept: text/html;q=abc, */*;q=-1", "Accept: " + MARKUP.get(0),
			"Accept-Language: " + MARKUP.get(0), "Accept-Language: xx-YY;q=abc", "Accept-Language: " + "a".repeat(5000),
			"Accept-Encoding: " + MARKUP.get(0), "If-Modified-Since: yesterday", "If-Modified-Since: " + MARKUP.get(0),
			"If-None-Match: " + MARKUP.get(0), "If-None-Match: *", "Range: bytes=99999999999999999999-",
			"Range: bytes=abc", "Cookie: " + MARKUP.get(0), "Referer: " + MARKUP.get(0), "X-Forwarded-Host: " + MARKUP.get(0),
			"Content-Type: " + MARKUP.get(0));

	/**
	 * Cookies and headers that say something about the reader or their copy: which language, which
	 * host, which format, which copy they have, which part they want. Odd, malformed or hostile.
	 */
	static final List<String> READER_HEADERS = List.of("Cookie: lang=!", "Cookie: lang=xx", "Cookie: lang=es/Not/A_Zone",
			"Cookie: lang=", "Cookie: lang=-", "Cookie: lang=\"es\"", "Cookie: lang=" + MARKUP.get(0),
			"Cookie: lang=es; lang=!; lang=en", "Cookie: " + "a=b; ".repeat(300), "Cookie: lang=" + "e".repeat(4000),
			"Cookie: =", "Cookie: ;;;", "Cookie: lang", "Cookie: $Version=1; lang=es; $Path=/", "Cookie: JSESSIONID=forged",
			"Cookie: lang=%FF%FE", "Cookie: lang=es_CL_x!", "Host: forged.example", "Host: localhost:1", "Host: " + MARKUP.get(0),
			"Host: ", "Host: [::1", "Host: localhost:99999999999", "Host: " + "a".repeat(300), "Host: localhost, forged.example",
			"Host: 10.9.8.7:8080", "Accept-Language: es-CL;q=abc", "Accept-Language: *;q=0", "Accept-Language: zz",
			"Accept-Language: es;q=0, en;q=0", "Accept-Language: es-ES-x-!!", "Accept-Language: ,,,", "Accept-Language: q=1",
			"Accept-Language: es-419", "Accept-Language: " + "es,".repeat(1000), "Accept: */*", "Accept: application/json",
			"Accept: application/problem+json", "Accept: application/ld+json", "Accept: text/html;q=0", "Accept: */*;q=0",
			"Accept: application/json;q=abc", "Accept: text/html;charset=\"x", "Accept: image/*", "Accept: ,,,",
			"If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT", "If-Modified-Since: Sat, 01 Jan 3000 00:00:00 GMT",
			"If-Modified-Since: 0", "If-Modified-Since: -1", "If-Modified-Since: Mon, 32 Foo 2020 99:99:99 GMT",
			"If-None-Match: *", "If-None-Match: \"x\"", "If-None-Match: W/\"x\"", "If-None-Match: x", "If-None-Match: ,,,",
			"If-None-Match: " + MARKUP.get(1), "Range: bytes=0-0", "Range: bytes=-1", "Range: bytes=5-1", "Range: bytes=0-",
			"Range: bytes=" + "0-0,".repeat(500) + "1-1", "Range: items=0-1", "Range: bytes=-0", "Range: bytes=1-2, abc",
			"If-Range: yesterday\r\nRange: bytes=0-0", "If-Range: \"x\"\r\nRange: bytes=0-0");

	/** The answers a request of a reader's may get, whatever they send. */
	static final Set<Integer> SANE = Set.of(200, 206, 304, 400, 404, 405, 406, 412, 416);

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?\\}");

	/** A variable's pattern that is a choice of literal words (people|events, bib|biblatex\.bib). */
	private static final String ALTERNATION = "(?:[\\w-]|\\\\\\.)+(?:\\|(?:[\\w-]|\\\\\\.)+)*";

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private RawHttp http;

	private final List<String> failures = new ArrayList<>();

	/** Addresses are found once for the whole class: finding them takes a few dozen requests. */
	private static Map<String, List<String>> knownAddresses;

	private static int knownAddressesPort;

	@BeforeEach
	void client() {
		http = new RawHttp(port);
	}

	/**
	 * The patterns the application maps for readers, as declared ({@code /{kind:people|...}/{slug}}):
	 * those a GET reaches. The curators' routes (login, their account, the API's writes, the
	 * curation screens) hold a session or take a token by design and refuse readers:
	 * {@code account.CuratorsTest}, {@code curation.CurationTest} and {@code curation.ApiWritesTest}
	 * test them.
	 */
	private Set<String> patterns() {
		Set<String> patterns = new LinkedHashSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			boolean read = methods.isEmpty() || methods.contains(RequestMethod.GET);
			if (read && !CURATORS.contains(handler.getBeanType().getPackageName())) {
				// A feature's curators' routes (such as reverting, in the history) are under /curate.
				info.getPatternValues().stream().filter(pattern -> !pattern.startsWith("/curate")).forEach(patterns::add);
			}
		});
		return patterns;
	}

	/** The packages of the curators' routes: accounts, and editing with its change sets. */
	private static final Set<String> CURATORS = Set.of("org.mirarchive.account", "org.mirarchive.curation");

	/**
	 * Real addresses for every route: the mapped patterns, their variables filled with values the
	 * archive's own links use (an alternation such as {@code people|events} gives each of its
	 * words; a route no link leads to gets {@code x}), plus the health endpoint and the stylesheet
	 * by its hashed and plain URLs.
	 */
	private Map<String, List<String>> addresses() {
		if (knownAddresses != null && knownAddressesPort == port) {
			return knownAddresses;
		}
		// The literal routes and their alternations (/people, /events...), then the links on them.
		Set<String> links = new LinkedHashSet<>();
		patterns().stream().flatMap(p -> expandAlternations(p).stream()).filter(p -> !p.contains("{")).forEach(links::add);
		// Absolute addresses on this server count too: the API's lists and the sitemap give them.
		Pattern absolute = Pattern.compile(Pattern.quote("http://localhost:" + port) + "(/[^\"<\\s]*)");
		// Entries' pages link to routes nothing else links to (the citation of one of their sentences).
		List<String> pages = Stream.concat(List.copyOf(links).stream(), Stream.of("/people/miguel-enriquez", "/organizations/mir"))
			.toList();
		for (String page : pages) {
			RawHttp.Response response = http.request("GET", page, "Accept: text/html");
			Jsoup.parse(response.text()).select("a[href^=/], link[href^=/]").eachAttr("href")
				.forEach(href -> links.add(href.replaceAll("[#?].*$", "")));
			absolute.matcher(response.text()).results().forEach(m -> links.add(m.group(1).replaceAll("[#?].*$", "")));
		}
		Map<String, List<String>> addresses = new LinkedHashMap<>();
		for (String pattern : patterns()) {
			List<String> found = new ArrayList<>();
			for (String expanded : expandAlternations(pattern)) {
				PathPattern parsed = PathPatternParser.defaultInstance.parse(expanded);
				links.stream()
					.filter(link -> parsed.matches(PathContainer.parsePath(link)))
					.findFirst()
					.ifPresentOrElse(found::add, () -> found.add(VARIABLE.matcher(expanded).replaceAll("x")));
			}
			addresses.put(pattern, found);
		}
		addresses.put("actuator health", List.of("/actuator/health"));
		String css = links.stream().filter(link -> link.startsWith("/css/")).findFirst().orElseThrow();
		addresses.put("static files", List.of(css, "/css/archive.css"));
		knownAddresses = addresses;
		knownAddressesPort = port;
		return addresses;
	}

	private static List<String> expandAlternations(String pattern) {
		Matcher m = VARIABLE.matcher(pattern);
		while (m.find()) {
			// Words may hold an escaped dot: cite.{format:bib|biblatex\.bib|ris|json}.
			if (m.group(2) != null && m.group(2).matches(ALTERNATION)) {
				List<String> expanded = new ArrayList<>();
				for (String word : m.group(2).split("\\|")) {
					String literal = word.replace("\\.", ".");
					expanded.addAll(expandAlternations(pattern.substring(0, m.start()) + literal + pattern.substring(m.end())));
				}
				return expanded;
			}
		}
		return List.of(pattern);
	}

	private List<String> everyAddress() {
		return addresses().values().stream().flatMap(List::stream).distinct().toList();
	}

	/** One address for each route: what a route does with a parameter or header does not depend on its variables. */
	private List<String> oneAddressPerRoute() {
		return addresses().values().stream().map(found -> found.get(0)).distinct().toList();
	}

	@Test
	void everyRouteIsFoundAndHasARealAddress() {
		Map<String, List<String>> addresses = addresses();
		assertThat(addresses).containsKeys("/", "/sources", "/timeline", "/sources/{slug}");
		assertThat(addresses.keySet()).anyMatch(p -> p.startsWith("/{kind:") && p.endsWith("}/{slug}"));
		// The entry, source and sitemap file routes are filled from real links, so hostile input reaches real pages.
		assertThat(addresses).containsKeys("/sitemap-entries-{number}.xml", "/sitemap-sources-{number}.xml");
		addresses.forEach((pattern, found) -> {
			if (pattern.endsWith("/{slug}")) {
				assertThat(found).as(pattern).allSatisfy(address -> assertThat(address).doesNotEndWith("/x"));
			}
			if (pattern.contains("{number}")) {
				assertThat(found).as(pattern).allSatisfy(address -> assertThat(address).doesNotEndWith("-x.xml"));
			}
		});
	}

	@Test
	void aRequestTheArchiveCannotAnswerGetsAClearPageInTheSiteLayout() {
		for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
			RawHttp.Response response = http.request(method, "/people/miguel-enriquez", "Accept: text/html",
					"Content-Length: 0");
			assertThat(response.status()).as(method).isEqualTo(405);
			assertThat(response.header("Allow")).as(method).contains("GET");
			Document page = Jsoup.parse(response.text());
			assertThat(page.select("h1").text()).isEqualTo("This request could not be understood");
			assertThat(page.select("header nav")).hasSize(1);
			assertThat(page.select("main a[href=/]")).hasSize(1);
			// Error pages link the stylesheet by its hashed URL too.
			assertThat(page.select("link[rel=stylesheet]").attr("href")).matches("/css/archive-[0-9a-f]{32}\\.css");
		}
	}

	@Test
	void theErrorPathItselfIsNotAPage() {
		for (String path : List.of("/error", "/error?status=500", "/error/anything")) {
			RawHttp.Response response = http.request("GET", path, "Accept: text/html");
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(Jsoup.parse(response.text()).select("h1").text()).as(path).isEqualTo("Page not found");
		}
	}

	@Test
	void hostileParametersOnEveryRoute() {
		List<String> values = new ArrayList<>(VALUES.stream().map(HostileRequestsTest::encode).toList());
		values.addAll(ENCODED);
		for (String address : oneAddressPerRoute()) {
			// Each value in every parameter at once: whichever one a route reads gets it.
			for (String value : values) {
				String query = String.join("&", PARAMETERS.stream().map(name -> name + "=" + value).toList());
				if (query.length() < 16_000) {
					check(http.request("GET", address + "?" + query), address, "every parameter = " + value);
				}
				else {
					// All at once would be longer than the server takes a request line (a 400).
					PARAMETERS.forEach(name -> check(http.request("GET", address + "?" + name + "=" + value), address,
							name + " = " + value));
				}
			}
			check(http.request("GET", address + "?page=1&page=2&page=-1&q&&"), address, "repeated and empty parameters");
			for (String name : UNREADABLE_NAMES) {
				check(http.request("GET", address + "?q=x&" + name + "=x"), address, "a parameter named " + name);
			}
		}
		assertThat(failures).isEmpty();
	}

	/**
	 * A parameter without a name, or one that is not text, is a 400 the server itself finds when it
	 * reads the parameters, wherever that happens (the language switch reads them on every route).
	 * Anyone can send it at any rate, so it must not fill the log: a line at most, no stack trace.
	 */
	@Test
	void aRequestWithUnreadableParametersIsA400ThatBarelyLogs(CapturedOutput output) {
		int before = output.getAll().length();
		List<String> targets = new ArrayList<>();
		for (String address : oneAddressPerRoute()) {
			targets.add(address + "?=x");
			targets.add(address + "?lang=es&%FF%FE=x");
		}
		for (String target : targets) {
			RawHttp.Response response = http.request("GET", target);
			// The search page says itself that it could not read the address (SearchController answers
			// so for its other route too); the error path is no page at all (ErrorPages).
			boolean search = target.startsWith("/search?") || target.startsWith("/opensearch.xml?");
			assertThat(response.status()).as(target).isEqualTo(search ? 200 : target.startsWith("/error?") ? 404 : 400);
			check(response, target, "as written");
		}
		assertThat(failures).isEmpty();
		assertQuietLog(output.getAll().substring(before), targets.size());
	}

	/**
	 * Addresses that name nothing and methods the archive refuses are the commonest client errors
	 * (crawlers, scanners): each logs a line at most, however long the address.
	 */
	@Test
	void unknownAddressesAndRefusedMethodsBarelyLog(CapturedOutput output) {
		// The first request of a new server logs that Spring's dispatcher starts: not counted.
		http.request("GET", "/");
		int before = output.getAll().length();
		List<String> unknown = List.of("/nothing/here", "/people/nobody/more", "/" + "a".repeat(10_000), "/api/nothing",
				"/wp-login.php", "/.env", "/css/nothing.css");
		for (String address : unknown) {
			check(http.request("GET", address), address, "as the address");
		}
		for (String method : List.of("DELETE", "PUT", "POST")) {
			check(http.requestWithForm(method, "/people/miguel-enriquez", "q=x"), "/people/miguel-enriquez", method);
		}
		assertThat(failures).isEmpty();
		assertQuietLog(output.getAll().substring(before), unknown.size() + 3);
	}

	/**
	 * What a reader's cookies and headers say (language, host, format, the copy they have, the part
	 * they want), odd, malformed or hostile, on every route: a sane status, never a 5xx, nothing of
	 * the server shown, no cookie set, and a log that a flood of them cannot fill.
	 */
	@Test
	void hostileCookiesAndHeadersOnEveryRoute(CapturedOutput output) {
		int before = output.getAll().length();
		int requests = 0;
		for (String address : oneAddressPerRoute()) {
			for (String header : READER_HEADERS) {
				RawHttp.Response response = header.startsWith("Host:")
						? http.sendExactly(bytes("GET " + address + " HTTP/1.1\r\n" + header + "\r\nConnection: close\r\n\r\n"))
						: http.request("GET", address, header);
				requests++;
				check(response, address, header);
				if (!SANE.contains(response.status())) {
					failures.add("status " + response.status() + ": " + address + " with " + header.substring(0,
							Math.min(header.length(), 80)));
				}
			}
		}
		assertThat(failures).isEmpty();
		assertQuietLog(output.getAll().substring(before), requests);
	}

	/**
	 * Tomcat logs the first request each of its request processors cannot read (a bad {@code Host},
	 * a malformed header) at INFO with a stack trace, and later ones at DEBUG: a processor that has
	 * not met one yet writes a stack trace. Requests that arrive at once each get a processor of
	 * their own, new ones beyond those kept from earlier requests, so a burst of bad requests
	 * (a scanner) wrote one stack trace per new processor, and tests that met a new processor by
	 * chance failed. Here each connection holds its processor with a request whose headers are not
	 * yet complete, so that more processors are in use than any test has needed before, then each
	 * sends a Host the server cannot read.
	 */
	@Test
	void badRequestsOnManyConnectionsAtOnceLogNoStackTrace(CapturedOutput output) throws Exception {
		int connections = 64;
		int before = output.getAll().length();
		List<Socket> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < connections; i++) {
				Socket socket = new Socket("localhost", port);
				socket.setSoTimeout(20_000);
				sockets.add(socket);
				socket.getOutputStream().write(bytes("GET /people HTTP/1.1\r\nAccept: text/html\r\n"));
				socket.getOutputStream().flush();
			}
			// Until Tomcat has read the first half on every connection, each holding a processor.
			Thread.sleep(500);
			for (Socket socket : sockets) {
				socket.getOutputStream().write(bytes("Host: " + MARKUP.get(0) + "\r\nConnection: close\r\n\r\n"));
				socket.getOutputStream().flush();
			}
			for (Socket socket : sockets) {
				String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
				assertThat(answer).startsWith("HTTP/1.1 400 ");
			}
		}
		finally {
			for (Socket socket : sockets) {
				socket.close();
			}
		}
		assertQuietLog(output.getAll().substring(before), connections);
	}

	/** No error and no stack trace in what was logged, and at most a line for each request. */
	private static void assertQuietLog(String logged, int requests) {
		List<String> lines = logged.lines().filter(line -> !line.isBlank()).toList();
		assertThat(lines).as("log lines").noneMatch(line -> line.contains(" ERROR "))
			.noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by:") || line.matches("^[\\w.$]+(Exception|Error)\\b.*"));
		assertThat(lines.size()).as("log lines for %d requests: %s", requests, lines.stream().limit(5).toList())
			.isLessThanOrEqualTo(requests);
	}

	@Test
	void hostileValuesInEveryPathVariable() {
		List<String> values = new ArrayList<>(VALUES.stream().map(HostileRequestsTest::encode).toList());
		values.addAll(ENCODED);
		// Every segment of every address in turn, so unknown kinds as well as unknown slugs.
		Set<String> targets = new LinkedHashSet<>();
		for (String address : everyAddress()) {
			String[] segments = address.substring(1).split("/");
			for (int i = 0; i < segments.length; i++) {
				for (String value : values) {
					String[] hostile = segments.clone();
					hostile[i] = value;
					targets.add("/" + String.join("/", hostile));
				}
			}
		}
		targets.forEach(target -> check(http.request("GET", target), target, "as the address"));
		assertThat(failures).isEmpty();
	}

	@Test
	void unexpectedMethodsOnEveryRoute() {
		for (String address : oneAddressPerRoute()) {
			for (String method : METHODS) {
				String form = "q=" + encode(MARKUP.get(0)) + "&page=-1";
				check(http.requestWithForm(method, address, form), address, method);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void unexpectedHeadersOnEveryRoute() {
		for (String address : oneAddressPerRoute()) {
			for (String header : HEADERS) {
				check(http.request("GET", address, header), address, header);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void malformedRequestLinesAndHeaders() {
		List<String> targets = List.of("/people/..%2f..%2fetc%2fpasswd", "/..;/", "/people/..;/..;/etc/passwd",
				"/%2e%2e/%2e%2e/etc/passwd", "/css/..%2f..%2fapplication.properties", "/css/../application.properties",
				"/css/%2e%2e/%2e%2e/application.properties", "//etc/passwd", "/./././people", "/people//miguel-enriquez",
				"/people;jsessionid=x/miguel-enriquez", "/application.properties", "/META-INF/build-info.properties",
				"/WEB-INF/web.xml", "/org/mirarchive/MirArchiveApplication.class", "/db/migration/V1__create_archive_schema.sql",
				"/people/" + "a".repeat(10_000), "/people?q=" + "a".repeat(10_000), "/people/" + "a".repeat(100_000),
				"*", "http://evil.example/people", "people", "/people#fragment", "/people?%", "/people?q=%FF%FE%00");
		for (String target : targets) {
			check(http.request("GET", target), target, "as written");
		}
		List<byte[]> rawLines = List.of(bytes("GET /people/\u00ff\u00fe HTTP/1.1\r\n"),
				bytes("GET /people?q=\u00ff\u00fe HTTP/1.1\r\n"), bytes("GET /people/<script>alert(1)</script> HTTP/1.1\r\n"),
				bytes("GET /people?q=\"><img src=x onerror=1> HTTP/1.1\r\n"), bytes("GET /people/\u0000 HTTP/1.1\r\n"),
				bytes("GET /people/\u0007 HTTP/1.1\r\n"), bytes("GET /people\t/x HTTP/1.1\r\n"),
				bytes("GET / HTTP/9.9\r\n"), bytes("GET / FOO/1.1\r\n"), bytes("GET  /  HTTP/1.1\r\n"),
				bytes("\r\n\r\nGET / HTTP/1.1\r\n"), bytes("OPTIONS * HTTP/1.1\r\n"), bytes(" / HTTP/1.1\r\n"),
				bytes("GET /people HTTP/1.0\r\n"));
		for (byte[] line : rawLines) {
			check(http.send(line), new String(line, StandardCharsets.ISO_8859_1).strip(), "raw request line");
		}
		check(http.send(bytes("GET /people\r\n")), "/people", "HTTP/0.9 request line");
		List<String[]> headerSets = List.of(new String[] { "Content-Length: -1" }, new String[] { "Content-Length: abc" },
new String[] { "Transfer-Encoding: bogus" },
				new String[] { "No colon here" }, new String[] { "X-Long: " + "a".repeat(20_000) },
				new String[] { "Host: other.example" }, new String[] { "Expect: 100-banana" },
				new String[] { "X-Control: a\u0000b" });
		for (String[] headers : headerSets) {
			check(http.send(bytes("GET /people HTTP/1.1\r\n"), headers), "/people", String.join(" | ", headers));
		}
		check(http.sendExactly(bytes("GET /people HTTP/1.1\r\n\r\n")), "/people", "HTTP/1.1 without Host");
		// Both lengths at once, as in request smuggling.
		check(http.sendExactly(bytes("POST /people HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n")), "/people", "chunked and a length");
		assertThat(failures).isEmpty();
	}

	/** Records what is wrong with an answer: a 5xx, no answer at all, or input sent back unescaped. */
	private void check(RawHttp.Response response, String address, String input) {
		String what = address.substring(0, Math.min(address.length(), 80)) + " with "
				+ input.substring(0, Math.min(input.length(), 80));
		boolean answered = response.status() >= 200 && response.status() < 500
				// A request line without a version is HTTP/0.9, whose answer is a bare body.
				|| (response.status() == 0 && response.body().length > 0 && input.startsWith("HTTP/0.9"))
				// Tomcat answers a method or transfer coding it does not implement with 501 before
				// the application sees the request, as HTTP says it should (RFC 9110 15.6.2).
				|| (response.status() == 501 && (input.equals("CONNECT") || input.startsWith("Transfer-Encoding")))
				// Likewise a version of HTTP it does not speak (RFC 9110 15.6.6).
				|| (response.status() == 505 && address.endsWith("HTTP/9.9"));
		if (!answered) {
			failures.add(response.status() + ": " + what);
		}
		String body = response.text().toLowerCase(Locale.ROOT);
		for (String markup : MARKUP) {
			if (body.contains(markup.toLowerCase(Locale.ROOT)) || body.contains(markup.toLowerCase(Locale.ROOT).substring(2))) {
				failures.add("markup sent back: " + what);
			}
		}
		for (String secret : List.of("root:x:0", "spring.datasource", "build.time", "create table", ".java:",
				"at org.", "whitelabel")) {
			if (body.contains(secret)) {
				failures.add("shows " + secret + ": " + what);
			}
		}
		if (response.header("Set-Cookie") != null) {
			failures.add("sets a cookie: " + what);
		}
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static byte[] bytes(String latin1) {
		return latin1.getBytes(StandardCharsets.ISO_8859_1);
	}

}
