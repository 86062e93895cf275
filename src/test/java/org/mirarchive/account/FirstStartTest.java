package org.mirarchive.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without ARCHIVE_ADMIN_USERNAME and ARCHIVE_ADMIN_PASSWORD (as in this context) no account is
 * made at start, nor with one of them alone, and the log says how to make one. With both, it is:
 * {@link CuratorsTest#theFirstAdministratorIsMadeFromTheSettingsWithItsPasswordAndTokenHashed()}.
 */
@ArchiveWebTest
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private Accounts making;

	@Autowired
	private MessageSource messages;

	@Test
	void withoutBothSettingsNoAccountIsMadeAndTheLogSaysHowToMakeOne(CapturedOutput output) {
		assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isZero();
		FirstAdministrator onlyAName = new FirstAdministrator(accounts, making, messages, "ana", "", "");
		assertThat(onlyAName.start()).isEqualTo(FirstAdministrator.Outcome.READ_ONLY);
		FirstAdministrator onlyAPassword = new FirstAdministrator(accounts, making, messages, "", "a long enough password", "");
		assertThat(onlyAPassword.start()).isEqualTo(FirstAdministrator.Outcome.READ_ONLY);
		assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isZero();
		assertThat(output.getAll()).contains(FirstAdministrator.READ_ONLY);
	}

}
