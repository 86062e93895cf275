package org.mirarchive.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page of results a reader asked for and the links to the others. Whatever arrives as the
 * page number (nothing, a word, zero, a negative or a twenty-digit number) gives a page: anything
 * that is not a page number means the first page, and a page past the end says so.
 *
 * @param requested the page asked for, from 1
 * @param pages how many pages the results fill (0 when there are none)
 * @param total how many results there are
 */
public record Paging(int requested, int pages, long total) {

	static final int PAGE_SIZE = 20;

	/** Pages listed on each side of the current one before the list is cut with a gap. */
	private static final int AROUND = 2;

	/** A link to a page, or a gap (number null) where pages are left out. */
	public record Link(Integer number, boolean current) {
	}

	static Paging of(String requested, long total) {
		int pages = (int) Math.min(Integer.MAX_VALUE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		return new Paging(parse(requested), pages, total);
	}

	/** The page number a reader asked for; anything else is page 1. */
	static int parse(String requested) {
		if (requested == null || !requested.strip().matches("\\+?[0-9]+")) {
			return 1;
		}
		String digits = requested.strip().replaceFirst("^\\+?0*", "");
		if (digits.isEmpty()) {
			return 1;
		}
		if (digits.length() > 9) {
			return Integer.MAX_VALUE;
		}
		return Math.max(1, Integer.parseInt(digits));
	}

	/** Whether the page asked for lies beyond the last page of results. */
	public boolean pastEnd() {
		return requested > Math.max(pages, 1);
	}

	/** Index of the first result on the page. */
	int offset() {
		return (requested - 1) * PAGE_SIZE;
	}

	/** Number of the first result shown, from 1. */
	public long first() {
		return (long) offset() + 1;
	}

	/** Number of the last result shown. */
	public long last() {
		return Math.min(total, (long) requested * PAGE_SIZE);
	}

	public boolean hasPrevious() {
		return requested > 1 && !pastEnd();
	}

	public boolean hasNext() {
		return requested < pages;
	}

	/** The first, the last and the pages around the current one, with gaps between. */
	public List<Link> links() {
		List<Link> links = new ArrayList<>();
		if (pages <= 1 || pastEnd()) {
			return links;
		}
		int from = Math.max(1, requested - AROUND);
		int to = Math.min(pages, requested + AROUND);
		if (from > 1) {
			links.add(new Link(1, false));
			if (from > 2) {
				links.add(new Link(null, false));
			}
		}
		for (int n = from; n <= to; n++) {
			links.add(new Link(n, n == requested));
		}
		if (to < pages) {
			if (to < pages - 1) {
				links.add(new Link(null, false));
			}
			links.add(new Link(pages, false));
		}
		return links;
	}

}
