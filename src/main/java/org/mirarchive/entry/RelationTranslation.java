package org.mirarchive.entry;

import java.util.Objects;

import jakarta.persistence.Embeddable;

/**
 * A relation's roles in another language than English (a row of {@code relation_translation}).
 * A value, as a record would be; a class because Envers makes its copies of a revision's rows
 * with a constructor that takes nothing, which a record cannot have.
 */
@Embeddable
public final class RelationTranslation {

	private String role;

	private String inverseRole;

	protected RelationTranslation() {
	}

	public RelationTranslation(String role, String inverseRole) {
		this.role = role;
		this.inverseRole = inverseRole;
	}

	public String role() {
		return role;
	}

	public String inverseRole() {
		return inverseRole;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RelationTranslation that && Objects.equals(role, that.role)
				&& Objects.equals(inverseRole, that.inverseRole);
	}

	@Override
	public int hashCode() {
		return Objects.hash(role, inverseRole);
	}

	@Override
	public String toString() {
		return "RelationTranslation[role=" + role + ", inverseRole=" + inverseRole + "]";
	}

}
