package org.mirarchive.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mirarchive.curation.EntryDraft.CitationDraft;
import org.mirarchive.curation.EntryDraft.DateDraft;
import org.mirarchive.curation.EntryDraft.NameDraft;
import org.mirarchive.curation.EntryDraft.RelationDraft;
import org.mirarchive.curation.EntryDraft.StatementDraft;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.NameKind;
import org.mirarchive.model.Slug;

/**
 * The drafts an import's rows make, checked by the rules the form and the write API check
 * ({@link DraftRules}), each problem said where the curator finds it: file, line and column.
 *
 * <p>An entry file's row is an entry: a published one (by its slug) changed, or a new one (the
 * slug blank, or the one its headword makes). Its statements, other names' and date's citations
 * come from the citations file (a statement is the {@code claim} of its rows), its relations from
 * the relations file, each cited by the citations file's {@code relation} rows ({@code claim}:
 * the kind and the object's name, as the download writes them). A published entry keeps the
 * claims it has; what the rows add is added, a name left out of {@code other_names} is removed.
 * The columns the archive computes (dates in words, bounds, addresses, times) are not read.
 *
 * <p>A relation whose two ends are both entries of the import is held by the end published later
 * (the entries are published in the files' order): the earlier one is there by then, and its own
 * draft, published before the relation exists, does not remove it. The rules check it against the
 * archive as it will be, with the import's new entries in it.
 */
final class ImportDrafts {

	private static final Pattern LAST = Pattern.compile("(\\w+)(\\[\\d+])?$");

	private final DraftRules rules;

	private final Function<Map<String, EntryKind>, DraftRules> withImported;

	private final BiFunction<EntryKind, String, Optional<EntryDrafts.Published>> published;

	/**
	 * @param rules the rules, against the archive as it is
	 * @param withImported the rules against the archive with the import's new entries in it (by address)
	 * @param published a published entry by its kind and slug
	 */
	ImportDrafts(DraftRules rules, Function<Map<String, EntryKind>, DraftRules> withImported,
			BiFunction<EntryKind, String, Optional<EntryDrafts.Published>> published) {
		this.rules = rules;
		this.withImported = withImported;
		this.published = published;
	}

	/**
	 * The archive as the rules see it during an import: the import's new entries are there, at
	 * their addresses ("/people/ana-example"), not withdrawn.
	 */
	record WithImported(DraftRules.Archive archive, Map<String, EntryKind> imported) implements DraftRules.Archive {

		@Override
		public Optional<DraftRules.WorkFacts> work(String slug) {
			return archive.work(slug);
		}

		@Override
		public Optional<EntryKind> entryKind(String path) {
			EntryKind kind = imported.get(path.startsWith("/") ? path : "/" + path);
			return kind != null ? Optional.of(kind) : archive.entryKind(path);
		}

		@Override
		public boolean isKnownQuotation(String work, String text) {
			return archive.isKnownQuotation(work, text);
		}

		@Override
		public boolean isSlugTaken(String slug) {
			return archive.isSlugTaken(slug);
		}

		@Override
		public boolean isWithdrawn(String path) {
			return !imported.containsKey(path.startsWith("/") ? path : "/" + path) && archive.isWithdrawn(path);
		}

	}

	/** One entry the import makes or changes: its draft, the published one (null for new), and where its parts came from. */
	record Planned(EntryKind kind, ImportFile.Row row, EntryDraft draft, EntryDrafts.Published published,
			Map<String, ImportFile.Row> from) {

		boolean isNew() {
			return published == null;
		}

	}

	/** The entries planned and every problem of the rows. */
	record Plan(List<Planned> entries, List<ImportProblem> problems) {
	}

