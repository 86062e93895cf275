package org.mirarchive.account;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An account asked for (by {@code POST /api/accounts} or at first start): a name, a password and
 * a role, and what is wrong with them, field by field, before anything is stored.
 */
record AccountRequest(String username, String password, String role) {

	/** The shortest password taken. */
	static final int SHORTEST_PASSWORD = 12;

	/** bcrypt reads at most 72 bytes; Spring Security refuses longer passwords rather than cut them. */
	static final int LONGEST_PASSWORD_BYTES = 72;

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,99}");

	/** What is wrong, by field name; empty if nothing is. */
	Map<String, AccountProblem> problems() {
		Map<String, AccountProblem> problems = new LinkedHashMap<>();
		if (username == null || !USERNAME.matcher(username).matches()) {
			problems.put("username", AccountProblem.USERNAME);
		}
		if (password == null || password.codePointCount(0, password.length()) < SHORTEST_PASSWORD) {
			problems.put("password", AccountProblem.PASSWORD_SHORT);
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_PASSWORD_BYTES) {
			problems.put("password", AccountProblem.PASSWORD_LONG);
		}
		if (Role.named(role) == null) {
			problems.put("role", AccountProblem.ROLE);
		}
		return problems;
	}

}
