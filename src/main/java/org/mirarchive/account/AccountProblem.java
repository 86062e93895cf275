package org.mirarchive.account;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What is wrong with an account asked for or a change to one, and the field it is about. The
 * words are in the interface bundles ({@code accounts.problem.*}), said in English by
 * {@code POST /api/accounts} and at first start, and in the curator's language beside the field
 * on the accounts page: one rule, one message, wherever it is broken.
 */
enum AccountProblem {

	USERNAME("username"),
	USERNAME_TAKEN("username"),
	PASSWORD_SHORT("password", AccountRequest.SHORTEST_PASSWORD),
	PASSWORD_LONG("password", AccountRequest.LONGEST_PASSWORD_BYTES),
	ROLE("role"),
	/** An administrator may not disable or demote their own account. */
	OWN_ACCOUNT("account"),
	/** The last enabled administrator may not be disabled or demoted. */
	LAST_ADMINISTRATOR("account");

	private final String field;

	private final Object[] arguments;

	AccountProblem(String field, Object... arguments) {
		this.field = field;
		this.arguments = arguments;
	}

	/** The field it is about: username, password, role, or account (the account as a whole). */
	String field() {
		return field;
	}

	String messageKey() {
		return "accounts.problem." + name();
	}

	String say(MessageSource messages, Locale locale) {
		return messages.getMessage(messageKey(), arguments, locale);
	}

}
