package org.mirarchive.entry;

import jakarta.persistence.Embeddable;

/** A relation's roles in another language than English (a row of {@code relation_translation}). */
@Embeddable
public record RelationTranslation(String role, String inverseRole) {
}
