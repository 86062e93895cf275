package org.mirarchive.account;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A curator's account: a name to log in with, a password kept only as a hash, and a role. */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	/** The password in {@code DelegatingPasswordEncoder}'s form, {@code {bcrypt}…}: never the password. */
	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled;

	private OffsetDateTime created;

	protected Account() {
	}

	Account(String username, String passwordHash, Role role, OffsetDateTime created) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.created = created;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public OffsetDateTime getCreated() {
		return created;
	}

	void changeRole(Role to) {
		role = to;
	}

	void enable(boolean to) {
		enabled = to;
	}

	/** Whether it is an administrator who can log in: one the archive must keep. */
	boolean isEnabledAdministrator() {
		return enabled && role == Role.ADMINISTRATOR;
	}

}
