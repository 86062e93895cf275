package org.mirarchive.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.hibernate.envers.Audited;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** A fact about an entry in the archive's own words, supported by one or more citations. */
@Entity
@Audited
public class Statement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String statementKey;

	@ManyToOne(fetch = FetchType.LAZY)
	private Entry entry;

	@FullTextField(analyzer = "prose", highlightable = Highlightable.ANY)
	private String text;

	/** The statement in other languages than English, by language tag: the archive's own translations. */
	@ElementCollection
	@CollectionTable(name = "statement_translation", joinColumns = @JoinColumn(name = "statement_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "text")
	private Map<String, String> translations = new HashMap<>();

	private int position;

	@OneToMany(mappedBy = "statement")
	@OrderBy("id")
	private List<Citation> citations = new ArrayList<>();

	@OneToMany(mappedBy = "statement")
	@OrderBy("position")
	private List<EditorialNote> notes = new ArrayList<>();

	protected Statement() {
	}

	/** A curator's new statement about an entry, at a place in its order; the caller persists and cites it. */
	public Statement(Entry entry, String statementKey, String text, int position) {
		this.entry = entry;
		this.statementKey = statementKey;
		this.text = text;
		this.position = position;
		entry.getStatements().add(this);
	}

	/** A curator's revision of the English text and of the statement's place in the entry's order. */
	public void revise(String revised, int revisedPosition) {
		text = revised;
		position = revisedPosition;
	}

	/**
	 * The statement's anchor on its entry's page ({@code statement-mir-insurgent-group}): made from
	 * its key, which never changes, so a teacher's link to one sentence keeps working.
	 */
	public String anchor() {
		return "statement-" + statementKey;
	}

	public Long getId() {
		return id;
	}

	public Entry getEntry() {
		return entry;
	}

	public String getText() {
		return text;
	}

	/**
	 * The Spanish translation, indexed for search with Spanish analysis beside the English
	 * {@code text}; null where there is none. Reindexed when the translations change.
	 */
	@FullTextField(name = "text_es", analyzer = "prose_es", highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "translations")))
	public String getTextEs() {
		return textIn("es");
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

	/**
	 * Withdraws the archive's translation into a language, so that readers of it get the English
	 * again (a translation found wrong is better absent). The caller dates the change.
	 */
	public void withdrawTranslation(String language) {
		translations.remove(language);
	}

	/** Every translation, by language tag. */
	public Map<String, String> getTranslations() {
		return translations;
	}

	public int getPosition() {
		return position;
	}

	public List<Citation> getCitations() {
		return citations;
	}

	public List<EditorialNote> getNotes() {
		return notes;
	}

}
