package org.mirarchive.curation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import org.mirarchive.curation.DraftRules.Problem;
import org.mirarchive.model.HistoricalDate;
import org.mirarchive.work.RecordField;
import org.mirarchive.work.SourceKind;
import org.mirarchive.work.SourceNote;

/**
 * The rules a work's record meets at save, as the seed's integrity tests hold them of every
 * seeded work: a kind, a title and the archive's description; each field its kind requires either
 * given or declared unknown with why, never both; dates in EDTF; a web address that parses, on
 * http or https only; the work's language as a language tag; notes of a known kind; text no longer
 * than its column. A published work keeps its address. Text is kept as typed: nothing here reads
 * it as markup, and the pages escape it.
 */
@Component
public class WorkRules {

	/** The fields a record may declare unknown (every work has a language: the schema has no reason for it). */
	static final List<String> MAY_BE_UNKNOWN = Arrays.stream(RecordField.values())
		.filter(field -> field != RecordField.LANGUAGE)
		.map(Enum::name)
		.toList();

	/** A BCP 47 tag as the archive writes them: a language, then any region or script ("en", "es", "pt-BR"). */
	private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	private final Function<String, Optional<String>> slugFor;

	@Autowired
	WorkRules(DraftRules rules) {
		this(rules::slugFor);
	}

	/** Rules that make a new work's address with this (from its title: empty where it has no letter or digit). */
	WorkRules(Function<String, Optional<String>> slugFor) {
		this.slugFor = slugFor;
	}

	/** What is wrong with a draft, by field; {@code published} is the work as published, or null for a new one. */
	public List<Problem> check(WorkDraft draft, WorkDraft published) {
		List<Problem> problems = new ArrayList<>();
		SourceKind kind = kind(draft.kind());
		if (kind == null) {
			problems.add(Problem.of("kind", "curation.work.problem.kind"));
		}
		required(draft.title(), "title", problems);
		length(draft.title(), 300, "title", problems);
		required(draft.summary(), "summary", problems);
		length(draft.summary(), 500, "summary", problems);
		length(draft.summaryEs(), 1000, "summaryEs", problems);
		length(draft.subtitle(), 300, "subtitle", problems);
		length(draft.author(), 200, "author", problems);
		length(draft.authorEs(), 200, "authorEs", problems);
		length(draft.container(), 200, "container", problems);
		length(draft.containerEs(), 200, "containerEs", problems);
		length(draft.publisher(), 200, "publisher", problems);
		length(draft.place(), 120, "place", problems);
		length(draft.placeEs(), 120, "placeEs", problems);
		length(draft.isbn(), 40, "isbn", problems);
		url(draft.url(), problems);
		edtf(draft.issued(), "issued", problems);
		edtf(draft.accessed(), "accessed", problems);
		if (draft.accessedBefore() != null) {
			try {
				LocalDate.parse(draft.accessedBefore());
			}
			catch (DateTimeParseException notADay) {
				problems.add(Problem.of("accessedBefore", "curation.work.problem.day"));
			}
			if (draft.accessed() != null) {
				problems.add(Problem.of("accessedBefore", "curation.work.problem.accessedTwice"));
			}
		}
		if (draft.language() == null) {
			problems.add(Problem.of("language", "curation.work.problem.languageRequired"));
		}
		else if (!LANGUAGE_TAG.matcher(draft.language()).matches() || draft.language().length() > 10
				|| Locale.forLanguageTag(draft.language()).getLanguage().isEmpty()) {
			problems.add(Problem.of("language", "curation.work.problem.language"));
		}
		if (draft.summaryEs() == null
				&& (draft.authorEs() != null || draft.containerEs() != null || draft.placeEs() != null)) {
			problems.add(Problem.of("summaryEs", "curation.work.problem.spanishSummary"));
		}
		unknown(draft, kind, problems);
		notes(draft, problems);
		if (published != null) {
			if (!Objects.equals(draft.slug(), published.slug())) {
				problems.add(Problem.of("title", "curation.work.problem.slug", published.slug()));
			}
		}
		else if (draft.title() != null && slugFor.apply(draft.title()).isEmpty()) {
			problems.add(Problem.of("title", "curation.work.problem.noLetters"));
		}
		return problems;
	}

