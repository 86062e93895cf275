package org.mirarchive.authority;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.mirarchive.entry.EntryRecord;
import org.mirarchive.entry.EntryRecord.CitationRecord;
import org.mirarchive.entry.EntryRecord.DateRecord;
import org.mirarchive.entry.EntryRecord.EntryRef;
import org.mirarchive.entry.EntryRecord.RelationRecord;
import org.mirarchive.entry.IdentifierScheme;
import org.mirarchive.model.DatePoint;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.HistoricalDate;

/**
 * Writes one agent's {@link AuthorityRecord} as an EAC-CPF 2.0 {@code eac} element, in the order
 * the 2.0 schema sets ({@code control}, then {@code cpfDescription}: {@code identity},
 * {@code description}, {@code relations}). Every citation becomes a {@code source} in
 * {@code control/sources} (a work and the place in it), which the claims it supports name in
 * {@code sourceReference}. Quotations are left out: gathered over every record, as a harvester
 * gathers them, they would reassemble the article, which the archive does not republish.
 * Text is written as text (StAX escapes it), never as markup.
 */
final class EacCpfWriter {

	static final String NAMESPACE = "https://archivists.org/ns/eac/v2";

	/** EDTF, in which every date of the record is given ({@code standardDate}). */
	private static final String EDTF = "https://www.loc.gov/standards/datetime/";

	private final XMLStreamWriter out;

	private final DateWords dateWords;

	/** Each cited place in a work (the work's address and the locator), with its {@code source} id. */
	private final Map<List<String>, Cited> sources = new LinkedHashMap<>();

	private AuthorityRecord record;

	EacCpfWriter(XMLStreamWriter out, DateWords dateWords) {
		this.out = out;
		this.dateWords = dateWords;
	}

	private record Cited(String id, CitationRecord citation) {
	}

	/** Writes the {@code eac} element, declaring the EAC-CPF namespace as its default. */
	void write(AuthorityRecord written) throws XMLStreamException {
		record = written;
		sources.clear();
		EntryRecord entry = record.entry();
		out.writeStartElement("", "eac", NAMESPACE);
		out.writeDefaultNamespace(NAMESPACE);
		out.writeAttribute("languageOfElement", "en");
		control(entry);
		start("cpfDescription");
		identity(entry);
		description(entry);
		relations(entry);
		out.writeEndElement();
		out.writeEndElement();
	}

	private void control(EntryRecord entry) throws XMLStreamException {
		collectSources(entry);
		start("control");
		out.writeAttribute("maintenanceStatus", record.maintenance().size() > 1 ? "revised" : "new");
		out.writeAttribute("publicationStatus", "published");
		out.writeAttribute("languageEncoding", "ietf-bcp-47");
		out.writeAttribute("dateEncoding", "iso8601");
		text("recordId", entry.url());
		start("maintenanceAgency");
		text("agencyName", record.agency());
		out.writeEndElement();
		maintenanceHistory(entry);
		if (!sources.isEmpty()) {
			start("sources");
			for (Cited cited : sources.values()) {
				source(cited);
			}
			out.writeEndElement();
		}
		start("conventionDeclaration");
		start("reference");
		out.writeAttribute("href", EDTF);
		out.writeCharacters("Extended Date/Time Format (EDTF), ISO 8601-2");
		out.writeEndElement();
		text("shortCode", "edtf");
		out.writeEndElement();
		start("languageDeclaration");
		out.writeAttribute("languageCode", "en");
		out.writeEndElement();
		if (hasSpanish(entry)) {
			start("languageDeclaration");
			out.writeAttribute("languageCode", "es");
			out.writeEndElement();
		}
		for (EntryRecord.IdentifierRecord identifier : entry.identifiers()) {
			// The same entity's record in another authority file; otherRecordId has no sourceReference,
			// so the sources supporting the claim are pointed to by their ids, as target does.
			start("otherRecordId");
			out.writeAttribute("localType", IdentifierScheme.valueOf(identifier.scheme()).label());
			out.writeAttribute("valueURI", identifier.url());
			String ids = ids(identifier.citations());
			if (!ids.isEmpty()) {
				out.writeAttribute("target", ids);
			}
			out.writeCharacters(identifier.identifier());
			out.writeEndElement();
		}
		out.writeEndElement();
	}

