package org.mirarchive.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** Every response carries the strict security headers: pages, static files, and error pages. */
@ArchiveWebTest
class SecurityHeadersTest {

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource({ "/, 200", "/people/miguel-enriquez?lang=es, 200", "/sources/chiles-mir-the-revolutionary-left-movement, 200",
			"/css/archive.css, 200", "/people/nobody, 404", "/no/such/page, 404", "/error, 404" })
	void everyResponseForbidsInlineCodeOtherOriginsAndFraming(String path, int status) {
		Browser.Answer page = new Browser(port).get(path);
		assertThat(page.status()).isEqualTo(status);
		assertStrict(page.headers());
	}

	@Test
	void aRequestTheArchiveRefusesIsAnsweredWithThemToo() throws Exception {
		HttpResponse<String> refused = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/people")).DELETE().build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(405);
		assertStrict(refused.headers().map());
	}

	/** Headers as {@code HttpHeaders.map()} gives them: names case-insensitive. */
	private static void assertStrict(Map<String, List<String>> headers) {
		String policy = String.join(", ", headers.getOrDefault("Content-Security-Policy", List.of()));
		assertThat(policy.split(";\\s*")).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
				"object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");
		assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
		assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
		assertThat(headers.get("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
		assertThat(headers.get("Permissions-Policy")).singleElement()
			.satisfies(value -> assertThat(value).contains("camera=()", "microphone=()", "geolocation=()"));
	}

}
