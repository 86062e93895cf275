/** The timeline: every event in date order, with the events the article does not date after them. */
package org.mirarchive.timeline;
