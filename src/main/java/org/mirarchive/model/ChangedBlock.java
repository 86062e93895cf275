package org.mirarchive.model;

import java.time.OffsetDateTime;

/** An {@link IdBlock} that holds rows, by number, with when the latest of them changed (null if none says). */
public record ChangedBlock(long number, OffsetDateTime lastChanged) {
}
