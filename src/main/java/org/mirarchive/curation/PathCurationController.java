package org.mirarchive.curation;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.mirarchive.readingpath.PathDraft;
import org.mirarchive.readingpath.PathRecords;
import org.mirarchive.readingpath.PathTargets;
import org.mirarchive.work.SourceRepository;

/**
 * The curators' screens for reading paths (read at {@code /paths}): the list of paths to edit, a
 * new path, the form of a published one, its preview as readers would see its page, and saving, which makes a change set (published at once
 * for a reviewer). The form works without JavaScript; a problem is shown beside its field with
 * everything typed kept.
 */
@Controller
class PathCurationController {

	static final String PATHS = CurationController.CURATE + "/paths";

	static final String NEW = CurationController.CURATE + "/new-path";

	private static final String CHANGE_SUMMARY = "changeSummary";

	private final PathRecords records;

	private final PathChanges changes;

	private final ChangeSets changeSets;

	private final PathRules rules;

	private final SourceRepository works;

	private final MessageSource messages;

	private final Previews previews;

	private final JsonMapper json;

	PathCurationController(PathRecords records, PathTargets targets, PathChanges changes, ChangeSets changeSets,
			DraftRules draftRules, SourceRepository works, MessageSource messages, Previews previews, JsonMapper json) {
		this.previews = previews;
		this.json = json;
		this.records = records;
		this.changes = changes;
		this.changeSets = changeSets;
		this.rules = new PathRules(draftRules, targets::find);
		this.works = works;
		this.messages = messages;
	}

	/** What a form carries beside the draft: which published path, from which version, in which change set. */
	public record PathContext(Long pathId, Long baseVersion, Long changeSet, String changeSummary) {
	}

	@GetMapping(PATHS)
	String list(Model model) {
		model.addAttribute("paths", records.all().stream().map(PathRecords.Published::draft).toList());
		return "curation/paths";
	}

	@GetMapping(NEW)
	String create(Model model) {
		return form(PathDraft.blank(), new PathContext(null, null, null, null), FieldProblems.NONE, model);
	}

	@GetMapping(PATHS + "/{slug}")
	String edit(@PathVariable String slug, Model model) {
		PathRecords.Published published = records.published(slug).orElseThrow(PathCurationController::notFound);
		return form(published.draft(), new PathContext(published.id(), published.version(), null, null),
				FieldProblems.NONE, model);
	}

	/** The form again for the author of a path's change set still open. */
	@GetMapping(CurationController.CURATE + "/changes/{id}/revise-path")
	String revise(@PathVariable long id, Principal curator, Model model) {
		ChangeSet changeSet = changeSets.find(id)
			.filter(found -> found.getAuthor().getUsername().equals(curator.getName()) && found.getStatus().isOpen()
					&& found.getEdits().get(0).isReadingPath())
			.orElseThrow(PathCurationController::notFound);
		ChangeSetEdit edit = changeSet.getEdits().get(0);
		return form(changeSets.pathDraftOf(edit), new PathContext(edit.getReadingPathId(), edit.getBaseVersion(),
				changeSet.getId(), changeSet.getSummary()), FieldProblems.NONE, model);
	}

	/** The form sent: shown again with its problems (or, for "edit", checked with places for more), previewed, or saved. */
	@PostMapping(PATHS)
	String send(@ModelAttribute("draft") PathDraft sent, PathContext context, @RequestParam String action,
			Principal curator, Model model, Locale locale) {
		return handle(PathForm.filled(sent), context, action, curator, model, locale);
	}

	/** The same, from the preview page, which carries the draft whole. */
	@PostMapping(PATHS + "/json")
	String sendWhole(@RequestParam("json") String whole, PathContext context, @RequestParam String action,
			Principal curator, Model model, Locale locale) {
		return handle(json.readValue(whole, PathDraft.class), context, action, curator, model, locale);
	}

	private String handle(PathDraft draft, PathContext context, String action, Principal curator, Model model,
			Locale locale) {
		PathDraft published = context.pathId() == null ? null
				: records.published(context.pathId())
					.map(PathRecords.Published::draft)
					.orElseThrow(PathCurationController::notFound);
		List<FieldProblems.Problem> found = new ArrayList<>();
		for (DraftRules.Problem problem : rules.check(draft, published)) {
			found.add(new FieldProblems.Problem(problem.field(),
					messages.getMessage(problem.message(), problem.arguments().toArray(), locale)));
		}
		if ("save".equals(action) && (context.changeSummary() == null || context.changeSummary().isBlank())) {
			found.add(new FieldProblems.Problem(CHANGE_SUMMARY,
					messages.getMessage("curation.problem.changeSummary", null, locale)));
		}
		boolean preview = "preview".equals(action);
		if (!found.isEmpty() || !"save".equals(action) && !preview) {
			return form(draft, context, new FieldProblems(found), model);
		}
		ChangeSet saved;
		try {
			if (preview) {
				model.addAttribute("path", previews.preview(draft, context.pathId(), context.baseVersion(), locale));
				model.addAttribute("json", json.writeValueAsString(draft));
				model.addAttribute("context", context);
				return "curation/path-preview";
			}
			saved = context.changeSet() == null
					? changes.propose(curator.getName(), context.changeSummary(), context.pathId(),
							context.baseVersion(), draft)
					: changes.revise(context.changeSet(), curator.getName(), context.changeSummary(),
							context.baseVersion(), draft);
		}
		catch (Publisher.Refused refused) {
			return form(draft, context,
					FieldProblems.of(refused.field(), messages.getMessage(refused.messageKey(), null, locale)), model);
		}
		return "redirect:" + CurationController.CURATE + "/changes/" + saved.getId();
	}

	private String form(PathDraft draft, PathContext context, FieldProblems problems, Model model) {
		model.addAttribute("draft", PathForm.withPlaces(draft));
		model.addAttribute("context", context);
		model.addAttribute("problems", problems);
		model.addAttribute("fresh", context.pathId() == null);
		model.addAttribute("works", works.findAll(Sort.by("position", "id")));
		return "curation/path";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
