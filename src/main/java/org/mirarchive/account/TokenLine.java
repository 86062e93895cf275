package org.mirarchive.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One of a curator's API tokens as the account page lists it: its label, and when it was made,
 * last used and revoked (UTC; null where it never was).
 */
record TokenLine(long id, String label, String created, String lastUsed, String revoked) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

	static TokenLine of(ApiToken token) {
		return new TokenLine(token.getId(), token.getLabel(), when(token.getCreated()), when(token.getLastUsed()),
				when(token.getRevoked()));
	}

	/** A time as the curators' pages show it, in UTC; null for never. */
	static String when(OffsetDateTime time) {
		return time == null ? null : WHEN.format(time.withOffsetSameInstant(ZoneOffset.UTC));
	}

}
