package org.mirarchive.account;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A curator's personal API token, for {@code Authorization: Bearer <token>}. Only the token's
 * SHA-256 is kept ({@link TokenHashes}): the token itself is shown once, when it is made. A
 * revoked token is kept, and refused.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id")
	private Account account;

	@Column(name = "token_hash")
	private String tokenHash;

	private String label;

	private OffsetDateTime created;

	@Column(name = "last_used")
	private OffsetDateTime lastUsed;

	private OffsetDateTime revoked;

	protected ApiToken() {
	}

	ApiToken(Account account, String tokenHash, String label, OffsetDateTime created) {
		this.account = account;
		this.tokenHash = tokenHash;
		this.label = label;
		this.created = created;
	}

	public Long getId() {
		return id;
	}

	Account getAccount() {
		return account;
	}

	public String getLabel() {
		return label;
	}

	public OffsetDateTime getCreated() {
		return created;
	}

	public OffsetDateTime getLastUsed() {
		return lastUsed;
	}

	public OffsetDateTime getRevoked() {
		return revoked;
	}

	public boolean isRevoked() {
		return revoked != null;
	}

	void used(OffsetDateTime when) {
		lastUsed = when;
	}

	void revoke(OffsetDateTime when) {
		if (revoked == null) {
			revoked = when;
		}
	}

}
