package org.mirarchive.entry;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.DatePoint;
import org.mirarchive.model.HistoricalDate;

/**
 * Describes entries and sources in schema.org JSON-LD, for search engines and linked-data tools:
 * embedded in each page and served for {@code Accept: application/ld+json}.
 *
 * <p>Dates are given only as far as they are known: a person's EDTF life {@code 1944/1974}
 * gives birthDate 1944 and deathDate 1974; approximate, uncertain, decade and season dates,
 * and open or unknown ends, give nothing, because schema.org dates cannot say "about" or
 * "sometime in the 1960s". Claims' sources are the page's citations, on the page
 * ({@code mainEntityOfPage}), since schema.org gives {@code citation} to creative works only.
 *
 * <p>The archive's own texts are language-tagged value objects ({@code {"@value": …, "@language":
 * "es"}}), English and each translation: a description, a role. A name is given as recorded
 * (untagged: most names are the same in every language), then in each language that has a
 * headword of its own.
 */
@Component
public class SchemaOrg {

	private static final Map<String, String> TYPES = Map.of("person", "Person", "organization", "Organization",
			"event", "Event", "place", "Place", "work", "CreativeWork");

	private static final Set<String> MEMBERSHIPS = Set.of("LEADER_OF", "MEMBER_OF");

	private final JsonMapper json;

	private final ArchiveAddresses addresses;

	private final String site;

	SchemaOrg(JsonMapper json, ArchiveAddresses addresses, MessageSource messages) {
		this.json = json;
		this.addresses = addresses;
		this.site = messages.getMessage("site.name", null, Locale.ENGLISH);
	}

	/** An entry as a schema.org Person, Organization, Event, Place or CreativeWork. */
	public ObjectNode entry(EntryRecord record) {
		ObjectNode node = json.createObjectNode();
		node.put("@context", "https://schema.org");
		node.put("@type", TYPES.get(record.type()));
		node.put("@id", record.url());
		node.put("url", record.url());
		node.set("name", name(record.name(), record.translations()));
		if (!record.names().isEmpty()) {
			ArrayNode names = node.putArray("alternateName");
			record.names().stream().map(EntryRecord.NameRecord::name).distinct().forEach(names::add);
		}
		node.set("description", text(record.summary(), record.translations(), "summary"));
		if (!record.identifiers().isEmpty()) {
			// The same person or organization as another archive's record: its address, once each.
			ArrayNode same = node.putArray("sameAs");
			record.identifiers().stream().map(EntryRecord.IdentifierRecord::url).distinct().forEach(same::add);
		}
		if (!record.coordinates().isEmpty()) {
			// Where the place is: its first cited point (a Place has one geo).
			EntryRecord.CoordinatesRecord point = record.coordinates().get(0);
			node.putObject("geo")
				.put("@type", "GeoCoordinates")
				.put("latitude", point.latitude())
				.put("longitude", point.longitude());
		}
		if (record.date() != null) {
			dates(node, record.type(), HistoricalDate.parse(record.date().edtf()));
		}
		for (EntryRecord.RelationRecord relation : record.relations()) {
			boolean subject = relation.subject().slug().equals(record.slug());
			relate(node, record.type(), relation, subject);
		}
		node.set("mainEntityOfPage", page(record.url(), record.lastChanged(), citations(record)));
		return node;
	}

	/**
	 * A cited work as a schema.org CreativeWork, as the document of its page in the archive (with
	 * the {@code @context}); the source page adds what its record says more.
	 */
	public ObjectNode describedWork(EntryRecord.SourceRef source) {
		ObjectNode described = json.createObjectNode();
		described.put("@context", "https://schema.org");
		described.setAll(work(source));
		return described;
	}

	/** The archive's page about a thing: its URL, when it last changed, and the site it is part of. */
	public ObjectNode page(String url, OffsetDateTime modified) {
		return page(url, modified, List.of());
	}

