package org.mirarchive.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** Another form of an entry's name, typed and cited like any other statement. */
@Entity
@Audited
@Table(name = "entry_name")
public class EntryName {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String nameKey;

	@ManyToOne(fetch = FetchType.LAZY)
	private Entry entry;

	@Enumerated(EnumType.STRING)
	private NameKind kind;

	@FullTextField(analyzer = "name", highlightable = Highlightable.ANY)
	@KeywordField(name = "name_whole", normalizer = "whole_name")
	// Every form again as Spanish reads it, whatever its language: readers type any form in either.
	@FullTextField(name = "name_es", analyzer = "name_es", highlightable = Highlightable.ANY)
	private String name;

	/** BCP 47 language of the form, where it has one ("en"); null for acronyms and nicknames. */
	private String lang;

	private int position;

	@OneToMany(mappedBy = "name")
	@OrderBy("id")
	private List<Citation> citations = new ArrayList<>();

	protected EntryName() {
	}

	/** A form added to its entry ({@link Entry#addName}). */
	/** A curator's revision of this form of the name and of its place in the entry's order. */
	public void revise(NameKind revisedKind, String revisedName, String revisedLang, int revisedPosition) {
		kind = revisedKind;
		name = revisedName;
		lang = revisedLang;
		position = revisedPosition;
	}

	EntryName(Entry entry, String nameKey, NameKind kind, String name, String lang, int position) {
		this.entry = entry;
		this.nameKey = nameKey;
		this.kind = kind;
		this.name = name;
		this.lang = lang;
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public Entry getEntry() {
		return entry;
	}

	public NameKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getLang() {
		return lang;
	}

	/**
	 * The name's language in a reader's words ("Spanish", "español"), for a translation's label
	 * ("translation into Spanish"); null where the name's language is not recorded.
	 */
	public String languageIn(Locale reader) {
		return lang == null ? null : Locale.forLanguageTag(lang).getDisplayLanguage(reader);
	}

	public int getPosition() {
		return position;
	}

	public List<Citation> getCitations() {
		return citations;
	}

}
