package org.mirarchive.harvest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A harvester's requests to {@code /oai}, each answer checked as every answer must be (200, XML,
 * valid against the OAI-PMH and oai_dc schemas) and read with XPath ({@code oai:}, {@code oai_dc:},
 * {@code dc:} prefixes).
 */
final class OaiClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	OaiClient(int port) {
		this.port = port;
	}

	/** The answer to {@code /oai?query}, valid against the schemas. */
	Answer get(String query) {
		try {
			HttpResponse<byte[]> response = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oai" + (query.isEmpty() ? "" : "?" + query)))
						.GET()
						.build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(query).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(query).hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
			OaiSchemas.validate(response.body());
			return new Answer(response, parse(response.body()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Document parse(byte[] body) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An answer, read. */
	record Answer(HttpResponse<byte[]> response, Document document) {

		/** The error code, or null if the answer has none. */
		String error() {
			NodeList errors = document.getElementsByTagNameNS(OAI, "error");
			String code = errors.getLength() == 0 ? "" : ((Element) errors.item(0)).getAttribute("code");
			return code.isEmpty() ? null : code;
		}

		/** The texts of every node an expression selects. */
		List<String> all(String expression) {
			try {
				NodeList nodes = (NodeList) xpath().evaluate(expression, document, XPathConstants.NODESET);
				List<String> texts = new ArrayList<>();
				for (int i = 0; i < nodes.getLength(); i++) {
					texts.add(nodes.item(i).getTextContent());
				}
				return texts;
			}
			catch (XPathExpressionException ex) {
				throw new IllegalArgumentException(expression, ex);
			}
		}

		/** The text of what an expression selects ("" for nothing). */
		String text(String expression) {
			try {
				return xpath().evaluate(expression, document);
			}
			catch (XPathExpressionException ex) {
				throw new IllegalArgumentException(expression, ex);
			}
		}

		/** The identifiers of the records' headers, in order (read from the DOM: thousands of answers are read so). */
		List<String> identifiers() {
			List<String> identifiers = new ArrayList<>();
			NodeList headers = document.getElementsByTagNameNS(OAI, "header");
			for (int i = 0; i < headers.getLength(); i++) {
				NodeList identifier = ((Element) headers.item(i)).getElementsByTagNameNS(OAI, "identifier");
				for (int j = 0; j < identifier.getLength(); j++) {
					identifiers.add(identifier.item(j).getTextContent());
				}
			}
			return identifiers;
		}

		/** The resumption token, or null where the list ends here (an empty token, or none). */
		String token() {
			String token = resumptionToken().map(Element::getTextContent).orElse("");
			return token.isEmpty() ? null : token;
		}

		/** An attribute of the resumption token ({@code completeListSize}, {@code cursor}), "" where there is none. */
		String token(String attribute) {
			return resumptionToken().map(token -> token.getAttribute(attribute)).orElse("");
		}

		private java.util.Optional<Element> resumptionToken() {
			NodeList tokens = document.getElementsByTagNameNS(OAI, "resumptionToken");
			return tokens.getLength() == 0 ? java.util.Optional.empty() : java.util.Optional.of((Element) tokens.item(0));
		}

		String body() {
			return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
		}

		private static XPath xpath() {
			XPath xpath = XPATHS.get().newXPath();
			xpath.setNamespaceContext(NAMESPACES);
			return xpath;
		}

	}

	private static final String OAI = "http://www.openarchives.org/OAI/2.0/";

	/** Finding the factory is costly, and a factory is not safe to share between threads. */
	private static final ThreadLocal<XPathFactory> XPATHS = ThreadLocal.withInitial(XPathFactory::newInstance);

	private static final NamespaceContext NAMESPACES = new NamespaceContext() {

		@Override
		public String getNamespaceURI(String prefix) {
			return switch (prefix) {
				case "oai" -> OAI;
				case "oai_dc" -> "http://www.openarchives.org/OAI/2.0/oai_dc/";
				case "dc" -> "http://purl.org/dc/elements/1.1/";
				case "eac" -> "https://archivists.org/ns/eac/v2";
				case "xml" -> XMLConstants.XML_NS_URI;
				default -> XMLConstants.NULL_NS_URI;
			};
		}

		@Override
		public String getPrefix(String namespaceURI) {
			return null;
		}

		@Override
		public Iterator<String> getPrefixes(String namespaceURI) {
			return null;
		}

	};

}
