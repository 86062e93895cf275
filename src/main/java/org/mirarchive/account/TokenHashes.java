package org.mirarchive.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API tokens and what is kept of them. A token is 32 random bytes (256 bits), so a fast hash is
 * enough to keep it: unlike a password it cannot be guessed from a list, and each request that
 * carries one is looked up by its hash without a slow encoder's cost.
 */
final class TokenHashes {

	/** Tokens start with this, so that a leaked one is recognised (by secret scanners too). */
	static final String PREFIX = "mir_";

	/** The shortest token the archive takes from ARCHIVE_ADMIN_TOKEN. */
	static final int SHORTEST_GIVEN = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private TokenHashes() {
	}

	/** A new token, as shown once to its owner. */
	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** What is kept of a token: its SHA-256, in hexadecimal. */
	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
