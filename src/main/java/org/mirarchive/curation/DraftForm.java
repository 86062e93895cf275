package org.mirarchive.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.mirarchive.curation.EntryDraft.CitationDraft;
import org.mirarchive.curation.EntryDraft.CoordinatesDraft;
import org.mirarchive.curation.EntryDraft.DateDraft;
import org.mirarchive.curation.EntryDraft.IdentifierDraft;
import org.mirarchive.curation.EntryDraft.NameDraft;
import org.mirarchive.curation.EntryDraft.NoteDraft;
import org.mirarchive.curation.EntryDraft.RelationDraft;
import org.mirarchive.curation.EntryDraft.StatementDraft;

/**
 * A draft as the curators' form shows it, which works without JavaScript: one empty place more
 * for each kind of claim and for each claim's citations, to fill in; and the draft the form
 * sends back, with the places left empty taken out again. A claim emptied of everything is
 * taken out too: that is how a curator removes it.
 */
final class DraftForm {

	private static final CitationDraft NO_CITATION = new CitationDraft(null, null, null);

	private static final NoteDraft NO_NOTE = new NoteDraft(null, null, null, null, List.of(NO_CITATION));

	private DraftForm() {
	}

	/** The draft with an empty place after each list, to fill in. */
	static EntryDraft withPlaces(EntryDraft draft) {
		return new EntryDraft(draft.kind(), draft.slug(), draft.name(), draft.nameEs(), draft.summary(),
				draft.summaryEs(), new DateDraft(draft.date().edtf(), plusOne(draft.date().citations(), NO_CITATION),
						notePlaces(draft.date().notes())),
				plusOne(draft.names().stream()
					.map(n -> new NameDraft(n.id(), n.kind(), n.form(), n.lang(), plusOne(n.citations(), NO_CITATION)))
					.toList(), new NameDraft(null, null, null, null, List.of(NO_CITATION))),
				plusOne(draft.statements().stream()
					.map(s -> new StatementDraft(s.id(), s.text(), s.textEs(), plusOne(s.citations(), NO_CITATION),
							notePlaces(s.notes())))
					.toList(), new StatementDraft(null, null, null, List.of(NO_CITATION), List.of(NO_NOTE))),
				plusOne(draft.relations().stream()
					.map(r -> new RelationDraft(r.id(), r.kind(), r.subject(), r.other(), r.role(), r.roleEs(), r.edtf(),
							plusOne(r.citations(), NO_CITATION), notePlaces(r.notes())))
					.toList(),
						new RelationDraft(null, null, true, null, null, null, null, List.of(NO_CITATION), List.of(NO_NOTE))),
				draft.contentNote(),
				plusOne(draft.identifiersOrNone().stream()
					.map(i -> new IdentifierDraft(i.id(), i.scheme(), i.identifier(), plusOne(i.citations(), NO_CITATION)))
					.toList(), new IdentifierDraft(null, null, null, List.of(NO_CITATION))),
				coordinatesPlaces(draft.coordinatesOrNone()));
	}

	/** A place's point with a place for one citation more and one note more (a place shows these). */
	private static CoordinatesDraft coordinatesPlaces(CoordinatesDraft point) {
		return new CoordinatesDraft(point.id(), point.latitude(), point.longitude(), point.precision(),
				plusOne(point.citations(), NO_CITATION), notePlaces(point.notes()));
	}

	/** A claim's notes, each with an empty place for a citation more, and an empty note after them. */
	private static List<NoteDraft> notePlaces(List<NoteDraft> notes) {
		return plusOne(notes.stream()
			.map(n -> new NoteDraft(n.id(), n.kind(), n.text(), n.textEs(), plusOne(n.citations(), NO_CITATION)))
			.toList(), NO_NOTE);
	}

	/**
	 * The draft a form sent, without the places left empty; text trimmed, blank text absent. The
	 * form's content-note box sends nothing when it is not ticked: the entry then has no content note.
	 */
	static EntryDraft filled(EntryDraft sent) {
		return new EntryDraft(sent.kind(), blankToNull(sent.slug()), blankToNull(sent.name()), blankToNull(sent.nameEs()),
				blankToNull(sent.summary()), blankToNull(sent.summaryEs()),
				new DateDraft(blankToNull(sent.date().edtf()), citations(sent.date().citations()), notes(sent.date().notes())),
				kept(sent.names(), n -> new NameDraft(n.id(), blankToNull(n.kind()), blankToNull(n.form()),
						blankToNull(n.lang()), citations(n.citations())),
						n -> n.form() != null || !n.citations().isEmpty()),
				kept(sent.statements(), s -> new StatementDraft(s.id(), blankToNull(s.text()), blankToNull(s.textEs()),
						citations(s.citations()), notes(s.notes())),
						s -> s.text() != null || s.textEs() != null || !s.citations().isEmpty()),
				kept(sent.relations(), r -> new RelationDraft(r.id(), blankToNull(r.kind()), r.subject(),
						blankToNull(r.other()), blankToNull(r.role()), blankToNull(r.roleEs()), blankToNull(r.edtf()),
						citations(r.citations()), notes(r.notes())),
						r -> r.kind() != null || r.other() != null || !r.citations().isEmpty()),
				Boolean.TRUE.equals(sent.contentNote()),
				// A form without the identifiers' places (an event's, a place's) says nothing of them.
				sent.hasIdentifiers() ? kept(sent.identifiers(),
						i -> new IdentifierDraft(i.id(), blankToNull(i.scheme()), blankToNull(i.identifier()),
								citations(i.citations())),
						i -> i.identifier() != null || !i.citations().isEmpty()) : null,
				// Only a place's form has the coordinates' places; emptied, they remove the point.
				sent.hasCoordinates() ? point(sent.coordinates()) : null);
	}

	/** The point a place's form sent: none where everything of it was left empty. */
	private static CoordinatesDraft point(CoordinatesDraft sent) {
		CoordinatesDraft point = new CoordinatesDraft(sent.id(), blankToNull(sent.latitude()),
				blankToNull(sent.longitude()), blankToNull(sent.precision()), citations(sent.citations()),
				notes(sent.notes()));
		return point.hasPoint() ? point : CoordinatesDraft.NONE;
	}

	/**
	 * A claim's notes as sent: a note emptied of its texts and citations is taken out (its kind
	 * alone, a choice the form always shows, keeps nothing).
	 */
	private static List<NoteDraft> notes(List<NoteDraft> sent) {
		return kept(sent, n -> new NoteDraft(n.id(), blankToNull(n.kind()), blankToNull(n.text()), blankToNull(n.textEs()),
				citations(n.citations())), n -> n.text() != null || n.textEs() != null || !n.citations().isEmpty());
	}

	private static List<CitationDraft> citations(List<CitationDraft> sent) {
		return kept(sent,
				c -> new CitationDraft(blankToNull(c.work()), blankToNull(c.locator()), blankToNull(c.quotation())),
				c -> c.work() != null || c.locator() != null || c.quotation() != null);
	}

	/** The items the form filled in: each tidied, those with nothing of their own left out (nulls too). */
	private static <T> List<T> kept(List<T> sent, Function<T, T> tidy, Predicate<T> filled) {
		List<T> kept = new ArrayList<>();
		for (T item : sent) {
			if (item != null) {
				T tidied = tidy.apply(item);
				if (filled.test(tidied)) {
					kept.add(tidied);
				}
			}
		}
		return kept;
	}

	private static <T> List<T> plusOne(List<T> items, T empty) {
		List<T> more = new ArrayList<>(items);
		more.add(empty);
		return more;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
