package org.mirarchive.account;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log, which administrators read at {@code /account/audit}: every
 * authentication, every change to an account, and every decision curators take on what readers
 * see. The curation code records its decisions through {@link #record}; this package writes the
 * rest itself. A line is written in the transaction of what it records, when there is one (the
 * repository's save joins it, or makes its own): if that change is rolled back, so is its line,
 * and a change whose line cannot be written is not made.
 * Nothing here changes or deletes a line.
 */
@Component
public class AuditLog {

	private final AuditedAuthenticationRepository lines;

	private final Clock clock;

	AuditLog(AuditedAuthenticationRepository lines, Clock clock) {
		this.lines = lines;
		this.clock = clock;
	}

	/**
	 * Records a curator's decision: {@code actor} is the curator's username, {@code detail} what
	 * a reader of the log needs (the change set's number and summary, the entry's address, the
	 * reason given). Only the {@linkplain AuditKind#curation() curation kinds} are taken.
	 */
	public void record(AuditKind kind, String actor, String detail) {
		record(kind, actor, null, detail);
	}

	/**
	 * As {@link #record(AuditKind, String, String)}, with what the decision was about apart:
	 * {@code subject} is, say, "change set 12" or an entry's address.
	 */
	public void record(AuditKind kind, String actor, String subject, String detail) {
		if (!kind.curation()) {
			throw new IllegalArgumentException(kind + " is recorded by the accounts package itself, not through record()");
		}
		write(kind, actor, subject, detail);
	}

	/** Any kind, with the address of the request being served, if any. */
	void write(AuditKind kind, String actor, String subject, String detail) {
		lines.save(new AuditedAuthentication(OffsetDateTime.now(clock), kind, actor, address(), subject, detail));
	}

	/** The address of the request being served (events are published in its thread); null outside one. */
	static String address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

}
