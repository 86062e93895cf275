package org.mirarchive.account;

import java.util.Map;

/** An account or token that could not be made as asked, and why, field by field. Nothing was stored. */
class AccountRefused extends RuntimeException {

	private final transient Map<String, String> problems;

	AccountRefused(Map<String, String> problems) {
		super(String.join(" ", problems.values()));
		this.problems = Map.copyOf(problems);
	}

	Map<String, String> problems() {
		return problems;
	}

}
