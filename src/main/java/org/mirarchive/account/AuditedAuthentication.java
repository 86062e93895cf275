package org.mirarchive.account;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the audit log of authentications: appended by {@link AuthenticationAudit}, never changed. */
@Entity
@Table(name = "authentication_event")
public class AuditedAuthentication {

	/** What happened. */
	public enum Kind {

		/** A login with a password succeeded. */
		LOGIN,
		/** A login with a password failed (wrong password, unknown name, disabled account). */
		LOGIN_FAILED,
		/** A login was refused unheard: too many failures for that name or address ({@link LoginThrottle}). */
		LOGIN_THROTTLED,
		/** A curator logged out. */
		LOGOUT,
		/** An API token was used. */
		TOKEN_USED,
		/** An API token was refused (unknown or revoked). */
		TOKEN_REFUSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private OffsetDateTime happened;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String username;

	private String address;

	private String detail;

	protected AuditedAuthentication() {
	}

	AuditedAuthentication(OffsetDateTime happened, Kind kind, String username, String address, String detail) {
		this.happened = happened;
		this.kind = kind;
		this.username = clip(username, 100);
		this.address = clip(address, 64);
		this.detail = clip(detail, 200);
	}

	private static String clip(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

	public OffsetDateTime getHappened() {
		return happened;
	}

	public Kind getKind() {
		return kind;
	}

	public String getUsername() {
		return username;
	}

	public String getAddress() {
		return address;
	}

	public String getDetail() {
		return detail;
	}

}
