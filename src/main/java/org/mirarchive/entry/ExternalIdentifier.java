package org.mirarchive.entry;

import java.util.ArrayList;
import java.util.List;

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

/**
 * An entry's identifier in another archive's authority file (Wikidata's Q42): a claim that the
 * record there describes the same person or organization, cited like any other, shown on the
 * entry's page and given to programs as {@code sameAs} (JSON-LD) and {@code otherRecordId} (EAC-CPF).
 */
@Entity
@Audited
@Table(name = "entry_identifier")
public class ExternalIdentifier {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Entry entry;

	@Enumerated(EnumType.STRING)
	private IdentifierScheme scheme;

	private String identifier;

	private int position;

	@OneToMany(mappedBy = "identifier")
	@OrderBy("id")
	private List<Citation> citations = new ArrayList<>();

	protected ExternalIdentifier() {
	}

	ExternalIdentifier(Entry entry, IdentifierScheme scheme, String identifier, int position) {
		this.entry = entry;
		this.scheme = scheme;
		this.identifier = identifier;
		this.position = position;
	}

	/** A curator's revision of the identifier and of its place in the entry's order. */
	public void revise(IdentifierScheme revisedScheme, String revisedIdentifier, int revisedPosition) {
		scheme = revisedScheme;
		identifier = revisedIdentifier;
		position = revisedPosition;
	}

	public Long getId() {
		return id;
	}

	public Entry getEntry() {
		return entry;
	}

	public IdentifierScheme getScheme() {
		return scheme;
	}

	public String getIdentifier() {
		return identifier;
	}

	/** The address of the record this identifier names. */
	public String url() {
		return scheme.url(identifier);
	}

	public int getPosition() {
		return position;
	}

	public List<Citation> getCitations() {
		return citations;
	}

}
