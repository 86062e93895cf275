package org.mirarchive.readingpath;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.Statement;
import org.mirarchive.work.Source;

/**
 * One step of a reading path: to an entry, to one statement of an entry, or to a work (a section
 * of it, for the seed article), with the archive's own text where it adds one, and the citations
 * of that text. Exactly one of entry, statement and source is set (the database checks it).
 */
@Entity
class ReadingPathStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private ReadingPath path;

	private String stepKey;

	private int position;

	private String text;

	@Column(name = "text_es")
	private String textEs;

	@ManyToOne(fetch = FetchType.LAZY)
	private Entry entry;

	@ManyToOne(fetch = FetchType.LAZY)
	private Statement statement;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	private Integer sectionNo;

	@OneToMany(mappedBy = "step")
	@OrderBy("position")
	private List<ReadingPathCitation> citations = new ArrayList<>();

	protected ReadingPathStep() {
	}

	/** A new step of a path, with its permanent key (its address on the path's page). */
	ReadingPathStep(ReadingPath path, String stepKey) {
		this.path = path;
		this.stepKey = stepKey;
	}

	/** Where the step stands, what it leads to (one of entry, statement and work) and the archive's text. */
	void revise(int position, Entry entry, Statement statement, Source source, Integer sectionNo, String text,
			String textEs) {
		this.position = position;
		this.entry = entry;
		this.statement = statement;
		this.source = source;
		this.sectionNo = sectionNo;
		this.text = text;
		this.textEs = textEs;
	}

	String getStepKey() {
		return stepKey;
	}

	/** The step's own address on its path's page: {@code step-article-beginnings}. */
	String anchor() {
		return "step-" + stepKey;
	}

	int getPosition() {
		return position;
	}

	String getText() {
		return text;
	}

	String getTextEs() {
		return textEs;
	}

	Entry getEntry() {
		return entry;
	}

	Statement getStatement() {
		return statement;
	}

	Source getSource() {
		return source;
	}

	Integer getSectionNo() {
		return sectionNo;
	}

	List<ReadingPathCitation> getCitations() {
		return citations;
	}

}
