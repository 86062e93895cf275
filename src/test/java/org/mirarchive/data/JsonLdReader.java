package org.mirarchive.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.List;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Expands JSON-LD with a conforming processor (Titanium), offline: the schema.org context is read
 * from test resources (a minimal stand-in for https://schema.org's: the vocabulary and the
 * properties it types as IRIs). Any other remote document fails the test rather than being fetched.
 */
final class JsonLdReader {

	static final String SCHEMA = "http://schema.org/";

	private static final DocumentLoader OFFLINE = (url, options) -> {
		if (!url.toString().matches("https?://schema\\.org/?")) {
			throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "No network in tests: " + url);
		}
		try (InputStream context = JsonLdReader.class.getResourceAsStream("/jsonld/schema-org-context.jsonld")) {
			JsonDocument document = JsonDocument.of(context);
			document.setDocumentUrl(URI.create("https://schema.org/"));
			return document;
		}
		catch (IOException ex) {
			throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, ex);
		}
	};

	private JsonLdReader() {
	}

	/** The expanded form of one JSON-LD document describing one top-level node. */
	static JsonObject expand(String jsonLd) {
		try {
			JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(jsonLd))).loader(OFFLINE).get();
			if (expanded.size() != 1) {
				throw new AssertionError("Expected one node, got " + expanded);
			}
			return expanded.getJsonObject(0);
		}
		catch (JsonLdError ex) {
			throw new AssertionError("Not valid JSON-LD: " + ex.getMessage(), ex);
		}
	}

	/** The node's types, as full IRIs. */
	static List<String> types(JsonObject node) {
		return node.getJsonArray("@type").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
	}

	/** The values of a schema.org property: plain values as text, nodes as objects. */
	static List<JsonObject> values(JsonObject node, String property) {
		JsonValue values = node.get(SCHEMA + property);
		return values == null ? List.of() : values.asJsonArray().getValuesAs(JsonObject.class);
	}

	/** The first plain value of a property, or null. */
	static String value(JsonObject node, String property) {
		List<JsonObject> values = values(node, property);
		if (values.isEmpty()) {
			return null;
		}
		JsonObject first = values.get(0);
		return first.containsKey("@value") ? first.getString("@value") : first.getString("@id");
	}

}
