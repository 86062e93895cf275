package org.mirarchive.curation;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
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
 */
@RestController
class ImportApi {

	static final String IMPORTS = "/api/imports";

	private final Imports imports;

	ImportApi(Imports imports) {
		this.imports = imports;
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
