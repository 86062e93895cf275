package org.mirarchive.entry;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Embedded;
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

import org.mirarchive.model.StoredDate;

/**
 * A relation between two entries, read from subject to object ("Miguel Enríquez" is LEADER_OF
 * the MIR, role "General Secretary", until 1974), shown on both entries' pages and cited.
 */
@Entity
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

	@Embedded
	private StoredDate date;

	private int position;

	@OneToMany(mappedBy = "relation")
	@OrderBy("id")
	private List<Citation> citations = new ArrayList<>();

	protected Relation() {
	}

	public Long getId() {
		return id;
	}

	public RelationKind getKind() {
		return kind;
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

	public StoredDate getDate() {
		return date == null ? StoredDate.none() : date;
	}

	public int getPosition() {
		return position;
	}

	public List<Citation> getCitations() {
		return citations;
	}

}
