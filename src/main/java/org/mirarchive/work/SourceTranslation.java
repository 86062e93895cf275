package org.mirarchive.work;

import jakarta.persistence.Embeddable;

/**
 * A work's record in another language than English (a row of {@code source_translation}): the
 * archive's summary, and the record's own words where they read differently, a corporate author
 * ("Colaboradores de Wikipedia"), a site named in words, a place ("Nueva York"); null where the
 * English serves (a name). The work's title is never translated.
 */
@Embeddable
public record SourceTranslation(String summary, String author, String container, String place) {
}
