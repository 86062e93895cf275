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
 * The archive's own note beside a statement, a relation, an entry's date line or a place's
 * coordinates (beside at most one
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

	/** The place's coordinates the note stands beside, where works give different points; or null. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Coordinates coordinates;

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

	private EditorialNote(Entry entry, String noteKey, Kind kind, String text, int position) {
		this.entry = entry;
		this.noteKey = noteKey;
		this.kind = kind;
		this.text = text;
		this.position = position;
	}

	/** A curator's new note beside a statement, at a place among its notes; the caller persists and cites it. */
	public static EditorialNote besideStatement(Statement statement, String noteKey, Kind kind, String text,
			int position) {
		EditorialNote note = new EditorialNote(statement.getEntry(), noteKey, kind, text, position);
		note.statement = statement;
		statement.getNotes().add(note);
		statement.getEntry().getNotes().add(note);
		return note;
	}

	/**
	 * A curator's new note beside a relation, belonging to the end whose page it was written on
	 * (both ends' pages show it); the caller persists and cites it.
	 */
	public static EditorialNote besideRelation(Entry end, Relation relation, String noteKey, Kind kind, String text,
			int position) {
		EditorialNote note = new EditorialNote(end, noteKey, kind, text, position);
		note.relation = relation;
		relation.getNotes().add(note);
		return note;
	}

	/** A curator's new note beside an entry's date line; the caller persists and cites it. */
	public static EditorialNote besideDate(Entry entry, String noteKey, Kind kind, String text, int position) {
		EditorialNote note = new EditorialNote(entry, noteKey, kind, text, position);
		note.dateEntry = entry;
		entry.addDateNote(note);
		return note;
	}

	/** A curator's new note beside a place's coordinates; the caller persists and cites it. */
	public static EditorialNote besideCoordinates(Coordinates point, String noteKey, Kind kind, String text,
			int position) {
		EditorialNote note = new EditorialNote(point.getEntry(), noteKey, kind, text, position);
		note.coordinates = point;
		point.addNote(note);
		return note;
	}

	/** A curator's revision of the note's kind, English text and place among the notes beside its claim. */
	public void revise(Kind revisedKind, String revisedText, int revisedPosition) {
		kind = revisedKind;
		text = revisedText;
		position = revisedPosition;
	}

	/**
	 * Takes the note from beside its claim, for the caller to remove with its citations: the
	 * collections that show it forget it.
	 */
	public void detach() {
		if (statement != null) {
			statement.getNotes().remove(this);
			entry.getNotes().remove(this);
		}
		if (relation != null) {
			relation.getNotes().remove(this);
		}
		if (dateEntry != null) {
			dateEntry.removeDateNote(this);
		}
		if (coordinates != null) {
			coordinates.removeNote(this);
		}
	}

	/** Withdraws the archive's translation into a language: readers of it get the English again. */
	public void withdrawTranslation(String language) {
		translations.remove(language);
	}

	/** The note's place among the notes beside its claim, from 1. */
	public int getPosition() {
		return position;
	}

	/** The note's anchor on the pages that show it ({@code note-…}), made from its key, which never changes. */
	public String anchor() {
		return "note-" + noteKey;
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

	/** The coordinates the note stands beside, or null. */
	public Coordinates getCoordinates() {
		return coordinates;
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
