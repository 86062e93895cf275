package org.mirarchive.entry;

/** How many entries of one kind the archive holds. */
public record KindCount(EntryKind kind, long count) {
}
