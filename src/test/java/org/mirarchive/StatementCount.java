package org.mirarchive;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements the archive prepares while it answers a request, from Hibernate's
 * statistics (switched on for {@link ArchiveWebTest}s). Tests run one request at a time, so
 * what is counted is that request's.
 */
public final class StatementCount {

	/**
	 * The most statements the home page may run: when entries and works last changed (for
	 * conditional requests), the article, and, once a minute, the counts of entries and works.
	 */
	public static final int HOME = 5;

	/**
	 * The most a list page may run: when the list last changed, the ids of the list page's lines
	 * (from an index alone), the lines, and, once a minute, how many lines the whole list has.
	 */
	public static final int LIST = 4;

	/**
	 * The most the timeline may run: a list's, and the people and organizations its filter
	 * offers in menus (while there are few enough for a menu).
	 */
	public static final int TIMELINE = LIST + 2;

	/**
	 * The most an entry page may run: when it last changed; the entry; its names, date,
	 * statements and notes, each with their citations (works and passages come with them); its
	 * relations from either end with theirs; the sections of the quoted works, for locators.
	 * Collections load by batches of 100, so this does not grow with the archive, only with an
	 * entry of hundreds of claims.
	 */
	public static final int ENTRY = 14;

	/**
	 * What an entry page may run more in another language than English: the translations of its
	 * editorial notes, of its quotations and of the headings the archive supplied for the quoted
	 * sections, a batch of each (the entry's own, its statements' and its relations' come with
	 * them); and for its References list, the translations of the free locators ("capítulo sobre la
	 * JCR") and of the cited works' own words (a site named in words), a batch each. However much or
	 * little the archive has translated.
	 */
	public static final int ENTRY_TRANSLATED = 5;

	/**
	 * What a place's or an event's page may run more for its map: every place with cited
	 * coordinates, with the translations of their names, in one query (entry.PlacesOnMap).
	 */
	public static final int MAP = 1;

	/**
	 * What a place's page may run more for its coordinates: their citations and notes, read apart
	 * from the entry and only where it has coordinates (entry.EntryRepository#findByKindAndSlug),
	 * since joined to an entry without them H2 sought them by a null key through every citation.
	 */
	public static final int POINTS = 1;

	/** An entry page's allowance for its coordinates: only places have them. */
	public static int points(String path) {
		return path.startsWith("/places/") ? POINTS : 0;
	}

	/** An entry page's allowance for its map: places and events draw one. */
	public static int map(String path) {
		return path.startsWith("/places/") || path.startsWith("/events/") ? MAP : 0;
	}

	/**
	 * The most a source page may run: when it last changed, and when any entry did (it lists what
	 * cites it), the work, its record's notes, its citations with their claims, the sections of the
	 * work, the fields its record does not know.
	 */
	public static final int SOURCE = 7;

	/**
	 * The most a list page of the API's lists may run: the ids of its items (from an index
	 * alone), the items, the notes of works' records, and, once a minute, how many the list holds.
	 */
	public static final int API_LIST = 4;

	/**
	 * The most a sitemap file may run, whatever the archive's size: the index, when entries, works
	 * and reading paths last changed and which blocks of ids hold them (each with its latest
	 * change); the pages' file, when each kind of entry, the works and the paths last changed, and
	 * the paths' addresses; a file of entries or works, its block's addresses.
	 */
	public static final int SITEMAP = 5;

	/**
	 * The most the whole-archive download may run once it is built, however large the archive:
	 * when entries and works last changed, to know that the file kept is still the archive's.
	 * Building it runs more, once for each change.
	 */
	public static final int DOWNLOAD = 2;

	private final Statistics statistics;

	public StatementCount(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	/**
	 * The statements prepared while rendering a page; the page must be a 200. Asked for afresh
	 * (as by a forced reload), so that a copy kept by {@code web.PageCache} does not stand in.
	 */
	public long of(Browser browser, String path) {
		statistics.clear();
		Browser.Answer page = browser.get(path, "text/html", "Cache-Control", "no-cache");
		if (page.status() != 200) {
			throw new AssertionError(path + " answered " + page.status());
		}
		return statistics.getPrepareStatementCount();
	}

}
