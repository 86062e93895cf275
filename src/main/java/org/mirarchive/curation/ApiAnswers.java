package org.mirarchive.curation;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;

/**
 * The write API's answers that are not records: RFC 9457 problem reports
 * ({@code application/problem+json}, in English, never echoing what was sent), and a change set
 * waiting for a reviewer ({@code 202}, with its address).
 */
public final class ApiAnswers {

	/** The ETag comparison a stale write failed: read the entry again, merge, and send it with the new ETag. */
	static final String STALE = "The entry has changed since the version this write names in If-Match: read it again "
			+ "(GET), apply your change to what it says now, and write it with its new ETag.";

	static final String NOT_SAVED = "Nothing was saved: ";

	/** The change set's summary, as the form's: required, and the column's size. */
	static final int SUMMARY = 500;

	private static final String CHANGE_SUMMARY = "changeSummary";

	private ApiAnswers() {
	}

	/** The change set's summary, required as on the form, within its column. */
	public static void summaryProblems(String summary, List<FieldProblems.Problem> problems, MessageSource messages) {
		if (summary == null || summary.isBlank()) {
			problems.add(new FieldProblems.Problem(CHANGE_SUMMARY,
					messages.getMessage("curation.problem.changeSummary", null, Locale.ENGLISH)));
		}
		else if (summary.strip().codePointCount(0, summary.strip().length()) > SUMMARY) {
			problems.add(new FieldProblems.Problem(CHANGE_SUMMARY, messages.getMessage("rules.tooLong",
					new Object[] { SUMMARY, summary.strip().codePointCount(0, summary.strip().length()) }, Locale.ENGLISH)));
		}
	}

	/** What publishing refused (a claim it cannot remove or cite as it stands), as a 422 beside its field. */
	public static ResponseEntity<ProblemDetail> refused(Publisher.Refused refused, EntryDraft draft, MessageSource messages) {
		return ApiAnswers.invalid(NOT_SAVED + "the archive refused the change (see errors).",
				List.of(new FieldProblems.Problem(RecordDrafts.recordField(refused.field(), draft),
						messages.getMessage(refused.messageKey(), null, Locale.ENGLISH))));
	}


	/** A problem report with a status and what to do. */
	public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return answer(status, detail, Map.of(), HttpHeaders.EMPTY);
	}

	/**
	 * {@code 422}: what was sent breaks the archive's rules, each problem by the record's path of
	 * the field ({@code statements[0].citations}) with what to do, in {@code errors}.
	 */
	public static ResponseEntity<ProblemDetail> invalid(String detail, List<FieldProblems.Problem> problems) {
		return answer(HttpStatus.UNPROCESSABLE_CONTENT, detail,
				Map.of("errors", problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList()),
				HttpHeaders.EMPTY);
	}

	/** {@code 412}: the entry changed since the version named; the answer carries the current ETag. */
	public static ResponseEntity<ProblemDetail> stale(String currentEtag) {
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(currentEtag);
		return answer(HttpStatus.PRECONDITION_FAILED, STALE, Map.of(), headers);
	}

	/** {@code 202}: saved as a change set that waits for a reviewer, at its address. */
	public static ResponseEntity<ChangeSetRecords.ChangeSetRecord> waiting(ChangeSetRecords.ChangeSetRecord changeSet) {
		return ResponseEntity.accepted()
			.location(URI.create(changeSet.url()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(changeSet);
	}

	/**
	 * Whether an {@code If-Match} header names this strong ETag, or any ({@code *}). A weak tag
	 * ({@code W/"7"}) never matches: If-Match compares strongly (RFC 9110, 13.1.1).
	 */
	public static boolean matches(String ifMatch, String etag) {
		for (String tag : ifMatch.split(",")) {
			String named = tag.strip();
			if (named.equals("*") || named.equals(etag)) {
				return true;
			}
		}
		return false;
	}

	/** {@code 400} for a body that is not JSON of the record's shape, {@code 415} for one not sent as JSON. */
	public static ResponseEntity<ProblemDetail> unreadable(Exception unreadable) {
		if (unreadable instanceof HttpMediaTypeNotSupportedException) {
			return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as JSON: Content-Type: application/json.");
		}
		return problem(HttpStatus.BAD_REQUEST,
				"The body could not be read: send JSON in the shape GET gives (docs/api.md, \"Writing\").");
	}

	private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String detail, Map<String, Object> properties,
			HttpHeaders headers) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("about:blank"));
		properties.forEach(problem::setProperty);
		return ResponseEntity.status(status)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
