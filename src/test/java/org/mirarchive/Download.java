package org.mirarchive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole-archive download ({@code /download/mir-archive.zip}) as a reader saves and opens it:
 * the response, and each file of the zip by name, in the zip's order (none empty if the download
 * was a 200).
 */
public record Download(HttpResponse<byte[]> response, Map<String, byte[]> files) {

	public static final String PATH = "/download/mir-archive.zip";

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	/** Downloads it from the archive on this port, with more request headers given as name, value… */
	public static Download get(int port, String... headers) {
		return of(Browser.send(CLIENT, request(port, headers)));
	}

	/** The request for it, to send as the test needs (several at once, say). */
	public static HttpRequest request(int port, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return request.build();
	}

	/** A response read as the download, its zip opened if it has a body. */
	public static Download of(HttpResponse<byte[]> response) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		if (response.body().length > 0) {
			try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()),
					StandardCharsets.UTF_8)) {
				for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					files.put(entry.getName(), zip.readAllBytes());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new Download(response, files);
	}

	public int status() {
		return response.statusCode();
	}

	public String header(String name) {
		return response.headers().firstValue(name).orElse(null);
	}

	/** A file of the zip as text (every file is UTF-8). */
	public String text(String name) {
		assertThat(files).containsKey(name);
		return new String(files.get(name), StandardCharsets.UTF_8);
	}

	/** A CSV file's rows, read by the names in its header row, as a spreadsheet would. */
	public List<CSVRecord> csv(String name) {
		try {
			return CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(text(name)))
				.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads each object of one of {@code mir-archive.json}'s lists ({@code entries} or
	 * {@code sources}) in turn, without holding the whole document, which is large at scale.
	 */
	public void eachInJson(String list, Consumer<JsonNode> each) {
		// One object at a time, each followed by the next: not trailing tokens.
		JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
		try (JsonParser parser = json.createParser(files.get("mir-archive.json"))) {
			assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				if (!name.equals(list)) {
					parser.skipChildren();
					continue;
				}
				assertThat(parser.currentToken()).as(list).isEqualTo(JsonToken.START_ARRAY);
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					each.accept(json.readTree(parser));
				}
			}
		}
	}

}
