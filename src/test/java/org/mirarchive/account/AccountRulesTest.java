package org.mirarchive.account;

import org.junit.jupiter.api.Test;

import org.mirarchive.account.FirstAdministrator.Outcome;
import org.mirarchive.account.FirstAdministrator.Settings;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for accounts, apart from the database: what an account needs, when the first administrator is made. */
class AccountRulesTest {

	@Test
	void theFirstAdministratorIsMadeOnlyWithBothSettingsAndNoAccount() {
		assertThat(FirstAdministrator.decide(false, new Settings("ana", "a long enough password", null)))
			.isEqualTo(Outcome.CREATED);
		assertThat(FirstAdministrator.decide(false, new Settings("ana", null, "mir_token"))).isEqualTo(Outcome.READ_ONLY);
		assertThat(FirstAdministrator.decide(false, new Settings("ana", " ", null))).isEqualTo(Outcome.READ_ONLY);
		assertThat(FirstAdministrator.decide(false, new Settings(null, "a long enough password", null)))
			.isEqualTo(Outcome.READ_ONLY);
		assertThat(FirstAdministrator.decide(false, new Settings(null, null, null))).isEqualTo(Outcome.READ_ONLY);
		assertThat(FirstAdministrator.decide(true, new Settings("ana", "a long enough password", null)))
			.isEqualTo(Outcome.ACCOUNTS_EXIST);
	}

	@Test
	void anAccountNeedsANameAPasswordOfTwelveCharactersAndARole() {
		assertThat(new AccountRequest("ana.perez", "twelve chars", "editor").problems()).isEmpty();
		assertThat(new AccountRequest("ana", "eleven char", "EDITOR").problems()).containsOnlyKeys("password");
		assertThat(new AccountRequest("ana", "x".repeat(73), "EDITOR").problems()).containsOnlyKeys("password");
		assertThat(new AccountRequest("<b>ana</b>", "twelve chars", "EDITOR").problems()).containsOnlyKeys("username");
		assertThat(new AccountRequest(null, null, null).problems()).containsOnlyKeys("username", "password", "role");
		assertThat(new AccountRequest("ana", "twelve chars", "owner").problems()).containsOnlyKeys("role");
	}

	@Test
	void aTokenIsKeptOnlyAsItsHash() {
		String token = TokenHashes.newToken();
		assertThat(token).startsWith(TokenHashes.PREFIX).hasSizeGreaterThan(40);
		assertThat(TokenHashes.newToken()).isNotEqualTo(token);
		assertThat(TokenHashes.hash(token)).hasSize(64).isEqualTo(TokenHashes.hash(token)).doesNotContain(token);
	}

}
