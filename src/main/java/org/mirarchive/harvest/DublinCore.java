package org.mirarchive.harvest;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.Relation;
import org.mirarchive.entry.RelationKind;
import org.mirarchive.entry.RelationRepository;
import org.mirarchive.entry.Statement;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceKind;
import org.mirarchive.work.WorkCitations;

/**
 * Simple Dublin Core ({@code oai_dc}), the format every OAI-PMH record must have: an entry's or a
 * work's headword, author, date (EDTF as the archive gives it), summary, kind, permanent address
 * and languages. The archive's Spanish headword and summary are repeated elements in {@code xml:lang="es"}.
 * An entry's record names the works its statements cite, each once, as {@code dc:source}: the
 * work's bibliography entry in Chicago style, as the work's page gives it to cite, in plain text.
 */
@Component
@Order(0)
class DublinCore implements HarvestFormat {

	static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";

	static final String DC = "http://purl.org/dc/elements/1.1/";

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private static final String XML = "http://www.w3.org/XML/1998/namespace";

	private final ArchiveAddresses addresses;

	private final RelationRepository relations;

	private final WorkCitations citations;

	/**
	 * Works' bibliography entries by work and when it last changed: a list's records cite the same
	 * works over and over, and citeproc takes a while over each.
	 */
	private final Cache<CitedWork, String> bibliography = Caffeine.newBuilder().maximumSize(10_000).build();

	/** A cited work as it was when its bibliography entry was written. */
	private record CitedWork(Long id, OffsetDateTime lastChanged) {
	}

	DublinCore(ArchiveAddresses addresses, RelationRepository relations, WorkCitations citations) {
		this.addresses = addresses;
		this.relations = relations;
		this.citations = citations;
	}

	@Override
	public String prefix() {
		return "oai_dc";
	}

	@Override
	public String namespace() {
		return OAI_DC;
	}

	@Override
	public String schema() {
		return "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
	}

	@Override
	public Set<HarvestSet> describes() {
		return EnumSet.allOf(HarvestSet.class);
	}

	@Override
	public void write(Entry entry, XMLStreamWriter xml) throws XMLStreamException {
		start(xml);
		// A coined headword ("Founding of the MIR") is English; a name is in no one language.
		element(xml, "title", entry.getName(), entry.isHeadwordCoined() ? "en" : null);
		element(xml, "title", different(entry.nameIn("es"), entry.getName()), "es");
		if (entry.getKind() == EntryKind.WORK) {
			for (String author : authors(entry)) {
				element(xml, "creator", author, null);
			}
		}
		if (entry.getDate() != null && entry.getDate().isPresent()) {
			element(xml, "date", entry.getDate().getEdtf(), null);
		}
		element(xml, "description", entry.getSummary(), "en");
		element(xml, "description", entry.summaryIn("es"), "es");
		element(xml, "type", entry.getKind().name().toLowerCase(Locale.ROOT), null);
		if (entry.getKind() == EntryKind.WORK) {
			element(xml, "type", "Text", null);
		}
		element(xml, "identifier", addresses.absolute(entry.url()), null);
		for (Source cited : cited(entry)) {
			element(xml, "source", bibliography(cited), null);
		}
		element(xml, "language", "en", null);
		if (entry.nameIn("es") != null || entry.summaryIn("es") != null) {
			element(xml, "language", "es", null);
		}
		xml.writeEndElement();
	}

	/** The works an entry's statements cite, each once, in the order the statements first cite them. */
	private static List<Source> cited(Entry entry) {
		Map<Long, Source> works = new LinkedHashMap<>();
		entry.getStatements()
			.stream()
			.sorted((one, other) -> Integer.compare(one.getPosition(), other.getPosition()))
			.map(Statement::getCitations)
			.flatMap(List::stream)
			.forEach(citation -> works.putIfAbsent(citation.getSource().getId(), citation.getSource()));
		return List.copyOf(works.values());
	}

	/** A work's Chicago bibliography entry, in English, as plain text. */
	private String bibliography(Source work) {
		return bibliography.get(new CitedWork(work.getId(), work.getLastChanged()),
				key -> HtmlUtils.htmlUnescape(citations.bibliography(work, Locale.ENGLISH).replaceAll("<[^>]*>", "")));
	}

	@Override
	public void write(Source source, XMLStreamWriter xml) throws XMLStreamException {
		start(xml);
		String title = source.getSubtitle() == null || source.getSubtitle().isBlank() ? source.getTitle()
				: source.getTitle() + ": " + source.getSubtitle();
		element(xml, "title", title, null);
		element(xml, "creator", source.getAuthor(), null);
		element(xml, "creator", different(source.authorIn("es"), source.getAuthor()), "es");
		element(xml, "publisher", source.getPublisher(), null);
		element(xml, "date", source.getIssued(), null);
		element(xml, "description", source.getSummary(), "en");
		element(xml, "description", source.summaryIn("es"), "es");
		element(xml, "type", source.getKind() == null ? null : source.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' '), null);
		element(xml, "type", source.getKind() == SourceKind.PHOTOGRAPH ? "StillImage" : "Text", null);
		element(xml, "identifier", addresses.absolute(source.url()), null);
		if (source.getIsbn() != null && !source.getIsbn().isBlank()) {
			element(xml, "identifier", "urn:isbn:" + source.getIsbn().replaceAll("[^0-9Xx]", ""), null);
		}
		element(xml, "language", source.getLanguage(), null);
		// The work it appears in, and the work itself on the web: the resources it is part of, or is.
		element(xml, "relation", source.getContainer(), null);
		element(xml, "relation", source.getUrl(), null);
		xml.writeEndElement();
	}

	/** The published people and organizations a relation names as the work's authors, by their order. */
	private List<String> authors(Entry work) {
		return relations.findWithEndsByObjectIdIn(List.of(work.getId()))
			.stream()
			.filter(relation -> relation.getKind() == RelationKind.AUTHOR_OF && relation.getObject().getId().equals(work.getId()))
			.filter(relation -> !relation.getSubject().isWithdrawn())
			.sorted((one, other) -> Integer.compare(one.getPosition(), other.getPosition()))
			.map(Relation::getSubject)
			.map(Entry::getName)
			.toList();
	}

	private static String different(String translated, String original) {
		return translated == null || translated.equals(original) ? null : translated;
	}

	private void start(XMLStreamWriter xml) throws XMLStreamException {
		xml.setPrefix("oai_dc", OAI_DC);
		xml.setPrefix("dc", DC);
		xml.setPrefix("xsi", XSI);
		xml.writeStartElement("oai_dc", "dc", OAI_DC);
		xml.writeNamespace("oai_dc", OAI_DC);
		xml.writeNamespace("dc", DC);
		xml.writeNamespace("xsi", XSI);
		xml.writeAttribute("xsi", XSI, "schemaLocation", OAI_DC + " " + schema());
	}

	/** One Dublin Core element, left out where there is nothing to say. */
	private static void element(XMLStreamWriter xml, String name, String value, String language)
			throws XMLStreamException {
		if (value == null || value.isBlank()) {
			return;
		}
		xml.writeStartElement("dc", name, DC);
		if (language != null) {
			xml.writeAttribute("xml", XML, "lang", language);
		}
		xml.writeCharacters(value.strip());
		xml.writeEndElement();
	}

}