	private void maintenanceHistory(EntryRecord entry) throws XMLStreamException {
		start("maintenanceHistory");
		List<AuthorityRecord.Maintenance> events = record.maintenance();
		if (events.isEmpty()) {
			// Every entry has its seed or the revision that made it; a record needs one event all the same.
			start("maintenanceEvent");
			out.writeAttribute("maintenanceEventType", "unknown");
			agent(null);
			dateTime(entry.lastChanged().toInstant());
			out.writeEndElement();
		}
		for (int i = 0; i < events.size(); i++) {
			AuthorityRecord.Maintenance event = events.get(i);
			start("maintenanceEvent");
			out.writeAttribute("maintenanceEventType", i == 0 ? "created" : "revised");
			agent(event.curator());
			dateTime(event.when());
			start("eventDescription");
			if (event.summary() != null && !event.summary().isBlank()) {
				out.writeCharacters(event.summary() + " ");
			}
			else if (event.curator() == null) {
				out.writeCharacters("The archive as first published, from its seed. ");
			}
			start("reference");
			out.writeAttribute("href", event.url());
			out.writeCharacters("The entry as this revision left it");
			out.writeEndElement();
			out.writeEndElement();
			out.writeEndElement();
		}
		out.writeEndElement();
	}

	private void agent(String curator) throws XMLStreamException {
		start("agent");
		// The seed was written into the archive by its migrations, not by a curator's hand.
		out.writeAttribute("agentType", curator == null ? "machine" : "human");
		out.writeCharacters(curator == null ? record.agency() : curator);
		out.writeEndElement();
	}

	private void dateTime(java.time.Instant when) throws XMLStreamException {
		String value = when.truncatedTo(ChronoUnit.SECONDS).toString();
		start("eventDateTime");
		out.writeAttribute("standardDateTime", value);
		out.writeCharacters(value);
		out.writeEndElement();
	}

	private void collectSources(EntryRecord entry) {
		List<List<CitationRecord>> claims = new ArrayList<>();
		entry.names().forEach(n -> claims.add(n.citations()));
		entry.identifiers().forEach(i -> claims.add(i.citations()));
		if (entry.date() != null && entry.date().citations() != null) {
			claims.add(entry.date().citations());
		}
		entry.statements().forEach(s -> claims.add(s.citations()));
		entry.relations().forEach(r -> claims.add(r.citations()));
		for (List<CitationRecord> citations : claims) {
			for (CitationRecord citation : citations) {
				sources.computeIfAbsent(key(citation),
						k -> new Cited("source-" + entry.slug() + "-" + (sources.size() + 1), citation));
			}
		}
	}

	private static List<String> key(CitationRecord citation) {
		return List.of(citation.source().url(), Objects.toString(citation.locator(), ""));
	}

	private void source(Cited cited) throws XMLStreamException {
		EntryRecord.SourceRef work = cited.citation().source();
		start("source");
		out.writeAttribute("id", cited.id());
		out.writeAttribute("href", work.url());
		start("reference");
		out.writeAttribute("href", work.workUrl() == null ? work.url() : work.workUrl());
		out.writeCharacters(work.author() == null || work.author().isBlank() ? work.title()
				: work.author() + ", " + work.title());
		out.writeEndElement();
		String locator = cited.citation().locator();
		if (locator != null && !locator.isBlank()) {
			text("citedRange", locator);
		}
		out.writeEndElement();
	}

	/** The {@code sourceReference} of a claim: the sources of its citations, or none. */
	private void sourceReference(List<CitationRecord> citations) throws XMLStreamException {
		if (citations == null || citations.isEmpty()) {
			return;
		}
		out.writeAttribute("sourceReference", ids(citations));
	}

	/** The ids of the {@code source} elements of the works these citations cite, once each. */
	private String ids(List<CitationRecord> citations) {
		return citations.stream().map(c -> sources.get(key(c)).id()).distinct().collect(Collectors.joining(" "));
	}

	private void identity(EntryRecord entry) throws XMLStreamException {
		start("identity");
		start("entityType");
		out.writeAttribute("value", "person".equals(entry.type()) ? "person" : "corporateBody");
		out.writeEndElement();
		start("nameEntry");
		out.writeAttribute("preferredForm", "true");
		out.writeAttribute("status", "authorized");
		text("part", entry.name());
		out.writeEndElement();
		for (EntryRecord.NameRecord name : entry.names()) {
			start("nameEntry");
			out.writeAttribute("localType", nameKind(name.kind()));
			if (name.lang() != null && !name.lang().isBlank()) {
				out.writeAttribute("languageOfElement", name.lang());
			}
			sourceReference(name.citations());
			out.writeAttribute("status", "alternative");
			text("part", name.name());
			out.writeEndElement();
		}
		out.writeEndElement();
	}

