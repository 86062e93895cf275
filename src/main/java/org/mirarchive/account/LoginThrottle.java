package org.mirarchive.account;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after too many failed logins for one username, or from one address,
 * further logins for it are refused unheard (no password checked) until the lock time has passed
 * since the last failure. Counted in memory by Caffeine, per instance: its entries expire by
 * themselves, and their number is bounded, so a flood of invented names cannot exhaust memory.
 */
@Component
class LoginThrottle {

	private final Cache<String, Integer> byAccount;

	private final Cache<String, Integer> byAddress;

	private final int accountLimit;

	private final int addressLimit;

	@Autowired
	LoginThrottle(@Value("${archive.login.failures-per-account}") int accountLimit,
			@Value("${archive.login.failures-per-address}") int addressLimit,
			@Value("${archive.login.lock}") Duration lock) {
		this(accountLimit, addressLimit, lock, Ticker.systemTicker());
	}

	LoginThrottle(int accountLimit, int addressLimit, Duration lock, Ticker ticker) {
		this.accountLimit = accountLimit;
		this.addressLimit = addressLimit;
		this.byAccount = counter(lock, ticker);
		this.byAddress = counter(lock, ticker);
	}

	private static Cache<String, Integer> counter(Duration lock, Ticker ticker) {
		return Caffeine.newBuilder().expireAfterWrite(lock).maximumSize(100_000).ticker(ticker).build();
	}

	/** Whether a login for this username, from this address, is refused without being heard. */
	boolean refuses(String username, String address) {
		return count(byAccount, account(username)) >= accountLimit || count(byAddress, address) >= addressLimit;
	}

	/** Counts a failed login (or a refused API token: then without a username). */
	void failed(String username, String address) {
		if (username != null) {
			byAccount.asMap().merge(account(username), 1, Integer::sum);
		}
		if (address != null) {
			byAddress.asMap().merge(address, 1, Integer::sum);
		}
	}

	/** A login succeeded: the account's failures are forgotten (the address's are not). */
	void succeeded(String username) {
		if (username != null) {
			byAccount.invalidate(account(username));
		}
	}

	private static int count(Cache<String, Integer> counter, String key) {
		if (key == null) {
			return 0;
		}
		Integer count = counter.getIfPresent(key);
		return count == null ? 0 : count;
	}

	/** "Admin" and "admin " are the same account to a guesser. */
	private static String account(String username) {
		return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
	}

}
