package org.mirarchive.readingpath;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** A reading path: its title and introduction in English and the archive's Spanish, and its steps in order. */
@Entity
class ReadingPath {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	@Column(name = "title_es")
	private String titleEs;

	private String introduction;

	@Column(name = "introduction_es")
	private String introductionEs;

	private int position;

	/** Raised at each published change: a draft made from an older version is refused ({@link PathWriter}). */
	private long version;

	/** When the path last changed: its page is as new as that, and as the entries and works it shows. */
	private OffsetDateTime lastChanged;

	@OneToMany(mappedBy = "path")
	@OrderBy("position")
	private List<ReadingPathStep> steps = new ArrayList<>();

	protected ReadingPath() {
	}

	/** A new path at an address, last in the list of paths, made at a time. */
	ReadingPath(String slug, int position, OffsetDateTime when) {
		this.slug = slug;
		this.position = position;
		this.lastChanged = when;
	}

	/** The path's title and introduction, in English and in Spanish. */
	void describe(String title, String titleEs, String introduction, String introductionEs) {
		this.title = title;
		this.titleEs = titleEs;
		this.introduction = introduction;
		this.introductionEs = introductionEs;
	}

	/** A published change, at a time: the version a later draft must be made from, and the page's date. */
	void changed(OffsetDateTime when) {
		version++;
		lastChanged = when;
	}

	Long getId() {
		return id;
	}

	long getVersion() {
		return version;
	}

	OffsetDateTime getLastChanged() {
		return lastChanged;
	}

	String getSlug() {
		return slug;
	}

	/** The path's permanent address: {@code /paths/from-1965-to-1974}. */
	String url() {
		return "/paths/" + slug;
	}

	String getTitle() {
		return title;
	}

	String getTitleEs() {
		return titleEs;
	}

	String getIntroduction() {
		return introduction;
	}

	String getIntroductionEs() {
		return introductionEs;
	}

	List<ReadingPathStep> getSteps() {
		return steps;
	}

}
