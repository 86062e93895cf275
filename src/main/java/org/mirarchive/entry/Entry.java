package org.mirarchive.entry;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import org.mirarchive.citation.PageTopic;
import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.StoredDate;

/**
 * A person, organization, event or place: an authority record with a preferred name, other
 * names, a date, and cited statements. Its URL is {@code /{kind}/{slug}} and never changes.
 * Indexed for search (see {@code org.mirarchive.search}) by its names, summary, statements and notes.
 * Audited: every change is kept as a revision ({@code org.mirarchive.history}), its version with it.
 * A withdrawn entry ({@link #withdraw}) is never deleted: its address answers 410 Gone, and it is
 * left out of every list, of search and of other entries' pages.
 */
@Entity
@Audited
@Indexed(index = "entry", routingBinder = @RoutingBinderRef(type = ShownEntries.class))
public class Entry implements PageTopic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES)
	private EntryKind kind;

	/** Unique across entries and sources, so search results sort by it after relevance. */
	@KeywordField(sortable = Sortable.YES)
	private String slug;

	@FullTextField(analyzer = "name", highlightable = Highlightable.ANY)
	@KeywordField(name = "name_whole", normalizer = "whole_name")
	private String name;

	/** Folded, lowercase sort form: surname first for people ("enriquez miguel"). */
	private String sortKey;

	/**
	 * Whether the headword is a title the archive wrote ("Founding of the MIR", "Trade unions")
	 * rather than a name a work gives: a coined title is translated like a summary, a name in
	 * another language must come, cited, from a work.
	 */
	private boolean headwordCoined;

	/** One line saying what the entry is; it summarises the cited statements and adds nothing. */
	@FullTextField(analyzer = "prose", highlightable = Highlightable.ANY)
	private String summary;

	/** Headword, sort form and summary in other languages than English, by language tag. */
	@ElementCollection
	@CollectionTable(name = "entry_translation", joinColumns = @JoinColumn(name = "entry_id"))
	@MapKeyColumn(name = "language")
	private Map<String, EntryTranslation> translations = new HashMap<>();

	/** A life, an organization's existence, or when an event happened. */
	@Embedded
	private StoredDate date;

	/** Whether the entry describes torture, disappearance or killing. */
	@Column(name = "content_note")
	private boolean contentNote;

	/** Order of first mention in the seed article. */
	private int position;

	/** When the record was last changed; shown on its page and carried by citations of it. */
	private OffsetDateTime lastChanged;

	/** Raised by each save: a save made from an older version is merged or refused, never lost. */
	@Version
	private long version;

	@OneToMany(mappedBy = "entry")
	@OrderBy("position")
	@IndexedEmbedded(includePaths = { "name", "name_whole", "name_es" })
	private List<EntryName> names = new ArrayList<>();

	@OneToMany(mappedBy = "entry")
	@OrderBy("position")
	@IndexedEmbedded(includePaths = { "text", "text_es" })
	private List<Statement> statements = new ArrayList<>();

	/**
	 * The entry's identifiers in other archives' authority files, each cited. A set, in order, so
	 * that the entry's page reads them with the entry and its statements in one query.
	 */
	@OneToMany(mappedBy = "entry")
	@OrderBy("position")
	private Set<ExternalIdentifier> identifiers = new LinkedHashSet<>();

	/**
	 * Where the place is, each point cited (places only; none where no work gives one). A set, in
	 * order, so that the entry's page reads them with the entry in its one query.
	 */
	@OneToMany(mappedBy = "entry")
	@OrderBy("position")
	private Set<Coordinates> coordinates = new LinkedHashSet<>();

	// The notes beside the entry's statements: a note beside a relation or a date line repeats one
	// of these where the same claim appears again, so it is shown there and not indexed twice.
	@OneToMany(mappedBy = "entry")
	@OrderBy("position")
	@SQLRestriction("relation_id is null and date_entry_id is null and coordinates_id is null")
	@IndexedEmbedded(includePaths = { "text", "text_es" })
	// Envers reads a collection without its SQL restriction, so it would give every note of the
	// entry here: the notes are audited as rows, and a revision reads them by what they stand beside.
	@NotAudited
	private List<EditorialNote> notes = new ArrayList<>();

	/** The notes beside the entry's date line (a set: its page reads them with the statements). */
	@OneToMany(mappedBy = "dateEntry")
	@OrderBy("position, id")
	@NotAudited
	private Set<EditorialNote> dateNotes = new LinkedHashSet<>();

	/** Citations supporting the entry's own date. */
	@OneToMany(mappedBy = "dateEntry")
	@OrderBy("id")
	private List<Citation> dateCitations = new ArrayList<>();

	/** When a reviewer withdrew the entry; null while it is published. */
	private OffsetDateTime withdrawn;

	/** Why it was withdrawn, in English, for readers of its address. */
	private String withdrawalReason;

	/** The archive's Spanish translation of the reason; null where there is none. */
	private String withdrawalReasonEs;

	/** The entry readers are sent to instead, if any. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "replaced_by_id")
	private Entry replacedBy;

	/** The username of the reviewer who withdrew it. */
	private String withdrawnBy;

	protected Entry() {
	}

	/**
	 * A new entry, as a curator's approved draft makes it: its address from its headword (the
	 * caller makes sure the slug is free), after every entry in article order.
	 */
	public static Entry create(EntryKind kind, String slug, String name, String sortKey, String summary, int position,
			OffsetDateTime when) {
		Entry entry = new Entry();
		entry.kind = kind;
		entry.slug = slug;
		entry.name = name;
		entry.sortKey = sortKey;
		entry.summary = summary;
		entry.position = position;
		entry.lastChanged = when;
		return entry;
	}

	/** A curator's correction of the headword and its sort form; the slug stays, so links keep working. */
	public void rename(String revised, String revisedSortKey, OffsetDateTime when) {
		name = revised;
		sortKey = revisedSortKey;
		lastChanged = when;
	}

	/** A curator's correction of the entry's own date (none, where the works give none). */
	public void redate(StoredDate revised, OffsetDateTime when) {
		date = revised;
		lastChanged = when;
	}

	/** Dates a change made to one of the entry's claims (a statement, a name, a relation, a citation). */
	public void changed(OffsetDateTime when) {
		lastChanged = when;
	}

	/** Withdraws the archive's translation into a language: readers of it get the English again. */
	public void withdrawTranslation(String language, OffsetDateTime when) {
		translations.remove(language);
		lastChanged = when;
	}

	/**
	 * A reviewer's withdrawal of the published entry: never deleted, it leaves readers' lists and
	 * its address says why, and where to read instead ({@code replacement}, or null).
	 */
	public void withdraw(String reason, String reasonEs, Entry replacement, String reviewer, OffsetDateTime when) {
		withdrawn = when;
		withdrawalReason = reason;
		withdrawalReasonEs = reasonEs;
		replacedBy = replacement;
		withdrawnBy = reviewer;
		lastChanged = when;
	}

	/** Publishes a withdrawn entry again, as it was. */
	public void restore(OffsetDateTime when) {
		withdrawn = null;
		withdrawalReason = null;
		withdrawalReasonEs = null;
		replacedBy = null;
		withdrawnBy = null;
		lastChanged = when;
	}

	/** Whether a reviewer withdrew the entry: readers no longer see it anywhere but at its address (410 Gone). */
	public boolean isWithdrawn() {
		return withdrawn != null;
	}

	/** When it was withdrawn, or null. */
	public OffsetDateTime getWithdrawn() {
		return withdrawn;
	}

	public String getWithdrawalReason() {
		return withdrawalReason;
	}

	public String getWithdrawalReasonEs() {
		return withdrawalReasonEs;
	}

	/** The entry that replaces it, or null. */
	public Entry getReplacedBy() {
		return replacedBy;
	}

	public String getWithdrawnBy() {
		return withdrawnBy;
	}

	public Long getId() {
		return id;
	}

	public EntryKind getKind() {
		return kind;
	}

	public String getSlug() {
		return slug;
	}

	/** The heading of the entry's page: its name. */
	@Override
	public String pageTitle() {
		return name;
	}

	/**
	 * The heading of the entry's page in a language: the headword the archive gives in it
	 * ("Ejército de Chile"), else its name. Read where the page's translations are loaded.
	 */
	@Override
	public String pageTitle(Locale language) {
		return new ContentLanguage(language).name(name, this::nameIn).text();
	}

	public String getName() {
		return name;
	}

	public String getSortKey() {
		return sortKey;
	}

	public boolean isHeadwordCoined() {
		return headwordCoined;
	}

	public String getSummary() {
		return summary;
	}

	/** The headword in a language ("es"), or null where the archive gives none. */
	public String nameIn(String language) {
		EntryTranslation translation = translations.get(language);
		return translation == null ? null : translation.name();
	}

	/**
	 * The sort key of the headword a reader of a language sees ("ejercito de chile" in Spanish for
	 * "Ejército de Chile"): the translation's, else the English one.
	 */
	public String sortKeyIn(String language) {
		EntryTranslation translation = translations.get(language);
		return translation == null || translation.sortKey() == null ? sortKey : translation.sortKey();
	}

	/**
	 * The headword a Spanish reader sees: the Spanish one, or the English where that serves (a
	 * person's name). Indexed for search with Spanish analysis, as {@code name} is with English,
	 * so that both languages weigh a headword alike, and highlighted for a Spanish reader.
	 * Reindexed when the headword or the translations change.
	 */
	@FullTextField(name = "name_es", analyzer = "name_es", highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "name")),
			@ObjectPath(@PropertyValue(propertyName = "translations")) })
	public String getNameEs() {
		String spanish = nameIn("es");
		return spanish == null ? name : spanish;
	}

	/** The Spanish summary, indexed for search with Spanish analysis; null where not translated. */
	@FullTextField(name = "summary_es", analyzer = "prose_es", highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "translations")))
	public String getSummaryEs() {
		return summaryIn("es");
	}

	/** The summary in a language ("es"), or null where the archive has not translated it. */
	public String summaryIn(String language) {
		EntryTranslation translation = translations.get(language);
		return translation == null ? null : translation.summary();
	}

	/**
	 * A curator's translation of the headword (one of the entry's names in that language, or null
	 * where the English one serves) and summary into a language ("es"), dated as a revision is.
	 */
	public void translate(String language, EntryTranslation translation, OffsetDateTime when) {
		translations.put(language, translation);
		lastChanged = when;
	}

	/** Every translation, by language tag. */
	public Map<String, EntryTranslation> getTranslations() {
		return translations;
	}

	public StoredDate getDate() {
		return date == null ? StoredDate.none() : date;
	}

	public boolean hasContentNote() {
		return contentNote;
	}

	/** A curator's decision that the entry's page carries the content note, or not, dated as a revision is. */
	public void markContentNote(boolean carries, OffsetDateTime when) {
		contentNote = carries;
		lastChanged = when;
	}

	/** The version a curator's form or an API client read (its ETag), to detect a stale save. */
	public long getVersion() {
		return version;
	}

	public OffsetDateTime getLastChanged() {
		return lastChanged;
	}

	public int getPosition() {
		return position;
	}

	public List<EntryName> getNames() {
		return names;
	}

	public List<Statement> getStatements() {
		return statements;
	}

	public List<EditorialNote> getNotes() {
		return notes;
	}

	/** The notes beside the entry's date line, in order. */
	public List<EditorialNote> getDateNotes() {
		return List.copyOf(dateNotes);
	}

	/** A note a curator sets beside the date line ({@link EditorialNote#besideDate}). */
	void addDateNote(EditorialNote note) {
		dateNotes.add(note);
	}

	/** A note a curator takes from beside the date line ({@link EditorialNote#detach}). */
	void removeDateNote(EditorialNote note) {
		dateNotes.remove(note);
	}

	public List<Citation> getDateCitations() {
		return dateCitations;
	}

	/** The entry's permanent path. */
	public String url() {
		return kind.url(slug);
	}

	/**
	 * A curator's revision of the one-line summary. Dated, since pages, citations of them and the
	 * download all say when the record last changed.
	 */
	public void reviseSummary(String revised, OffsetDateTime when) {
		summary = revised;
		lastChanged = when;
	}

	/**
	 * Where the place is, each point cited, in order: what the map draws. Empty for a place no
	 * work gives coordinates for, and for people, organizations, events and works.
	 */
	public List<Coordinates> coordinates() {
		return List.copyOf(coordinates);
	}

	/** A curator's point for a place, after any it has (the caller persists and cites it). */
	public Coordinates addCoordinates(BigDecimal latitude, BigDecimal longitude, Coordinates.Precision precision,
			OffsetDateTime when) {
		Coordinates added = new Coordinates(this, latitude, longitude, precision, coordinates.size() + 1);
		coordinates.add(added);
		lastChanged = when;
		return added;
	}

	/** A point a curator removed (the caller removes it, its citations and its notes). */
	public void removeCoordinates(Coordinates point) {
		coordinates.remove(point);
	}

	/** The entry's identifiers in other archives, in order. */
	public Set<ExternalIdentifier> getIdentifiers() {
		return identifiers;
	}

	/** A curator's new identifier in another archive, last in order (the caller persists it). */
	public ExternalIdentifier addIdentifier(IdentifierScheme scheme, String identifier, OffsetDateTime when) {
		ExternalIdentifier added = new ExternalIdentifier(this, scheme, identifier, identifiers.size() + 1);
		identifiers.add(added);
		lastChanged = when;
		return added;
	}

	/**
	 * A curator's addition of another form of the name, after the forms the entry has, dated as
	 * a revision is. The caller persists it: each name is a claim of its own, to be cited.
	 */
	public EntryName addName(String nameKey, NameKind nameKind, String form, String lang, OffsetDateTime when) {
		EntryName added = new EntryName(this, nameKey, nameKind, form, lang, names.size() + 1);
		names.add(added);
		lastChanged = when;
		return added;
	}

}
