package org.mirarchive.search;

import java.io.StringWriter;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.springframework.http.MediaType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The archive's OpenSearch description (opensearch.org, version 1.1): its name and the address
 * of a search, with {@code {searchTerms}} where the browser puts what the reader typed. Written
 * with the JDK's XML tools, so names and addresses are always escaped.
 *
 * @param shortName the name browsers list the engine under (16 characters at most)
 * @param description what the engine searches
 * @param base the archive's absolute address, without a trailing slash
 * @param locale the language of the name and description
 */
record OpenSearchDescription(String shortName, String description, String base, Locale locale) {

	static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/opensearchdescription+xml;charset=UTF-8");

	static final String NAMESPACE = "http://a9.com/-/spec/opensearch/1.1/";

	String xml() {
		try {
			Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
			Element root = doc.createElementNS(NAMESPACE, "OpenSearchDescription");
			doc.appendChild(root);
			add(doc, root, "ShortName", shortName);
			add(doc, root, "Description", description);
			add(doc, root, "InputEncoding", "UTF-8");
			add(doc, root, "Language", locale.toLanguageTag());
			Element results = add(doc, root, "Url", null);
			results.setAttribute("type", "text/html");
			results.setAttribute("method", "get");
			results.setAttribute("template", base + "/search?q={searchTerms}");
			Element self = add(doc, root, "Url", null);
			self.setAttribute("type", MEDIA_TYPE.getType() + "/" + MEDIA_TYPE.getSubtype());
			self.setAttribute("rel", "self");
			self.setAttribute("template", base + "/opensearch.xml");
			var transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			StringWriter out = new StringWriter();
			transformer.transform(new DOMSource(doc), new StreamResult(out));
			return out.toString();
		}
		catch (ParserConfigurationException | TransformerException ex) {
			throw new IllegalStateException("The JDK's XML tools are misconfigured", ex);
		}
	}

	private static Element add(Document doc, Element parent, String name, String text) {
		Element element = doc.createElementNS(NAMESPACE, name);
		if (text != null) {
			element.setTextContent(text);
		}
		parent.appendChild(element);
		return element;
	}

}
