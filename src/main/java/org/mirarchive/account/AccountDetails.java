package org.mirarchive.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The accounts as Spring Security's form login reads them: name, password hash, role, enabled. */
@Component
class AccountDetails implements UserDetailsService {

	private final AccountRepository accounts;

	AccountDetails(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.authorities(account.getRole().authority())
			.disabled(!account.isEnabled())
			.build();
	}

}
