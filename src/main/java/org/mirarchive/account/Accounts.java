package org.mirarchive.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes accounts and their API tokens, with the same rules wherever they are asked for (the
 * first start, {@code POST /api/accounts}, a curator's account page): the request checked
 * before anything is stored, the password hashed, a token kept only as its hash.
 */
@Component
class Accounts {

	/** The label of the token an account is made with. */
	static final String FIRST_TOKEN = "first token";

	private final AccountRepository accounts;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final Clock clock;

	Accounts(AccountRepository accounts, ApiTokenRepository tokens, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Makes an account and its first API token, which it answers (the only time it is seen).
	 * With a token given (ARCHIVE_ADMIN_TOKEN), that one is kept instead of a new one.
	 */
	@Transactional
	String create(AccountRequest request, String givenToken) {
		Map<String, String> problems = request.problems();
		if (!problems.isEmpty()) {
			throw new AccountRefused(problems);
		}
		if (accounts.existsByUsername(request.username())) {
			throw new AccountRefused(Map.of("username", "An account with this username exists already."));
		}
		Account account = accounts.save(new Account(request.username(), passwords.encode(request.password()),
				Role.named(request.role()), now()));
		String token = givenToken != null ? givenToken : TokenHashes.newToken();
		tokens.save(new ApiToken(account, TokenHashes.hash(token), FIRST_TOKEN, now()));
		return token;
	}

	/** Makes a new token for an account, which it answers (the only time it is seen). */
	@Transactional
	String newToken(String username, String label) {
		Account account = accounts.findByUsername(username).orElseThrow();
		String token = TokenHashes.newToken();
		tokens.save(new ApiToken(account, TokenHashes.hash(token), label, now()));
		return token;
	}

	/** Revokes one of the account's own tokens; false if it has none with this id. */
	@Transactional
	boolean revoke(String username, long tokenId) {
		Account account = accounts.findByUsername(username).orElseThrow();
		return tokens.findById(tokenId).filter(token -> token.getAccount().getId().equals(account.getId())).map(token -> {
			token.revoke(now());
			return true;
		}).orElse(false);
	}

	/** The account's tokens, newest first. */
	@Transactional(readOnly = true)
	List<ApiToken> tokensOf(String username) {
		return accounts.findByUsername(username).map(tokens::findByAccountOrderByCreatedDescIdDesc).orElse(List.of());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
