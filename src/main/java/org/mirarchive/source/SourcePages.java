package org.mirarchive.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.entry.Citation;
import org.mirarchive.entry.CitationRepository;
import org.mirarchive.entry.EditorialNote;
import org.mirarchive.entry.Coordinates;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryPage;
import org.mirarchive.entry.ExternalIdentifier;
import org.mirarchive.entry.NameLabels;
import org.mirarchive.entry.Relation;
import org.mirarchive.entry.Statement;
import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.LocalText;
import org.mirarchive.work.Locators;
import org.mirarchive.work.RecordLines;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceRepository;
import org.mirarchive.work.WorkCitations;

/** Assembles a {@link SourcePage} in one read-only transaction. */
@Component
public class SourcePages {

	private final SourceRepository sources;

	private final CitationRepository citations;

	private final Locators locators;

	private final DateWords dateWords;

	private final WorkCitations workCitations;

	private final MessageSource messages;

	private final SourceRecords records;

	private final NameLabels nameLabels;

	private final RecordLines recordLines;

	SourcePages(SourceRepository sources, CitationRepository citations, Locators locators, DateWords dateWords,
			WorkCitations workCitations, MessageSource messages, SourceRecords records, NameLabels nameLabels,
			RecordLines recordLines) {
		this.recordLines = recordLines;
		this.records = records;
		this.nameLabels = nameLabels;
		this.sources = sources;
		this.citations = citations;
		this.locators = locators;
		this.dateWords = dateWords;
		this.workCitations = workCitations;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public Optional<SourcePage> find(String slug, Locale locale) {
		return sources.findBySlug(slug).map(source -> assemble(source, locale));
	}

	private SourcePage assemble(Source source, Locale locale) {
		ContentLanguage content = new ContentLanguage(locale);
		LocalText summary = content.text(source.getSummary(), source::summaryIn);
		List<Citation> found = new ArrayList<>(citations.findBySource(source));
		// What a withdrawn entry claims, or claims of it, readers no longer see.
		found.removeIf(c -> c.claimEntry().isWithdrawn() || c.getRelation() != null && !c.getRelation().isShown());
		// In the order of the work: by section and paragraph of the quoted passage, then by the
		// order of the entries (first mention in the article) for works cited without quotation.
		found.sort(Comparator
			.comparingInt((Citation c) -> c.getQuotation() == null ? Integer.MAX_VALUE : c.getQuotation().getSectionNo())
			.thenComparingInt(c -> c.getQuotation() == null ? Integer.MAX_VALUE : c.getQuotation().getParagraphNo())
			.thenComparingInt(c -> c.claimEntry().getPosition())
			.thenComparingLong(Citation::getId));
		Map<Entry, List<SourcePage.Claim>> byEntry = new LinkedHashMap<>();
		for (Citation citation : found) {
			SourcePage.Claim claim = claim(citation, content, locale);
			List<SourcePage.Claim> claims = byEntry.computeIfAbsent(citation.claimEntry(), e -> new ArrayList<>());
			if (!claims.contains(claim)) {
				claims.add(claim);
			}
		}
		List<SourcePage.EntryClaims> entries = new ArrayList<>();
		byEntry.forEach((entry, claims) -> entries
			.add(new SourcePage.EntryClaims(content.name(entry.getName(), entry::nameIn), entry.url(), claims)));
		SourceRecord record = records.record(source, entries.stream()
			.map(e -> records.citedBy(e.name().text(), e.url(),
					e.claims().stream().map(c -> new SourceRecord.Claim(c.text().text(), c.locator())).toList()))
			.toList(), locale);
		return new SourcePage(source, summary, recordLines.fields(source, locale), recordLines.notes(source, locale),
				workCitations.bibliography(source, locale), entries,
				found.size(), record, content.note());
	}

	private SourcePage.Claim claim(Citation citation, ContentLanguage content, Locale locale) {
		String locator = citation.locate(locators, locale);
		if (citation.getStatement() != null) {
			Statement statement = citation.getStatement();
			return new SourcePage.Claim(content.text(statement.getText(), statement::textIn), locator);
		}
		if (citation.getNote() != null) {
			EditorialNote note = citation.getNote();
			return new SourcePage.Claim(content.text(note.getText(), note::textIn), locator);
		}
		return new SourcePage.Claim(new LocalText(claimText(citation, content, locale), null, false), locator);
	}

	/**
	 * A claim the interface words: another name, a date, an identifier in another archive, a
	 * place's coordinates or a relation.
	 */
	private String claimText(Citation citation, ContentLanguage content, Locale locale) {
		if (citation.getCoordinates() != null) {
			Coordinates point = citation.getCoordinates();
			String precision = messages.getMessage(EntryPage.CoordinatesLine.precisionKey(point.getPrecision()), null,
					locale);
			return messages.getMessage("claim.coordinates", new Object[] { point.inWords(locale), precision }, locale);
		}
		if (citation.getIdentifier() != null) {
			ExternalIdentifier identifier = citation.getIdentifier();
			return messages.getMessage("claim.identifier",
					new Object[] { identifier.getScheme().label(), identifier.getIdentifier() }, locale);
		}
		if (citation.getName() != null) {
			String kind = nameLabels.label(citation.getName(), locale);
			return messages.getMessage("claim.name", new Object[] { citation.getName().getName(), kind }, locale);
		}
		if (citation.getDateEntry() != null) {
			Entry entry = citation.getDateEntry();
			return messages.getMessage("claim.date",
					new Object[] { dateWords.words(entry.getDate().parsed(), locale) }, locale);
		}
		Relation relation = citation.getRelation();
		String label = messages.getMessage("relation." + relation.getKind() + ".out", null, locale);
		String role = relation.getRole() == null ? ""
				: messages.getMessage("claim.role", new Object[] { content.text(relation.getRole(), relation::roleIn).text() },
						locale);
		Entry object = relation.getObject();
		return messages.getMessage("claim.relation",
				new Object[] { label, content.name(object.getName(), object::nameIn).text(), role }, locale);
	}

}
