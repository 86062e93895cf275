/**
 * Pictures the archive draws on the server as SVG, knowing no entry or work: the map of places
 * (a bundled Natural Earth basemap, projected, with a marker per place and an inset where places
 * crowd one city), the time axis of events (intervals as bars, uncertain ends fading), and the
 * graph of connections. Each takes plain lines (a name, an address, a coordinate or a date) from
 * the feature that shows it and gives back shapes a template lays out; every mark is a link with
 * an accessible name, and the text form (the lists) stays beside each picture. Plain classes with
 * unit tests; depends only on {@code model}.
 */
package org.mirarchive.picture;
