package org.mirarchive.citation;

import java.io.InputStream;
import java.time.LocalDate;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An official CSL locale file as the build puts it on the classpath, read for what a citation in
 * its language should say: its terms and its long dates. Tests take the Spanish a citation must
 * read from here, not from a guess of what the locale says.
 */
final class CslLocaleFile {

	private final Document xml;

	CslLocaleFile(String tag) {
		try (InputStream in = CslLocaleFile.class.getResourceAsStream("/locales-" + tag + ".xml")) {
			if (in == null) {
				throw new IllegalArgumentException("No CSL locale " + tag + " on the classpath");
			}
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			this.xml = factory.newDocumentBuilder().parse(in);
		}
		catch (IllegalArgumentException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read CSL locale " + tag, ex);
		}
	}

	/** A term in its long form ({@code accessed}, {@code open-quote}, {@code month-11}). */
	String term(String name) {
		NodeList terms = xml.getElementsByTagNameNS("*", "term");
		for (int i = 0; i < terms.getLength(); i++) {
			Element term = (Element) terms.item(i);
			if (term.getAttribute("name").equals(name) && (term.getAttribute("form").isEmpty()
					|| term.getAttribute("form").equals("long"))) {
				return term.getTextContent().strip();
			}
		}
		throw new IllegalArgumentException("No term " + name);
	}

	/** A day as the locale's text date form writes it: "25 de noviembre de 2026". */
	String date(LocalDate day) {
		NodeList dates = xml.getElementsByTagNameNS("*", "date");
		for (int i = 0; i < dates.getLength(); i++) {
			Element date = (Element) dates.item(i);
			if (date.getAttribute("form").equals("text")) {
				StringBuilder text = new StringBuilder();
				NodeList parts = date.getElementsByTagNameNS("*", "date-part");
				for (int p = 0; p < parts.getLength(); p++) {
					Element part = (Element) parts.item(p);
					String value = switch (part.getAttribute("name")) {
						case "day" -> String.valueOf(day.getDayOfMonth());
						case "month" -> term(String.format("month-%02d", day.getMonthValue()));
						default -> String.valueOf(day.getYear());
					};
					text.append(part.getAttribute("prefix")).append(value).append(part.getAttribute("suffix"));
				}
				return text.toString();
			}
		}
		throw new IllegalArgumentException("No text date form");
	}

	/** A term as it begins a sentence. */
	static String capitalized(String term) {
		return Character.toUpperCase(term.charAt(0)) + term.substring(1);
	}

}
