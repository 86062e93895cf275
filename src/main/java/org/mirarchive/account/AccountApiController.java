package org.mirarchive.account;

import java.net.URI;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/accounts} (administrators, by API token): makes an account with a role and
 * answers its first API token, {@code 201 {"token": …}}. A request that breaks a rule is a
 * problem report naming each field, and nothing is stored.
 */
@RestController
class AccountApiController {

	private static final String SHAPE = "The body is JSON: {\"username\": …, \"password\": …, \"role\": "
			+ "\"EDITOR\" | \"REVIEWER\" | \"ADMINISTRATOR\"}.";

	private final Accounts accounts;

	private final MessageSource messages;

	AccountApiController(Accounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@PostMapping(path = "/api/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> create(@RequestBody AccountRequest request, Principal administrator) {
		String token = accounts.createWithToken(request, null, administrator.getName());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("token", token));
	}

	/** The rules' words as the accounts page says them, in English: the API's language. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(AccountRefused refused) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT,
				"The account was not made: " + refused.sayAll(messages, Locale.ENGLISH));
		problem.setProperty("errors", refused.say(messages, Locale.ENGLISH));
		return answer(problem);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class })
	ResponseEntity<ProblemDetail> unreadable(Exception unreadable) {
		HttpStatus status = unreadable instanceof HttpMediaTypeNotSupportedException ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
				: HttpStatus.BAD_REQUEST;
		return answer(problem(status, "The account was not made: " + SHAPE));
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
