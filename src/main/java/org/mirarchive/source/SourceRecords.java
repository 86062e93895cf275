package org.mirarchive.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.entry.EntryRecord;
import org.mirarchive.entry.EntryRecords;
import org.mirarchive.model.ListPage;
import org.mirarchive.model.Paging;
import org.mirarchive.model.StoredDate;
import org.mirarchive.model.Translations;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceLists;
import org.mirarchive.work.SourceTranslation;

/** Turns sources into {@link SourceRecord}s, inside the caller's transaction. */
@Component
public class SourceRecords {

	private final EntryRecords entryRecords;

	private final ArchiveAddresses addresses;

	private final SourceLists lists;

	SourceRecords(EntryRecords entryRecords, ArchiveAddresses addresses, SourceLists lists) {
		this.entryRecords = entryRecords;
		this.addresses = addresses;
		this.lists = lists;
	}

	/** A list page of the sources' records, in the archive's order, as the sources index shows them. */
	@Transactional(readOnly = true)
	public ListPage<SourceRecord> listPage(Paging paging, Locale locale) {
		return lists.listPage(paging).map(source -> record(source, null, locale));
	}

	/**
	 * A source's record.
	 * @param citedBy what the archive cites it for, or null where a list of works does not say
	 */
	public SourceRecord record(Source source, List<SourceRecord.CitedBy> citedBy, Locale locale) {
		EntryRecord.DateRecord issued = source.issuedDate()
			.map(date -> entryRecords.date(StoredDate.of(date), null, locale))
			.orElse(null);
		List<SourceRecord.Note> notes = source.getNotes()
			.stream()
			.map(n -> new SourceRecord.Note(n.getKind().name(), n.getText(), Translations.of(n.getTranslations(), "text")))
			.toList();
		EntryRecord.DateRecord accessed = source.accessedDate()
			.map(date -> entryRecords.date(StoredDate.of(date), null, locale))
			.orElse(null);
		Map<String, String> unknown = new TreeMap<>();
		source.getUnknown().forEach((field, reason) -> unknown.put(field.name(), reason.name()));
		return new SourceRecord(source.getSlug(), source.getKind().name(), source.getTitle(), source.getSubtitle(),
				source.getAuthor(), source.hasPersonalAuthor(), source.getContainer(), source.getPublisher(),
				source.getPlace(), issued, source.getIsbn(), source.getLanguage(), source.getUrl(), accessed,
				source.getAccessedBefore(), unknown, addresses.absolute(source.url()),
				addresses.absolute("/api" + source.url()), source.getSummary(), source.isQuotable(), notes,
				source.getLastChanged(), citedBy, Translations.of(source.getTranslations(), SourceRecords::fields));
	}

	/** A translation's fields as programs read them. */
	private static Map<String, String> fields(SourceTranslation translation) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("summary", translation.summary());
		fields.put("author", translation.author());
		fields.put("container", translation.container());
		fields.put("place", translation.place());
		return fields;
	}

	/** An entry's claims on a work, with the entry's page made absolute. */
	public SourceRecord.CitedBy citedBy(String name, String path, List<SourceRecord.Claim> claims) {
		return new SourceRecord.CitedBy(name, addresses.absolute(path), claims);
	}

}