	/** JSON-LD text for a {@code script} element: {@code <}, {@code >} and {@code &} escaped so no markup can end it. */
	public String forScript(ObjectNode node) {
		return json.writeValueAsString(node)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

	/**
	 * A date as schema.org writes it (ISO 8601 at the precision known: 1974, 1973-09,
	 * 1973-09-11), or null where that would claim more than the archive knows.
	 */
	static String isoDate(DatePoint point) {
		if (point == null || point.approximate() || point.uncertain()) {
			return null;
		}
		return switch (point.precision()) {
			case YEAR, MONTH, DAY -> point.machineValue();
			case CENTURY, DECADE, SEASON -> null;
		};
	}

	private void dates(ObjectNode node, String type, HistoricalDate date) {
		switch (type) {
			case "person" -> {
				// A person's date is a life: only an interval says when they were born and died.
				if (date.interval()) {
					putDate(node, "birthDate", date.start());
					putDate(node, "deathDate", date.end());
				}
			}
			case "organization" -> {
				if (date.interval()) {
					putDate(node, "foundingDate", date.start());
					putDate(node, "dissolutionDate", date.end());
				}
			}
			case "event" -> {
				putDate(node, "startDate", date.start());
				if (date.interval()) {
					putDate(node, "endDate", date.end());
				}
			}
			case "work" -> {
				// A work's date is when it was written or issued: a single date, never a span of life.
				if (!date.interval()) {
					putDate(node, "dateCreated", date.start());
				}
			}
			default -> {
				// Places have no date of their own.
			}
		}
	}

	private void relate(ObjectNode node, String type, EntryRecord.RelationRecord relation, boolean subject) {
		EntryRecord.EntryRef other = subject ? relation.object() : relation.subject();
		String kind = relation.kind();
		if (MEMBERSHIPS.contains(kind) && subject) {
			add(node, "memberOf", role("memberOf", other, relation));
		}
		else if (MEMBERSHIPS.contains(kind)) {
			add(node, "member", role("member", other, relation));
		}
		else if (kind.equals("FOUNDER_OF") && subject) {
			// schema.org has founder but no "founder of": said in reverse.
			ObjectNode reverse = node.has("@reverse") ? (ObjectNode) node.get("@reverse") : node.putObject("@reverse");
			add(reverse, "founder", ref(other));
		}
		else if (kind.equals("FOUNDER_OF")) {
			add(node, "founder", ref(other));
		}
		else if (kind.equals("PART_OF")) {
			add(node, subject ? "parentOrganization" : "subOrganization", ref(other));
		}
		else if (kind.equals("RELATIVE_OF")) {
			add(node, "relatedTo", ref(other));
		}
		else if (kind.equals("LOCATED_IN")) {
			add(node, subject ? "containedInPlace" : "containsPlace", ref(other));
		}
		else if ((kind.equals("HAPPENED_AT") || kind.equals("BASED_IN")) && subject) {
			add(node, "location", ref(other));
		}
		else if (kind.equals("HAPPENED_AT") && type.equals("place")) {
			add(node, "event", ref(other));
		}
		else if (kind.equals("AUTHOR_OF")) {
			// schema.org has author but no "author of": the writer's side is said in reverse.
			if (subject) {
				ObjectNode reverse = node.has("@reverse") ? (ObjectNode) node.get("@reverse") : node.putObject("@reverse");
				add(reverse, "author", ref(other));
			}
			else {
				add(node, "author", ref(other));
			}
		}
		else if (kind.equals("DOCUMENT_OF") && subject && other.type().equals("organization")) {
			// The organization the work is the document of, on whose behalf it was written.
			add(node, "sourceOrganization", ref(other));
		}
	}

	/** A schema.org Role: the membership itself, with its title and dates, wrapping the other end. */
	private ObjectNode role(String property, EntryRecord.EntryRef other, EntryRecord.RelationRecord relation) {
		ObjectNode role = json.createObjectNode();
		role.put("@type", "Role");
		role.set(property, ref(other));
		String name = relation.role() != null ? relation.role() : relation.kind().equals("LEADER_OF") ? "leader" : null;
		if (relation.role() != null) {
			role.set("roleName", text(relation.role(), relation.translations(), "role"));
		}
		else if (name != null) {
			role.put("roleName", name);
		}
		if (relation.date() != null) {
			HistoricalDate date = HistoricalDate.parse(relation.date().edtf());
			if (date.interval()) {
				putDate(role, "startDate", date.start());
				putDate(role, "endDate", date.end());
			}
		}
		return role;
	}

	private ObjectNode ref(EntryRecord.EntryRef entry) {
		ObjectNode ref = json.createObjectNode();
		ref.put("@type", TYPES.get(entry.type()));
		ref.put("@id", entry.url());
		ref.set("name", name(entry.name(), entry.translations()));
		ref.put("url", entry.url());
		return ref;
	}

	private ObjectNode page(String url, OffsetDateTime modified, List<EntryRecord.SourceRef> cited) {
		ObjectNode page = json.createObjectNode();
		page.put("@type", "WebPage");
		page.put("url", url);
		page.put("dateModified", modified.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		page.putObject("isPartOf").put("@type", "WebSite").put("name", site).put("url", addresses.absolute("/"));
		if (!cited.isEmpty()) {
			ArrayNode citations = page.putArray("citation");
			cited.forEach(source -> citations.add(work(source)));
		}
		return page;
	}

	private ObjectNode work(EntryRecord.SourceRef source) {
		ObjectNode work = json.createObjectNode();
		work.put("@type", "CreativeWork");
		work.put("@id", source.url());
		work.put("name", source.title());
		work.put("url", source.workUrl() != null ? source.workUrl() : source.url());
		if (source.author() != null) {
			work.putObject("author").put("@type", source.personalAuthor() ? "Person" : "Organization")
				.put("name", source.author());
		}
		if (source.publisher() != null) {
			work.putObject("publisher").put("@type", "Organization").put("name", source.publisher());
		}
		return work;
	}

	/** Every work the record's claims cite, once each, in the order first cited. */
	private static List<EntryRecord.SourceRef> citations(EntryRecord record) {
		Map<String, EntryRecord.SourceRef> works = new LinkedHashMap<>();
		Consumer<List<EntryRecord.CitationRecord>> cite = citations -> citations
			.forEach(c -> works.putIfAbsent(c.source().slug(), c.source()));
		record.names().forEach(n -> cite.accept(n.citations()));
		record.identifiers().forEach(i -> cite.accept(i.citations()));
		record.coordinates().forEach(c -> {
			cite.accept(c.citations());
			c.notes().forEach(n -> cite.accept(n.citations()));
		});
		if (record.date() != null) {
			cite.accept(record.date().citations());
			record.date().notes().forEach(n -> cite.accept(n.citations()));
		}
		record.statements().forEach(s -> {
			cite.accept(s.citations());
			s.notes().forEach(n -> cite.accept(n.citations()));
		});
		record.relations().forEach(r -> {
			cite.accept(r.citations());
			r.notes().forEach(n -> cite.accept(n.citations()));
		});
		return List.copyOf(works.values());
	}

	/**
	 * A text of the archive's in English and in each language it is translated into, each a
	 * language-tagged value: {@code field} is the translation's field ("summary", "role").
	 */
	public ArrayNode text(String english, Map<String, Map<String, String>> translations, String field) {
		ArrayNode values = json.createArrayNode();
		values.addObject().put("@value", english).put("@language", ContentLanguage.ENGLISH);
		translations.forEach((language, fields) -> {
			if (fields.get(field) != null) {
				values.addObject().put("@value", fields.get(field)).put("@language", language);
			}
		});
		return values;
	}

	/** A name as recorded, then the headword of each language that has one of its own (tagged); a lone name is a plain string. */
	private JsonNode name(String recorded, Map<String, Map<String, String>> translations) {
		ArrayNode values = json.createArrayNode();
		values.add(recorded);
		translations.forEach((language, fields) -> {
			String name = fields.get("name");
			if (name != null && !name.equals(recorded)) {
				values.addObject().put("@value", name).put("@language", language);
			}
		});
		return values.size() == 1 ? values.get(0) : values;
	}

	/** Sets a date property where {@link #isoDate} can write the date; leaves it out where it cannot. */
	public static void putDate(ObjectNode node, String property, DatePoint point) {
		String value = isoDate(point);
		if (value != null) {
			node.put(property, value);
		}
	}

	private static void add(ObjectNode node, String property, ObjectNode value) {
		ArrayNode values = node.has(property) ? (ArrayNode) node.get(property) : node.putArray(property);
		values.add(value);
	}

}