	/** Builds and checks the drafts of the files' rows (by file name: {@code people}, {@code relations}…). */
	Plan plan(Map<String, List<ImportFile.Row>> files) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Building> byAddress = new LinkedHashMap<>();
		for (EntryKind kind : EntryKind.values()) {
			for (ImportFile.Row row : files.getOrDefault(kind.path(), List.of())) {
				Building entry = entry(kind, row, problems);
				if (entry == null) {
					continue;
				}
				String address = kind.url(entry.slug);
				if (byAddress.containsKey(address)) {
					problems.add(ImportProblem.of(row.file(), row.line(), "slug", "import.entry.twice",
							byAddress.get(address).row.line()));
					continue;
				}
				entry.order = byAddress.size();
				byAddress.put(address, entry);
			}
		}
		for (ImportFile.Row row : files.getOrDefault(ImportFiles.RELATIONS, List.of())) {
			relation(row, byAddress, problems);
		}
		for (ImportFile.Row row : files.getOrDefault(ImportFiles.CITATIONS, List.of())) {
			citation(row, byAddress, problems);
		}
		for (ImportFile.Row row : files.getOrDefault(ImportFiles.TRANSLATIONS, List.of())) {
			translation(row, byAddress, problems);
		}
		Map<String, EntryKind> newEntries = new HashMap<>();
		byAddress.forEach((address, entry) -> {
			if (entry.published == null && !entry.slug.isEmpty()) {
				newEntries.put(address, entry.kind);
			}
		});
		DraftRules checking = withImported.apply(newEntries);
		List<Planned> planned = new ArrayList<>();
		for (Building entry : byAddress.values()) {
			Planned made = entry.planned();
			planned.add(made);
			for (DraftRules.Problem problem : checking.check(made.draft(),
					made.published() == null ? null : made.published().draft())) {
				problems.add(where(problem, made));
			}
		}
		problems.sort(java.util.Comparator.comparing(ImportProblem::file).thenComparingLong(ImportProblem::line));
		return new Plan(planned, problems);
	}

	private Building entry(EntryKind kind, ImportFile.Row row, List<ImportProblem> problems) {
		String slug = row.get("slug");
		EntryDrafts.Published was = slug != null && Slug.isValid(slug) ? published.apply(kind, slug).orElse(null) : null;
		if (was != null && was.withdrawn()) {
			problems.add(ImportProblem.of(row.file(), row.line(), "slug", "import.entry.withdrawn", slug));
			return null;
		}
		if (was == null && slug == null) {
			slug = row.get("name") == null ? null : rules.slugFor(row.get("name")).orElse(null);
		}
		if (slug == null) {
			// The rules say why: no headword, or none to make an address from.
			slug = "";
		}
		return new Building(kind, row, slug, was);
	}

	private void relation(ImportFile.Row row, Map<String, Building> byAddress, List<ImportProblem> problems) {
		Optional<EntryKind> subjectKind = kind(row.get("subject_type"));
		Optional<EntryKind> objectKind = kind(row.get("object_type"));
		if (subjectKind.isEmpty() || objectKind.isEmpty()) {
			String column = subjectKind.isEmpty() ? "subject_type" : "object_type";
			problems.add(ImportProblem.of(row.file(), row.line(), column, "import.relation.type",
					Objects.toString(row.get(column), "")));
			return;
		}
		String subject = subjectKind.get().url(Objects.toString(row.get("subject_slug"), ""));
		String object = objectKind.get().url(Objects.toString(row.get("object_slug"), ""));
		Building atSubject = byAddress.get(subject);
		Building atObject = byAddress.get(object);
		if (atSubject == null && atObject == null) {
			problems.add(ImportProblem.of(row.file(), row.line(), "subject_slug", "import.relation.noEntry"));
			return;
		}
		// Where both ends are in the import, the one published later holds it: the other is there by then.
		boolean isSubject = atSubject != null && (atObject == null || atSubject.order > atObject.order);
		Building entry = isSubject ? atSubject : atObject;
		Building other = isSubject ? atObject : atSubject;
		RelationDraft relation = new RelationDraft(null, row.get("kind"), isSubject, isSubject ? object : subject,
				row.get("role"), null, row.get("date_edtf"), List.of());
		entry.relation(relation, row, Objects.toString(row.get("kind"), "") + " " + Objects.toString(row.get("object_name"), ""),
				other);
	}

	private void citation(ImportFile.Row row, Map<String, Building> byAddress, List<ImportProblem> problems) {
		Optional<EntryKind> kind = kind(row.get("entry_type"));
		if (kind.isEmpty()) {
			problems.add(ImportProblem.of(row.file(), row.line(), "entry_type", "import.citation.type",
					Objects.toString(row.get("entry_type"), "")));
			return;
		}
		Building entry = byAddress.get(kind.get().url(Objects.toString(row.get("entry_slug"), "")));
		if (entry == null) {
			problems.add(ImportProblem.of(row.file(), row.line(), "entry_slug", "import.citation.noEntry",
					Objects.toString(row.get("entry_slug"), "")));
			return;
		}
		CitationDraft citation = new CitationDraft(row.get("source_slug"), row.get("locator"), row.get("quotation"));
		String claim = Objects.toString(row.get("claim"), "");
		String type = Objects.toString(row.get("claim_type"), "");
		boolean placed = switch (type) {
			case "statement" -> entry.statement(claim, citation, row);
			case "name" -> entry.name(claim, citation, row);
			case "date" -> entry.date(citation, row);
			case "relation" -> entry.relationCitation(claim, citation, row);
			default -> {
				problems.add(ImportProblem.of(row.file(), row.line(), "claim_type", "import.citation.claimType", type));
				yield true;
			}
		};
		if (!placed) {
			problems.add(ImportProblem.of(row.file(), row.line(), "claim", "import.citation.noClaim", claim));
		}
	}

	/**
	 * A row of the translations file: the Spanish headword, summary or a statement's text of an
	 * entry of the import (a statement by its English text). Rows of the other parts are not read.
	 */
	private void translation(ImportFile.Row row, Map<String, Building> byAddress, List<ImportProblem> problems) {
		String part = Objects.toString(row.get("part"), "");
		String field = Objects.toString(row.get("field"), "");
		boolean read = part.equals("entry") && (field.equals("name") || field.equals("summary"))
				|| part.equals("statement") && field.equals("text");
		if (!read) {
			return;
		}
		if (!EntryDrafts.SPANISH.equals(row.get("language"))) {
			problems.add(ImportProblem.of(row.file(), row.line(), "language", "import.translation.language",
					Objects.toString(row.get("language"), "")));
			return;
		}
		Optional<EntryKind> kind = kind(row.get("record_type"));
		if (kind.isEmpty()) {
			problems.add(ImportProblem.of(row.file(), row.line(), "record_type", "import.citation.type",
					Objects.toString(row.get("record_type"), "")));
			return;
		}
		Building entry = byAddress.get(kind.get().url(Objects.toString(row.get("record_slug"), "")));
		if (entry == null) {
			problems.add(ImportProblem.of(row.file(), row.line(), "record_slug", "import.translation.noEntry",
					Objects.toString(row.get("record_slug"), "")));
			return;
		}
		if (!entry.translate(part, field, Objects.toString(row.get("english"), ""), row.get("text"), row)) {
			problems.add(ImportProblem.of(row.file(), row.line(), "english", "import.translation.noText",
					Objects.toString(row.get("english"), "")));
		}
	}

	private static Optional<EntryKind> kind(String type) {
		return type == null ? Optional.empty() : RecordDrafts.kind(type);
	}

	/** A problem of the rules, where its field came from: the row, and the column of the download's. */
	static ImportProblem where(DraftRules.Problem problem, Planned entry) {
		String field = problem.field();
		ImportFile.Row row = entry.row();
		String prefix = field;
		while (!prefix.isEmpty()) {
			if (entry.from().containsKey(prefix)) {
				row = entry.from().get(prefix);
				break;
			}
			int cut = Math.max(prefix.lastIndexOf('.'), prefix.lastIndexOf('['));
			prefix = cut < 0 ? "" : prefix.substring(0, cut);
		}
		// A translation's problem is in the translations file's text.
		String column = ImportFiles.TRANSLATIONS.equals(row.file()) ? "text" : column(field, entry.draft());
		return new ImportProblem(row.file(), row.line(), column, problem.message(), problem.arguments());
	}

	/** The download's column a draft's field is written in. */
	static String column(String field, EntryDraft draft) {
		Matcher last = LAST.matcher(field);
		String part = last.find() ? last.group(1) : field;
		if (field.contains(".citations[")) {
			switch (part) {
				case "work":
					return "source_slug";
				case "locator":
					return "locator";
				case "quotation":
					return "quotation";
				default:
					break;
			}
		}
		if (field.startsWith("names")) {
			return "other_names";
		}
		if (field.startsWith("date")) {
			return "date_edtf";
		}
		if (field.startsWith("statements[")) {
			return "claim";
		}
		if (field.startsWith("relations[")) {
			Matcher index = Pattern.compile("^relations\\[(\\d+)]").matcher(field);
			int i = index.find() ? Integer.parseInt(index.group(1)) : 0;
			return switch (field.replaceFirst("^relations\\[\\d+]\\.?", "").replaceFirst("[.\\[].*$", "")) {
				case "other" -> i < draft.relations().size() && !draft.relations().get(i).subject() ? "subject_slug"
						: "object_slug";
				case "role", "roleEs" -> "role";
				case "edtf" -> "date_edtf";
				default -> "kind";
			};
		}
		return switch (field) {
			case "name", "slug", "summary" -> field;
			case "nameEs" -> "name";
			case "summaryEs" -> "summary";
			default -> null;
		};
	}

	/** An entry as its rows are gathered. */
	private static final class Building {

		final EntryKind kind;

		final ImportFile.Row row;

		final String slug;

		final EntryDrafts.Published published;

		/** Its place among the import's entries: they are published in this order. */
		int order;

		final DateDraftBuilder date = new DateDraftBuilder();

		/** The Spanish headword and summary: the published ones, unless the translations file gives others. */
		String nameEs;

		String summaryEs;

		final List<NameDraft> names = new ArrayList<>();

		final List<StatementDraft> statements = new ArrayList<>();

		final List<RelationDraft> relations = new ArrayList<>();

		/**
		 * The relations of this import by their claim as the citations file names it ("MEMBER_OF MIR"),
		 * with the entry that holds each: this one, or the other end where both are in the import.
		 */
		final Map<String, Held> relationClaims = new HashMap<>();

		final Map<String, ImportFile.Row> from = new HashMap<>();

		Building(EntryKind kind, ImportFile.Row row, String slug, EntryDrafts.Published published) {
			this.kind = kind;
			this.row = row;
			this.slug = slug;
			this.published = published;
			EntryDraft was = published == null ? null : published.draft();
			nameEs = was == null ? null : was.nameEs();
			summaryEs = was == null ? null : was.summaryEs();
			String edtf = row.get("date_edtf");
			if (was != null && Objects.equals(edtf, was.date().edtf())) {
				date.citations.addAll(was.date().citations());
			}
			date.edtf = edtf;
			if (was != null) {
				statements.addAll(was.statements());
				relations.addAll(was.relations());
			}
			String others = row.get("other_names");
			if (others != null) {
				for (String form : others.split(";")) {
					if (form.isBlank()) {
						continue;
					}
					NameDraft kept = was == null ? null
							: was.names().stream().filter(n -> n.form().equals(form.strip())).findFirst().orElse(null);
					from.put(FieldPath.of("names", names.size()).toString(), row);
					names.add(kept != null ? kept
							: new NameDraft(null, NameKind.VARIANT.name(), form.strip(), null, List.of()));
				}
			}
		}

		boolean statement(String text, CitationDraft citation, ImportFile.Row at) {
			for (int i = 0; i < statements.size(); i++) {
				StatementDraft s = statements.get(i);
				if (s.text() != null && s.text().equals(text)) {
					if (!s.citations().contains(citation)) {
						statements.set(i, new StatementDraft(s.id(), s.text(), s.textEs(), plus(s.citations(), citation),
								s.notes()));
						from.put(FieldPath.of("statements", i).then("citations").at(s.citations().size()).toString(), at);
					}
					return true;
				}
			}
			int i = statements.size();
			statements.add(new StatementDraft(null, text, null, List.of(citation)));
			from.put(FieldPath.of("statements", i).toString(), at);
			from.put(FieldPath.of("statements", i).then("citations").at(0).toString(), at);
			return true;
		}

		/** The Spanish text of the headword, the summary or the statement whose English text is given. */
		boolean translate(String part, String field, String english, String text, ImportFile.Row at) {
			if (part.equals("entry")) {
				if (field.equals("name")) {
					nameEs = text;
				}
				else {
					summaryEs = text;
				}
				from.put(field + "Es", at);
				return true;
			}
			for (int i = 0; i < statements.size(); i++) {
				StatementDraft s = statements.get(i);
				if (s.text() != null && s.text().equals(english.strip())) {
					statements.set(i, new StatementDraft(s.id(), s.text(), text, s.citations(), s.notes()));
					from.put(FieldPath.of("statements", i).then("textEs").toString(), at);
					return true;
				}
			}
			return false;
		}

		boolean name(String form, CitationDraft citation, ImportFile.Row at) {
			for (int i = 0; i < names.size(); i++) {
				NameDraft n = names.get(i);
				if (n.form().equals(form)) {
					if (!n.citations().contains(citation)) {
						names.set(i, new NameDraft(n.id(), n.kind(), n.form(), n.lang(), plus(n.citations(), citation)));
						from.put(FieldPath.of("names", i).then("citations").at(n.citations().size()).toString(), at);
					}
					return true;
				}
			}
			return false;
		}

		boolean date(CitationDraft citation, ImportFile.Row at) {
			if (!date.citations.contains(citation)) {
				from.put(FieldPath.of("date").then("citations").at(date.citations.size()).toString(), at);
				date.citations.add(citation);
			}
			return true;
		}

		/** Holds a relation; its citations are found by its claim at this entry and at the other end, if imported too. */
		void relation(RelationDraft relation, ImportFile.Row at, String claim, Building otherEnd) {
			int i = relations.size();
			relations.add(relation);
			Held held = new Held(this, i);
			relationClaims.put(claim, held);
			if (otherEnd != null) {
				otherEnd.relationClaims.putIfAbsent(claim, held);
			}
			from.put(FieldPath.of("relations", i).toString(), at);
		}

		boolean relationCitation(String claim, CitationDraft citation, ImportFile.Row at) {
			Held held = relationClaims.get(claim);
			if (held == null) {
				return false;
			}
			held.holder().cite(held.index(), citation, at);
			return true;
		}

		private void cite(int i, CitationDraft citation, ImportFile.Row at) {
			RelationDraft r = relations.get(i);
			from.put(FieldPath.of("relations", i).then("citations").at(r.citations().size()).toString(), at);
			relations.set(i, new RelationDraft(r.id(), r.kind(), r.subject(), r.other(), r.role(), r.roleEs(), r.edtf(),
					plus(r.citations(), citation), r.notes()));
		}

		Planned planned() {
			EntryDraft was = published == null ? null : published.draft();
			EntryDraft draft = new EntryDraft(kind, published == null && slug.isEmpty() ? null : slug, row.get("name"),
					nameEs, row.get("summary"), summaryEs,
					new DateDraft(date.edtf, date.citations), names, statements, relations);
			return new Planned(kind, row, was == null ? draft : draft.withNotesOf(was), published, Map.copyOf(from));
		}

		private static <T> List<T> plus(List<T> list, T more) {
			List<T> longer = new ArrayList<>(list);
			longer.add(more);
			return longer;
		}

	}

	/** A relation of the import: the entry whose draft holds it, and where in its relations. */
	private record Held(Building holder, int index) {
	}

	private static final class DateDraftBuilder {

		String edtf;

		final List<CitationDraft> citations = new ArrayList<>();

	}

}
