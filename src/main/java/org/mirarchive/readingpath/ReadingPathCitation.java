package org.mirarchive.readingpath;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.mirarchive.work.Quotation;
import org.mirarchive.work.Source;

/** A citation of a step's text: the work, where in it, and for the seed article the quoted sentence. */
@Entity
class ReadingPathCitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private ReadingPathStep step;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	@ManyToOne(fetch = FetchType.LAZY)
	private Quotation quotation;

	private String locator;

	private int position;

	protected ReadingPathCitation() {
	}

	ReadingPathCitation(ReadingPathStep step, Source source, Quotation quotation, String locator, int position) {
		this.step = step;
		this.source = source;
		this.quotation = quotation;
		this.locator = locator;
		this.position = position;
	}

	Source getSource() {
		return source;
	}

	Quotation getQuotation() {
		return quotation;
	}

	String getLocator() {
		return locator;
	}

}
