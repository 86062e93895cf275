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

	/** A supplied heading in other languages than English, by language tag: the archive's own translations. */
	@ElementCollection
	@CollectionTable(name = "source_section_translation", joinColumns = @JoinColumn(name = "section_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "heading")
	private Map<String, String> translations = new HashMap<>();

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

	/** The archive's translation into a language ("es"), or null where it has none. */
	public String headingIn(String language) {
		return translations.get(language);
	}

	/**
	 * A curator's translation into a language ("es"), in place of any it had. The caller dates
	 * the change on the record that shows it.
	 */
	public void translate(String language, String heading) {
		translations.put(language, heading);
	}

	/** Every translation, by language tag. */
	public Map<String, String> getTranslations() {
		return translations;
	}

	public boolean isSupplied() {
		return supplied;
	}

}
