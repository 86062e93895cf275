package org.mirarchive.account;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The first administrator, made at start when the archive has no account yet and both
 * {@code ARCHIVE_ADMIN_USERNAME} and {@code ARCHIVE_ADMIN_PASSWORD} are set
 * ({@code archive.admin.username} and {@code archive.admin.password}); {@code ARCHIVE_ADMIN_TOKEN},
 * if set, becomes its API token. There is never a default password: without both, the archive
 * has no curator and says so in one line of its log. Settings that break the account rules stop
 * the start, with the rule they break.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	static final String READ_ONLY = "No curator account exists, so the archive is read-only: to create the first "
			+ "administrator, set ARCHIVE_ADMIN_USERNAME and ARCHIVE_ADMIN_PASSWORD (and ARCHIVE_ADMIN_TOKEN for an "
			+ "API token) and restart (docs/curation.md).";

	/** What the start does about the first administrator. */
	enum Outcome {

		/** Made from the settings. */
		CREATED,
		/** Accounts exist: the settings are not read. */
		ACCOUNTS_EXIST,
		/** No account and not both settings: no curator can log in. */
		READ_ONLY

	}

	/** The settings, as given (blank counts as not given). */
	record Settings(String username, String password, String token) {

		boolean complete() {
			return given(username) && given(password);
		}

		private static boolean given(String value) {
			return value != null && !value.isBlank();
		}

	}

	private final AccountRepository accounts;

	private final Accounts making;

	private final Settings settings;

	private final MessageSource messages;

	FirstAdministrator(AccountRepository accounts, Accounts making, MessageSource messages,
			@Value("${archive.admin.username:}") String username, @Value("${archive.admin.password:}") String password,
			@Value("${archive.admin.token:}") String token) {
		this.accounts = accounts;
		this.making = making;
		this.settings = new Settings(username, password, token);
		this.messages = messages;
	}

	/** What to do, given whether any account exists: the rule, apart from the database. */
	static Outcome decide(boolean accountsExist, Settings settings) {
		if (accountsExist) {
			return Outcome.ACCOUNTS_EXIST;
		}
		return settings.complete() ? Outcome.CREATED : Outcome.READ_ONLY;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		start();
	}

	Outcome start() {
		Outcome outcome = decide(accounts.count() > 0, settings);
		switch (outcome) {
			case READ_ONLY -> log.warn(READ_ONLY);
			case ACCOUNTS_EXIST -> {
				if (settings.complete()) {
					log.info("Curator accounts exist: ARCHIVE_ADMIN_USERNAME and ARCHIVE_ADMIN_PASSWORD are not used "
							+ "and may be removed.");
				}
			}
			case CREATED -> create();
		}
		return outcome;
	}

	private void create() {
		String token = Settings.given(settings.token()) ? settings.token().strip() : null;
		if (token != null && token.length() < TokenHashes.SHORTEST_GIVEN) {
			throw new IllegalStateException(
					"ARCHIVE_ADMIN_TOKEN has fewer than " + TokenHashes.SHORTEST_GIVEN + " characters: use a long random one.");
		}
		try {
			making.createWithToken(
					new AccountRequest(settings.username().strip(), settings.password(), Role.ADMINISTRATOR.name()), token,
					null);
			log.info("Created the first administrator, {}{}.", settings.username().strip(),
					token != null ? ", with ARCHIVE_ADMIN_TOKEN as its API token" : "");
		}
		catch (AccountRefused refused) {
			throw new IllegalStateException("ARCHIVE_ADMIN_USERNAME or ARCHIVE_ADMIN_PASSWORD cannot make an account: "
					+ refused.sayAll(messages, Locale.ENGLISH));
		}
		catch (DataIntegrityViolationException another) {
			// Another instance, started at the same moment, made it first.
			log.info("The first administrator was made by another instance.");
		}
	}

}
