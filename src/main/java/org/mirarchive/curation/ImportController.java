package org.mirarchive.curation;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The curators' screen for importing a spreadsheet ({@code /curate/import}): the download's CSV
 * files uploaded, checked first (a dry run: every row's problems, and what each entry would
 * become), then imported as one change set with its summary. No JavaScript: a form and its answer.
 */
@Controller
class ImportController {

	static final String IMPORT = CurationController.CURATE + "/import";

	/** The button that imports; any other checks only. */
	static final String RUN = "import";

	private final Imports imports;

	ImportController(Imports imports) {
		this.imports = imports;
	}

	@GetMapping(IMPORT)
	String form(Model model) {
		model.addAttribute("files", ImportFiles.all().keySet());
		model.addAttribute("limit", imports.limit());
		model.addAttribute("summary", "");
		return "curation/import";
	}

	@PostMapping(path = IMPORT, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String check(MultipartHttpServletRequest request, @RequestParam(name = "action", defaultValue = "check") String action,
			@RequestParam(name = "summary", required = false) String summary, Principal curator, Locale locale,
			Model model) throws IOException {
		List<Imports.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : request.getFileMap().values()) {
			if (!file.isEmpty()) {
				uploads.add(new Imports.Upload(file.getName(), file.getInputStream()));
			}
		}
		boolean run = RUN.equals(action);
		Imports.Report report = run ? imports.run(uploads, curator.getName(), summary, locale)
				: imports.dryRun(uploads, locale);
		form(model);
		model.addAttribute("summary", summary == null ? "" : summary);
		model.addAttribute("report", report);
		model.addAttribute("imported", report.changeSet() != null);
		model.addAttribute("published", ChangeSet.Status.APPROVED.name().equals(report.status()));
		return "curation/import";
	}

}
