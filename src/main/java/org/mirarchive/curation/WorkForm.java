package org.mirarchive.curation;

import java.util.ArrayList;
import java.util.List;

import org.mirarchive.curation.WorkDraft.NoteDraft;
import org.mirarchive.curation.WorkDraft.UnknownDraft;

/**
 * A work's draft as the curators' form shows it, which works without JavaScript: a place for why
 * each field that may be unknown is empty, and one empty place more for a note; and the draft the
 * form sends back, text trimmed, blank text absent, the places left empty taken out.
 */
final class WorkForm {

	private WorkForm() {
	}

	/** The draft with a reason's place for every field that may lack a value, and an empty note to fill in. */
	static WorkDraft withPlaces(WorkDraft draft) {
		List<UnknownDraft> unknown = new ArrayList<>();
		for (String field : WorkRules.MAY_BE_UNKNOWN) {
			unknown.add(new UnknownDraft(field, draft.unknown()
				.stream()
				.filter(u -> field.equals(u.field()))
				.map(UnknownDraft::reason)
				.findFirst()
				.orElse(null)));
		}
		List<NoteDraft> notes = new ArrayList<>(draft.notes());
		notes.add(new NoteDraft(null, null, null, null));
		return new WorkDraft(draft.slug(), draft.kind(), draft.title(), draft.subtitle(), draft.author(),
				draft.authorEs(), draft.container(), draft.containerEs(), draft.publisher(), draft.place(),
				draft.placeEs(), draft.issued(), draft.url(), draft.accessed(), draft.accessedBefore(), draft.isbn(),
				draft.language(), draft.summary(), draft.summaryEs(), unknown, notes);
	}

	/** The draft a form sent: text trimmed, blank text absent, reasons not chosen and notes left empty taken out. */
	static WorkDraft filled(WorkDraft sent) {
		List<UnknownDraft> unknown = new ArrayList<>();
		for (UnknownDraft u : sent.unknown()) {
			if (u != null && clean(u.field()) != null && clean(u.reason()) != null) {
				unknown.add(new UnknownDraft(clean(u.field()), clean(u.reason())));
			}
		}
		List<NoteDraft> notes = new ArrayList<>();
		for (NoteDraft n : sent.notes()) {
			if (n == null) {
				continue;
			}
			NoteDraft tidied = new NoteDraft(n.id(), clean(n.kind()), clean(n.text()), clean(n.textEs()));
			// A note emptied of its text in both languages is taken out: that is how a curator removes it.
			if (tidied.text() != null || tidied.textEs() != null) {
				notes.add(tidied);
			}
		}
		return new WorkDraft(clean(sent.slug()), clean(sent.kind()), clean(sent.title()), clean(sent.subtitle()),
				clean(sent.author()), clean(sent.authorEs()), clean(sent.container()), clean(sent.containerEs()),
				clean(sent.publisher()), clean(sent.place()), clean(sent.placeEs()), clean(sent.issued()),
				clean(sent.url()), clean(sent.accessed()), clean(sent.accessedBefore()), clean(sent.isbn()),
				clean(sent.language()), clean(sent.summary()), clean(sent.summaryEs()), unknown, notes);
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
