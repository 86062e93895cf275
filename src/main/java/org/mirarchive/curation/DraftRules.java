package org.mirarchive.curation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.mirarchive.curation.EntryDraft.CitationDraft;
import org.mirarchive.curation.EntryDraft.CoordinatesDraft;
import org.mirarchive.curation.EntryDraft.IdentifierDraft;
import org.mirarchive.curation.EntryDraft.NameDraft;
import org.mirarchive.curation.EntryDraft.NoteDraft;
import org.mirarchive.curation.EntryDraft.RelationDraft;
import org.mirarchive.curation.EntryDraft.StatementDraft;
import org.mirarchive.entry.Coordinates;
import org.mirarchive.entry.EditorialNote;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.IdentifierScheme;
import org.mirarchive.entry.NameKind;
import org.mirarchive.entry.RelationKind;
import org.mirarchive.model.HistoricalDate;
import org.mirarchive.model.Slug;

/**
 * The rules a curator's draft must meet before it is saved: the rules the seed's integrity tests
 * check, enforced at save. Every claim (a statement, a date, another name, a relation, an
 * editorial note, an identifier in another archive, a place's coordinates) is cited;
 * a citation names a work of the archive's and says where in it (a quotation, verbatim, for a
 * work whose text the archive holds; a locator for any other); dates parse; relations join the
 * kinds of entry their kind allows; texts fit their columns; a new entry's address is made from
 * its headword and a published one's never changes. Markup is not refused: it is text, stored
 * and shown as such.
 *
 * <p>Each problem names its field by the path the form and the write API use ({@code name},
 * {@code date.edtf}, {@code statements[2].citations[0].quotation}), with a message key of
 * {@code i18n/rules.properties} and its arguments.
 */
public final class DraftRules {

	/** The columns' sizes (V1, V13): text longer than these cannot be stored. */
	static final int NAME = 200;

	static final int SUMMARY = 300;

	static final int SUMMARY_ES = 600;

	static final int STATEMENT = 600;

	static final int STATEMENT_ES = 1200;

	static final int ROLE = 120;

	static final int ROLE_ES = 240;

	static final int LOCATOR = 200;

	static final int NOTE = 1000;

	static final int NOTE_ES = 2000;

	static final int EDTF = 60;

	/** A slug made from a headword, leaving room in the column (160) for "-2", "-3"… */
	static final int SLUG = 150;

	static final int LANGUAGE = 10;

	/** As the seed keeps its quotations: short passages, never more than two sentences (SeedIntegrityTest). */
	static final int QUOTATION = 300;

	private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

