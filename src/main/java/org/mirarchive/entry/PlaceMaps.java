package org.mirarchive.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.mirarchive.picture.MapMarker;
import org.mirarchive.picture.PlaceMap;

/**
 * The maps the archive's pages show: every place with cited coordinates on {@code /places}, and
 * on a place's or an event's page the places it shows among its connections (where an event
 * happened, what a place lies in or holds), beside the place itself. Only cited points are drawn,
 * each as precisely as its work gives it.
 */
@Component
public class PlaceMaps {

	/** The city whose crowded places the inset of the whole map enlarges. */
	private static final String CROWDED_CITY = "/places/santiago";

	private final PlacesOnMap places;

	PlaceMaps(PlacesOnMap places) {
		this.places = places;
	}

	/**
	 * The map of every place, and the places of one list page that it does not draw (they have
	 * no cited coordinates), named on the page beside it.
	 */
	public Optional<Whole> all(List<IndexLine> listed, Locale locale) {
		List<PlacesOnMap.Point> points = places.all(locale);
		if (points.isEmpty()) {
			return Optional.empty();
		}
		Set<String> drawn = points.stream().map(PlacesOnMap.Point::url).collect(Collectors.toSet());
		List<IndexLine> notDrawn = listed.stream().filter(line -> !drawn.contains(line.url())).toList();
		String caption = points.stream()
			.filter(point -> point.url().equals(CROWDED_CITY))
			.map(point -> point.name().text())
			.findFirst()
			.orElse(null);
		return Optional.of(new Whole(PlaceMap.draw(markers(points), caption), notDrawn));
	}

	/** The map of the whole archive's places, and the places of the list page it leaves out. */
	public record Whole(PlaceMap map, List<IndexLine> notDrawn) {
	}

	/**
	 * The map on an entry's page: for a place, its own point and those of the places among its
	 * connections; for an event, the places among its connections (where it happened). None for
	 * other entries, or where none of these places has a cited point.
	 */
	public Optional<PlaceMap> forPage(EntryPage page, Locale locale) {
		EntryKind kind = page.entry().getKind();
		if (kind != EntryKind.PLACE && kind != EntryKind.EVENT) {
			return Optional.empty();
		}
		// The page's own place first, then its connections' places in the order the page lists them.
		Set<String> shown = new LinkedHashSet<>();
		if (kind == EntryKind.PLACE) {
			shown.add(page.entry().getSlug());
		}
		page.relations()
			.stream()
			.flatMap(group -> group.lines().stream())
			.filter(line -> line.kind() == EntryKind.PLACE)
			.map(line -> EntryKind.PLACE.slugOf(line.url()))
			.forEach(shown::add);
		Map<String, List<PlacesOnMap.Point>> bySlug = new LinkedHashMap<>();
		for (PlacesOnMap.Point point : places.of(shown, locale)) {
			bySlug.computeIfAbsent(point.slug(), slug -> new ArrayList<>()).add(point);
		}
		List<PlacesOnMap.Point> points = shown.stream()
			.filter(bySlug::containsKey)
			.flatMap(slug -> bySlug.get(slug).stream())
			.toList();
		return points.isEmpty() ? Optional.empty() : Optional.of(PlaceMap.draw(markers(points), null));
	}

	private static List<MapMarker> markers(List<PlacesOnMap.Point> points) {
		return points.stream()
			.map(point -> new MapMarker(point.name().text(), point.url(), point.latitude().doubleValue(),
					point.longitude().doubleValue(), precision(point.precision())))
			.toList();
	}

	/** What a marker stands for, as the picture draws it. */
	static MapMarker.Precision precision(Coordinates.Precision precision) {
		return switch (precision) {
			case COUNTRY -> MapMarker.Precision.COUNTRY;
			case REGION -> MapMarker.Precision.REGION;
			case CITY -> MapMarker.Precision.CITY;
			case BUILDING -> MapMarker.Precision.SITE;
		};
	}

}
