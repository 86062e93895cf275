package org.mirarchive.work;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

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
 * Indexed for search (see {@code org.mirarchive.search}) by its record and summary.
 */
@Entity
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

	@FullTextField(analyzer = "prose", highlightable = Highlightable.ANY)
	private String summary;

	/** The summary in other languages than English, by language tag: the archive's own translations. */
	@ElementCollection
	@CollectionTable(name = "source_translation", joinColumns = @JoinColumn(name = "source_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "summary")
	private Map<String, String> translations = new HashMap<>();

	private boolean quotable;

	private int position;

	/** When the record was last changed; shown on its page and carried by citations of it. */
	private OffsetDateTime lastChanged;

	@OneToMany(mappedBy = "source")
	@OrderBy("position")
	private List<SourceNote> notes = new ArrayList<>();

	@OneToMany(mappedBy = "source")
	@OrderBy("sectionNo")
	private List<SourceSection> sections = new ArrayList<>();

	protected Source() {
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
		return translations.get(language);
	}

	/** A curator's translation of the summary into a language ("es"), dated as a revision is. */
	public void translate(String language, String translated, OffsetDateTime when) {
		translations.put(language, translated);
		lastChanged = when;
	}

	/** Every translation, by language tag. */
	public Map<String, String> getTranslations() {
		return translations;
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
