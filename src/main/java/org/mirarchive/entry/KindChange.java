package org.mirarchive.entry;

import java.time.OffsetDateTime;

/** When the latest entry of one kind changed. */
public record KindChange(EntryKind kind, OffsetDateTime lastChanged) {
}
