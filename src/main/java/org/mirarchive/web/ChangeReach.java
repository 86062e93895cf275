package org.mirarchive.web;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.function.Predicate;

import org.mirarchive.address.PageShows;

/**
 * What a committed change reaches, as the kept pages are forgotten by it ({@link PageCache#forget}):
 * which entries' pages show it, which kinds of entries it touched, which entries and works it
 * changed themselves. Worked out as the database holds the change ({@link PageCaching}).
 *
 * @param everything whether it may show on any page: every page is forgotten
 * @param slugs the entries whose pages show it
 * @param touchedKinds the kinds of the entries whose own records it changed
 * @param showingKinds the kinds of the entries whose pages show it, and which say they changed with it
 * @param entries the ids of the entries whose own records it changed: a search's results show an
 * entry's own record, and the index holds nothing else of it
 * @param works the ids of the works whose records it changed (a quotation added leaves its work's as it was)
 */
record ChangeReach(boolean everything, Set<String> slugs, Set<String> touchedKinds, Set<String> showingKinds,
		Set<Long> entries, Set<Long> works) {

	/** A change that may show on any page. */
	static final ChangeReach EVERYTHING = new ChangeReach(true, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

	ChangeReach {
		slugs = Set.copyOf(slugs);
		touchedKinds = Set.copyOf(touchedKinds);
		showingKinds = Set.copyOf(showingKinds);
		entries = Set.copyOf(entries);
		works = Set.copyOf(works);
	}

	/**
	 * Whether a kept page is to be forgotten. An entry's page, by its address, when the change shows
	 * on it; any other page by what it said it shows as it was rendered ({@link PageShows}): one that
	 * said nothing (or is still being rendered) always; a list of a kind of entries when the change
	 * touched one of that kind (or, for a list that says when each changed, showed on the page of
	 * one); a search's results when the change touched an entry or work among them, or one that now
	 * matches the search.
	 *
	 * @param entrySlug the slug of the entry whose page it is, or null if it is no one entry's
	 * @param shown what the page said it shows, or null: everything
	 * @param searchReached whether a changed entry or work matches a search now, or may
	 */
	boolean forgets(String entrySlug, PageShows.Shown shown, Predicate<Object> searchReached) {
		if (this.everything) {
			return true;
		}
		if (entrySlug != null) {
			return this.slugs.contains(entrySlug);
		}
		if (shown == null) {
			return true;
		}
		if (meets(shown.kinds(), this.touchedKinds) || meets(shown.changedKinds(), this.showingKinds)) {
			return true;
		}
		PageShows.Search search = shown.search();
		if (search == null) {
			return false;
		}
		return reaches(search.entries(), this.entries) || reaches(search.works(), this.works)
				|| ((!this.entries.isEmpty() || !this.works.isEmpty()) && searchReached.test(search.query()));
	}

	/** Whether the change touched one of the results (null: too many to name, and so any). */
	private static boolean reaches(Set<Long> results, Set<Long> changed) {
		return !changed.isEmpty() && (results == null || meets(results, changed));
	}

	private static <T> boolean meets(Collection<T> one, Collection<T> other) {
		return !Collections.disjoint(one, other);
	}

}
