package org.mirarchive.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The list page a reader asked for: {@code ?page=3}, counted from 1, {@value #SIZE} lines a
 * list page, and the pager that links it to the others. A value that names no list page (not a
 * number, zero, negative, beyond the last list page) gives no paging, which pages answer with the
 * 404 page. The order is the query's: every paged query ends its order with a unique key, so
 * that a line never moves between list pages.
 *
 * <pre>
 * Paging paging = Paging.parse(page).orElseThrow(notFound);
 * ListPage&lt;Source&gt; found = paging.listPage(sources.findIdsInOrder(paging.pageable()), sources::findAllById,
 * 		Source::getId, count);
 * model.addAttribute("pager", paging.pager(found, "/sources").orElseThrow(notFound));
 * </pre>
 * and in the template {@code <nav th:replace="~{fragments/parts :: pager (${pager})}"></nav>}.
 */
public record Paging(int number, int size) {

	/** Lines a list page: enough to scan, few enough to stay quick on a phone. */
	public static final int SIZE = 50;

	/** A list page's number as links write it: no sign, no leading zero, small enough for an int. */
	static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

	public Paging {
		if (number < 1 || size < 1) {
			throw new IllegalArgumentException("List pages are counted from 1 and hold at least one line");
		}
	}

	/**
	 * The list page of {@value #SIZE} lines a {@code page} request parameter names, if it names
	 * one; none given is the first.
	 */
	public static Optional<Paging> parse(String page) {
		return parse(page, SIZE);
	}

	/** The list page of {@code size} lines a {@code page} request parameter names, if it names one. */
	public static Optional<Paging> parse(String page, int size) {
		if (page == null) {
			return Optional.of(new Paging(1, size));
		}
		return NUMBER.matcher(page).matches() ? Optional.of(new Paging(Integer.parseInt(page), size))
				: Optional.empty();
	}

	/** The rows to ask the database for; the order is the repository query's. */
	public Pageable pageable() {
		return PageRequest.of(number - 1, size);
	}

	/** The same list page, of a list in this order. */
	public Pageable pageable(Sort order) {
		return PageRequest.of(number - 1, size, order);
	}

	/** How many lines of the list come before this list page's. */
	public long offset() {
		return (long) (number - 1) * size;
	}

	/** How many list pages a list of {@code total} lines fills: an empty list is one empty list page. */
	public int pages(long total) {
		return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (total + size - 1) / size));
	}

	/** Whether a list of {@code total} lines has this list page. */
	public boolean within(long total) {
		return number <= pages(total);
	}

	/**
	 * The list page's rows, read in two steps that stay cheap however deep the list page lies:
	 * {@code ids} are its ids in the list's order (a query that the database answers from an
	 * index alone, skipping the earlier list pages' index entries, not their rows), then
	 * {@code rows} loads the rows with those ids, which are put back in that order.
	 * @param total how many lines the whole list has
	 */
	public <T> ListPage<T> listPage(List<Long> ids, Function<List<Long>, List<T>> rows, Function<T, Long> id,
			long total) {
		Map<Long, Integer> order = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			order.put(ids.get(i), i);
		}
		List<T> found = ids.isEmpty() ? List.of()
				: rows.apply(ids).stream().sorted(Comparator.comparing(row -> order.get(id.apply(row)))).toList();
		return new ListPage<>(found, this, total);
	}

	/** The pager of this list page of a list at a path with no other parameters. */
	public Optional<Pager> pager(ListPage<?> page, String path) {
		return pager(page, path, Map.of());
	}

	/**
	 * The pager of this list page of a list; {@code parameters} are the list's others (a search's
	 * {@code q}), which every link keeps. Empty when this list page lies beyond the last one.
	 */
	public Optional<Pager> pager(ListPage<?> page, String path, Map<String, String> parameters) {
		if (!within(page.total())) {
			return Optional.empty();
		}
		int pages = pages(page.total());
		long from = offset() + 1;
		return Optional.of(new Pager(number, pages, page.total(), from, from - 1 + page.lines().size(),
				number > 1 ? href(path, parameters, 1) : null,
				number > 1 ? href(path, parameters, number - 1) : null,
				number < pages ? href(path, parameters, number + 1) : null,
				number < pages ? href(path, parameters, pages) : null));
	}

	/**
	 * The address of a list page of the list at a path with no other parameters, as the pager
	 * links it: the first list page's has no {@code page} parameter.
	 */
	public static String href(String path, int number) {
		return href(path, Map.of(), number);
	}

	/**
	 * The address of a list page of the list at a path whose other parameters ({@code parameters},
	 * in order) every list page keeps. The first list page has no {@code page} parameter, so that
	 * each list has one address for it.
	 */
	public static String href(String path, Map<String, String> parameters, int number) {
		Map<String, String> query = new LinkedHashMap<>(parameters);
		if (number > 1) {
			query.put("page", String.valueOf(number));
		}
		StringJoiner joined = new StringJoiner("&", path + "?", "").setEmptyValue(path);
		query.forEach((name, value) -> joined
			.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return joined.toString();
	}

	/**
	 * What the pager shows: list page {@code number} of {@code pages}, lines {@code from} to
	 * {@code to} of {@code total}, and links to the first, previous, next and last list pages
	 * (null where there is none, on the first or last list page).
	 */
	public record Pager(int number, int pages, long total, long from, long to, String first, String previous,
			String next, String last) {

		/** Whether the list needs a pager at all. */
		public boolean isPaged() {
			return pages > 1;
		}

	}

}
