package org.mirarchive.curation;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.entry.EntryRecords;

/**
 * A curators' import of CSV files in the download's columns ({@link ImportFiles}): a dry run that
 * reports every row's problems by file, line and column and what each entry would become (a diff
 * against the published entry), and the import itself: every entry in one change set, published
 * at once for a reviewer, waiting for one for an editor, and nothing saved if any row has a problem.
 */
@Component
public class Imports {

	private final DraftRules rules;

	private final DraftRules.Archive archive;

	private final HeldText heldText;

	private final EntryDrafts drafts;

	private final ChangeSets changeSets;

	private final MessageSource messages;

	private final int limit;

	Imports(DraftRules rules, ArchiveLookups archive, HeldText heldText, EntryDrafts drafts, ChangeSets changeSets,
			MessageSource messages, @Value("${archive.import.max-rows:10000}") int limit) {
		this.rules = rules;
		this.archive = archive;
		this.heldText = heldText;
		this.drafts = drafts;
		this.changeSets = changeSets;
		this.messages = messages;
		this.limit = limit;
	}

	/** The most rows a file of an import may have (property {@code archive.import.max-rows}). */
	public int limit() {
		return limit;
	}

	/** A file uploaded: its name ({@code people.csv}, {@code relations}) and its bytes. */
	public record Upload(String name, InputStream bytes) {
	}

	/** A problem as the curator reads it: file, line, column (or null) and what to do. */
	public record Problem(String file, long line, String column, String message) {
	}

	/** A field an entry would change: its label, and its value before and after. */
	public record Change(String field, String label, String before, String after) {
	}

	/** What an entry of the import would become: made or changed, with its changes field by field. */
	public record Record(String type, String slug, String name, String action, String address, List<Change> changes) {
	}

	/**
	 * A dry run's or an import's report: whether it was (or would be) saved, each entry's changes,
	 * every problem; and for an import, the change set made and whether it is published.
	 */
	public record Report(boolean valid, List<Record> records, List<Problem> problems, Long changeSet, String status) {
	}

	/** What the import would do, saving nothing. */
	@Transactional(readOnly = true)
	public Report dryRun(List<Upload> uploads, Locale locale) {
		Checked checked = check(uploads);
		return report(checked, locale, null, null);
	}

	/**
	 * Imports the files as one change set with this summary, or saves nothing where any row (or the
	 * summary) has a problem. The change set is saved (and for a reviewer published) in one
	 * transaction: where publishing refuses an entry, or one changed since it was checked, none is saved.
	 */
	public Report run(List<Upload> uploads, String username, String summary, Locale locale) {
		Checked checked = check(uploads);
		if (summary == null || summary.isBlank()) {
			checked.problems.add(ImportProblem.of("", 0, null, "curation.problem.changeSummary"));
		}
		else if (summary.strip().codePointCount(0, summary.strip().length()) > ApiAnswers.SUMMARY) {
			checked.problems.add(ImportProblem.of("", 0, null, "rules.tooLong", ApiAnswers.SUMMARY,
					summary.strip().codePointCount(0, summary.strip().length())));
		}
		List<ChangeSets.Edit> edits = new ArrayList<>();
		for (ImportDrafts.Planned entry : checked.plan == null ? List.<ImportDrafts.Planned>of() : checked.plan.entries()) {
			if (entry.isNew() || !DraftDiff.between(entry.published().draft(), entry.draft()).isEmpty()) {
				edits.add(new ChangeSets.Edit(entry.isNew() ? null : entry.published().id(),
						entry.isNew() ? null : entry.published().version(), entry.draft()));
			}
		}
		if (edits.isEmpty() && checked.problems.isEmpty()) {
			checked.problems.add(ImportProblem.of("", 0, null, "import.nothing"));
		}
		if (!checked.problems.isEmpty()) {
			return report(checked, locale, null, null);
		}
		ChangeSet made;
		try {
			made = changeSets.propose(username, summary, edits, true);
		}
		catch (Publisher.Refused refused) {
			checked.problems.add(ImportProblem.of("", 0, null, refused.messageKey()));
			return report(checked, locale, null, null);
		}
		catch (ChangeSets.Stale stale) {
			checked.problems.add(ImportProblem.of("", 0, null, "import.stale"));
			return report(checked, locale, null, null);
		}
		return report(checked, locale, made.getId(), made.getStatus().name());
	}

	private record Checked(List<ImportProblem> problems, ImportDrafts.Plan plan) {
	}

	private Checked check(List<Upload> uploads) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, List<ImportFile.Row>> files = new LinkedHashMap<>();
		for (Upload upload : uploads) {
			String name = ImportFiles.bare(upload.name());
			var columns = ImportFiles.columns(name);
			if (columns.isEmpty()) {
				problems.add(ImportProblem.of(name, 0, null, "import.file.unknown", name,
						String.join(", ", ImportFiles.all().keySet())));
				continue;
			}
			if (files.containsKey(name)) {
				problems.add(ImportProblem.of(name, 0, null, "import.file.twice", name));
				continue;
			}
			ImportFile.Read read = ImportFile.read(name, columns.get(), upload.bytes(), limit);
			if (read.refused()) {
				problems.add(read.refusal());
			}
			files.put(name, read.rows());
		}
		if (uploads.isEmpty()) {
			problems.add(ImportProblem.of("", 0, null, "import.file.none"));
		}
		if (!problems.isEmpty()) {
			// A file refused whole is not half read: its rows are not checked, nor the others' against it.
			return new Checked(problems, null);
		}
		ImportDrafts.Plan plan = new ImportDrafts(rules,
				made -> new DraftRules(new ImportDrafts.WithImported(archive, made), heldText), drafts::published)
			.plan(files);
		problems.addAll(plan.problems());
		return new Checked(problems, plan);
	}

	private Report report(Checked checked, Locale locale, Long changeSet, String status) {
		List<Record> records = new ArrayList<>();
		if (checked.plan != null) {
			for (ImportDrafts.Planned entry : checked.plan.entries()) {
				EntryDraft before = entry.isNew()
						? new EntryDraft(entry.kind(), null, null, null, null, null, null, null, null, null)
						: entry.published().draft();
				List<Change> changes = DraftDiff.between(before, entry.draft())
					.changes()
					.stream()
					.map(c -> new Change(c.field(), messages.getMessage(c.label(), null, c.label(), locale), c.before(),
							c.after()))
					.toList();
				String action = entry.isNew() ? "create" : changes.isEmpty() ? "unchanged" : "change";
				String slug = entry.draft().slug();
				records.add(new Record(EntryRecords.type(entry.kind()), slug, entry.draft().name(), action,
						slug == null ? null : entry.kind().url(slug), changes));
			}
		}
		List<Problem> problems = checked.problems.stream()
			.map(p -> new Problem(p.file(), p.line(), p.column(),
					messages.getMessage(p.message(), p.arguments().toArray(), p.message(), locale)))
			.toList();
		return new Report(problems.isEmpty(), records, problems, changeSet, status);
	}

}
