/**
 * Value types shared by every part of the archive: historical dates in EDTF with their wording,
 * slugs, and the one rule by which every list is cut into list pages ({@link Paging}). Plain classes with unit tests; no Spring, no persistence beyond embeddables.
 */
package org.mirarchive.model;
