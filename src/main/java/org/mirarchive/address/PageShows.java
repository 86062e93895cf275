package org.mirarchive.address;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.ServletRequest;

/**
 * What a page shows, said by the feature that renders it while it does, so that a copy kept of the
 * page is forgotten only by the changes that reach what it shows (as a shared cache's surrogate
 * keys are recorded with a page as it is rendered). A page that says nothing is taken to show
 * everything, and is forgotten at every change: a page says what it shows only where that is worth
 * keeping it across changes, and must name everything it shows, or be forgotten too late.
 *
 * <p>Kinds of entries are named as {@code EntryKind} names them ({@code "PERSON"}): entries sit
 * above the addresses, which may not know them.
 */
public final class PageShows {

	private static final String ATTRIBUTE = PageShows.class.getName();

	private PageShows() {
	}

	/**
	 * The page lists entries of a kind by their own records (name, date, summary, where a place
	 * is), and nothing of any other entry's: changes to entries of that kind reach it, changes that
	 * only other entries hold do not.
	 */
	public static void entriesOfKind(ServletRequest request, String kind) {
		declared(request).kinds.add(kind);
	}

	/**
	 * The page lists entries of a kind as {@link #entriesOfKind} does, and also when each last
	 * changed: a change also reaches it when it shows on the page of an entry of that kind (an entry
	 * related to a changed one says it changed then too).
	 */
	public static void entriesOfKindAndWhenChanged(ServletRequest request, String kind) {
		declared(request).changedKinds.add(kind);
	}

	/**
	 * The page shows the results of a search: the entries and works that match it (counted, listed
	 * or not) and nothing else. A change reaches it where it changed one of those, or where a
	 * changed entry or work matches it now ({@link SearchesReached}).
	 *
	 * @param query the search, as the feature that searches knows it again ({@link SearchesReached})
	 * @param entries the ids of every entry that matches it, or null if there are too many to name:
	 * every change to an entry then reaches the page
	 * @param works the ids of every work that matches it, or null if there are too many to name
	 */
	public static void searchResults(ServletRequest request, Object query, Collection<Long> entries,
			Collection<Long> works) {
		Declared declared = declared(request);
		// Two searches on one page: it is taken to show everything. The same one read again
		// (forgiving typos) replaces what it matched before.
		declared.everything |= declared.search != null && !declared.search.query().equals(query);
		declared.search = new Search(query, entries == null ? null : Set.copyOf(entries),
				works == null ? null : Set.copyOf(works));
	}

	/** What the page rendered for this request said it shows, or empty if it said nothing: it shows everything. */
	public static Optional<Shown> of(ServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof Declared declared && !declared.everything) {
			return Optional.of(new Shown(Set.copyOf(declared.kinds), Set.copyOf(declared.changedKinds), declared.search));
		}
		return Optional.empty();
	}

	private static Declared declared(ServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof Declared declared) {
			return declared;
		}
		Declared declared = new Declared();
		request.setAttribute(ATTRIBUTE, declared);
		return declared;
	}

	/** What a page is saying it shows, as it is rendered. */
	private static final class Declared {

		private final Set<String> kinds = new HashSet<>();

		private final Set<String> changedKinds = new HashSet<>();

		private Search search;

		private boolean everything;

	}

	/**
	 * What a page said it shows.
	 *
	 * @param kinds the kinds whose entries it lists by their own records
	 * @param changedKinds the kinds whose entries it lists with when each last changed
	 * @param search the search whose results it shows, or null
	 */
	public record Shown(Set<String> kinds, Set<String> changedKinds, Search search) {
	}

	/**
	 * A search whose results a page shows.
	 *
	 * @param query the search, as its feature knows it
	 * @param entries the ids of the entries matching it, or null: too many to name
	 * @param works the ids of the works matching it, or null: too many to name
	 */
	public record Search(Object query, Set<Long> entries, Set<Long> works) {
	}

}
