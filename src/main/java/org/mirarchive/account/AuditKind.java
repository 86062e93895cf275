package org.mirarchive.account;

/**
 * What a line of the audit log records: an authentication, an administrator's change to an
 * account, or a curator's decision on the archive's content. Each has its words in the interface
 * bundles ({@link #messageKey()}), in English and Spanish, for the log's page.
 */
public enum AuditKind {

	/** A login with a password succeeded. */
	LOGIN(Origin.AUTHENTICATION),
	/** A login with a password failed (wrong password, unknown name, disabled account). */
	LOGIN_FAILED(Origin.AUTHENTICATION),
	/** A login was refused unheard: too many failures for that name or address ({@link LoginThrottle}). */
	LOGIN_THROTTLED(Origin.AUTHENTICATION),
	/** A curator logged out. */
	LOGOUT(Origin.AUTHENTICATION),
	/** An API token was used. */
	TOKEN_USED(Origin.AUTHENTICATION),
	/** An API token was refused (unknown or revoked, or its account disabled). */
	TOKEN_REFUSED(Origin.AUTHENTICATION),

	/** An account was made (by an administrator, or at first start). */
	ACCOUNT_CREATED(Origin.ACCOUNTS),
	/** An account's role was changed; the detail says from which to which. */
	ROLE_CHANGED(Origin.ACCOUNTS),
	/** An account was disabled: it can no longer log in, and its tokens are refused. */
	ACCOUNT_DISABLED(Origin.ACCOUNTS),
	/** A disabled account was enabled again. */
	ACCOUNT_ENABLED(Origin.ACCOUNTS),

	/** A reviewer approved a change set: it is published. */
	CHANGE_SET_APPROVED(Origin.CURATION),
	/** A reviewer sent a change set back to its editor, asking for changes. */
	CHANGES_REQUESTED(Origin.CURATION),
	/** A reviewer rejected a change set. */
	CHANGE_SET_REJECTED(Origin.CURATION),
	/** A curator reverted an entry to an earlier revision (as a new revision). */
	REVISION_REVERTED(Origin.CURATION),
	/** A reviewer undid a published import: the entries it made withdrawn, the entries it changed restored. */
	IMPORT_UNDONE(Origin.CURATION),
	/** A reviewer published a withdrawn entry again. */
	ENTRY_RESTORED(Origin.CURATION),
	/** A curator withdrew a published entry. */
	ENTRY_WITHDRAWN(Origin.CURATION);

	/** Who writes a kind into the log: this package for the first two, the curation code for the last. */
	enum Origin {

		AUTHENTICATION, ACCOUNTS, CURATION

	}

	private final Origin origin;

	AuditKind(Origin origin) {
		this.origin = origin;
	}

	/** The kind's words on the log's page ({@code audit.kind.LOGIN}: "Logged in"). */
	public String messageKey() {
		return "audit.kind." + name();
	}

	/** Whether the curation code records it, through {@link AuditLog#record}; the others are this package's. */
	public boolean curation() {
		return origin == Origin.CURATION;
	}

}
