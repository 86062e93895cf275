package org.mirarchive.entry;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.LocalText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points a map of the places draws: every published place with cited coordinates, named in
 * the reader's language, with its address and what each point stands for. Places without
 * coordinates are left out (they are not drawn, and their pages say so).
 */
@Component
public class PlacesOnMap {

	/**
	 * One point of one place.
	 *
	 * @param name the place's headword in the reader's language where the archive has translated it
	 * @param url the place's page
	 * @param latitude degrees, south negative
	 * @param longitude degrees, west negative
	 * @param precision what the point stands for (a country's centre, a city's centre, a building…)
	 * @param precisionKey the message key that says that in words
	 */
	public record Point(String slug, LocalText name, String url, BigDecimal latitude, BigDecimal longitude,
			Coordinates.Precision precision, String precisionKey) {
	}

	private final EntryRepository entries;

	PlacesOnMap(EntryRepository entries) {
		this.entries = entries;
	}

	/** Every place's points, places in index order, in the reader's language. */
	@Transactional(readOnly = true)
	public List<Point> all(Locale locale) {
		return points(entries.findPlacesWithCoordinates(), locale);
	}

	/** The points of the places with these slugs (those with cited coordinates), in index order. */
	@Transactional(readOnly = true)
	public List<Point> of(Collection<String> slugs, Locale locale) {
		return slugs.isEmpty() ? List.of() : points(entries.findPlacesWithCoordinatesBySlugIn(slugs), locale);
	}

	private static List<Point> points(List<Entry> places, Locale locale) {
		ContentLanguage content = new ContentLanguage(locale);
		return places.stream()
			.flatMap(place -> place.coordinates()
				.stream()
				.map(point -> new Point(place.getSlug(), content.name(place.getName(), place::nameIn), place.url(),
						point.getLatitude(), point.getLongitude(), point.getPrecision(),
						EntryPage.CoordinatesLine.precisionKey(point.getPrecision()))))
			.toList();
	}

}
