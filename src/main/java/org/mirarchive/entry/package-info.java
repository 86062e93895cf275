/**
 * The archive's entries (people, organizations, events and places), with their names, dates,
 * statements and editorial notes; the index and entry pages; and the timeline of events.
 */
package org.mirarchive.entry;
