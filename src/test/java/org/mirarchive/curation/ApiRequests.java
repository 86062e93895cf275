package org.mirarchive.curation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Requests to the API of an archive a test started, as a script sends them: JSON, a bearer token. */
final class ApiRequests {

	private ApiRequests() {
	}

	/**
	 * Sends a request and gives the answer.
	 *
	 * @param token the API token, or null for an anonymous request
	 * @param body JSON, or null for none
	 */
	static HttpResponse<String> send(int port, String method, String path, String token, String body,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception failed) {
			throw new IllegalStateException(failed);
		}
	}

}
