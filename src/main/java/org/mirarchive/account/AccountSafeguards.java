package org.mirarchive.account;

import java.util.Optional;

/**
 * What keeps the archive administered: an administrator may not disable or demote their own
 * account (another administrator can), and the last enabled administrator may not be disabled or
 * demoted by anyone. Without these, one click could leave accounts that nobody can manage.
 */
final class AccountSafeguards {

	private AccountSafeguards() {
	}

	/**
	 * Why the change asked for is refused, if it is: {@code actor} asks that {@code target} have
	 * {@code role} and be {@code enabled}, while {@code enabledAdministrators} can log in as
	 * administrators now.
	 */
	static Optional<AccountProblem> refusal(String actor, Account target, Role role, boolean enabled,
			long enabledAdministrators) {
		boolean losesAnAdministrator = target.isEnabledAdministrator() && !(enabled && role == Role.ADMINISTRATOR);
		if (!losesAnAdministrator) {
			return Optional.empty();
		}
		if (target.getUsername().equals(actor)) {
			return Optional.of(AccountProblem.OWN_ACCOUNT);
		}
		if (enabledAdministrators <= 1) {
			return Optional.of(AccountProblem.LAST_ADMINISTRATOR);
		}
		return Optional.empty();
	}

}