	/** Each field the work's kind requires: given, or declared unknown with why, not both. */
	private static void unknown(WorkDraft draft, SourceKind kind, List<Problem> problems) {
		Set<String> declared = new HashSet<>();
		for (WorkDraft.UnknownDraft unknown : draft.unknown()) {
			if (!MAY_BE_UNKNOWN.contains(unknown.field())) {
				problems.add(Problem.of("kind", "curation.work.problem.unknownField"));
				continue;
			}
			String field = field(unknown.field());
			if (Arrays.stream(RecordField.Unknown.values()).noneMatch(reason -> reason.name().equals(unknown.reason()))) {
				problems.add(Problem.of(field, "curation.work.problem.reason"));
			}
			declared.add(unknown.field());
		}
		if (kind == null) {
			return;
		}
		for (RecordField required : RecordField.requiredOf(kind)) {
			if (required == RecordField.LANGUAGE) {
				continue;
			}
			boolean given = fills(draft, required);
			boolean unknown = declared.contains(required.name());
			if (given && unknown) {
				problems.add(Problem.of(field(required.name()), "curation.work.problem.givenAndUnknown"));
			}
			else if (!given && !unknown) {
				problems.add(Problem.of(field(required.name()), "curation.work.problem.missing"));
			}
		}
	}

	private static boolean fills(WorkDraft draft, RecordField field) {
		return switch (field) {
			case AUTHOR -> draft.author() != null;
			case PUBLISHER -> draft.publisher() != null;
			case PLACE -> draft.place() != null;
			case ISSUED -> draft.issued() != null;
			case ACCESSED -> draft.accessed() != null || draft.accessedBefore() != null;
			case ISBN -> draft.isbn() != null;
			case LANGUAGE -> draft.language() != null;
		};
	}

	/** The form's field for a record field ("AUTHOR" is "author"). */
	static String field(String recordField) {
		return recordField.toLowerCase(Locale.ROOT);
	}

	private static void notes(WorkDraft draft, List<Problem> problems) {
		for (int i = 0; i < draft.notes().size(); i++) {
			WorkDraft.NoteDraft note = draft.notes().get(i);
			FieldPath path = FieldPath.of("notes", i);
			if (Arrays.stream(SourceNote.Kind.values()).noneMatch(k -> k.name().equals(note.kind()))) {
				problems.add(Problem.of(path.then("kind").path(), "curation.work.problem.noteKind"));
			}
			if (note.text() == null) {
				problems.add(Problem.of(path.then("text").path(), "curation.work.problem.noteText"));
			}
			length(note.text(), 600, path.then("text").path(), problems);
			length(note.textEs(), 1200, path.then("textEs").path(), problems);
		}
	}

	private static void url(String url, List<Problem> problems) {
		if (url == null) {
			return;
		}
		length(url, 500, "url", problems);
		try {
			URI parsed = new URI(url);
			String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || parsed.getHost() == null) {
				problems.add(Problem.of("url", "curation.work.problem.url"));
			}
		}
		catch (URISyntaxException notAnAddress) {
			problems.add(Problem.of("url", "curation.work.problem.url"));
		}
	}

	private static void edtf(String edtf, String field, List<Problem> problems) {
		if (edtf != null && (edtf.length() > 40 || !HistoricalDate.isValid(edtf))) {
			problems.add(Problem.of(field, "curation.work.problem.edtf", edtf));
		}
	}

	private static void required(String text, String field, List<Problem> problems) {
		if (text == null) {
			problems.add(Problem.of(field, "curation.work.problem." + field));
		}
	}

	private static void length(String text, int most, String field, List<Problem> problems) {
		if (text != null && text.length() > most) {
			problems.add(Problem.of(field, "curation.work.problem.tooLong", most));
		}
	}

	static SourceKind kind(String name) {
		return Arrays.stream(SourceKind.values()).filter(k -> k.name().equals(name)).findFirst().orElse(null);
	}

}