	/** What a note never says for the works it rests on: it names them (SeedIntegrityTest). */
	private static final Pattern OTHER_WORKS = Pattern.compile("other works", Pattern.CASE_INSENSITIVE);

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]+)*");

	/** Degrees as the columns keep them (numeric(9,6)): a plain decimal, at most six places after the point. */
	static final int DEGREE_DECIMALS = 6;

	private final Archive archive;

	private final HeldText heldText;

	public DraftRules(Archive archive, HeldText heldText) {
		this.archive = archive;
		this.heldText = heldText;
	}

	/** A broken rule: the field's path, the message key, and the message's arguments. */
	public record Problem(String field, String message, List<Object> arguments) {

		public Problem {
			arguments = List.copyOf(arguments);
		}

		static Problem of(String field, String message, Object... arguments) {
			return new Problem(field, message, Arrays.asList(arguments));
		}

	}

	/** What the rules look up in the archive; the curation feature answers from its repositories. */
	public interface Archive {

		/** A work the archive cites, by its slug. */
		Optional<WorkFacts> work(String slug);

		/** The kind of the entry at a path ("/organizations/mir"), if there is one. */
		Optional<EntryKind> entryKind(String path);

		/** Whether the archive already has this quotation (its exact text) of this work. */
		boolean isKnownQuotation(String work, String text);

		/** Whether an entry or a work already has this slug. */
		boolean isSlugTaken(String slug);

		/** Whether the entry at a path has been withdrawn: readers no longer see it anywhere. */
		boolean isWithdrawn(String path);

	}

	/**
	 * What the rules need to know of a work: whether the archive quotes it (Source.isQuotable), and
	 * its title and container ("Wikipedia"), one of which a note citing it names.
	 */
	public record WorkFacts(String slug, boolean quotable, String title, String container) {

		/** A work whose title the rules do not know: a note citing it is not checked for naming it. */
		public WorkFacts(String slug, boolean quotable) {
			this(slug, quotable, null, null);
		}

		/** Whether a note's text names the work: its title (without a title's supplied brackets) or its container. */
		boolean isNamedIn(String text) {
			if (title == null) {
				return true;
			}
			String bare = title.replaceAll("^\\[|\\]$", "");
			return text.contains(bare) || container != null && text.contains(container);
		}

	}

	/**
	 * The problems of a draft; none when it may be saved.
	 * @param draft the curator's draft
	 * @param published the entry as published, or null for a new entry
	 */
	public List<Problem> check(EntryDraft draft, EntryDraft published) {
		List<Problem> problems = new ArrayList<>();
		entry(draft, published, problems);
		Set<CitationDraft> kept = published(published);
		date(draft, kept, problems);
		for (int i = 0; i < draft.names().size(); i++) {
			name(draft.names().get(i), FieldPath.of("names", i), kept, problems);
		}
		List<IdentifierDraft> identifiers = draft.identifiersOrNone();
		for (int i = 0; i < identifiers.size(); i++) {
			identifier(draft, identifiers.get(i), FieldPath.of("identifiers", i), identifiers.subList(0, i), kept,
					problems);
		}
		if (draft.coordinatesOrNone().hasPoint()) {
			coordinates(draft, draft.coordinates(), kept, problems);
		}
		if (draft.statements().isEmpty()) {
			problems.add(Problem.of("statements", "rules.statements.none"));
		}
		for (int i = 0; i < draft.statements().size(); i++) {
			statement(draft.statements().get(i), FieldPath.of("statements", i), kept, problems);
			notes(draft.statements().get(i).notes(), FieldPath.of("statements", i), kept, problems);
		}
		if (draft.relations().isEmpty()) {
			problems.add(Problem.of("relations", "rules.relations.none"));
		}
		for (int i = 0; i < draft.relations().size(); i++) {
			relation(draft, draft.relations().get(i), FieldPath.of("relations", i), kept, problems);
			notes(draft.relations().get(i).notes(), FieldPath.of("relations", i), kept, problems);
		}
		return List.copyOf(problems);
	}

	/** Every citation the published entry has, on any of its claims; none for a new entry. */
	private static Set<CitationDraft> published(EntryDraft published) {
		Set<CitationDraft> kept = new HashSet<>();
		if (published != null) {
			kept.addAll(published.date().citations());
			published.date().notes().forEach(note -> kept.addAll(note.citations()));
			published.names().forEach(name -> kept.addAll(name.citations()));
			published.identifiersOrNone().forEach(identifier -> kept.addAll(identifier.citations()));
			kept.addAll(published.coordinatesOrNone().citations());
			published.coordinatesOrNone().notes().forEach(note -> kept.addAll(note.citations()));
			published.statements().forEach(statement -> kept.addAll(statement.citations()));
			published.statements().forEach(statement -> statement.notes().forEach(note -> kept.addAll(note.citations())));
			published.relations().forEach(relation -> kept.addAll(relation.citations()));
			published.relations().forEach(relation -> relation.notes().forEach(note -> kept.addAll(note.citations())));
		}
		return kept;
	}

	/**
	 * The slug a new entry with this headword gets: made from the headword, with {@code -2},
	 * {@code -3}… where an entry or a work already has it. Empty when the headword has no letter
	 * or digit to make one from.
	 */
	public Optional<String> slugFor(String name) {
		if (isBlank(name)) {
			return Optional.empty();
		}
		String base = base(name);
		if (!Slug.isValid(base)) {
			return Optional.empty();
		}
		String slug = base;
		for (int n = 2; archive.isSlugTaken(slug); n++) {
			slug = base + "-" + n;
		}
		return Optional.of(slug);
	}

	private void entry(EntryDraft draft, EntryDraft published, List<Problem> problems) {
		if (draft.kind() == null) {
			problems.add(Problem.of("kind", "rules.kind.required"));
		}
		if (isBlank(draft.name())) {
			problems.add(Problem.of("name", "rules.name.required"));
		}
		length(draft.name(), NAME, FieldPath.of("name"), problems);
		length(draft.nameEs(), NAME, FieldPath.of("nameEs"), problems);
		if (isBlank(draft.summary())) {
			problems.add(Problem.of("summary", "rules.summary.required"));
		}
		length(draft.summary(), SUMMARY, FieldPath.of("summary"), problems);
		length(draft.summaryEs(), SUMMARY_ES, FieldPath.of("summaryEs"), problems);
		if (published != null) {
			if (!Objects.equals(draft.slug(), published.slug())) {
				problems.add(Problem.of("slug", "rules.slug.published", published.slug()));
			}
			if (draft.kind() != null && draft.kind() != published.kind()) {
				problems.add(Problem.of("kind", "rules.kind.published"));
			}
			return;
		}
		if (isBlank(draft.name())) {
			return;
		}
		Optional<String> made = slugFor(draft.name());
		if (made.isEmpty()) {
			problems.add(Problem.of("name", "rules.name.noLetters"));
		}
		else if (draft.slug() != null && !isMadeFrom(draft.slug(), base(draft.name()))) {
			problems.add(Problem.of("slug", "rules.slug.fromHeadword", made.get()));
		}
		else if (draft.slug() != null && archive.isSlugTaken(draft.slug())) {
			problems.add(Problem.of("slug", "rules.slug.taken", draft.slug(), made.get()));
		}
	}

	/**
	 * The slug made from a headword, cut at a word's end where it would not leave room in the
	 * column (160) for a number after it.
	 */
	private static String base(String name) {
		String slug = Slug.of(name);
		if (slug.length() <= SLUG) {
			return slug;
		}
		int cut = slug.lastIndexOf('-', SLUG);
		return slug.substring(0, cut > 0 ? cut : SLUG);
	}

	/** Whether a slug is the one made from a headword, or that with a number after it ("mir-2"). */
	private static boolean isMadeFrom(String slug, String base) {
		return slug.equals(base) || slug.startsWith(base + "-") && slug.substring(base.length() + 1).matches("[1-9][0-9]*");
	}

	private void date(EntryDraft draft, Set<CitationDraft> kept, List<Problem> problems) {
		FieldPath date = FieldPath.of("date");
		if (!draft.date().isPresent()) {
			if (!draft.date().citations().isEmpty()) {
				problems.add(Problem.of(date.then("citations").toString(), "rules.date.citationsWithoutDate"));
			}
			if (!draft.date().notes().isEmpty()) {
				problems.add(Problem.of(date.then("notes").toString(), "rules.date.notesWithoutDate"));
			}
			return;
		}
		edtf(draft.date().edtf(), date.then("edtf"), problems);
		citations(draft.date().citations(), date, "rules.date.uncited", kept, problems);
		notes(draft.date().notes(), date, kept, problems);
	}

	/**
	 * The editorial notes beside a claim, as the seed's integrity tests hold them: each of a known
	 * kind, with its text, cited; a note that other works differ or add cites those works, never
	 * the article (they were read in excerpts: cited, never quoted), and every note names the works
	 * it cites, never "other works". A note on what the archive does not know may cite the article,
	 * with its quotation checked verbatim as any claim's.
	 */
	private void notes(List<NoteDraft> notes, FieldPath claim, Set<CitationDraft> kept, List<Problem> problems) {
		for (int i = 0; i < notes.size(); i++) {
			NoteDraft note = notes.get(i);
			FieldPath path = claim.then("notes").at(i);
			Optional<EditorialNote.Kind> kind = Optional.empty();
			if (isBlank(note.kind())) {
				problems.add(Problem.of(path.then("kind").toString(), "rules.note.kindRequired"));
			}
			else {
				kind = Arrays.stream(EditorialNote.Kind.values()).filter(k -> k.name().equals(note.kind())).findFirst();
				if (kind.isEmpty()) {
					problems.add(Problem.of(path.then("kind").toString(), "rules.note.unknownKind", note.kind()));
				}
			}
			if (isBlank(note.text())) {
				problems.add(Problem.of(path.then("text").toString(), "rules.note.textRequired"));
			}
			else if (OTHER_WORKS.matcher(note.text()).find()) {
				problems.add(Problem.of(path.then("text").toString(), "rules.note.otherWorks"));
			}
			length(note.text(), NOTE, path.then("text"), problems);
			length(note.textEs(), NOTE_ES, path.then("textEs"), problems);
			citations(note.citations(), path, "rules.note.uncited", kept, problems);
			boolean othersOnly = kind.isPresent() && kind.get() != EditorialNote.Kind.LIMITATION;
			for (int c = 0; c < note.citations().size(); c++) {
				Optional<WorkFacts> work = isBlank(note.citations().get(c).work()) ? Optional.empty()
						: archive.work(note.citations().get(c).work());
				if (work.isEmpty()) {
					continue;
				}
				if (othersOnly && work.get().quotable()) {
					problems.add(Problem.of(path.then("citations").at(c).then("work").toString(),
							"rules.note.citesTheArticle"));
				}
				else if (!isBlank(note.text()) && !work.get().isNamedIn(note.text())) {
					problems.add(Problem.of(path.then("text").toString(), "rules.note.namesWork",
							work.get().title().replaceAll("^\\[|\\]$", "")));
				}
			}
		}
	}

	private void name(NameDraft name, FieldPath path, Set<CitationDraft> kept, List<Problem> problems) {
		if (isBlank(name.kind())) {
			problems.add(Problem.of(path.then("kind").toString(), "rules.otherName.kindRequired"));
		}
		else if (Arrays.stream(NameKind.values()).noneMatch(kind -> kind.name().equals(name.kind()))) {
			problems.add(Problem.of(path.then("kind").toString(), "rules.otherName.unknownKind", name.kind()));
		}
		if (isBlank(name.form())) {
			problems.add(Problem.of(path.then("form").toString(), "rules.otherName.formRequired"));
		}
		length(name.form(), NAME, path.then("form"), problems);
		if (!isBlank(name.lang()) && (name.lang().length() > LANGUAGE || !LANGUAGE_TAG.matcher(name.lang()).matches())) {
			problems.add(Problem.of(path.then("lang").toString(), "rules.otherName.language", name.lang()));
		}
		else if (isBlank(name.lang()) && NameKind.TRANSLATION.name().equals(name.kind())) {
			problems.add(Problem.of(path.then("lang").toString(), "rules.otherName.translationLanguage"));
		}
		citations(name.citations(), path, "rules.otherName.uncited", kept, problems);
	}

	/**
	 * An identifier in another archive: only people and organizations have records in authority
	 * files; the scheme is one the archive knows, the identifier is written as that file writes
	 * them (the form shows how), each once, and cited.
	 */
	private void identifier(EntryDraft draft, IdentifierDraft identifier, FieldPath path, List<IdentifierDraft> before,
			Set<CitationDraft> kept, List<Problem> problems) {
		if (draft.kind() != null && !draft.kind().isAgent()) {
			problems.add(Problem.of(path.toString(), "rules.identifier.kind"));
		}
		Optional<IdentifierScheme> scheme = IdentifierScheme.named(identifier.scheme());
		if (isBlank(identifier.scheme())) {
			problems.add(Problem.of(path.then("scheme").toString(), "rules.identifier.schemeRequired"));
		}
		else if (scheme.isEmpty()) {
			problems.add(Problem.of(path.then("scheme").toString(), "rules.identifier.unknownScheme",
					identifier.scheme()));
		}
		String written = identifier.identifier() == null ? "" : identifier.identifier().strip();
		if (written.isEmpty()) {
			problems.add(Problem.of(path.then("identifier").toString(), "rules.identifier.required"));
		}
		else if (scheme.isPresent() && !scheme.get().accepts(written)) {
			problems.add(Problem.of(path.then("identifier").toString(), "rules.identifier.notWritten", written,
					scheme.get().label(), scheme.get().example()));
		}
		else if (scheme.isPresent() && before.stream()
			.anyMatch(other -> scheme.equals(IdentifierScheme.named(other.scheme()))
					&& other.identifier() != null && written.equals(other.identifier().strip()))) {
			problems.add(Problem.of(path.then("identifier").toString(), "rules.identifier.twice", written));
		}
		citations(identifier.citations(), path, "rules.identifier.uncited", kept, problems);
	}

	/**
	 * A place's point: only places are drawn on the map; degrees on earth (latitude −90 to 90,
	 * longitude −180 to 180), written as plain decimals with no more places than the columns keep;
	 * what the point stands for, one of the four; cited, and its notes as any claim's.
	 */
	private void coordinates(EntryDraft draft, CoordinatesDraft point, Set<CitationDraft> kept,
			List<Problem> problems) {
		FieldPath path = FieldPath.of("coordinates");
		if (draft.kind() != null && draft.kind() != EntryKind.PLACE) {
			problems.add(Problem.of(path.toString(), "rules.coordinates.kind"));
		}
		degrees(point.latitude(), 90, path.then("latitude"), "rules.coordinates.latitudeRequired",
				"rules.coordinates.latitudeOffEarth", problems);
		degrees(point.longitude(), 180, path.then("longitude"), "rules.coordinates.longitudeRequired",
				"rules.coordinates.longitudeOffEarth", problems);
		if (isBlank(point.precision())) {
			problems.add(Problem.of(path.then("precision").toString(), "rules.coordinates.precisionRequired"));
		}
		else if (Arrays.stream(Coordinates.Precision.values()).noneMatch(p -> p.name().equals(point.precision()))) {
			problems.add(Problem.of(path.then("precision").toString(), "rules.coordinates.unknownPrecision",
					point.precision()));
		}
		citations(point.citations(), path, "rules.coordinates.uncited", kept, problems);
		notes(point.notes(), path, kept, problems);
	}

	/** A latitude or a longitude: a plain decimal, within its bound either side of zero, as exact as the column keeps. */
	private static void degrees(String written, int bound, FieldPath path, String required, String offEarth,
			List<Problem> problems) {
		if (isBlank(written)) {
			problems.add(Problem.of(path.toString(), required));
			return;
		}
		Optional<BigDecimal> degrees = CoordinatesDraft.decimal(written);
		if (degrees.isEmpty()) {
			problems.add(Problem.of(path.toString(), "rules.coordinates.notDecimal", written.strip()));
		}
		else if (degrees.get().abs().compareTo(BigDecimal.valueOf(bound)) > 0) {
			problems.add(Problem.of(path.toString(), offEarth, written.strip()));
		}
		else if (Math.max(0, degrees.get().stripTrailingZeros().scale()) > DEGREE_DECIMALS) {
			problems.add(Problem.of(path.toString(), "rules.coordinates.tooExact", written.strip(), DEGREE_DECIMALS));
		}
	}

	private void statement(StatementDraft statement, FieldPath path, Set<CitationDraft> kept, List<Problem> problems) {
		if (isBlank(statement.text())) {
			problems.add(Problem.of(path.then("text").toString(), "rules.statement.textRequired"));
		}
		length(statement.text(), STATEMENT, path.then("text"), problems);
		length(statement.textEs(), STATEMENT_ES, path.then("textEs"), problems);
		citations(statement.citations(), path, "rules.statement.uncited", kept, problems);
	}

	private void relation(EntryDraft draft, RelationDraft relation, FieldPath path, Set<CitationDraft> kept,
			List<Problem> problems) {
		Optional<RelationKind> kind = Optional.empty();
		if (isBlank(relation.kind())) {
			problems.add(Problem.of(path.then("kind").toString(), "rules.relation.kindRequired"));
		}
		else {
			kind = Arrays.stream(RelationKind.values()).filter(k -> k.name().equals(relation.kind())).findFirst();
			if (kind.isEmpty()) {
				problems.add(Problem.of(path.then("kind").toString(), "rules.relation.unknownKind", relation.kind()));
			}
		}
		Optional<EntryKind> other = Optional.empty();
		if (isBlank(relation.other())) {
			problems.add(Problem.of(path.then("other").toString(), "rules.relation.otherRequired"));
		}
		else if (draft.kind() != null && draft.slug() != null && relation.other().equals(draft.kind().url(draft.slug()))) {
			problems.add(Problem.of(path.then("other").toString(), "rules.relation.itself"));
		}
		else {
			other = archive.entryKind(relation.other());
			if (other.isEmpty()) {
				problems.add(Problem.of(path.then("other").toString(), "rules.relation.unknownOther", relation.other()));
			}
			else if (relation.id() == null && archive.isWithdrawn(relation.other())) {
				// A relation made before the entry was withdrawn stays, hidden from readers as it is.
				problems.add(Problem.of(path.then("other").toString(), "rules.relation.withdrawnOther", relation.other()));
			}
		}
		if (kind.isPresent() && other.isPresent() && draft.kind() != null) {
			EntryKind subject = relation.subject() ? draft.kind() : other.get();
			EntryKind object = relation.subject() ? other.get() : draft.kind();
			if (!kind.get().allows(subject, object)) {
				problems.add(Problem.of(path.then("kind").toString(), "rules.relation.notAllowed"));
			}
		}
		length(relation.role(), ROLE, path.then("role"), problems);
		length(relation.roleEs(), ROLE_ES, path.then("roleEs"), problems);
		if (!isBlank(relation.edtf())) {
			edtf(relation.edtf(), path.then("edtf"), problems);
		}
		citations(relation.citations(), path, "rules.relation.uncited", kept, problems);
	}

	private static void edtf(String edtf, FieldPath path, List<Problem> problems) {
		if (edtf.length() > EDTF) {
			problems.add(Problem.of(path.toString(), "rules.tooLong", EDTF, edtf.length()));
		}
		else if (!HistoricalDate.isValid(edtf.strip())) {
			problems.add(Problem.of(path.toString(), "rules.date.invalid", edtf));
		}
	}

	/** A claim's citations: at least one, each naming a work and where in it. */
	private void citations(List<CitationDraft> citations, FieldPath claim, String uncited, Set<CitationDraft> kept,
			List<Problem> problems) {
		FieldPath list = claim.then("citations");
		if (citations.isEmpty()) {
			problems.add(Problem.of(list.toString(), uncited));
		}
		for (int i = 0; i < citations.size(); i++) {
			// A citation the entry already has stays as published: the seed cites some works
			// without a locator (a short web page as a whole), and an edit need not mend them first.
			if (!kept.contains(citations.get(i))) {
				citation(citations.get(i), list.at(i), problems);
			}
		}
	}

	/**
	 * The problems of citations outside an entry (a reading path's step's text), checked as an
	 * entry's claims' are: at least one, each of a known work and where in it; those already
	 * published ({@code kept}) left as they are.
	 */
	List<Problem> checkCitations(List<CitationDraft> citations, FieldPath claim, String uncited,
			Set<CitationDraft> kept) {
		List<Problem> problems = new ArrayList<>();
		citations(citations, claim, uncited, kept, problems);
		return problems;
	}

	private void citation(CitationDraft citation, FieldPath path, List<Problem> problems) {
		if (isBlank(citation.work())) {
			problems.add(Problem.of(path.then("work").toString(), "rules.citation.workRequired"));
			return;
		}
		Optional<WorkFacts> work = archive.work(citation.work());
		if (work.isEmpty()) {
			problems.add(Problem.of(path.then("work").toString(), "rules.citation.unknownWork", citation.work()));
			return;
		}
		length(citation.locator(), LOCATOR, path.then("locator"), problems);
		if (!work.get().quotable()) {
			if (!isBlank(citation.quotation())) {
				problems.add(Problem.of(path.then("quotation").toString(), "rules.citation.notQuoted"));
			}
			else if (isBlank(citation.locator())) {
				problems.add(Problem.of(path.then("locator").toString(), "rules.citation.locatorRequired"));
			}
			return;
		}
		quotation(work.get().slug(), citation.quotation(), path.then("quotation"), problems);
	}

	private void quotation(String work, String quotation, FieldPath path, List<Problem> problems) {
		if (isBlank(quotation)) {
			problems.add(Problem.of(path.toString(), "rules.citation.quotationRequired"));
			return;
		}
		if (archive.isKnownQuotation(work, quotation)) {
			return;
		}
		String text = quotation.strip();
		if (text.codePointCount(0, text.length()) > QUOTATION) {
			problems.add(Problem.of(path.toString(), "rules.citation.quotationTooLong", QUOTATION,
					text.codePointCount(0, text.length())));
		}
		else if (SENTENCE_BREAK.split(text).length > 2) {
			problems.add(Problem.of(path.toString(), "rules.citation.quotationSentences"));
		}
		else if (!heldText.holds(work)) {
			problems.add(Problem.of(path.toString(), "rules.citation.textNotHeld"));
		}
		else if (!heldText.contains(work, text)) {
			problems.add(Problem.of(path.toString(), "rules.citation.notVerbatim"));
		}
	}

	private static void length(String text, int max, FieldPath path, List<Problem> problems) {
		if (text != null && text.codePointCount(0, text.length()) > max) {
			problems.add(Problem.of(path.toString(), "rules.tooLong", max, text.codePointCount(0, text.length())));
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
