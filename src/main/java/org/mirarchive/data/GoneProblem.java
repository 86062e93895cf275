package org.mirarchive.data;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.entry.WithdrawnEntries;

/**
 * The API's answer for a withdrawn entry: {@code 410 Gone}, an RFC 9457 problem naming the entry,
 * the reason, and the address of the entry that replaces it (null where none does).
 */
final class GoneProblem {

	private GoneProblem() {
	}

	static ResponseEntity<ProblemDetail> of(WithdrawnEntries.Gone gone, ArchiveAddresses addresses) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "This entry was withdrawn.");
		problem.setType(URI.create("about:blank"));
		problem.setProperty("name", gone.name().text());
		problem.setProperty("reason", gone.reason().text());
		problem.setProperty("withdrawn", gone.when().words());
		problem.setProperty("replacement", gone.replacementUrl() == null ? null : addresses.absolute(gone.replacementUrl()));
		problem.setProperty("history", addresses.absolute(gone.historyUrl()));
		return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
