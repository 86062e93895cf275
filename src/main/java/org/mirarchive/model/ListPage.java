package org.mirarchive.model;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * One list page: the lines it shows, in the list's order, which list page it is, and how many
 * lines the whole list holds (so how many list pages there are). Made by {@link Paging}.
 *
 * @param lines the list page's lines; none on a list page past the last, or of an empty list
 * @param paging which list page this is, and how many lines a list page holds
 * @param total how many lines the whole list holds
 */
public record ListPage<T>(List<T> lines, Paging paging, long total) implements Iterable<T> {

	public ListPage {
		lines = List.copyOf(lines);
	}

	/** The list page's number, from 1. */
	public int number() {
		return paging.number();
	}

	/** How many list pages the list fills: an empty list is one empty list page. */
	public int pages() {
		return paging.pages(total);
	}

	/** The same list page with each line made into another (an entry into what the API says of it). */
	public <R> ListPage<R> map(Function<? super T, ? extends R> line) {
		return new ListPage<>(lines.stream().<R>map(line).toList(), paging, total);
	}

	@Override
	public Iterator<T> iterator() {
		return lines.iterator();
	}

}
