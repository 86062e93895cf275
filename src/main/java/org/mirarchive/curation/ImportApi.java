package org.mirarchive.curation;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The import for programs (docs/api.md, "Imports"), by API token: {@code POST /api/imports} with
 * the download's CSV files as a multipart form (each part named by its file: {@code people},
 * {@code relations}, {@code citations}…), or one file as {@code text/csv} with {@code file=people}.
 * {@code dryRun=true} reports and saves nothing; else every entry is saved in one change set with
 * {@code summary}, or nothing is. Every problem is answered {@code 422} with its file, line and column.
 *
 * <p>{@code POST /api/changes/{id}/undo} with {@code {"reason", "reasonEs"}} (a reviewer's) undoes a
 * published import as a unit ({@link ImportUndo}): {@code 200} with the entries withdrawn and put
 * back; {@code 403} for an editor; {@code 404} for no such change set; {@code 409}, with nothing
 * changed, where it is not a published import, was undone already, or an entry changed since
 * (named); {@code 422} without a reason.
 */
@RestController
class ImportApi {

	static final String IMPORTS = "/api/imports";

	static final String UNDO = ChangeSetRecords.CHANGES + "/{id}/undo";

	private final Imports imports;

	private final ImportUndo undo;

	private final RoleHierarchy roles;

	ImportApi(Imports imports, ImportUndo undo, RoleHierarchy roles) {
		this.imports = imports;
		this.undo = undo;
		this.roles = roles;
	}

	/** An undo's body: why, in English (required) and in Spanish (optional). */
	record UndoRequest(String reason, String reasonEs) {
	}

	/** An undo's answer: the change set, and the entries withdrawn and put back as before it. */
	record Undone(long changeSet, List<ImportUndo.Item> withdrawn, List<ImportUndo.Item> restored) {
	}

	@PostMapping(path = UNDO, consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> undo(@PathVariable long id, @RequestBody UndoRequest request, Authentication curator) {
		if (!Reviewers.reviews(curator, roles)) {
			return ApiAnswers.problem(HttpStatus.FORBIDDEN, "Only a reviewer may undo an import.");
		}
		ImportUndo.Plan plan;
		try {
			plan = undo.undo(id, curator.getName(), request.reason(), request.reasonEs());
		}
		catch (ImportUndo.Missing missing) {
			return ApiAnswers.problem(HttpStatus.NOT_FOUND, "There is no change set " + id + ".");
		}
		catch (ImportUndo.Refused refused) {
			String message = undo.message(refused.plan(), refused.messageKey(), Locale.ENGLISH);
			if (refused.reasonOnly()) {
				return ApiAnswers.invalid("The import was not undone: " + message,
						List.of(new FieldProblems.Problem("reason", message)));
			}
			return ApiAnswers.problem(HttpStatus.CONFLICT, message);
		}
		catch (Publisher.Refused refused) {
			return ApiAnswers.problem(HttpStatus.CONFLICT,
					"Nothing was undone: an entry cannot be put back as it was before the import ("
							+ refused.messageKey() + ").");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(new Undone(plan.changeSet(), plan.withdrawn(), plan.restored()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(Exception unreadable) {
		return ApiAnswers.unreadable(unreadable);
	}

	@PostMapping(path = IMPORTS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Imports.Report> multipart(MultipartHttpServletRequest request,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
			@RequestParam(name = "summary", required = false) String summary, Principal curator, Locale locale)
			throws IOException {
		List<Imports.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : request.getFileMap().values()) {
			uploads.add(new Imports.Upload(file.getName(), file.getInputStream()));
		}
		return answer(uploads, dryRun, summary, curator, locale);
	}

	@PostMapping(path = IMPORTS, consumes = "text/csv")
	ResponseEntity<Imports.Report> csv(HttpServletRequest request, @RequestParam("file") String file,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
			@RequestParam(name = "summary", required = false) String summary, Principal curator, Locale locale)
			throws IOException {
		return answer(List.of(new Imports.Upload(file, request.getInputStream())), dryRun, summary, curator, locale);
	}

	private ResponseEntity<Imports.Report> answer(List<Imports.Upload> uploads, boolean dryRun, String summary,
			Principal curator, Locale locale) {
		Imports.Report report = dryRun ? imports.dryRun(uploads, locale)
				: imports.run(uploads, curator.getName(), summary, locale);
		if (!report.valid()) {
			return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_JSON).body(report);
		}
		if (report.changeSet() == null) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
		}
		HttpStatus status = ChangeSet.Status.APPROVED.name().equals(report.status()) ? HttpStatus.CREATED
				: HttpStatus.ACCEPTED;
		return ResponseEntity.status(status)
			.location(URI.create(ChangeSetRecords.CHANGES + "/" + report.changeSet()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(report);
	}

}
