package org.mirarchive.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
		Browser.Page page = new Browser(port).get(path);
		assertThat(page.status()).isEqualTo(status);
		assertStrict(page.headers());
	}

	@Test
	void aRequestTheArchiveRefusesIsAnsweredWithThemToo() throws Exception {
		HttpResponse<String> refused = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/people")).DELETE().build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(405);
		assertStrict(refused.headers());
	}

	private static void assertStrict(HttpHeaders headers) {
		String policy = headers.firstValue("Content-Security-Policy").orElse("");
		assertThat(policy.split(";\\s*")).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
				"object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");
		assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
		assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
		assertThat(headers.allValues("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
		assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(
				value -> assertThat(value).contains("camera=()", "microphone=()", "geolocation=()"));
	}

}
