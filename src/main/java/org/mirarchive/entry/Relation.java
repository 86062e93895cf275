package org.mirarchive.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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

import org.hibernate.envers.Audited;

import org.mirarchive.model.StoredDate;

/**
 * A relation between two entries, read from subject to object ("Miguel Enríquez" is LEADER_OF
 * the MIR, role "General Secretary", until 1974), shown on both entries' pages and cited.
 */
@Entity
@Audited
public class Relation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String relationKey;

	@Enumerated(EnumType.STRING)
	private RelationKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	private Entry subject;

	@ManyToOne(fetch = FetchType.LAZY)
	private Entry object;

	/** What the subject was in the relation ("General Secretary", "nephew"). */
	private String role;

	/** What the object was to the subject, where that differs ("uncle"). */
	private String inverseRole;

	/** The roles in other languages than English, by language tag. */
	@ElementCollection
	@CollectionTable(name = "relation_translation", joinColumns = @JoinColumn(name = "relation_id"))
	@MapKeyColumn(name = "language")
	private Map<String, RelationTranslation> translations = new HashMap<>();

	@Embedded
	private StoredDate date;

	private int position;

	@OneToMany(mappedBy = "relation")
	@OrderBy("id")
	private List<Citation> citations = new ArrayList<>();

	/** The editorial notes beside the relation, shown on the pages of both its ends. */
	@OneToMany(mappedBy = "relation")
	@OrderBy("position, id")
	private List<EditorialNote> notes = new ArrayList<>();

	protected Relation() {
	}

	/** A curator's new relation, read from subject to object; the caller persists and cites it. */
	public Relation(String relationKey, RelationKind kind, Entry subject, Entry object, String role, StoredDate date,
			int position) {
		this.relationKey = relationKey;
		this.kind = kind;
		this.subject = subject;
		this.object = object;
		this.role = role;
		this.date = date;
		this.position = position;
	}

	/** A curator's revision of the relation: its kind, the subject's role and when it held. */
	public void revise(RelationKind revisedKind, String revisedRole, StoredDate revisedDate) {
		kind = revisedKind;
		role = revisedRole;
		date = revisedDate;
	}

	/** Withdraws the archive's translation of the roles into a language. */
	public void withdrawTranslation(String language) {
		translations.remove(language);
	}

	public Long getId() {
		return id;
	}

	public RelationKind getKind() {
		return kind;
	}

	/** Whether readers see the relation: neither of its ends is withdrawn. */
	public boolean isShown() {
		return !subject.isWithdrawn() && !object.isWithdrawn();
	}

	public Entry getSubject() {
		return subject;
	}

	public Entry getObject() {
		return object;
	}

	public String getRole() {
		return role;
	}

	public String getInverseRole() {
		return inverseRole;
	}

	/** The subject's role in a language ("es"), or null where the archive has not translated it. */
	public String roleIn(String language) {
		RelationTranslation translation = translations.get(language);
		return translation == null ? null : translation.role();
	}

	/** The object's role in a language ("es"), or null where the archive has not translated it. */
	public String inverseRoleIn(String language) {
		RelationTranslation translation = translations.get(language);
		return translation == null ? null : translation.inverseRole();
	}

	/** A curator's translation of the roles into a language ("es"), in place of any it had. */
	public void translate(String language, RelationTranslation translation) {
		translations.put(language, translation);
	}

	/** Every translation, by language tag. */
	public Map<String, RelationTranslation> getTranslations() {
		return translations;
	}

	public StoredDate getDate() {
		return date == null ? StoredDate.none() : date;
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
