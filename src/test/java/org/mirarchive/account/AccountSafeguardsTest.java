package org.mirarchive.account;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The safeguards that keep the archive administered, and the audit log's words for each kind, apart from the database. */
class AccountSafeguardsTest {

	private static final Account ANA = new Account("ana", "{noop}x", Role.ADMINISTRATOR, null);

	private static final Account BEA = new Account("bea", "{noop}x", Role.EDITOR, null);

	@Test
	void anAdministratorCannotDisableOrDemoteTheirOwnAccount() {
		assertThat(AccountSafeguards.refusal("ana", ANA, Role.REVIEWER, true, 3)).contains(AccountProblem.OWN_ACCOUNT);
		assertThat(AccountSafeguards.refusal("ana", ANA, Role.ADMINISTRATOR, false, 3)).contains(AccountProblem.OWN_ACCOUNT);
		assertThat(AccountSafeguards.refusal("ana", ANA, Role.ADMINISTRATOR, true, 3)).isEmpty();
		assertThat(AccountSafeguards.refusal("cai", ANA, Role.EDITOR, true, 2)).isEmpty();
	}

	@Test
	void theLastEnabledAdministratorIsKept() {
		assertThat(AccountSafeguards.refusal("cai", ANA, Role.EDITOR, true, 1)).contains(AccountProblem.LAST_ADMINISTRATOR);
		assertThat(AccountSafeguards.refusal("cai", ANA, Role.ADMINISTRATOR, false, 1))
			.contains(AccountProblem.LAST_ADMINISTRATOR);
		// Others may change as they like; an administrator may make more.
		assertThat(AccountSafeguards.refusal("ana", BEA, Role.REVIEWER, false, 1)).isEmpty();
		assertThat(AccountSafeguards.refusal("ana", BEA, Role.ADMINISTRATOR, true, 1)).isEmpty();
		Account disabled = new Account("dan", "{noop}x", Role.ADMINISTRATOR, null);
		disabled.enable(false);
		assertThat(AccountSafeguards.refusal("ana", disabled, Role.EDITOR, false, 1)).isEmpty();
	}

	@Test
	void everyKindOfTheAuditLogAndEveryProblemHasItsWordsInBothLanguages() throws IOException {
		for (String bundle : new String[] { "i18n/messages.properties", "i18n/messages_es.properties" }) {
			Properties words = new Properties();
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				words.load(in);
			}
			for (AuditKind kind : AuditKind.values()) {
				assertThat(words.getProperty(kind.messageKey())).as(bundle + " " + kind).isNotBlank();
			}
			for (AccountProblem problem : AccountProblem.values()) {
				assertThat(words.getProperty(problem.messageKey())).as(bundle + " " + problem).isNotBlank();
			}
		}
	}

}
