package org.mirarchive.source;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import org.mirarchive.entry.EntryRecord;
import org.mirarchive.entry.SchemaOrg;
import org.mirarchive.model.HistoricalDate;

/** A cited work in schema.org JSON-LD: a CreativeWork, described on its page in the archive. */
@Component
public class SourceLinkedData {

	private final SchemaOrg schemaOrg;

	SourceLinkedData(SchemaOrg schemaOrg) {
		this.schemaOrg = schemaOrg;
	}

	/** The work's JSON-LD document. */
	public ObjectNode of(SourceRecord record) {
		ObjectNode described = schemaOrg.describedWork(new EntryRecord.SourceRef(record.slug(), record.title(),
				record.author(), record.personalAuthor(), record.publisher(), record.url(), record.workUrl()));
		if (record.subtitle() != null) {
			described.put("alternativeHeadline", record.subtitle());
		}
		if (record.container() != null) {
			described.putObject("isPartOf").put("@type", "CreativeWork").put("name", record.container());
		}
		if (record.language() != null) {
			described.put("inLanguage", record.language());
		}
		if (record.isbn() != null) {
			described.put("isbn", record.isbn());
		}
		if (record.issued() != null) {
			HistoricalDate issued = HistoricalDate.parse(record.issued().edtf());
			SchemaOrg.putDate(described, "datePublished", issued.interval() ? null : issued.start());
		}
		described.set("description", schemaOrg.text(record.summary(), record.translations(), "summary"));
		described.set("mainEntityOfPage", schemaOrg.page(record.url(), record.lastChanged()));
		return described;
	}

	/** The work's JSON-LD as text for the page's {@code script} element. */
	public String forScript(SourceRecord record) {
		return schemaOrg.forScript(of(record));
	}

}
