package org.mirarchive.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import org.mirarchive.citation.PageTopic;
import org.mirarchive.model.HistoricalDate;

/**
 * A work the archive cites, with its bibliographic record. Only a quotable source (the seed
 * article and its photograph's caption, whose text the archive holds) is ever quoted.
 * Indexed for search (see {@code org.mirarchive.search}) by its record and summary. Audited: a
 * curator's change to its record, translations, unknown fields or notes is a revision
 * ({@code org.mirarchive.history}), its version with it; its sections are not edited and not kept.
 */
@Entity
@Audited
@Indexed(index = "source")
public class Source implements PageTopic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Unique across entries and sources, so search results sort by it after relevance. */
	@KeywordField(sortable = Sortable.YES)
	private String slug;

	@Enumerated(EnumType.STRING)
	private SourceKind kind;

	@FullTextField(analyzer = "name", highlightable = Highlightable.ANY)
	@KeywordField(name = "title_whole", normalizer = "whole_name")
	private String title;

	@FullTextField(analyzer = "prose", highlightable = Highlightable.ANY)
	private String subtitle;

	@FullTextField(analyzer = "name")
	private String author;

	/** The website, periodical or work it appears in. */
	@FullTextField(analyzer = "name")
	private String container;

	@FullTextField(analyzer = "name")
	private String publisher;

	/** When it was issued, in EDTF. */
	private String issued;

	private String url;

	/** The day or month the archive read the work on the web, in EDTF, where it was recorded. */
	private String accessed;

	/** Where the day of reading was not recorded: the day before which the work was read. */
	private LocalDate accessedBefore;

	/** The place of publication, as the imprint gives it. */
	private String place;

	private String isbn;

	/** The language the work is written in, as a BCP 47 tag ("en", "es"). */
	private String language;

	@FullTextField(analyzer = "prose", highlightable = Highlightable.ANY)
	private String summary;

	/** The record in other languages than English, by language tag: the archive's own translations. */
	@ElementCollection
	@CollectionTable(name = "source_translation", joinColumns = @JoinColumn(name = "source_id"))
	@MapKeyColumn(name = "language")
	private Map<String, SourceTranslation> translations = new HashMap<>();

	/** Why each field the record lacks is empty: the record says so instead of leaving it blank. */
	@ElementCollection
	@CollectionTable(name = "source_unknown", joinColumns = @JoinColumn(name = "source_id"))
	@MapKeyColumn(name = "field")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "reason")
	@Enumerated(EnumType.STRING)
	private Map<RecordField, RecordField.Unknown> unknown = new EnumMap<>(RecordField.class);

	private boolean quotable;

	private int position;

	/** When the record was last changed; shown on its page and carried by citations of it. */
	private OffsetDateTime lastChanged;

	@OneToMany(mappedBy = "source")
	@OrderBy("position")
	private List<SourceNote> notes = new ArrayList<>();

	@OneToMany(mappedBy = "source")
	@OrderBy("sectionNo")
	@NotAudited
	private List<SourceSection> sections = new ArrayList<>();

	/** Raised by each save: a curator's edit made from an older version is refused, not written over. */
	@Version
	private long version;

	protected Source() {
	}

	/**
	 * A work's record as a curator gives it: every field but its address, its sections and whether
	 * it is quoted. Text as typed (the pages escape it); dates in EDTF; null where not given.
	 */
	public record Fields(SourceKind kind, String title, String subtitle, String author, String container,
			String publisher, String issued, String url, String accessed, LocalDate accessedBefore, String place,
			String isbn, String language, String summary) {
	}

	/**
	 * A new work, never quoted (the archive holds no text of it), last in the archive's order; the
	 * caller persists it and gives its record ({@link #revise}).
	 */
	public static Source create(String slug, Fields fields, int position, OffsetDateTime when) {
		Source source = new Source();
		source.slug = slug;
		source.position = position;
		source.quotable = false;
		source.revise(fields, when);
		return source;
	}

	/** The record's fields as they are. */
	public Fields fields() {
		return new Fields(kind, title, subtitle, author, container, publisher, issued, url, accessed, accessedBefore,
				place, isbn, language, summary);
	}

	/** A curator's record, in place of the fields it had (never the address), dated as a revision is. */
	public void revise(Fields fields, OffsetDateTime when) {
		kind = fields.kind();
		title = fields.title();
		subtitle = fields.subtitle();
		author = fields.author();
		container = fields.container();
		publisher = fields.publisher();
		issued = fields.issued();
		url = fields.url();
		accessed = fields.accessed();
		accessedBefore = fields.accessedBefore();
		place = fields.place();
		isbn = fields.isbn();
		language = fields.language();
		summary = fields.summary();
		lastChanged = when;
	}

	/** A curator's translation of the record into a language, or none (null), in place of what it had. */
	public void translateRecord(String language, SourceTranslation translation, OffsetDateTime when) {
		if (translation == null) {
			translations.remove(language);
		}
		else {
			translations.put(language, translation);
		}
		lastChanged = when;
	}

	/** Why each field the record lacks is empty, in place of what it declared; only what differs is written. */
	public void declareUnknown(Map<RecordField, RecordField.Unknown> declared, OffsetDateTime when) {
		unknown.keySet().retainAll(declared.keySet());
		declared.forEach((field, reason) -> {
			if (unknown.get(field) != reason) {
				unknown.put(field, reason);
			}
		});
		lastChanged = when;
	}

	/** Dates the record: a change to one of its notes is a change to it. */
	public void changed(OffsetDateTime when) {
		lastChanged = when;
	}

	/** The version a curator's edit is made from. */
	public long getVersion() {
		return version;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public SourceKind getKind() {
		return kind;
	}

	/** The heading of the work's page in the archive: its title. */
	@Override
	public String pageTitle() {
		return title;
	}

	public String getTitle() {
		return title;
	}

	public String getSubtitle() {
		return subtitle;
	}

	public String getAuthor() {
		return author;
	}

	public String getContainer() {
		return container;
	}

	public String getPublisher() {
		return publisher;
	}

	public String getIssued() {
		return issued;
	}

	/** When it was issued, read from its EDTF; empty where the record does not say. */
	public Optional<HistoricalDate> issuedDate() {
		return Optional.ofNullable(issued).map(HistoricalDate::parse);
	}

	public String getUrl() {
		return url;
	}

	public String getSummary() {
		return summary;
	}

	/** The Spanish summary, indexed for search with Spanish analysis; null where not translated. */
	@FullTextField(name = "summary_es", analyzer = "prose_es", highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "translations")))
	public String getSummaryEs() {
		return summaryIn("es");
	}

	/** The archive's translation into a language ("es"), or null where it has none. */
	public String summaryIn(String language) {
		return inLanguage(language, SourceTranslation::summary);
	}

	/** The author in a language's words (a corporate author), or null where the recorded name serves. */
	public String authorIn(String language) {
		return inLanguage(language, SourceTranslation::author);
	}

	/** The site or work it appears in, in a language's words, or null where the recorded name serves. */
	public String containerIn(String language) {
		return inLanguage(language, SourceTranslation::container);
	}

	/** The place of publication in a language ("Nueva York"), or null where the recorded name serves. */
	public String placeIn(String language) {
		return inLanguage(language, SourceTranslation::place);
	}

	private String inLanguage(String language, Function<SourceTranslation, String> field) {
		SourceTranslation translation = translations.get(language);
		return translation == null ? null : field.apply(translation);
	}

	/** A curator's translation of the summary into a language ("es"), dated as a revision is. */
	public void translate(String language, String translated, OffsetDateTime when) {
		SourceTranslation was = translations.get(language);
		translations.put(language, was == null ? new SourceTranslation(translated, null, null, null)
				: new SourceTranslation(translated, was.author(), was.container(), was.place()));
		lastChanged = when;
	}

	/** Every translation, by language tag. */
	public Map<String, SourceTranslation> getTranslations() {
		return translations;
	}

	public String getAccessed() {
		return accessed;
	}

	/** When the archive read the work, from its EDTF; empty where the day was not recorded. */
	public Optional<HistoricalDate> accessedDate() {
		return Optional.ofNullable(accessed).map(HistoricalDate::parse);
	}

	public LocalDate getAccessedBefore() {
		return accessedBefore;
	}

	/** The day before which the work was read, as a date in words takes it; empty where the day was recorded. */
	public Optional<HistoricalDate> accessedBeforeDate() {
		return Optional.ofNullable(accessedBefore).map(day -> HistoricalDate.parse(day.toString()));
	}

	public String getPlace() {
		return place;
	}

	public String getIsbn() {
		return isbn;
	}

	public String getLanguage() {
		return language;
	}

	/** Why a field of the record is empty, or null where it is not declared unknown. */
	public RecordField.Unknown unknown(RecordField field) {
		return unknown.get(field);
	}

	/** Every field the record declares unknown, with why. */
	public Map<RecordField, RecordField.Unknown> getUnknown() {
		return unknown;
	}

	/** Whether the record fills a field (the access date counts as filled where only its bound is known). */
	public boolean fills(RecordField field) {
		return switch (field) {
			case AUTHOR -> author != null;
			case PUBLISHER -> publisher != null;
			case PLACE -> place != null;
			case ISSUED -> issued != null;
			case ACCESSED -> accessed != null || accessedBefore != null;
			case ISBN -> isbn != null;
			case LANGUAGE -> language != null;
		};
	}

	/**
	 * The fields its kind requires that the record neither fills nor declares unknown, and those it
	 * both fills and declares unknown: what an editor must fix (empty for a complete record).
	 */
	public List<RecordField> incompleteFields() {
		return RecordField.requiredOf(kind)
			.stream()
			.filter(field -> fills(field) == (unknown.get(field) != null))
			.toList();
	}

	public boolean isQuotable() {
		return quotable;
	}

	public List<SourceNote> getNotes() {
		return notes;
	}

	public List<SourceSection> getSections() {
		return sections;
	}

	public OffsetDateTime getLastChanged() {
		return lastChanged;
	}

	public String url() {
		return url(slug);
	}

	/** The permanent path of the work with this slug. */
	public static String url(String slug) {
		return "/sources/" + slug;
	}

	/**
	 * Whether the author is a person (given and family name) rather than a body such as the
	 * Vicaría de la Solidaridad: only articles and books carry a personal byline here.
	 */
	public boolean hasPersonalAuthor() {
		return author != null && author.strip().contains(" ") && (kind == SourceKind.ARTICLE || kind == SourceKind.BOOK);
	}

}
