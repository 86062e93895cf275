package org.mirarchive.account;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.mirarchive.model.ListPage;
import org.mirarchive.model.Paging;

/**
 * The audit log for administrators: every authentication, every change to an account and every
 * curator's decision ({@link AuditKind}), newest first, a list page at a time. Read only: the log
 * is appended to by {@link AuditLog} and never changed.
 */
@Controller
class AuditController {

	static final String AUDIT = SecurityConfiguration.ACCOUNT + "/audit";

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "id");

	private final AuditedAuthenticationRepository events;

	AuditController(AuditedAuthenticationRepository events) {
		this.events = events;
	}

	@GetMapping(AUDIT)
	String show(@RequestParam(name = "page", required = false) String page, Model model) {
		Paging paging = Paging.parse(page).orElseThrow(AuditController::notFound);
		Page<AuditedAuthentication> found = events.findAll(paging.pageable(NEWEST_FIRST));
		ListPage<AuditLine> lines = new ListPage<>(found.getContent(), paging, found.getTotalElements())
			.map(AuditLine::of);
		model.addAttribute("pager", paging.pager(lines, AUDIT).orElseThrow(AuditController::notFound));
		model.addAttribute("events", lines.lines());
		return "account/audit";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/** One line as the log lists it (time in UTC). */
	record AuditLine(String happened, AuditKind kind, String username, String address, String subject, String detail) {

		private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

		static AuditLine of(AuditedAuthentication event) {
			return new AuditLine(WHEN.format(event.getHappened().withOffsetSameInstant(ZoneOffset.UTC)), event.getKind(),
					event.getUsername(), event.getAddress(), event.getSubject(), event.getDetail());
		}

	}

}
