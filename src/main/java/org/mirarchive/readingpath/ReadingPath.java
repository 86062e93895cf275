package org.mirarchive.readingpath;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** A reading path: its title and introduction in English and the archive's Spanish, and its steps in order. */
@Entity
class ReadingPath {

	@Id
	private Long id;

	private String slug;

	private String title;

	@Column(name = "title_es")
	private String titleEs;

	private String introduction;

	@Column(name = "introduction_es")
	private String introductionEs;

	private int position;

	@OneToMany(mappedBy = "path")
	@OrderBy("position")
	private List<ReadingPathStep> steps = new ArrayList<>();

	protected ReadingPath() {
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
