package org.mirarchive.entry;

import java.util.List;

import org.mirarchive.model.DateText;

/**
 * Everything an entry page shows, assembled and numbered in reading order: names, date,
 * statements with their editorial notes, relations from both ends, and the References list.
 * Each claim carries the numbers of its footnotes. {@code record} holds the same claims as data,
 * from which the page's JSON-LD is written.
 */
public record EntryPage(Entry entry, List<NameLine> names, DateLine date, List<StatementLine> statements,
		List<RelationGroup> relations, List<Footnotes.Reference> references, EntryRecord record) {

	public record NameLine(EntryName name, List<Integer> refs) {
	}

	public record DateLine(DateText text, List<Integer> refs) {
	}

	public record StatementLine(Statement statement, List<Integer> refs, List<NoteLine> notes) {
	}

	public record NoteLine(EditorialNote note, List<Integer> refs) {
	}

	/** Relations of one kind seen from this entry's side, under a heading from the messages. */
	public record RelationGroup(String headingKey, List<RelationLine> lines) {
	}

	/**
	 * The entry at the other end, what it (or this entry) was in the relation, the relation's
	 * date, and, for an event, the event's own date.
	 */
	public record RelationLine(String name, String url, String role, DateText date, DateText otherDate,
			List<Integer> refs) {
	}

}
