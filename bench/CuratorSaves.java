import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

/**
 * A curator for bench/run: logs in through the login form, then once a second opens an entry's
 * edit form, changes its summary and saves it, as a browser without JavaScript sends the form
 * (session cookie, CSRF token). A reviewer's save is published at once: each one is a commit.
 * Runs for the seconds given, then prints "saves N failed N p50 ms p99 ms" (the time from opening
 * the form to the save's answer) and exits non-zero if any save was not a published change. A
 * sixth argument, the milliseconds from one save's start to the next (1000 unless given; 0: one
 * after another), serves to warm the archive's code for saving up before it is measured.
 *
 *   java -cp jsoup.jar bench/CuratorSaves.java BASE USERNAME PASSWORD /places/national-stadium SECONDS [MILLIS]
 */
public class CuratorSaves {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String entry = args[3];
		long seconds = Long.parseLong(args[4]);
		long every = args.length > 5 ? Long.parseLong(args[5]) * 1_000_000L : 1_000_000_000L;
		Map<String, String> login = new LinkedHashMap<>();
		login.put("username", args[1]);
		login.put("password", args[2]);
		login.put("_csrf", page(base, "/login").select("form[method=post] input[name=_csrf]").attr("value"));
		int loggedIn = post(base, "/login", login).statusCode();
		if (loggedIn != 302) {
			throw new IllegalStateException("login answered " + loggedIn);
		}
		String published = fields(page(base, "/curate" + entry)).get("summary");
		List<Long> took = new ArrayList<>();
		int failed = 0;
		long start = System.nanoTime();
		for (int n = 1; System.nanoTime() - start < seconds * 1_000_000_000L; n++) {
			long due = start + (n - 1) * every;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			long before = System.nanoTime();
			Map<String, String> form = fields(page(base, "/curate" + entry));
			form.put("summary", published + " (Saved by bench/run, " + n + ".)");
			form.put("changeSummary", "bench/run: a curator's save, " + n);
			form.put("action", "save");
			HttpResponse<String> saved = post(base, "/curate/draft", form);
			took.add((System.nanoTime() - before) / 1_000_000);
			if (saved.statusCode() != 302
					|| !saved.headers().firstValue("Location").orElse("").contains("/curate/changes/")) {
				failed++;
				System.err.println("save " + n + " answered " + saved.statusCode());
			}
		}
		Collections.sort(took);
		System.out.printf("saves %d failed %d p50 %d p99 %d%n", took.size(), failed, percentile(took, 50),
				percentile(took, 99));
		System.exit(failed == 0 && !took.isEmpty() ? 0 : 1);
	}

	private static long percentile(List<Long> sorted, int p) {
		return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (sorted.size() * p + 99) / 100 - 1));
	}

	private static Document page(String base, String path) throws Exception {
		HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + answer.statusCode());
		}
		return Jsoup.parse(answer.body(), base + path);
	}

	/** The edit form's fields as a browser sends them, before any button is pressed. */
	private static Map<String, String> fields(Document page) {
		Map<String, String> fields = new LinkedHashMap<>();
		((FormElement) page.selectFirst("form.draft-form")).formData()
			.forEach(field -> fields.put(field.key(), field.value()));
		return fields;
	}

	private static HttpResponse<String> post(String base, String path, Map<String, String> fields) throws Exception {
		String body = fields.entrySet()
			.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
