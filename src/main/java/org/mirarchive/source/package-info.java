/**
 * The source pages: a cited work's page, with its record and every claim in the archive that
 * cites it, grouped by entry; the index of works; a work as data (record and JSON-LD). Built over
 * the works ({@code work}) and the claims that cite them ({@code entry}).
 */
package org.mirarchive.source;
