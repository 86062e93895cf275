package org.mirarchive.authority;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.SAXException;

/**
 * The EAC-CPF 2.0 schema from the test resources ({@code schemas/README.md} says where it comes
 * from), and a validator that never reaches the network: the schema imports nothing, and any
 * resource a record or the schema named would be refused rather than fetched.
 */
public final class EacCpfSchema {

	private static final Schema SCHEMA = load();

	private EacCpfSchema() {
	}

	private static Schema load() {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
				throw new IllegalStateException("The schema asked for " + systemId + " (" + namespace
						+ "): copy it into src/test/resources/schemas rather than fetch it");
			});
			URL xsd = EacCpfSchema.class.getResource("/schemas/eac-cpf-2.0.xsd");
			return factory.newSchema(xsd);
		}
		catch (SAXException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Validates a record; throws with the schema's own message where it is not valid. */
	public static void validate(String xml, String what) {
		Validator validator = SCHEMA.newValidator();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
				throw new IllegalStateException("The record of " + what + " asked for " + systemId);
			});
			validator.validate(new StreamSource(new StringReader(xml)));
		}
		catch (SAXException ex) {
			throw new AssertionError("The record of " + what + " is not valid EAC-CPF 2.0: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
