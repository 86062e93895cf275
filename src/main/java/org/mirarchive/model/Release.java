package org.mirarchive.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Objects;

/**
 * The running release of the archive and when it was built, which dates every page as much as
 * its data does: templates, messages and code change only with a new release, and so does the
 * data, whose migrations ship inside it.
 */
public record Release(Instant built) {

	public Release {
		Objects.requireNonNull(built, "built");
	}

	/**
	 * When a page built from data that last changed at {@code dataChanged} last changed as a whole:
	 * the latest of those times and this release (a time not known is null and counts for
	 * nothing). Pages send it as {@code Last-Modified}.
	 */
	public Instant pageChanged(OffsetDateTime... dataChanged) {
		return Arrays.stream(dataChanged)
			.filter(Objects::nonNull)
			.map(OffsetDateTime::toInstant)
			.reduce(built, (a, b) -> b.isAfter(a) ? b : a);
	}

	/** The same, in the milliseconds {@code WebRequest.checkNotModified} takes. */
	public long pageChangedMillis(OffsetDateTime... dataChanged) {
		return pageChanged(dataChanged).toEpochMilli();
	}

}
