package org.mirarchive.authority;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRecord;
import org.mirarchive.entry.EntryRecords;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.Slug;

/**
 * The archive's people and organizations as EAC-CPF 2.0 authority records
 * ({@code https://archivists.org/ns/eac/v2}), in English: what {@code /people/{slug}.xml} serves,
 * and what a harvesting interface can write into its own response ({@link #write}). Another kind
 * of entry, an unknown slug or a withdrawn entry has none.
 */
@Component
public class EacCpfRecords {

	/** The media type of an EAC-CPF record. */
	public static final String MEDIA_TYPE = "application/eac-cpf+xml";

	/** The namespace of EAC-CPF 2.0, which every element of a record is in. */
	public static final String NAMESPACE = EacCpfWriter.NAMESPACE;

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final EntryRepository entries;

	private final EntryRecords records;

	private final MaintenanceHistory revisions;

	private final DateWords dateWords;

	private final ArchiveAddresses addresses;

	private final MessageSource messages;

	EacCpfRecords(EntryRepository entries, EntryRecords records, MaintenanceHistory revisions, DateWords dateWords,
			ArchiveAddresses addresses, MessageSource messages) {
		this.entries = entries;
		this.records = records;
		this.revisions = revisions;
		this.dateWords = dateWords;
		this.addresses = addresses;
		this.messages = messages;
	}

	/**
	 * Writes the record of a person or organization as an {@code eac} element (its namespace
	 * declared on it) where the writer stands: inside a harvesting response, or alone after
	 * {@code writeStartDocument}.
	 *
	 * @return whether there was such a record; nothing is written where there is none
	 */
	public boolean write(EntryKind kind, String slug, XMLStreamWriter out) throws XMLStreamException {
		Optional<AuthorityRecord> found = find(kind, slug);
		if (found.isEmpty()) {
			return false;
		}
		new EacCpfWriter(out, dateWords).write(found.get());
		return true;
	}

	/** The record of a person or organization as a UTF-8 XML document, or empty where there is none. */
	public Optional<String> document(EntryKind kind, String slug) {
		return find(kind, slug).map(found -> {
			StringWriter text = new StringWriter();
			try {
				XMLStreamWriter out = FACTORY.createXMLStreamWriter(text);
				out.writeStartDocument("UTF-8", "1.0");
				new EacCpfWriter(out, dateWords).write(found);
				out.writeEndDocument();
				out.close();
			}
			catch (XMLStreamException ex) {
				throw new IllegalStateException("Could not write the record of " + kind.url(slug), ex);
			}
			return text.toString();
		});
	}

	private Optional<AuthorityRecord> find(EntryKind kind, String slug) {
		if (!kind.isAgent() || !Slug.isValid(slug)) {
			return Optional.empty();
		}
		Optional<Entry> entry = entries.findByKindAndSlug(kind, slug).filter(e -> !e.isWithdrawn());
		Optional<EntryRecord> record = records.find(kind, slug, Locale.ENGLISH);
		if (entry.isEmpty() || record.isEmpty()) {
			return Optional.empty();
		}
		List<AuthorityRecord.Maintenance> maintenance = new ArrayList<>();
		for (MaintenanceHistory.Revision revision : revisions.of(entry.get().getId())) {
			maintenance.add(new AuthorityRecord.Maintenance(revision.committed(), revision.curator(),
					revision.summary(), addresses.absolute(kind.url(slug) + "/revisions/" + revision.number())));
		}
		return Optional.of(new AuthorityRecord(record.get(), maintenance,
				messages.getMessage("site.name", null, Locale.ENGLISH), eventDates(record.get())));
	}

	/** The dates of the events the agent took part in, as the record places them in time. */
	private Map<String, EntryRecord.DateRecord> eventDates(EntryRecord record) {
		Map<String, EntryRecord.DateRecord> dates = new LinkedHashMap<>();
		for (EntryRecord.RelationRecord relation : record.relations()) {
			for (EntryRecord.EntryRef end : List.of(relation.subject(), relation.object())) {
				if ("event".equals(end.type()) && !dates.containsKey(end.slug())) {
					entries.findByKindAndSlug(EntryKind.EVENT, end.slug())
						.filter(event -> event.getDate().isPresent())
						.ifPresent(event -> dates.put(end.slug(),
								records.date(event.getDate(), null, Locale.ENGLISH)));
				}
			}
		}
		return dates;
	}

}
