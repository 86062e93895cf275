package org.mirarchive.work;

import java.util.HashMap;
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
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/** A further field of a source's bibliographic record, typed so that the page can label it. */
@Entity
@Audited
@Table(name = "source_note")
public class SourceNote {

	/** What the note records; each has a label in the message bundles. */
	public enum Kind {
		AUTHOR, DATE, PART, REPUBLISHED, IMAGE, CAPTURE, RIGHTS, CREDIT
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String text;

	/** The note in other languages than English, by language tag: the archive's own translations. */
	@ElementCollection
	@CollectionTable(name = "source_note_translation", joinColumns = @JoinColumn(name = "source_note_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "text")
	private Map<String, String> translations = new HashMap<>();

	private int position;

	protected SourceNote() {
	}

	/** A curator's note on a work's record, at its place among the work's notes; the caller persists it. */
	public SourceNote(Source source, Kind kind, String text, int position) {
		this.source = source;
		this.kind = kind;
		this.text = text;
		this.position = position;
	}

	/** A curator's correction of the note, or its move to another place. */
	public void revise(Kind revisedKind, String revisedText, int revisedPosition) {
		kind = revisedKind;
		text = revisedText;
		position = revisedPosition;
	}

	/** The translation into a language taken out: the note has none in it any more. */
	public void withdrawTranslation(String language) {
		translations.remove(language);
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public Kind getKind() {
		return kind;
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
