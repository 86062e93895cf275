package org.mirarchive.account;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * An API token as a request presents it ({@code Authorization: Bearer …}), and, once
 * {@link BearerTokens} has found it, the curator it belongs to.
 */
final class BearerToken extends AbstractAuthenticationToken {

	private final String token;

	private final String username;

	private final String label;

	/** As presented: not yet authenticated. */
	BearerToken(String token) {
		super((Collection<? extends GrantedAuthority>) null);
		this.token = token;
		this.username = null;
		this.label = null;
	}

	/** Found: the account's name and role, and which of its tokens it was. */
	BearerToken(String username, String label, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.token = null;
		this.username = username;
		this.label = label;
		setAuthenticated(true);
	}

	String token() {
		return token;
	}

	/** The token's label ("first token", or what its owner called it). */
	String label() {
		return label;
	}

	@Override
	public Object getCredentials() {
		return token;
	}

	@Override
	public Object getPrincipal() {
		return username;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
