package org.mirarchive.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.mirarchive.curation.EntryDraft.CitationDraft;
import org.mirarchive.curation.EntryDraft.CoordinatesDraft;
import org.mirarchive.curation.EntryDraft.DateDraft;
import org.mirarchive.curation.EntryDraft.IdentifierDraft;
import org.mirarchive.curation.EntryDraft.NameDraft;
import org.mirarchive.curation.EntryDraft.NoteDraft;
import org.mirarchive.curation.EntryDraft.RelationDraft;
import org.mirarchive.curation.EntryDraft.StatementDraft;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRecords;

/**
 * An entry's record as the write API takes it, in the shape {@code GET /api/{type}/{slug}} gives
 * ({@code entry.EntryRecord}), read as the draft the curators' form makes: so that a record read
 * can be changed and written back, and is then checked and published by the same rules. What the
 * record has that a curator does not write (addresses, dates in words and their bounds, works'
 * titles, a quoted passage's locator, which the passage gives) is left out of {@link Written} and
 * so ignored.
 *
 * <p>The rules name fields by the draft's paths ({@code statements[0].textEs}); the API names them
 * by the record's ({@code statements[0].translations.es.text}): {@link #recordField} says one as
 * the other.
 */
public final class RecordDrafts {

	/** The one language besides English the draft carries. */
	private static final String SPANISH = EntryDrafts.SPANISH;

	private static final String TRANSLATIONS = "translations";

	private RecordDrafts() {
	}

	/**
	 * A record as written to the API: the record's editable fields, and the summary of the change.
	 *
	 * @param type the entry's type ({@code person}…), or null: the address says it
	 * @param slug the entry's slug, or null (a new entry's is made from its name)
	 * @param translations {@code {"es": {"name": …, "summary": …}}}
	 * @param changeSummary why, in a line: the change set's summary
	 * @param contentNote whether the page opens with the content note; a record read always has
	 * it, and with it the editorial notes beside its claims are written too. Left out (a record
	 * made by hand without notes), the entry's notes and content note stay as they are.
	 * @param identifiers the entry's identifiers in other archives; left out (as a record read
	 * leaves them out where there are none), the entry's stay as they are, and an empty list
	 * removes them
	 * @param coordinates a place's point (a list, as a record gives it, of one); left out (as a
	 * record read leaves it out where there is none), the place's stays as it is, and an empty
	 * list removes it
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Written(String type, String slug, String name, String summary, WrittenDate date,
			List<WrittenName> names, List<WrittenStatement> statements, List<WrittenRelation> relations,
			Map<String, Map<String, String>> translations, String changeSummary, Boolean contentNote,
			List<WrittenIdentifier> identifiers, List<WrittenCoordinates> coordinates) {
	}

	/**
	 * A place's point: {@code latitude} and {@code longitude} in decimal degrees (south and west
	 * negative; numbers, or text for the exact decimals), {@code precision} COUNTRY, REGION, CITY
	 * or BUILDING, its citations and the editorial notes beside it; {@code id} null for a new one.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record WrittenCoordinates(Long id, String latitude, String longitude, String precision,
			List<WrittenCitation> citations, List<WrittenNote> notes) {
	}

	/**
	 * An identifier in another archive: {@code scheme} WIKIDATA, VIAF, ISNI or LCNAF, the
	 * identifier as that file writes it, its citations; {@code id} null for a new one. The
	 * record's {@code url} is the archive's to give, and ignored.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record WrittenIdentifier(Long id, String scheme, String identifier, List<WrittenCitation> citations) {
	}

	/** A date: its EDTF and, for an entry's own date, its citations and the editorial notes beside it. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record WrittenDate(String edtf, List<WrittenCitation> citations, List<WrittenNote> notes) {
	}

	/**
	 * An editorial note beside a claim: {@code kind} DISAGREEMENT, PRECISION or LIMITATION, its
	 * English text, its citations, {@code translations.es.text}; {@code id} null for a new one.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record WrittenNote(Long id, String kind, String text, List<WrittenCitation> citations,
			Map<String, Map<String, String>> translations) {
	}

	/** Another form of the name; {@code id} null for a new one. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record WrittenName(Long id, String name, String kind, String lang, List<WrittenCitation> citations) {
	}

	/** A statement; {@code id} null for a new one. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record WrittenStatement(Long id, String text, List<WrittenCitation> citations,
			Map<String, Map<String, String>> translations, List<WrittenNote> notes) {
	}

	/** A relation from subject to object, one of them this entry; {@code id} null for a new one. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record WrittenRelation(Long id, String kind, WrittenRef subject, WrittenRef object, String role,
			WrittenDate date, List<WrittenCitation> citations, Map<String, Map<String, String>> translations,
			List<WrittenNote> notes) {
	}

	/** An entry at one end of a relation, by its type and slug. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record WrittenRef(String type, String slug) {
	}

	/** A citation: the work by its slug, the free locator, the verbatim quotation. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record WrittenCitation(WrittenSource source, String locator, String quotation) {
	}

	/** A cited work, by its slug. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record WrittenSource(String slug) {
	}

	/** The draft a record reads as, and what in the record could not be read as one (by the record's paths). */
	public record Read(EntryDraft draft, List<FieldProblems.Problem> problems) {
	}

