package org.mirarchive.model;

import java.util.Optional;

/**
 * One of the numbered blocks of ids a long list is read by (the sitemap's files): block 1 holds
 * ids 1 to {@code size}, block 2 the next {@code size}, and so on. A row stays in its block for
 * good, whatever is added or removed elsewhere, so a block changes only when one of its own rows
 * does, and the database reads a block as one range of the primary key however deep it lies. A
 * block holds at most {@code size} rows, fewer where ids were skipped or rows removed.
 *
 * <p>Queries number the block that holds an id {@code (id - 1) / size + 1}.
 */
public record IdBlock(long number, int size) {

	public IdBlock {
		if (number < 1 || size < 1) {
			throw new IllegalArgumentException("Blocks are counted from 1 and hold at least one id");
		}
	}

	/** The block a number in an address names ({@code 3} in {@code sitemap-entries-3.xml}), if it names one. */
	public static Optional<IdBlock> parse(String number, int size) {
		return number != null && Paging.NUMBER.matcher(number).matches()
				? Optional.of(new IdBlock(Long.parseLong(number), size)) : Optional.empty();
	}

	public long firstId() {
		return (number - 1) * size + 1;
	}

	public long lastId() {
		return number * size;
	}

}
