package org.mirarchive.curation;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The curators' screen for importing a spreadsheet ({@code /curate/import}): the download's CSV
 * files uploaded, checked first (a dry run: every row's problems, and what each entry would
 * become), then imported as one change set with its summary; and a published import undone as a
 * unit by a reviewer ({@code /curate/changes/{id}/undo}). No JavaScript: a form and its answer.
 */
@Controller
class ImportController {

	static final String IMPORT = CurationController.CURATE + "/import";

	/** The button that imports; any other checks only. */
	static final String RUN = "import";

	/** A published import undone as a unit: what it would do, and the reviewer's form. */
	static final String UNDO = CurationController.CURATE + "/changes/{id}/undo";

	private final Imports imports;

	private final ImportUndo undo;

	private final RoleHierarchy roles;

	ImportController(Imports imports, ImportUndo undo, RoleHierarchy roles) {
		this.imports = imports;
		this.undo = undo;
		this.roles = roles;
	}

	/**
	 * What the undo page shows: what undoing does, or why it is refused (a message, with the entries
	 * changed since named in it), what was typed, and whether the reason was the problem.
	 */
	public record UndoForm(ImportUndo.Plan plan, String refusal, String reason, String reasonEs, String problem) {
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

	@GetMapping(UNDO)
	String undoing(@PathVariable long id, Authentication curator, Model model, Locale locale) {
		ImportUndo.Plan plan = plan(id, curator);
		model.addAttribute("form", new UndoForm(plan,
				plan.refused() ? undo.message(plan, plan.refusal(), locale) : null, "", "", null));
		return "curation/import-undo";
	}

	@PostMapping(UNDO)
	String undo(@PathVariable long id, @RequestParam(name = "reason", defaultValue = "") String reason,
			@RequestParam(name = "reasonEs", defaultValue = "") String reasonEs, Authentication curator, Model model,
			Locale locale) {
		plan(id, curator);
		try {
			undo.undo(id, curator.getName(), reason, reasonEs);
		}
		catch (ImportUndo.Refused refused) {
			ImportUndo.Plan plan = refused.plan();
			String message = undo.message(plan, refused.messageKey(), locale);
			model.addAttribute("form", new UndoForm(plan, refused.reasonOnly() ? null : message, reason, reasonEs,
					refused.reasonOnly() ? message : null));
			return "curation/import-undo";
		}
		catch (Publisher.Refused refused) {
			// An entry's revision before the import no longer publishes (a relation to an entry withdrawn since).
			ImportUndo.Plan plan = undo.plan(id);
			model.addAttribute("form", new UndoForm(plan, undo.message(plan, refused.messageKey(), locale), reason,
					reasonEs, null));
			return "curation/import-undo";
		}
		return "redirect:" + CurationController.CURATE + "/changes/" + id;
	}

	/** What undoing the change set does, for a reviewer; 403 for an editor, 404 where there is no such change set. */
	private ImportUndo.Plan plan(long id, Authentication curator) {
		if (!Reviewers.reviews(curator, roles)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		try {
			return undo.plan(id);
		}
		catch (ImportUndo.Missing missing) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
