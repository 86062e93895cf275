package org.mirarchive.glossary;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.mirarchive.work.Quotation;
import org.mirarchive.work.Source;

/**
 * A citation behind a glossary term: the work, where in it, and for the seed article the quoted
 * sentence; and what it stands behind, the explanation or the term as Chile writes it.
 */
@Entity
class GlossaryCitation {

	/** What a citation of a term supports. */
	enum Supports {

		/** The explanation of the term. */
		DEFINITION,

		/** The term as Chile writes it. */
		SPANISH_TERM

	}

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private GlossaryTerm term;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	@ManyToOne(fetch = FetchType.LAZY)
	private Quotation quotation;

	private String locator;

	@Enumerated(EnumType.STRING)
	private Supports supports;

	private int position;

	protected GlossaryCitation() {
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

	Supports getSupports() {
		return supports;
	}

}
