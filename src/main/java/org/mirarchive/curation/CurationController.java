package org.mirarchive.curation;

import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

import org.mirarchive.citation.PageCitations;
import org.mirarchive.entry.Coordinates;
import org.mirarchive.entry.EditorialNote;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryPage;
import org.mirarchive.entry.IdentifierScheme;
import org.mirarchive.entry.NameKind;
import org.mirarchive.entry.RelationKind;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.HistoricalDate;
import org.mirarchive.work.SourceRepository;

/**
 * The curators' screens for entries: a new entry of any kind, the edit form of a published one,
 * its preview as readers would see it, and saving, which makes a change set (published at once
 * for a reviewer). Forms work without JavaScript: each shows an empty place more for every kind
 * of claim, and a problem is shown beside the field it concerns, with everything typed kept.
 */
@Controller
class CurationController {

	static final String CURATE = "/curate";

	/** The form's field for the summary of the change, apart from the draft's own fields. */
	private static final String CHANGE_SUMMARY = "changeSummary";

	private static final String EDTF = "edtf";

	private static final String KINDS = "{kind:" + EntryKind.PATHS + "}";

	private final EntryDrafts drafts;

	private final ChangeSets changeSets;

	private final Previews previews;

	private final PageCitations citations;

	private final SourceRepository works;

	private final MessageSource messages;

	private final JsonMapper json;

	private final DateWords dateWords;

	private final DraftRules rules;

	CurationController(EntryDrafts drafts, ChangeSets changeSets, Previews previews, PageCitations citations,
			SourceRepository works, MessageSource messages, JsonMapper json, DateWords dateWords, DraftRules rules) {
		this.drafts = drafts;
		this.changeSets = changeSets;
		this.previews = previews;
		this.citations = citations;
		this.works = works;
		this.messages = messages;
		this.json = json;
		this.dateWords = dateWords;
		this.rules = rules;
	}

	/** What a form carries beside the draft: which published entry, from which version, in which change set. */
	public record Context(Long entryId, Long baseVersion, Long changeSet, String changeSummary) {
	}

	@GetMapping(CURATE + "/new")
	String create(@RequestParam("kind") String path, Model model, Locale locale) {
		EntryKind kind = EntryKind.fromPath(path).orElseThrow(CurationController::notFound);
		EntryDraft blank = new EntryDraft(kind, null, null, null, null, null, null, null, null, null);
		return form(blank, new Context(null, null, null, null), FieldProblems.NONE, model, locale);
	}

	@GetMapping(CURATE + "/" + KINDS + "/{slug}")
	String edit(@PathVariable("kind") String path, @PathVariable String slug, Model model, Locale locale) {
		EntryKind kind = EntryKind.fromPath(path).orElseThrow(CurationController::notFound);
		EntryDrafts.Published published = drafts.published(kind, slug).orElseThrow(CurationController::notFound);
		model.addAttribute("withdrawn", published.withdrawn());
		return form(published.draft(), new Context(published.id(), published.version(), null, null), FieldProblems.NONE,
				model, locale);
	}

	/** The form again for the author of a change set still open (sent back with a comment, or pending). */
	@GetMapping(CURATE + "/changes/{id}/revise")
	String revise(@PathVariable long id, Principal curator, Model model, Locale locale) {
		ChangeSet changeSet = changeSets.find(id)
			.filter(found -> found.getAuthor().getUsername().equals(curator.getName()) && found.getStatus().isOpen())
			.orElseThrow(CurationController::notFound);
		ChangeSetEdit edit = changeSet.getEdits().get(0);
		if (edit.isWork()) {
			return "redirect:" + CURATE + "/changes/" + id + "/revise-work";
		}
		if (edit.isReadingPath()) {
			return "redirect:" + CURATE + "/changes/" + id + "/revise-path";
		}
		EntryDraft stored = changeSets.draftOf(edit);
		// A draft the write API made from a record without notes, identifiers or coordinates left them
		// as they are published: the form shows those, or sending it back would remove them.
		EntryDraft draft = edit.getEntryId() == null ? stored
				: drafts.published(edit.getEntryId()).map(published -> stored.withNotesOf(published.draft())).orElse(stored);
		return form(draft,
				new Context(edit.getEntryId(), edit.getBaseVersion(), changeSet.getId(), changeSet.getSummary()),
				FieldProblems.NONE, model, locale);
	}

	/** The form sent: shown again with its problems, previewed, or saved as a change set. */
	@PostMapping(CURATE + "/draft")
	String send(@ModelAttribute("draft") EntryDraft sent, Context context, @RequestParam String action,
			Principal curator, Model model, Locale locale) {
		return handle(DraftForm.filled(sent), context, action, curator, model, locale);
	}

	/** The same, from the preview page, which carries the draft whole. */
	@PostMapping(CURATE + "/draft/json")
	String sendWhole(@RequestParam("json") String whole, Context context, @RequestParam String action,
			Principal curator, Model model, Locale locale) {
		return handle(json.readValue(whole, EntryDraft.class), context, action, curator, model, locale);
	}

