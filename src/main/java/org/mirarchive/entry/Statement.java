package org.mirarchive.entry;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** A fact about an entry in the archive's own words, supported by one or more citations. */
@Entity
public class Statement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String statementKey;

	@ManyToOne(fetch = FetchType.LAZY)
	private Entry entry;

	@FullTextField(analyzer = "prose", highlightable = Highlightable.ANY)
	private String text;

	private int position;

	@OneToMany(mappedBy = "statement")
	@OrderBy("id")
	private List<Citation> citations = new ArrayList<>();

	@OneToMany(mappedBy = "statement")
	@OrderBy("position")
	private List<EditorialNote> notes = new ArrayList<>();

	protected Statement() {
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