	/**
	 * The draft a record written to the API reads as.
	 *
	 * @param kind the kind the address names
	 * @param slug the slug the address names (a published entry), or null for a new entry
	 * @param written what was sent
	 */
	public static Read read(EntryKind kind, String slug, Written written) {
		List<FieldProblems.Problem> problems = new ArrayList<>();
		if (written.type() != null && !written.type().equals(type(kind))) {
			problems.add(new FieldProblems.Problem("type", "The type is " + type(kind) + ", as the address says."));
		}
		String own = slug != null ? slug : blankToNull(written.slug());
		String draftSlug = slug != null && written.slug() == null ? slug : blankToNull(written.slug());
		List<NameDraft> names = new ArrayList<>();
		for (WrittenName name : list(written.names())) {
			names.add(new NameDraft(name.id(), name.kind(), name.name(), name.lang(), citations(name.citations())));
		}
		List<StatementDraft> statements = new ArrayList<>();
		for (WrittenStatement statement : list(written.statements())) {
			statements.add(new StatementDraft(statement.id(), statement.text(), spanish(statement.translations(), "text"),
					citations(statement.citations()), notes(statement.notes())));
		}
		List<RelationDraft> relations = new ArrayList<>();
		List<WrittenRelation> writtenRelations = list(written.relations());
		for (int i = 0; i < writtenRelations.size(); i++) {
			relations.add(relation(kind, own, writtenRelations.get(i), "relations[" + i + "]", problems));
		}
		WrittenDate date = written.date();
		DateDraft dateDraft = date == null ? DateDraft.NONE
				: new DateDraft(blankToNull(date.edtf()), citations(date.citations()), notes(date.notes()));
		List<IdentifierDraft> identifiers = written.identifiers() == null ? null
				: written.identifiers()
					.stream()
					.map(identifier -> new IdentifierDraft(identifier.id(), identifier.scheme(), identifier.identifier(),
							citations(identifier.citations())))
					.toList();
		CoordinatesDraft coordinates = null;
		if (written.coordinates() != null) {
			List<WrittenCoordinates> points = written.coordinates();
			if (points.size() > 1) {
				problems.add(new FieldProblems.Problem("coordinates[1]",
						"A place has one point: give its coordinates once, with every citation that supports them."));
			}
			coordinates = points.isEmpty() || points.get(0) == null ? CoordinatesDraft.NONE : coordinates(points.get(0));
		}
		EntryDraft draft = new EntryDraft(kind, draftSlug, written.name(), spanish(written.translations(), "name"),
				written.summary(), spanish(written.translations(), "summary"), dateDraft, names, statements, relations,
				written.contentNote(), identifiers, coordinates);
		if (!draft.hasNotes()) {
			// Without the content note the record says nothing of notes: they stay as published.
			draft = withoutNotes(draft);
		}
		return new Read(draft, List.copyOf(problems));
	}

