package org.mirarchive.work;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;

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

	/** The archive's rendering of the passage in other languages than English, by language tag: the archive's own translations. */
	@ElementCollection
	@CollectionTable(name = "quotation_translation", joinColumns = @JoinColumn(name = "quotation_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "text")
	private Map<String, String> translations = new HashMap<>();

	protected Quotation() {
	}

	/**
	 * A passage a curator quoted, checked verbatim against the work's text the archive holds, at
	 * the section and paragraph where it stands there; the caller persists it.
	 */
	public Quotation(Source source, String quoteKey, int sectionNo, int paragraphNo, String text) {
		this.source = source;
		this.quoteKey = quoteKey;
		this.sectionNo = sectionNo;
		this.paragraphNo = paragraphNo;
		this.text = text;
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

	/** The archive's translation into a language ("es"), or null where it has none. */
	public String textIn(String language) {
		return translations.get(language);
	}

	/**
	 * A curator's translation into a language ("es"), in place of any it had. The caller dates
	 * the change on the record that shows it.
	 */
	public void translate(String language, String text) {
		translations.put(language, text);
	}

	/** Every translation, by language tag. */
	public Map<String, String> getTranslations() {
		return translations;
	}

}
