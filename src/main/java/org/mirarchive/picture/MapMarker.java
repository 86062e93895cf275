package org.mirarchive.picture;

import java.util.Objects;

/**
 * One place to draw on a map: its name (the marker's accessible name and label), the address of
 * its page, where a cited work puts it, and how precisely ({@link Precision}), which the marker
 * shows so that a country's point is never read as a spot in it.
 */
public record MapMarker(String name, String href, double latitude, double longitude, Precision precision) {

	/** How much of the earth a coordinate stands for; each is drawn differently and explained in the key. */
	public enum Precision {

		/** A whole country, drawn at a point inside it: a hollow ring. */
		COUNTRY,

		/** A region (a mountain range, a part of a continent): a dashed ring. */
		REGION,

		/** A city or town: a filled disc. */
		CITY,

		/** A building or site, a position to within a few hundred metres: a small dot. */
		SITE
	}

	public MapMarker {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(href, "href");
		Objects.requireNonNull(precision, "precision");
		if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("no such coordinate: " + latitude + ", " + longitude);
		}
	}

}
