package org.mirarchive.glossary;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.OrderBy;

import org.mirarchive.entry.Entry;

/**
 * A term of the glossary: the word as the archive's English pages write it, the term as Chile
 * writes it (cited, or the archive's translation), the archive's explanation in English and in its
 * own Spanish, the entry about what it names, the words that stand for it in entries' texts, and
 * the citations behind it.
 */
@Entity
class GlossaryTerm {

	@Id
	private Long id;

	private String termKey;

	private String term;

	private String spanishTerm;

	private boolean spanishTermCited;

	private String definition;

	@Column(name = "definition_es")
	private String definitionEs;

	@ManyToOne(fetch = FetchType.LAZY)
	private Entry entry;

	private int position;

	@ElementCollection
	@CollectionTable(name = "glossary_form", joinColumns = @JoinColumn(name = "term_id"))
	private List<Form> forms = new ArrayList<>();

	@OneToMany(mappedBy = "term")
	@OrderBy("position")
	private List<GlossaryCitation> citations = new ArrayList<>();

	protected GlossaryTerm() {
	}

	/** A word or phrase that stands for the term in texts of one language ("coup d'etat", "golpe"). */
	@Embeddable
	record Form(String lang, String form) {
	}

	Long getId() {
		return id;
	}

	/** The term's anchor on the glossary page, made from its key, which never changes: {@code term-dina}. */
	String anchor() {
		return "term-" + termKey;
	}

	String getTermKey() {
		return termKey;
	}

	String getTerm() {
		return term;
	}

	String getSpanishTerm() {
		return spanishTerm;
	}

	boolean isSpanishTermCited() {
		return spanishTermCited;
	}

	String getDefinition() {
		return definition;
	}

	String getDefinitionEs() {
		return definitionEs;
	}

	Entry getEntry() {
		return entry;
	}

	int getPosition() {
		return position;
	}

	List<Form> getForms() {
		return forms;
	}

	List<GlossaryCitation> getCitations() {
		return citations;
	}

}
