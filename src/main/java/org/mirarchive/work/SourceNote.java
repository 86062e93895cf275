package org.mirarchive.work;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A further field of a source's bibliographic record, typed so that the page can label it. */
@Entity
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

	private int position;

	protected SourceNote() {
	}

	public Kind getKind() {
		return kind;
	}

	public String getText() {
		return text;
	}

}
