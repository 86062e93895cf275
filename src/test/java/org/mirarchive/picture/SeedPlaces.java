package org.mirarchive.picture;

import java.util.List;

import org.mirarchive.picture.MapMarker.Precision;

/** The seed's places at coordinates like those their cited works give, for the map's tests. */
final class SeedPlaces {

	static final MapMarker SANTIAGO = new MapMarker("Santiago", "/places/santiago", -33.4375, -70.65, Precision.CITY);

	static final MapMarker LA_MONEDA = new MapMarker("Presidential palace (La Moneda)", "/places/presidential-palace",
			-33.443, -70.654, Precision.SITE);

	static final MapMarker STADIUM = new MapMarker("National Stadium", "/places/national-stadium", -33.464, -70.611,
			Precision.SITE);

	static final MapMarker CHILE = new MapMarker("Chile", "/places/chile", -30, -71, Precision.COUNTRY);

	static final MapMarker BOLIVIA = new MapMarker("Bolivia", "/places/bolivia", -17, -65, Precision.COUNTRY);

	static final List<MapMarker> ALL = List.of(SANTIAGO, LA_MONEDA, STADIUM, CHILE,
			new MapMarker("Argentina", "/places/argentina", -34, -64, Precision.COUNTRY),
			new MapMarker("Uruguay", "/places/uruguay", -33, -56, Precision.COUNTRY), BOLIVIA,
			new MapMarker("Cuba", "/places/cuba", 21.5, -80, Precision.COUNTRY),
			new MapMarker("Buenos Aires", "/places/buenos-aires", -34.60333, -58.38167, Precision.CITY),
			new MapMarker("Andes Mountains", "/places/andes-mountains", -32, -70, Precision.REGION));

	private SeedPlaces() {
	}

}
