package org.mirarchive.web;

import java.util.List;
import java.util.Map;

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
			"/css/archive.css, 200", "/people/nobody, 404", "/no/such/page, 404", "/error, 500" })
	void everyResponseForbidsInlineCodeOtherOriginsAndFraming(String path, int status) {
		Browser.Page page = new Browser(port).get(path);
		assertThat(page.status()).isEqualTo(status);
		Map<String, List<String>> headers = page.headers();
		String policy = header(headers, "Content-Security-Policy");
		assertThat(policy.split(";\\s*")).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
				"object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");
		assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
		assertThat(header(headers, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(header(headers, "X-Frame-Options")).isEqualTo("DENY");
		assertThat(header(headers, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(header(headers, "Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
	}

	private static String header(Map<String, List<String>> headers, String name) {
		return headers.entrySet()
			.stream()
			.filter(header -> header.getKey().equalsIgnoreCase(name))
			.flatMap(header -> header.getValue().stream())
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
	}

}
