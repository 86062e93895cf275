package org.mirarchive.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes and changes accounts and their API tokens, with the same rules wherever they are asked for
 * (the first start, {@code POST /api/accounts}, the administrators' accounts page, a curator's
 * account page): the request checked before anything is stored, the password hashed, a token kept
 * only as its hash, the {@link AccountSafeguards} kept, and each change to an account written into
 * the audit log in the same transaction.
 */
@Component
class Accounts {

	/** The label of the token an account is made with. */
	static final String FIRST_TOKEN = "first token";

	private final AccountRepository accounts;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final AuditLog log;

	private final Clock clock;

	Accounts(AccountRepository accounts, ApiTokenRepository tokens, PasswordEncoder passwords, AuditLog log,
			Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * Makes an account, without a token: its owner makes their own on their account page.
	 * {@code actor} is the administrator who asked (null at first start).
	 */
	@Transactional
	Account create(AccountRequest request, String actor) {
		List<AccountProblem> problems = List.copyOf(request.problems().values());
		if (!problems.isEmpty()) {
			throw new AccountRefused(problems);
		}
		if (accounts.existsByUsername(request.username())) {
			throw new AccountRefused(AccountProblem.USERNAME_TAKEN);
		}
		Account account = accounts.save(new Account(request.username(), passwords.encode(request.password()),
				Role.named(request.role()), now()));
		log.write(AuditKind.ACCOUNT_CREATED, actor, account.getUsername(), account.getRole().name());
		return account;
	}

	/**
	 * Makes an account and its first API token, which it answers (the only time it is seen).
	 * With a token given (ARCHIVE_ADMIN_TOKEN), that one is kept instead of a new one.
	 */
	@Transactional
	String createWithToken(AccountRequest request, String givenToken, String actor) {
		Account account = create(request, actor);
		String token = givenToken != null ? givenToken : TokenHashes.newToken();
		tokens.save(new ApiToken(account, TokenHashes.hash(token), FIRST_TOKEN, now()));
		return token;
	}

	/** Every account, by username. */
	@Transactional(readOnly = true)
	List<Account> all() {
		return accounts.findAllByOrderByUsernameAsc();
	}

	/**
	 * Gives an account another role, as {@code actor} asks; empty if there is no such account.
	 * The same role again changes nothing and records nothing.
	 */
	@Transactional
	Optional<Account> changeRole(String actor, long id, Role role) {
		return change(actor, id, role, null);
	}

	/** Enables or disables an account, as {@code actor} asks; empty if there is no such account. */
	@Transactional
	Optional<Account> enable(String actor, long id, boolean enabled) {
		return change(actor, id, null, enabled);
	}

	/** A role or an enabled state (the other null, unchanged), checked against the safeguards, then recorded. */
	private Optional<Account> change(String actor, long id, Role role, Boolean enabled) {
		// Locked before the account is read, so that what is read is what the others left.
		long administrators = accounts.lockEnabled(Role.ADMINISTRATOR).size();
		return accounts.findById(id).map(target -> {
			Role newRole = role != null ? role : target.getRole();
			boolean nowEnabled = enabled != null ? enabled : target.isEnabled();
			if (newRole == target.getRole() && nowEnabled == target.isEnabled()) {
				return target;
			}
			AccountSafeguards.refusal(actor, target, newRole, nowEnabled, administrators).ifPresent(problem -> {
				throw new AccountRefused(problem);
			});
			if (newRole != target.getRole()) {
				log.write(AuditKind.ROLE_CHANGED, actor, target.getUsername(), target.getRole() + " \u2192 " + newRole);
				target.changeRole(newRole);
			}
			if (nowEnabled != target.isEnabled()) {
				log.write(nowEnabled ? AuditKind.ACCOUNT_ENABLED : AuditKind.ACCOUNT_DISABLED, actor, target.getUsername(),
						null);
				target.enable(nowEnabled);
			}
			return target;
		});
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
