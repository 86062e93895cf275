package org.mirarchive.source;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * A work the archive cites, with its bibliographic record. Only a quotable source (the seed
 * article and its photograph's caption, whose text the archive holds) is ever quoted.
 */
@Entity
public class Source {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Enumerated(EnumType.STRING)
	private SourceKind kind;

	private String title;

	private String subtitle;

	private String author;

	/** The website, periodical or work it appears in. */
	private String container;

	private String publisher;

	/** When it was issued, in EDTF. */
	private String issued;

	private String url;

	private String summary;

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

	public String getUrl() {
		return url;
	}

	public String getSummary() {
		return summary;
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
		return "/sources/" + slug;
	}

}
