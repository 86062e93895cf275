package org.mirarchive.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRecords;
import org.mirarchive.model.Slug;

/**
 * {@code POST /api/{type}/{slug}/withdraw} (reviewers, by API token), with
 * {@code {"reason", "reasonEs", "replacement"}}: withdraws the published entry as the curators'
 * screen does. {@code 200} with where it stands; {@code 403} for an editor; {@code 404} where no
 * published entry is at the address; {@code 422} naming each field that breaks a rule.
 */
@RestController
class WithdrawApiController {

	private static final String SHAPE = "The body is JSON: {\"reason\": …, \"reasonEs\": … (optional), "
			+ "\"replacement\": \"/people/…\" (optional)}.";

	/** The body: the reason in English, its Spanish translation and the replacement's address (both optional). */
	record WithdrawRequest(String reason, String reasonEs, String replacement) {
	}

	/** The answer: the entry, when and why it was withdrawn, and what replaces it (null where nothing does). */
	record Withdrawn(String type, String slug, String name, String url, String withdrawn, String reason, String reasonEs,
			String replacement) {
	}

	private final Withdrawals withdrawals;

	private final RoleHierarchy roles;

	private final MessageSource messages;

	WithdrawApiController(Withdrawals withdrawals, RoleHierarchy roles, MessageSource messages) {
		this.withdrawals = withdrawals;
		this.roles = roles;
		this.messages = messages;
	}

	@PostMapping(path = "/api/{type:" + EntryKind.PATHS + "}/{slug}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> withdraw(@PathVariable("type") String type, @PathVariable("slug") String slug,
			@RequestBody WithdrawRequest request, Authentication curator) {
		if (!Reviewers.reviews(curator, roles)) {
			return ApiAnswers.problem(HttpStatus.FORBIDDEN, "Only a reviewer may withdraw an entry.");
		}
		EntryKind kind = EntryKind.fromPath(type).orElseThrow();
		if (!Slug.isValid(slug)) {
			return missing(kind);
		}
		Entry entry;
		try {
			entry = withdrawals.withdraw(kind, slug, curator.getName(),
					new Withdrawals.Request(request.reason(), request.reasonEs(), request.replacement()));
		}
		catch (Withdrawals.Missing missing) {
			return missing(kind);
		}
		catch (Withdrawals.Refused refused) {
			List<FieldProblems.Problem> problems = new ArrayList<>();
			refused.problems()
				.forEach((field, key) -> problems
					.add(new FieldProblems.Problem(field, messages.getMessage(key, null, Locale.ENGLISH))));
			return ApiAnswers.invalid("The entry was not withdrawn: "
					+ String.join(" ", problems.stream().map(FieldProblems.Problem::message).toList()), problems);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(new Withdrawn(EntryRecords.type(kind), slug, entry.getName(), entry.url(),
					entry.getWithdrawn().toString(), entry.getWithdrawalReason(), entry.getWithdrawalReasonEs(),
					entry.getReplacedBy() == null ? null : entry.getReplacedBy().url()));
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class })
	ResponseEntity<ProblemDetail> unreadable(Exception unreadable) {
		HttpStatus status = unreadable instanceof HttpMediaTypeNotSupportedException ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
				: HttpStatus.BAD_REQUEST;
		return ApiAnswers.problem(status, "The entry was not withdrawn: " + SHAPE);
	}

	private static ResponseEntity<ProblemDetail> missing(EntryKind kind) {
		return ApiAnswers.problem(HttpStatus.NOT_FOUND, "There is no published " + EntryRecords.type(kind) + " at this address.");
	}

}