	/** A draft that leaves the entry's notes as they are, whatever notes the record carried. */
	private static EntryDraft withoutNotes(EntryDraft draft) {
		return new EntryDraft(draft.kind(), draft.slug(), draft.name(), draft.nameEs(), draft.summary(),
				draft.summaryEs(), new DateDraft(draft.date().edtf(), draft.date().citations()), draft.names(),
				draft.statements()
					.stream()
					.map(s -> new StatementDraft(s.id(), s.text(), s.textEs(), s.citations()))
					.toList(),
				draft.relations()
					.stream()
					.map(r -> new RelationDraft(r.id(), r.kind(), r.subject(), r.other(), r.role(), r.roleEs(), r.edtf(),
							r.citations()))
					.toList(), null, draft.identifiers(),
				draft.hasCoordinates() ? draft.coordinates().withNotes(List.of()) : null);
	}

	private static CoordinatesDraft coordinates(WrittenCoordinates point) {
		CoordinatesDraft draft = new CoordinatesDraft(point.id(), blankToNull(point.latitude()),
				blankToNull(point.longitude()), blankToNull(point.precision()), citations(point.citations()),
				notes(point.notes()));
		return draft.hasPoint() ? draft : CoordinatesDraft.NONE;
	}

	private static List<NoteDraft> notes(List<WrittenNote> notes) {
		List<NoteDraft> drafts = new ArrayList<>();
		for (WrittenNote note : list(notes)) {
			drafts.add(new NoteDraft(note.id(), note.kind(), note.text(), spanish(note.translations(), "text"),
					citations(note.citations())));
		}
		return drafts;
	}

	private static RelationDraft relation(EntryKind kind, String own, WrittenRelation relation, String path,
			List<FieldProblems.Problem> problems) {
		boolean subjectIsThis = isThis(kind, own, relation.subject());
		boolean objectIsThis = isThis(kind, own, relation.object());
		boolean subject = true;
		WrittenRef other = relation.object();
		if (objectIsThis && !subjectIsThis) {
			subject = false;
			other = relation.subject();
		}
		else if (subjectIsThis == objectIsThis && !(subjectIsThis && hasSlug(relation.object()))) {
			// Neither end is this entry, or neither names one: the relation cannot be read.
			problems.add(new FieldProblems.Problem(path,
					"One end of a relation (subject or object) is this entry; the other names another entry by its type and slug."));
			other = null;
		}
		String address = null;
		if (other != null && hasSlug(other)) {
			String otherSlug = other.slug();
			Optional<EntryKind> otherKind = other.type() == null ? Optional.empty() : kind(other.type());
			if (other.type() != null && otherKind.isEmpty()) {
				problems.add(new FieldProblems.Problem(path + "." + (subject ? "object" : "subject") + ".type",
						"Not a type of entry: person, organization, event, place or work."));
			}
			address = otherKind.map(k -> k.url(otherSlug)).orElse(otherSlug);
		}
		WrittenDate date = relation.date();
		return new RelationDraft(relation.id(), relation.kind(), subject, address, relation.role(),
				spanish(relation.translations(), "role"), date == null ? null : blankToNull(date.edtf()),
				citations(relation.citations()), notes(relation.notes()));
	}

	/** Whether a relation's end is the entry written: named by its slug, or (a new entry) not named. */
	private static boolean isThis(EntryKind kind, String own, WrittenRef end) {
		if (!hasSlug(end)) {
			return true;
		}
		return end.slug().equals(own) && (end.type() == null || end.type().equals(type(kind)));
	}

