package org.mirarchive.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One error format for each kind of client: a page in the site's layout for browsers and for
 * clients that take anything ({@code Accept: *}{@code /*}, as curl and crawlers send), RFC 9457
 * problem details for the API and for clients that ask for JSON. Never Spring's own
 * {@code {"timestamp":…}} shape.
 */
@ArchiveWebTest
class ErrorAnswersTest {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final HttpClient client = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "*/*", BROWSER, "text/html", "", "image/png", "text/*" })
	void browsersAndClientsThatTakeAnythingGetThePage(String accept) {
		Answer missing = send("GET", "/people/nobody", accept);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(Jsoup.parse(missing.body()).select("h1").text()).isEqualTo("Page not found");

		Answer refused = send("DELETE", "/people/miguel-enriquez", accept);
		assertThat(refused.statusCode()).isEqualTo(405);
		assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("This request could not be understood");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/api|*/*", "/api|text/html", "/api/|application/json", "/api/nothing/here|*/*",
			"/api/people/miguel-enriquez/more|" + BROWSER, "/people/nobody|application/json",
			"/people/nobody|application/problem+json", "/people/nobody|application/ld+json",
			"/no/such/address|application/json, */*;q=0.5" })
	void theApiAndJsonClientsGetProblemDetails(String path, String accept) {
		Answer response = send("GET", path, accept);
		assertThat(response.statusCode()).isEqualTo(404);
		assertProblem(response, 404);
	}

	/** A write to the API needs a curator's token before anything else is said about it. */
	@Test
	void aRefusedRequestToTheApiIsAProblemToo() {
		Answer refused = send("POST", "/api/people", "*/*");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertProblem(refused, 401);
	}

	@Test
	void theApisOwnProblemsAndTheErrorPathsHaveOneShape() {
		JsonNode own = json.readTree(send("GET", "/api/people/nobody", "*/*").body());
		JsonNode fromErrorPath = json.readTree(send("GET", "/api/nobody", "*/*").body());
		assertThat(List.copyOf(fromErrorPath.propertyNames())).allSatisfy(name -> assertThat(own.has(name)).as(name).isTrue());
	}

	private void assertProblem(Answer response, int status) {
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.has("timestamp")).isFalse();
		assertThat(problem.has("path")).isFalse();
	}

	/** An answer as the client reads it. */
	private record Answer(int statusCode, java.net.http.HttpHeaders headers, String body) {
	}

	private Answer send(String method, String path, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (!accept.isEmpty()) {
			request.header("Accept", accept);
		}
		HttpResponse<byte[]> response = Browser.send(client, request.build());
		return new Answer(response.statusCode(), response.headers(), new String(response.body(), StandardCharsets.UTF_8));
	}

}
