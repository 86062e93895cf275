package org.mirarchive.harvest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The OAI-PMH 2.0 schema with the {@code oai_dc} one (and the Dublin Core and XML-namespace schemas
 * they import), from the test resources ({@code schemas/README.md} says where each comes from). A
 * resolver maps each import to those files and refuses every other: validation never reaches the
 * network.
 */
final class OaiSchemas {

	private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

	/** The locations the schemas import, and the file each is. */
	private static final Map<String, String> LOCATIONS = Map.of(
			"http://dublincore.org/schemas/xmls/simpledc20021212.xsd", "dc.xsd",
			"https://www.w3.org/2001/03/xml.xsd", "xml.xsd", "http://www.w3.org/2001/03/xml.xsd", "xml.xsd",
			"http://www.w3.org/2001/xml.xsd", "xml.xsd");

	private static final Schema SCHEMA = schema();

	private OaiSchemas() {
	}

	/** Throws, saying where and why, unless the document is a valid OAI-PMH answer with valid records. */
	static void validate(byte[] document) {
		try {
			Validator validator = SCHEMA.newValidator();
			validator.setResourceResolver(REFUSING_THE_NETWORK);
			validator.validate(new StreamSource(new ByteArrayInputStream(document)));
		}
		catch (SAXException ex) {
			throw new AssertionError("not a valid OAI-PMH answer: " + ex.getMessage() + "\n"
					+ new String(document, java.nio.charset.StandardCharsets.UTF_8), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Schema schema() {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setResourceResolver(REFUSING_THE_NETWORK);
			// Each schema before those that import it, so that every import finds its namespace known.
			return factory.newSchema(new Source[] { source("xml.xsd"), source("dc.xsd"), source("oai_dc.xsd"),
					source("OAI-PMH.xsd"), source("eac-cpf-2.0.xsd") });
		}
		catch (SAXException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static StreamSource source(String file) {
		URL url = resource(file);
		return new StreamSource(url.toExternalForm());
	}

	private static URL resource(String file) {
		URL url = OaiSchemas.class.getResource("/schemas/" + file);
		if (url == null) {
			throw new IllegalStateException("missing test resource schemas/" + file);
		}
		return url;
	}

	/** Each known import from the test resources; anything else refused, never fetched. */
	private static final LSResourceResolver REFUSING_THE_NETWORK = (type, namespace, publicId, systemId, baseUri) -> {
		String file = systemId == null ? null : LOCATIONS.get(systemId);
		if (file == null && XML_NAMESPACE.equals(namespace)) {
			file = "xml.xsd";
		}
		if (file == null) {
			throw new IllegalArgumentException("refused to fetch a schema from " + systemId + " (" + namespace + ")");
		}
		return new LocalInput(resource(file), publicId);
	};

	/** A schema read from the test resources. */
	private record LocalInput(URL url, String publicId) implements LSInput {

		@Override
		public Reader getCharacterStream() {
			return null;
		}

		@Override
		public void setCharacterStream(Reader characterStream) {
		}

		@Override
		public InputStream getByteStream() {
			try {
				return url.openStream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void setByteStream(InputStream byteStream) {
		}

		@Override
		public String getStringData() {
			return null;
		}

		@Override
		public void setStringData(String stringData) {
		}

		@Override
		public String getSystemId() {
			return url.toExternalForm();
		}

		@Override
		public void setSystemId(String systemId) {
		}

		@Override
		public String getPublicId() {
			return publicId;
		}

		@Override
		public void setPublicId(String publicId) {
		}

		@Override
		public String getBaseURI() {
			return null;
		}

		@Override
		public void setBaseURI(String baseURI) {
		}

		@Override
		public String getEncoding() {
			return null;
		}

		@Override
		public void setEncoding(String encoding) {
		}

		@Override
		public boolean getCertifiedText() {
			return false;
		}

		@Override
		public void setCertifiedText(boolean certifiedText) {
		}

	}

}