	private static boolean hasSlug(WrittenRef end) {
		return end != null && end.slug() != null && !end.slug().isBlank();
	}

	/**
	 * The citations as a draft holds them: a quoted passage's locator is left out, since the
	 * passage gives it (the record words it, "section …, paragraph 3"); an empty locator is none.
	 */
	private static List<CitationDraft> citations(List<WrittenCitation> citations) {
		List<CitationDraft> drafts = new ArrayList<>();
		for (WrittenCitation citation : list(citations)) {
			String quotation = blankToNull(citation.quotation());
			drafts.add(new CitationDraft(citation.source() == null ? null : citation.source().slug(),
					quotation == null ? blankToNull(citation.locator()) : null, quotation));
		}
		return drafts;
	}

	private static String spanish(Map<String, Map<String, String>> translations, String field) {
		if (translations == null || translations.get(SPANISH) == null) {
			return null;
		}
		return blankToNull(translations.get(SPANISH).get(field));
	}

	private static final Pattern INDEXED = Pattern.compile("^(names|statements|relations|identifiers)\\[(\\d+)]\\.(\\w+)(.*)$");

	/** A place's point, which the draft names {@code coordinates} and the record {@code coordinates[0]}. */
	private static final Pattern POINT = Pattern.compile("^coordinates(?=$|\\.)");

	private static final Pattern CITED_WORK = Pattern.compile("(\\.citations\\[\\d+])\\.work$");

	private static final Pattern NOTE_IN_SPANISH = Pattern.compile("(notes\\[\\d+])\\.textEs$");

	/**
	 * A field of the draft (as the rules name it) as the record names it: {@code nameEs} is
	 * {@code translations.es.name}, {@code statements[0].textEs} is
	 * {@code statements[0].translations.es.text}, {@code relations[1].other} the relation's
	 * {@code object} (or {@code subject}, where this entry is the object), a citation's
	 * {@code work} its {@code source.slug}.
	 */
	public static String recordField(String field, EntryDraft draft) {
		String named = NOTE_IN_SPANISH.matcher(CITED_WORK.matcher(field).replaceFirst("$1.source.slug"))
			.replaceFirst("$1." + TRANSLATIONS + "." + SPANISH + ".text");
		switch (named) {
			case "kind":
				return "type";
			case "nameEs":
				return TRANSLATIONS + "." + SPANISH + ".name";
			case "summaryEs":
				return TRANSLATIONS + "." + SPANISH + ".summary";
			default:
				break;
		}
		Matcher point = POINT.matcher(named);
		if (point.find()) {
			return point.replaceFirst("coordinates[0]");
		}
		Matcher indexed = INDEXED.matcher(named);
		if (!indexed.matches()) {
			return named;
		}
		String list = indexed.group(1);
		int index = Integer.parseInt(indexed.group(2));
		String part = indexed.group(3);
		String head = list + "[" + index + "].";
		String rest = indexed.group(4);
		String renamed = switch (list + "." + part) {
			case "names.form" -> "name";
			case "statements.textEs" -> TRANSLATIONS + "." + SPANISH + ".text";
			case "relations.roleEs" -> TRANSLATIONS + "." + SPANISH + ".role";
			case "relations.edtf" -> FieldPath.of("date").then("edtf").toString();
			case "relations.other" -> index < draft.relations().size() && !draft.relations().get(index).subject()
					? "subject" : "object";
			default -> part;
		};
		return head + renamed + rest;
	}

	/** The kind a record's type names ({@code person}), if any. */
	static Optional<EntryKind> kind(String type) {
		return Arrays.stream(EntryKind.values()).filter(kind -> type(kind).equals(type)).findFirst();
	}

	private static String type(EntryKind kind) {
		return EntryRecords.type(kind);
	}

	private static <T> List<T> list(List<T> list) {
		return list == null ? List.of() : list;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
