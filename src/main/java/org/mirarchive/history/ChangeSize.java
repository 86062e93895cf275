package org.mirarchive.history;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.mirarchive.curation.EntryDraft;
import org.mirarchive.curation.WorkDraft;

/**
 * How much a revision changed an entry, in claims a reader can count: the headword, the summary,
 * the date, and each other name, statement and relation (each with its translations and
 * citations); or a work's record, field by field and note by note. Counted by comparing the entry
 * or work as the revision left it with the one before it.
 *
 * @param added claims the revision made
 * @param changed claims it changed
 * @param removed claims it took away
 */
public record ChangeSize(int added, int changed, int removed) {

	/** Nothing changed (a revision that touched only what a page does not show). */
	public static final ChangeSize NONE = new ChangeSize(0, 0, 0);

	/**
	 * The change from one state of an entry to the next; either may be null, for an entry not yet
	 * made or one removed.
	 */
	public static ChangeSize between(EntryDraft before, EntryDraft after) {
		return between(claims(before), claims(after));
	}

	/**
	 * The change from one state of a work's record to the next, counted as a work's page shows it:
	 * each field of the record (with its Spanish words), each field declared unknown, each note.
	 * Either may be null, for a work not yet made.
	 */
	public static ChangeSize between(WorkDraft before, WorkDraft after) {
		return between(claims(before), claims(after));
	}

	private static ChangeSize between(Map<String, Object> old, Map<String, Object> now) {
		int added = 0;
		int changed = 0;
		int removed = 0;
		for (Map.Entry<String, Object> claim : now.entrySet()) {
			if (!old.containsKey(claim.getKey())) {
				added++;
			}
			else if (!Objects.equals(old.get(claim.getKey()), claim.getValue())) {
				changed++;
			}
		}
		for (String key : old.keySet()) {
			if (!now.containsKey(key)) {
				removed++;
			}
		}
		return new ChangeSize(added, changed, removed);
	}

	/** Whether the revision changed no claim. */
	public boolean isEmpty() {
		return added == 0 && changed == 0 && removed == 0;
	}

	/** Each claim of a draft by a key that stays the same across revisions, with what it says. */
	private static Map<String, Object> claims(EntryDraft draft) {
		Map<String, Object> claims = new LinkedHashMap<>();
		if (draft == null) {
			return claims;
		}
		claims.put("headword", List.of(String.valueOf(draft.name()), String.valueOf(draft.nameEs())));
		if (draft.summary() != null) {
			claims.put("summary", List.of(draft.summary(), String.valueOf(draft.summaryEs())));
		}
		if (draft.date().isPresent()) {
			claims.put("date", draft.date());
		}
		draft.names().forEach(name -> claims.put("name " + key(name.id(), name.form()), name));
		draft.identifiersOrNone()
			.forEach(identifier -> claims.put("identifier " + key(identifier.id(), identifier.identifier()), identifier));
		draft.statements().forEach(statement -> claims.put("statement " + key(statement.id(), statement.text()), statement));
		draft.relations().forEach(relation -> claims.put("relation " + key(relation.id(), relation.other()), relation));
		return claims;
	}

	/** Each field, declaration and note of a work's record by a key that stays the same across revisions. */
	private static Map<String, Object> claims(WorkDraft draft) {
		Map<String, Object> claims = new LinkedHashMap<>();
		if (draft == null) {
			return claims;
		}
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("kind", Arrays.asList(draft.kind()));
		fields.put("title", Arrays.asList(draft.title()));
		fields.put("subtitle", Arrays.asList(draft.subtitle()));
		fields.put("summary", Arrays.asList(draft.summary(), draft.summaryEs()));
		fields.put("author", Arrays.asList(draft.author(), draft.authorEs()));
		fields.put("container", Arrays.asList(draft.container(), draft.containerEs()));
		fields.put("publisher", Arrays.asList(draft.publisher()));
		fields.put("place", Arrays.asList(draft.place(), draft.placeEs()));
		fields.put("issued", Arrays.asList(draft.issued()));
		fields.put("url", Arrays.asList(draft.url()));
		fields.put("accessed", Arrays.asList(draft.accessed(), draft.accessedBefore()));
		fields.put("isbn", Arrays.asList(draft.isbn()));
		fields.put("language", Arrays.asList(draft.language()));
		// A field the record leaves empty is no claim, in whatever language.
		fields.forEach((name, values) -> {
			if (values.stream().anyMatch(Objects::nonNull)) {
				claims.put(name, values);
			}
		});
		draft.unknown().forEach(unknown -> claims.put("unknown " + unknown.field(), unknown.reason()));
		draft.notes().forEach(note -> claims.put("note " + key(note.id(), note.text()), note));
		return claims;
	}

	/** A published claim by its id; one not yet published (no id) by what it says. */
	private static String key(Long id, String text) {
		return id != null ? id.toString() : "new " + text;
	}

}
