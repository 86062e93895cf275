package org.mirarchive.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * The archive's own note beside a statement, a relation or an entry's date line (beside at most one
 * thing), where other works disagree with the article or add precision to it, or where the archive
 * says what it does not know. It cites those works;
 * it never changes what the statement says the article says.
 */
@Entity
@Audited
@Table(name = "editorial_note")
public class EditorialNote {

	/** Why the note is there. */
	public enum Kind {
		/** Other works contradict the article. */
		DISAGREEMENT,
		/** Other works agree with the article and say more. */
		PRECISION,
		/**
		 * What the archive does not know: a work it has not seen (the MIR's mission statement, known
		 * only from the article that names it), citing the works it knows the thing from.
		 */
		LIMITATION
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String noteKey;

	@ManyToOne(fetch = FetchType.LAZY)
	private Entry entry;

	@ManyToOne(fetch = FetchType.LAZY)
	private Statement statement;

	/** The relation the note stands beside, shown on the pages of both its ends; or null. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Relation relation;

	/** The entry whose date line the note stands beside (its own entry); or null. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Entry dateEntry;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@FullTextField(analyzer = "prose", highlightable = Highlightable.ANY)
	private String text;

	/** The note in other languages than English, by language tag: the archive's own translations. */
	@ElementCollection
	@CollectionTable(name = "editorial_note_translation", joinColumns = @JoinColumn(name = "note_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "text")
	private Map<String, String> translations = new HashMap<>();

	private int position;

	@OneToMany(mappedBy = "note")
	@OrderBy("id")
	private List<Citation> citations = new ArrayList<>();

	protected EditorialNote() {
	}

	public Long getId() {
		return id;
	}

	public Entry getEntry() {
		return entry;
	}

	public Statement getStatement() {
		return statement;
	}

	public Relation getRelation() {
		return relation;
	}

	/** Whether the note stands beside its entry's date line. */
	public boolean isBesideDate() {
		return dateEntry != null;
	}

	public Kind getKind() {
		return kind;
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

	/** Every translation, by language tag. */
	public Map<String, String> getTranslations() {
		return translations;
	}

	public List<Citation> getCitations() {
		return citations;
	}

}
