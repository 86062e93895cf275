package org.mirarchive.work;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A numbered section of a quotable source, for locators. A supplied heading is the archive's. */
@Entity
@Table(name = "source_section")
public class SourceSection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	private int sectionNo;

	private String heading;

	/** The captured text lost this heading; the archive supplied it, and shows it in brackets. */
	private boolean supplied;

	protected SourceSection() {
	}

	public int getSectionNo() {
		return sectionNo;
	}

	public String getHeading() {
		return heading;
	}

	public boolean isSupplied() {
		return supplied;
	}

}
