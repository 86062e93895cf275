package org.mirarchive.work;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A short verbatim passage of a quotable source (one or two sentences at most), located by
 * section and paragraph. The archive stores these passages only, never a whole text.
 */
@Entity
public class Quotation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String quoteKey;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	private int sectionNo;

	private int paragraphNo;

	private String text;

	protected Quotation() {
	}

	public Long getId() {
		return id;
	}

	public Source getSource() {
		return source;
	}

	public int getSectionNo() {
		return sectionNo;
	}

	public int getParagraphNo() {
		return paragraphNo;
	}

	public String getText() {
		return text;
	}

}
