package org.mirarchive.authority;

import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.context.support.ResourceBundleMessageSource;

import org.mirarchive.entry.EntryRecord;
import org.mirarchive.model.DateWords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mirarchive.authority.EacCpfDocument.all;
import static org.mirarchive.authority.EacCpfDocument.text;

/**
 * What a curator types stays text in a record, whatever it looks like; dates keep their EDTF; and
 * the schema the records are checked against does refuse a record out of its order.
 */
class EacCpfWriterTest {

	private static final String BASE = "https://archive.example";

	private static final EntryRecord.SourceRef ARTICLE = new EntryRecord.SourceRef("article", "Chile's MIR",
			"Christopher Minster", true, "ThoughtCo", BASE + "/sources/article", "https://www.thoughtco.com/x");

	@Test
	void markupInANameOrAStatementStaysText() {
		EntryRecord person = person("Wanda <b>Bold</b> & Co", "1944/1974",
				List.of(new EntryRecord.StatementRecord(1L, "She wrote <script>alert(1)</script>.",
						List.of(cited("paragraph <i>2</i>")), List.of(), Map.of())));
		String xml = write(person);
		EacCpfSchema.validate(xml, "a person with markup in her name");
		EacCpfDocument record = EacCpfDocument.parse(xml);
		Element name = record.all("nameEntry").get(0);
		assertThat(text(name, "part")).isEqualTo("Wanda <b>Bold</b> & Co");
		assertThat(name.getElementsByTagName("b").getLength()).isZero();
		assertThat(record.all("p").get(0).getTextContent()).isEqualTo("She wrote <script>alert(1)</script>.");
		assertThat(record.document().getElementsByTagName("script").getLength()).isZero();
		assertThat(record.all("citedRange")).extracting(Element::getTextContent).contains("paragraph <i>2</i>");
		assertThat(record.document().getElementsByTagName("i").getLength()).isZero();
	}

	@Test
	void datesKeepTheirEdtfAndAnOpenEndIsNoEnd() {
		EacCpfDocument closed = EacCpfDocument.parse(write(person("Someone", "1944-07-27/1974-10-05", List.of())));
		Element range = closed.all("dateRange").get(0);
		assertThat(all(range, "fromDate").get(0).getAttribute("standardDate")).isEqualTo("1944-07-27");
		assertThat(all(range, "toDate").get(0).getAttribute("standardDate")).isEqualTo("1974-10-05");
		assertThat(text(range, "fromDate")).isEqualTo("27 July 1944");

		String open = write(person("Someone", "1965/..", List.of()));
		EacCpfSchema.validate(open, "an organization still in being");
		assertThat(EacCpfDocument.parse(open).all("toDate")).isEmpty();

		String unknown = write(person("Someone", "/1974", List.of()));
		EacCpfSchema.validate(unknown, "a life whose start is unknown");
		assertThat(EacCpfDocument.parse(unknown).all("fromDate").get(0).getAttribute("status")).isEqualTo("unknown");

		EacCpfDocument single = EacCpfDocument.parse(write(person("Someone", "1973-09~", List.of())));
		assertThat(single.all("date").get(0).getAttribute("standardDate")).isEqualTo("1973-09~");
	}

	@Test
	void theSchemaRefusesARecordOutOfOrder() {
		String xml = write(person("Someone", "1944", List.of()));
		// The 1.x order (maintenanceHistory after sources is the same, but recordId must come first).
		String outOfOrder = xml.replaceFirst("<recordId>([^<]*)</recordId>(<maintenanceAgency>.*?</maintenanceAgency>)",
				"$2<recordId>$1</recordId>");
		assertThat(outOfOrder).isNotEqualTo(xml);
		assertThatThrownBy(() -> EacCpfSchema.validate(outOfOrder, "a record out of order"))
			.isInstanceOf(AssertionError.class);
	}

	@Test
	void aRecordWrittenInsideAnotherDocumentKeepsItsNamespace() throws Exception {
		// As a harvesting interface writes it: inside its own elements, in another default namespace.
		StringWriter text = new StringWriter();
		XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
		String oai = "http://www.openarchives.org/OAI/2.0/";
		out.writeStartDocument("UTF-8", "1.0");
		out.writeStartElement("", "OAI-PMH", oai);
		out.writeDefaultNamespace(oai);
		out.writeStartElement("", "metadata", oai);
		new EacCpfWriter(out, new DateWords(messages())).write(record(person("Someone", "1944", List.of())));
		out.writeEndElement();
		out.writeStartElement("", "about", oai);
		out.writeEndElement();
		out.writeEndElement();
		out.writeEndDocument();
		out.close();
		EacCpfDocument whole = EacCpfDocument.parse(text.toString());
		Element eac = whole.all("eac").get(0);
		assertThat(eac.getParentNode().getNamespaceURI()).isEqualTo(oai);
		assertThat(whole.document().getElementsByTagNameNS(oai, "about").getLength()).isEqualTo(1);
		StringWriter alone = new StringWriter();
		TransformerFactory.newInstance().newTransformer().transform(new DOMSource(eac), new StreamResult(alone));
		EacCpfSchema.validate(alone.toString(), "a record inside another document");
	}

	private static EntryRecord.CitationRecord cited(String locator) {
		return new EntryRecord.CitationRecord(ARTICLE, locator, null, Map.of());
	}

	private static EntryRecord person(String name, String edtf, List<EntryRecord.StatementRecord> statements) {
		EntryRecord.DateRecord date = new EntryRecord.DateRecord(edtf, "when", null, null, List.of(cited("p. 1")),
				List.of());
		return new EntryRecord("person", "someone", name, "A person.", BASE + "/people/someone",
				BASE + "/api/people/someone", OffsetDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC), false,
				List.of(new EntryRecord.NameRecord(1L, name + " (variant)", "VARIANT", "en", List.of(cited("p. 2")))),
				date, statements, List.of(), Map.of());
	}

	private static AuthorityRecord record(EntryRecord entry) {
		return new AuthorityRecord(entry,
				List.of(new AuthorityRecord.Maintenance(Instant.parse("2026-11-25T10:00:00Z"), null, null,
						entry.url() + "/revisions/1")),
				"The MIR Archive", Map.of());
	}

	private static String write(EntryRecord entry) {
		AuthorityRecord record = record(entry);
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			out.writeStartDocument("UTF-8", "1.0");
			new EacCpfWriter(out, new DateWords(messages())).write(record);
			out.writeEndDocument();
			out.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return text.toString();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/dates");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
