/**
 * Value types shared by every part of the archive: historical dates in EDTF with their wording,
 * and slugs. Plain classes with unit tests; no Spring, no persistence beyond embeddables.
 */
package org.mirarchive.model;