	private String handle(EntryDraft draft, Context context, String action, Principal curator, Model model,
			Locale locale) {
		FieldProblems problems = check(draft, context, action, locale);
		if (!problems.isEmpty() || "edit".equals(action)) {
			return form(draft, context, problems, model, locale);
		}
		if ("preview".equals(action)) {
			EntryPage page;
			try {
				page = previews.preview(draft, context.entryId(), locale);
			}
			catch (Publisher.Refused refused) {
				return refused(draft, context, refused, model, locale);
			}
			model.addAttribute("kind", page.entry().getKind());
			model.addAttribute("page", page);
			model.addAttribute("cite", citations.cite(citations.page(page.entry(), locale), locale));
			model.addAttribute("json", json.writeValueAsString(draft));
			model.addAttribute("context", context);
			return "curation/preview";
		}
		List<ChangeSets.Edit> edits = List.of(new ChangeSets.Edit(context.entryId(), context.baseVersion(), draft));
		ChangeSet saved;
		try {
			saved = context.changeSet() == null ? changeSets.propose(curator.getName(), context.changeSummary(), edits)
					: changeSets.revise(context.changeSet(), curator.getName(), context.changeSummary(), edits);
		}
		catch (Publisher.Refused refused) {
			return refused(draft, context, refused, model, locale);
		}
		catch (ChangeSets.Stale stale) {
			// Both versions side by side: the curator's own text stays in each field, the text
			// published meanwhile is shown beside it, and the form is now made from the current version.
			ChangeSets.Edit merged = stale.merged();
			List<FieldProblems.Problem> beside = new ArrayList<>();
			for (DraftMerge.Conflict conflict : stale.conflicts()) {
				beside.add(new FieldProblems.Problem(conflict.field(), messages.getMessage("curation.conflict",
						new Object[] { messages.getMessage(conflict.label(), null, locale), blankIfNull(conflict.theirs()) },
						locale)));
			}
			beside.add(new FieldProblems.Problem(CHANGE_SUMMARY, message("curation.stale", locale)));
			model.addAttribute("conflicts", stale.conflicts());
			return form(merged.draft(), new Context(context.entryId(), merged.baseVersion(), context.changeSet(),
					context.changeSummary()), new FieldProblems(beside), model, locale);
		}
		return "redirect:" + CURATE + "/changes/" + saved.getId();
	}

	/**
	 * What is wrong with a draft, beside each field, in the curator's language: the rules every
	 * entry meets (checked against the published entry, whose address and kind stay), and a save
	 * needs a summary of the change too.
	 */
	private FieldProblems check(EntryDraft draft, Context context, String action, Locale locale) {
		EntryDraft published = context.entryId() == null ? null
				: drafts.published(context.entryId()).map(EntryDrafts.Published::draft).orElse(null);
		List<FieldProblems.Problem> found = new ArrayList<>();
		for (DraftRules.Problem problem : rules.check(draft, published)) {
			found.add(new FieldProblems.Problem(problem.field(),
					messages.getMessage(problem.message(), problem.arguments().toArray(), locale)));
		}
		if ("save".equals(action) && (context.changeSummary() == null || context.changeSummary().isBlank())) {
			found.add(new FieldProblems.Problem(CHANGE_SUMMARY, message("curation.problem.changeSummary", locale)));
		}
		return new FieldProblems(found);
	}

	/** Each date of the draft that parses, in words, by its field: the curator reads what the EDTF says. */
	private Map<String, String> datesInWords(EntryDraft draft, Locale locale) {
		Map<String, String> words = new HashMap<>();
		inWords(FieldPath.of("date").then(EDTF).path(), draft.date().edtf(), locale, words);
		for (int i = 0; i < draft.relations().size(); i++) {
			inWords(FieldPath.of("relations", i).then(EDTF).path(), draft.relations().get(i).edtf(), locale, words);
		}
		return words;
	}

	private void inWords(String field, String edtf, Locale locale, Map<String, String> words) {
		if (edtf != null && HistoricalDate.isValid(edtf.strip())) {
			words.put(field, dateWords.words(HistoricalDate.parse(edtf.strip()), locale));
		}
	}

	private String form(EntryDraft draft, Context context, FieldProblems problems, Model model, Locale locale) {
		model.addAttribute("draft", DraftForm.withPlaces(draft));
		model.addAttribute("context", context);
		model.addAttribute("problems", problems);
		model.addAttribute("works", works.findAll(Sort.by("position", "id")));
		model.addAttribute("relationKinds", RelationKind.values());
		model.addAttribute("nameKinds", NameKind.values());
		model.addAttribute("identifierSchemes", IdentifierScheme.values());
		model.addAttribute("coordinatesPrecisions", Coordinates.Precision.values());
		model.addAttribute("noteKinds", EditorialNote.Kind.values());
		model.addAttribute("fresh", context.entryId() == null);
		model.addAttribute("dates", datesInWords(draft, locale));
		return "curation/edit";
	}

	/** The form again, with what publishing refused beside its field. */
	private String refused(EntryDraft draft, Context context, Publisher.Refused refused, Model model, Locale locale) {
		return form(draft, context, FieldProblems.of(refused.field(), message(refused.messageKey(), locale)), model,
				locale);
	}

	private static String blankIfNull(String text) {
		return text == null ? "" : text;
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
