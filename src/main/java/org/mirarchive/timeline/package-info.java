/**
 * The timeline: every event in date order, with the events the article does not date after them,
 * narrowed by shareable links to who took part and to a date range.
 */
package org.mirarchive.timeline;
