package org.mirarchive.authority;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** An EAC-CPF record parsed, for tests to read its elements by name. */
record EacCpfDocument(Document document) {

	static EacCpfDocument parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return new EacCpfDocument(factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every EAC-CPF element of that name, in document order. */
	List<Element> all(String name) {
		return all(document.getDocumentElement(), name);
	}

	static List<Element> all(Element within, String name) {
		NodeList nodes = within.getElementsByTagNameNS(EacCpfRecords.NAMESPACE, name);
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			found.add((Element) nodes.item(i));
		}
		return found;
	}

	/** The text of the first element of that name within, or null. */
	static String text(Element within, String name) {
		List<Element> found = all(within, name);
		return found.isEmpty() ? null : found.get(0).getTextContent();
	}

}