	/** {@code ARCHIVE_TRANSLATION} as {@code archiveTranslation}: the kinds of name, as tokens. */
	static String nameKind(String kind) {
		String[] words = kind.toLowerCase(Locale.ROOT).split("_");
		StringBuilder token = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			token.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return token.toString();
	}

	private void description(EntryRecord entry) throws XMLStreamException {
		List<Touching> places = touching(entry, "place");
		List<Touching> events = touching(entry, "event");
		start("description");
		if (!places.isEmpty()) {
			start("places");
			for (Touching place : places) {
				start("place");
				sourceReference(place.relation().citations());
				start("placeName");
				out.writeAttribute("valueURI", place.other().url());
				out.writeCharacters(place.other().name());
				out.writeEndElement();
				// A place "supports" an organization as its people do: the organization found support there.
				text("placeRole", "SUPPORTER_OF".equals(place.relation().kind()) ? "found support in" : place.phrase());
				if (place.relation().date() != null) {
					date(place.relation().date());
				}
				out.writeEndElement();
			}
			out.writeEndElement();
		}
		if (entry.date() != null) {
			start("existDates");
			sourceReference(entry.date().citations());
			date(entry.date());
			out.writeEndElement();
		}
		start("biogHist");
		out.writeAttribute("languageOfElement", "en");
		text("abstract", entry.summary());
		for (EntryRecord.StatementRecord statement : entry.statements()) {
			start("p");
			sourceReference(statement.citations());
			out.writeCharacters(statement.text());
			out.writeEndElement();
		}
		if (!events.isEmpty()) {
			chronList(events);
		}
		out.writeEndElement();
		if (hasSpanish(entry)) {
			start("biogHist");
			out.writeAttribute("languageOfElement", "es");
			String summary = spanish(entry.translations(), "summary");
			if (summary != null) {
				text("abstract", summary);
			}
			for (EntryRecord.StatementRecord statement : entry.statements()) {
				String text = spanish(statement.translations(), "text");
				if (text != null) {
					start("p");
					sourceReference(statement.citations());
					out.writeCharacters(text);
					out.writeEndElement();
				}
			}
			out.writeEndElement();
		}
		out.writeEndElement();
	}

	/** The events the agent took part in, in date order (undated ones last), each with its role. */
	private void chronList(List<Touching> events) throws XMLStreamException {
		start("chronList");
		List<Touching> ordered = new ArrayList<>(events);
		ordered.sort(Comparator.comparing(e -> eventDate(e) == null ? null : eventDate(e).earliest(),
				Comparator.nullsLast(Comparator.naturalOrder())));
		for (Touching event : ordered) {
			start("chronItem");
			sourceReference(event.relation().citations());
			DateRecord date = eventDate(event);
			if (date == null) {
				start("date");
				out.writeAttribute("status", "unknown");
				out.writeEndElement();
			}
			else {
				date(date);
			}
			start("event");
			start("reference");
			out.writeAttribute("href", event.other().url());
			out.writeCharacters(event.other().name());
			out.writeEndElement();
			if (event.ownRole() != null) {
				out.writeCharacters(" (" + event.ownRole() + ")");
			}
			out.writeEndElement();
			out.writeEndElement();
		}
		out.writeEndElement();
	}

	/** When the agent took part in an event: the relation's own date, else the event's. */
	private DateRecord eventDate(Touching event) {
		return event.relation().date() != null ? event.relation().date()
				: record.eventDates().get(event.other().slug());
	}

	private void relations(EntryRecord entry) throws XMLStreamException {
		List<Touching> agents = new ArrayList<>(touching(entry, "person"));
		agents.addAll(touching(entry, "organization"));
		agents.addAll(touching(entry, "work"));
		agents.sort(Comparator.comparing(t -> entry.relations().indexOf(t.relation())));
		if (agents.isEmpty()) {
			return;
		}
		start("relations");
		for (Touching relation : agents) {
			start("relation");
			sourceReference(relation.relation().citations());
			start("targetEntity");
			out.writeAttribute("targetType", switch (relation.other().type()) {
				case "person" -> "person";
				case "organization" -> "corporateBody";
				default -> "resource";
			});
			out.writeAttribute("valueURI", relation.other().url());
			text("part", relation.other().name());
			out.writeEndElement();
			if (relation.relation().date() != null) {
				date(relation.relation().date());
			}
			start("relationType");
			out.writeAttribute("localType", "kind");
			out.writeCharacters(relation.phrase());
			out.writeEndElement();
			if (relation.ownRole() != null) {
				// What the agent described was in the relation ("General Secretary").
				start("relationType");
				out.writeAttribute("localType", "role");
				out.writeCharacters(relation.ownRole());
				out.writeEndElement();
			}
			if (relation.targetRole() != null) {
				text("targetRole", relation.targetRole());
			}
			out.writeEndElement();
		}
		out.writeEndElement();
	}

