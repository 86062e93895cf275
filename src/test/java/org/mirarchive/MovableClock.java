package org.mirarchive;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Primary;

/**
 * The archive's clock in an {@link EditedArchiveWebTest}: the system's (in UTC) until a test sets
 * it, for instance to a minute before midnight to see what changes with the day. A test that sets
 * it puts it back with {@link #reset()} when it ends, since the context is shared.
 */
@Primary
public final class MovableClock extends Clock {

	private volatile Instant setTo;

	/** From now on the archive reads this instant, until set again or reset. */
	public void set(Instant instant) {
		setTo = instant;
	}

	/** Back to the system's clock. */
	public void reset() {
		setTo = null;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		Instant instant = setTo;
		return instant == null ? Instant.now() : instant;
	}

}
