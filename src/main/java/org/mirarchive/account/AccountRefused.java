package org.mirarchive.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/** An account, token or change that could not be made as asked, and why, field by field. Nothing was stored. */
class AccountRefused extends RuntimeException {

	private final transient List<AccountProblem> problems;

	AccountRefused(List<AccountProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	AccountRefused(AccountProblem problem) {
		this(List.of(problem));
	}

	List<AccountProblem> problems() {
		return problems;
	}

	/** What is wrong, field by field, in words. */
	Map<String, String> say(MessageSource messages, Locale locale) {
		Map<String, String> said = new LinkedHashMap<>();
		problems.forEach(problem -> said.merge(problem.field(), problem.say(messages, locale), (one, two) -> one + " " + two));
		return said;
	}

	/** All of it in one sentence or a few, as a problem report's detail or the log says it. */
	String sayAll(MessageSource messages, Locale locale) {
		return String.join(" ", say(messages, locale).values());
	}

}
