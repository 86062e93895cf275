package org.mirarchive.curation;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.mirarchive.citation.PageCitations;
import org.mirarchive.source.SourcePage;
import org.mirarchive.work.RecordField;
import org.mirarchive.work.SourceKind;
import org.mirarchive.work.SourceNote;

/**
 * The curators' screens for the works the archive cites (its sources, read at {@code /sources}):
 * a new work, the edit form of a published one, its preview as readers would see its page, and saving, which makes a change set (published at
 * once for a reviewer). Addressed under {@code /curate/sources}, apart from {@code /curate/works},
 * which edits entries of the kind work. The form works without JavaScript; a problem is shown beside
 * its field with everything typed kept. A work's quotations are shown, not edited (see
 * {@link WorkDraft}).
 */
@Controller
class WorkCurationController {

	static final String SOURCES = CurationController.CURATE + "/sources";

	static final String NEW = CurationController.CURATE + "/new-source";

	private static final String CHANGE_SUMMARY = "changeSummary";

	private final WorkDrafts drafts;

	private final WorkChanges changes;

	private final ChangeSets changeSets;

	private final WorkRules rules;

	private final MessageSource messages;

	private final Previews previews;

	private final PageCitations citations;

	private final JsonMapper json;

	WorkCurationController(WorkDrafts drafts, WorkChanges changes, ChangeSets changeSets, WorkRules rules,
			MessageSource messages, Previews previews, PageCitations citations, JsonMapper json) {
		this.previews = previews;
		this.citations = citations;
		this.json = json;
		this.drafts = drafts;
		this.changes = changes;
		this.changeSets = changeSets;
		this.rules = rules;
		this.messages = messages;
	}

	/** What a form carries beside the draft: which published work, from which version, in which change set. */
	public record WorkContext(Long sourceId, Long baseVersion, Long changeSet, String changeSummary) {
	}

	@GetMapping(NEW)
	String create(Model model) {
		return form(WorkDraft.blank(), new WorkContext(null, null, null, null), FieldProblems.NONE, model);
	}

	@GetMapping(SOURCES + "/{slug}")
	String edit(@PathVariable String slug, Model model) {
		WorkDrafts.Published published = drafts.published(slug).orElseThrow(WorkCurationController::notFound);
		return form(published.draft(), new WorkContext(published.id(), published.version(), null, null),
				FieldProblems.NONE, model);
	}

	/** The form again for the author of a work's change set still open. */
	@GetMapping(CurationController.CURATE + "/changes/{id}/revise-work")
	String revise(@PathVariable long id, Principal curator, Model model) {
		ChangeSet changeSet = changeSets.find(id)
			.filter(found -> found.getAuthor().getUsername().equals(curator.getName()) && found.getStatus().isOpen()
					&& found.getEdits().get(0).isWork())
			.orElseThrow(WorkCurationController::notFound);
		ChangeSetEdit edit = changeSet.getEdits().get(0);
		return form(changeSets.workDraftOf(edit),
				new WorkContext(edit.getSourceId(), edit.getBaseVersion(), changeSet.getId(), changeSet.getSummary()),
				FieldProblems.NONE, model);
	}

	/** The form sent: shown again with its problems (or, for "edit", with a place for one more note), previewed, or saved. */
	@PostMapping(SOURCES)
	String send(@ModelAttribute("draft") WorkDraft sent, WorkContext context, @RequestParam String action,
			Principal curator, Model model, Locale locale) {
		return handle(WorkForm.filled(sent), context, action, curator, model, locale);
	}

	/** The same, from the preview page, which carries the draft whole. */
	@PostMapping(SOURCES + "/json")
	String sendWhole(@RequestParam("json") String whole, WorkContext context, @RequestParam String action,
			Principal curator, Model model, Locale locale) {
		return handle(json.readValue(whole, WorkDraft.class), context, action, curator, model, locale);
	}

	private String handle(WorkDraft draft, WorkContext context, String action, Principal curator, Model model,
			Locale locale) {
		WorkDraft published = context.sourceId() == null ? null
				: drafts.published(context.sourceId()).map(WorkDrafts.Published::draft).orElseThrow(WorkCurationController::notFound);
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
				SourcePage page = previews.preview(draft, context.sourceId(), context.baseVersion(), locale);
				model.addAttribute("page", page);
				model.addAttribute("cite", citations.cite(citations.page(page.source(), locale), locale));
				model.addAttribute("json", json.writeValueAsString(draft));
				model.addAttribute("context", context);
				return "curation/work-preview";
			}
			saved = context.changeSet() == null
					? changes.propose(curator.getName(), context.changeSummary(), context.sourceId(), context.baseVersion(),
							draft)
					: changes.revise(context.changeSet(), curator.getName(), context.changeSummary(),
							context.baseVersion(), draft);
		}
		catch (Publisher.Refused refused) {
			return form(draft, context, FieldProblems.of(refused.field(),
					messages.getMessage(refused.messageKey(), null, locale)), model);
		}
		return "redirect:" + CurationController.CURATE + "/changes/" + saved.getId();
	}

	private String form(WorkDraft draft, WorkContext context, FieldProblems problems, Model model) {
		model.addAttribute("draft", WorkForm.withPlaces(draft));
		model.addAttribute("context", context);
		model.addAttribute("problems", problems);
		model.addAttribute("fresh", context.sourceId() == null);
		model.addAttribute("kinds", SourceKind.values());
		model.addAttribute("noteKinds", SourceNote.Kind.values());
		model.addAttribute("reasons", RecordField.Unknown.values());
		model.addAttribute("quotations",
				context.sourceId() == null ? List.of() : drafts.quotations(context.sourceId()));
		return "curation/work";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
