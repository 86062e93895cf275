package org.mirarchive.curation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.account.CuratorsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curl examples of docs/api.md's "Writing" and "Imports", run as they are written, in order, against the
 * archive on a random port, each answered with the status the docs show after it: so the docs
 * cannot say what the API no longer does. {@code $ARCHIVE} is the archive's address,
 * {@code $TOKEN} the test administrator's token, {@code $EDITOR_TOKEN} a new editor's;
 * {@code $ETAG}, {@code $CHANGE} and {@code $REVISION} are taken from the answer before, as a
 * reader would take them. They run in a directory holding the CSV files the docs show
 * ({@code ```csv people.csv}), which the imports' examples upload.
 */
@EditedArchiveWebTest
public class ApiDocsTest {

	private static final Pattern EXAMPLE = Pattern
		.compile("```sh\\n((?:(?!```).)*)```\\s*\\n```http\\nHTTP/1\\.1 (\\d{3})", Pattern.DOTALL);

	/** A file the examples use, as the docs show it: {@code ```csv people.csv}, its lines, {@code ```}. */
	private static final Pattern FILE = Pattern.compile("```csv ([a-z]+\\.csv)\\n((?:(?!```).)*)```", Pattern.DOTALL);

	/** The sections whose examples run, in order. */
	private static final List<String> SECTIONS = List.of("Writing", "Imports");

	@LocalServerPort
	private int port;

	record Example(String command, int status) {
	}

	@Test
	void everyWritingExampleAnswersWhatTheDocsSay() throws Exception {
		List<Example> examples = examples();
		assertThat(examples).hasSizeGreaterThanOrEqualTo(12);
		Map<String, String> variables = new HashMap<>();
		variables.put("ARCHIVE", "http://localhost:" + port);
		variables.put("TOKEN", CuratorsTest.ADMINISTRATOR_TOKEN);
		variables.put("EDITOR_TOKEN", editorToken());
		Path directory = Files.createTempDirectory("api-docs");
		files().forEach((name, text) -> {
			try {
				Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
			}
			catch (IOException failed) {
				throw new IllegalStateException(failed);
			}
		});
		List<Integer> statuses = new ArrayList<>();
		for (Example example : examples) {
			String answer = run(example.command(), variables, directory);
			Matcher status = Pattern.compile("^HTTP/\\S+ (\\d{3})").matcher(answer);
			assertThat(status.find()).as(example.command() + "\n" + answer).isTrue();
			assertThat(Integer.parseInt(status.group(1))).as(example.command() + "\n" + answer)
				.isEqualTo(example.status());
			statuses.add(example.status());
			remember(answer, variables);
		}
		assertThat(statuses).contains(200, 201, 202, 401, 403, 409, 412, 422, 428);
		assertThat(examples).anySatisfy(example -> assertThat(example.command()).contains("/api/imports"))
			.anySatisfy(example -> assertThat(example.command()).contains("/undo"));
	}

	/** The examples of the sections that run: each sh block and the status of the http block after it. */
	static List<Example> examples() throws IOException {
		List<Example> examples = new ArrayList<>();
		for (String section : SECTIONS) {
			Matcher found = EXAMPLE.matcher(section(section));
			while (found.find()) {
				examples.add(new Example(found.group(1), Integer.parseInt(found.group(2))));
			}
		}
		return examples;
	}

	/** The files the examples upload, by name, as the docs show them. */
	static Map<String, String> files() throws IOException {
		Map<String, String> files = new HashMap<>();
		for (String section : SECTIONS) {
			Matcher found = FILE.matcher(section(section));
			while (found.find()) {
				files.put(found.group(1), found.group(2).replace("\n", "\r\n"));
			}
		}
		return files;
	}

	private static String section(String heading) throws IOException {
		String docs = Files.readString(Path.of("docs", "api.md"), StandardCharsets.UTF_8);
		int start = docs.indexOf("\n## " + heading + "\n");
		assertThat(start).as("docs/api.md has a section " + heading).isNotNegative();
		int end = docs.indexOf("\n## ", start + 1);
		return docs.substring(start, end < 0 ? docs.length() : end);
	}

	/** What the next example takes from this answer: its ETag, the change set it made, a revision's number. */
	private static void remember(String answer, Map<String, String> variables) {
		Matcher etag = Pattern.compile("(?im)^etag: *(\\S+)").matcher(answer);
		if (etag.find()) {
			variables.put("ETAG", etag.group(1));
		}
		Matcher change = Pattern.compile("(?im)^location: *\\S*/api/changes/(\\d+)").matcher(answer);
		if (change.find()) {
			variables.put("CHANGE", change.group(1));
		}
		// The oldest revision an entry's history lists: the last.
		Matcher revision = Pattern.compile("\"revision\":(\\d+)").matcher(answer);
		while (revision.find()) {
			variables.put("REVISION", revision.group(1));
		}
	}

	private static String run(String command, Map<String, String> variables, Path directory) throws Exception {
		ProcessBuilder shell = new ProcessBuilder("bash", "-c", command).directory(directory.toFile())
			// curl's progress meter, on standard error, is not the answer.
			.redirectError(ProcessBuilder.Redirect.DISCARD);
		shell.environment().putAll(variables);
		Process process = shell.start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new String(output, StandardCharsets.UTF_8).replace("\r", "");
	}

	private String editorToken() throws Exception {
		HttpResponse<String> made = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/accounts"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + CuratorsTest.ADMINISTRATOR_TOKEN)
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"docs-editor-"
						+ UUID.randomUUID().toString().substring(0, 8)
						+ "\", \"password\": \"correct horse battery staple\", \"role\": \"EDITOR\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(made.statusCode()).isEqualTo(201);
		return JsonMapper.builder().build().readTree(made.body()).get("token").asString();
	}

}
