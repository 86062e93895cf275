/**
 * The archive as data for programs: entries and sources as plain records with their citations
 * ({@link org.mirarchive.data.EntryRecords}), the same in schema.org JSON-LD
 * ({@link org.mirarchive.data.SchemaOrg}), the JSON API under {@code /api}, and the whole-archive
 * download for classroom data work.
 */
package org.mirarchive.data;
