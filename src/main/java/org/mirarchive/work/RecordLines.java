package org.mirarchive.work;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.DateText;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.HistoricalDate;
import org.mirarchive.model.LocalText;

/**
 * A work's bibliographic record as its page lays it out, field by field and note by note, in the
 * reader's language where the archive's words are translated: for the work's page as it is and
 * for its page as a past revision left it (the same lines, so that the two read alike).
 */
@Component
public class RecordLines {

	private final DateWords dateWords;

	RecordLines(DateWords dateWords) {
		this.dateWords = dateWords;
	}

	/**
	 * A field of the bibliographic record, labelled by its name ({@code source.field.<name>}): its
	 * value as text (in the reader's language where the archive's words are translated) or as a
	 * date; or, where the record does not know it, why ({@code source.unknown.<reason>}).
	 * @param before whether the date is the day before which the work was read (its day not recorded)
	 */
	public record FieldLine(String name, LocalText text, DateText date, boolean before, String unknown) {
	}

	/** A further field of the bibliographic record, labelled by its kind. */
	public record NoteLine(SourceNote.Kind kind, LocalText text) {
	}

	/**
	 * The record's fields after its title: each that the work has or that the record says it does
	 * not know, in the order of a citation; the archive's own words in the reader's language.
	 */
	public List<FieldLine> fields(Source source, Locale locale) {
		ContentLanguage content = new ContentLanguage(locale);
		List<FieldLine> fields = new ArrayList<>();
		text(fields, source, RecordField.AUTHOR, "author", content.name(source.getAuthor(), source::authorIn));
		text(fields, source, null, "container", content.name(source.getContainer(), source::containerIn));
		text(fields, source, RecordField.PUBLISHER, "publisher", content.name(source.getPublisher(), l -> null));
		text(fields, source, RecordField.PLACE, "place", content.name(source.getPlace(), source::placeIn));
		DateText issued = source.issuedDate().map(date -> dateWords.text(date, locale)).orElse(null);
		date(fields, source, RecordField.ISSUED, "issued", issued, false);
		text(fields, source, RecordField.ISBN, "isbn", content.name(source.getIsbn(), l -> null));
		Optional<HistoricalDate> before = source.accessedBeforeDate();
		date(fields, source, RecordField.ACCESSED, "accessed",
				before.or(source::accessedDate).map(date -> dateWords.text(date, locale)).orElse(null),
				before.isPresent());
		String language = source.getLanguage() == null ? null
				: Locale.forLanguageTag(source.getLanguage()).getDisplayLanguage(locale);
		text(fields, source, RecordField.LANGUAGE, "language",
				language == null ? null : new LocalText(language, null, false));
		return fields;
	}

	/** The record's notes in their order, each in the reader's language where translated. */
	public List<NoteLine> notes(Source source, Locale locale) {
		ContentLanguage content = new ContentLanguage(locale);
		// Sorted here too: a work read as a past revision left it has its notes in no set order.
		return source.getNotes()
			.stream()
			.sorted(Comparator.comparingInt(SourceNote::getPosition))
			.map(note -> new NoteLine(note.getKind(), content.text(note.getText(), note::textIn)))
			.toList();
	}

	private static void text(List<FieldLine> fields, Source source, RecordField field, String name, LocalText value) {
		field(fields, source, field, name, value == null ? null : new FieldLine(name, value, null, false, null));
	}

	private static void date(List<FieldLine> fields, Source source, RecordField field, String name, DateText value,
			boolean before) {
		field(fields, source, field, name, value == null ? null : new FieldLine(name, null, value, before, null));
	}

	/** The field's line where it has a value, else the record's reason for not knowing it, if it gives one. */
	private static void field(List<FieldLine> fields, Source source, RecordField field, String name, FieldLine value) {
		RecordField.Unknown unknown = field == null ? null : source.unknown(field);
		if (value != null) {
			fields.add(value);
		}
		else if (unknown != null) {
			fields.add(new FieldLine(name, null, null, false, unknown.name()));
		}
	}

}