	/**
	 * A relation seen from the agent the record describes: the entry at its other end, what the
	 * relation is from this side, and the roles of each end.
	 */
	private record Touching(RelationRecord relation, EntryRef other, String phrase, String ownRole,
			String targetRole) {
	}

	private List<Touching> touching(EntryRecord entry, String otherType) {
		List<Touching> found = new ArrayList<>();
		for (RelationRecord relation : entry.relations()) {
			boolean subject = entry.slug().equals(relation.subject().slug())
					&& entry.type().equals(relation.subject().type());
			EntryRef other = subject ? relation.object() : relation.subject();
			if (otherType.equals(other.type())) {
				found.add(new Touching(relation, other, phrase(relation.kind(), subject),
						blankless(subject ? relation.role() : relation.inverseRole()),
						blankless(subject ? relation.inverseRole() : relation.role())));
			}
		}
		return found;
	}

	private static String blankless(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/** What a relation is, read from the agent described: its subject ("leader of") or its object ("led by"). */
	static String phrase(String kind, boolean fromSubject) {
		return switch (kind) {
			case "FOUNDER_OF" -> fromSubject ? "founder of" : "founded by";
			case "LEADER_OF" -> fromSubject ? "leader of" : "led by";
			case "MEMBER_OF" -> fromSubject ? "member of" : "has member";
			case "PART_OF" -> fromSubject ? "part of" : "has part";
			case "RELATIVE_OF" -> "relative of";
			case "BASED_IN" -> "based in";
			case "SUPPORTER_OF" -> fromSubject ? "supporter of" : "supported by";
			case "OPPONENT_OF" -> fromSubject ? "opponent of" : "opposed by";
			case "AUTHOR_OF" -> fromSubject ? "author of" : "written by";
			case "DOCUMENT_OF" -> fromSubject ? "document of" : "has document";
			case "PARTICIPANT_IN" -> fromSubject ? "participant in" : "had participant";
			case "LOCATED_IN" -> fromSubject ? "located in" : "contains";
			case "HAPPENED_AT" -> fromSubject ? "happened at" : "place of";
			default -> kind.toLowerCase(Locale.ROOT).replace('_', ' ');
		};
	}

	/**
	 * A date as EAC-CPF gives it: a single date, or a range whose ends are the interval's; each
	 * with its EDTF expression as given ({@code standardDate}) and in words. An open end (EDTF
	 * {@code ..}) is left out, an unknown one is said to be unknown.
	 */
	private void date(DateRecord date) throws XMLStreamException {
		HistoricalDate parsed = HistoricalDate.parse(date.edtf());
		if (!parsed.interval()) {
			start("date");
			out.writeAttribute("standardDate", date.edtf());
			out.writeCharacters(date.words());
			out.writeEndElement();
			return;
		}
		String[] ends = date.edtf().split("/", -1);
		start("dateRange");
		if (parsed.start() != null) {
			end("fromDate", ends[0], parsed.start());
		}
		else if (parsed.startBound() == HistoricalDate.Bound.UNKNOWN) {
			start("fromDate");
			out.writeAttribute("status", "unknown");
			out.writeEndElement();
		}
		if (parsed.end() != null) {
			end("toDate", ends[1], parsed.end());
		}
		else if (parsed.endBound() == HistoricalDate.Bound.UNKNOWN) {
			start("toDate");
			out.writeAttribute("status", "unknown");
			out.writeEndElement();
		}
		out.writeEndElement();
	}

	private void end(String element, String edtf, DatePoint point) throws XMLStreamException {
		start(element);
		out.writeAttribute("standardDate", edtf);
		out.writeCharacters(dateWords.point(point, Locale.ENGLISH));
		out.writeEndElement();
	}

	private static boolean hasSpanish(EntryRecord entry) {
		return spanish(entry.translations(), "summary") != null
				|| entry.statements().stream().anyMatch(s -> spanish(s.translations(), "text") != null);
	}

	private static String spanish(Map<String, Map<String, String>> translations, String field) {
		Map<String, String> fields = translations == null ? null : translations.get("es");
		String text = fields == null ? null : fields.get(field);
		return text == null || text.isBlank() ? null : text;
	}

	private void start(String element) throws XMLStreamException {
		out.writeStartElement("", element, NAMESPACE);
	}

	private void text(String element, String text) throws XMLStreamException {
		start(element);
		out.writeCharacters(text == null ? "" : text);
		out.writeEndElement();
	}

}
