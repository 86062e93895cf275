package org.mirarchive.account;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the audit log ({@link AuditLog}): appended, never changed. The table keeps the name
 * it was given when it held authentications only. {@code username} is the account that acted (or
 * the name given at a login); {@code subject} what it acted on, where something was.
 */
@Entity
@Table(name = "authentication_event")
public class AuditedAuthentication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private OffsetDateTime happened;

	@Enumerated(EnumType.STRING)
	private AuditKind kind;

	private String username;

	private String address;

	private String subject;

	private String detail;

	protected AuditedAuthentication() {
	}

	AuditedAuthentication(OffsetDateTime happened, AuditKind kind, String username, String address, String subject,
			String detail) {
		this.happened = happened;
		this.kind = kind;
		this.username = clip(username, 100);
		this.address = clip(address, 64);
		this.subject = clip(subject, 200);
		this.detail = clip(detail, 500);
	}

	private static String clip(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

	public OffsetDateTime getHappened() {
		return happened;
	}

	public AuditKind getKind() {
		return kind;
	}

	public String getUsername() {
		return username;
	}

	public String getAddress() {
		return address;
	}

	public String getSubject() {
		return subject;
	}

	public String getDetail() {
		return detail;
	}

}
