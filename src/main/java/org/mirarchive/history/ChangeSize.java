package org.mirarchive.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.mirarchive.curation.EntryDraft;

/**
 * How much a revision changed an entry, in claims a reader can count: the headword, the summary,
 * the date, and each other name, statement and relation (each with its translations and
 * citations). Counted by comparing the entry as the revision left it with the entry before it.
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
		Map<String, Object> old = claims(before);
		Map<String, Object> now = claims(after);
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
		draft.statements().forEach(statement -> claims.put("statement " + key(statement.id(), statement.text()), statement));
		draft.relations().forEach(relation -> claims.put("relation " + key(relation.id(), relation.other()), relation));
		return claims;
	}

	/** A published claim by its id; one not yet published (no id) by what it says. */
	private static String key(Long id, String text) {
		return id != null ? id.toString() : "new " + text;
	}

}
