package org.mirarchive.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The map of places as a reader sees it: every place a named link, none hidden under another, all in view. */
class PlaceMapTest {

	private final PlaceMap places = PlaceMap.draw(SeedPlaces.ALL, null);

	private static double[] viewBox(String viewBox) {
		return Stream.of(viewBox.split(" ")).mapToDouble(Double::parseDouble).toArray();
	}

	private static double d(String number) {
		return Double.parseDouble(number);
	}

	private List<PlaceMap.Mark> allMarks() {
		List<PlaceMap.Mark> all = new ArrayList<>(places.getMarkers());
		places.getInsets().forEach(inset -> all.addAll(inset.markers()));
		return all;
	}

	@Test
	void everyPlaceIsALinkNamedByThePlace() {
		assertThat(allMarks()).extracting(PlaceMap.Mark::name)
			.containsExactlyInAnyOrderElementsOf(SeedPlaces.ALL.stream().map(MapMarker::name).toList());
		assertThat(allMarks()).allSatisfy(mark -> assertThat(mark.href()).startsWith("/places/"));
		assertThat(allMarks()).extracting(PlaceMap.Mark::href)
			.containsExactlyInAnyOrderElementsOf(SeedPlaces.ALL.stream().map(MapMarker::href).toList());
	}

	@Test
	void theThreePlacesInSantiagoAreInAnInsetCaptionedByTheCityAndNotOnTheMainMap() {
		assertThat(places.getInsets()).singleElement().satisfies(inset -> {
			assertThat(inset.caption()).isEqualTo("Santiago");
			assertThat(inset.markers()).extracting(PlaceMap.Mark::name)
				.containsExactlyInAnyOrder("Santiago", "Presidential palace (La Moneda)", "National Stadium");
		});
		assertThat(places.getMarkers()).extracting(PlaceMap.Mark::name)
			.doesNotContain("Santiago", "Presidential palace (La Moneda)", "National Stadium")
			.contains("Chile", "Andes Mountains", "Buenos Aires", "Cuba");
	}

	@Test
	void noMarkerLiesOnAnotherOnTheMainMapOrInTheInset() {
		assertApart(places.getMarkers());
		assertApart(places.getInsets().get(0).markers());
	}

	private static void assertApart(List<PlaceMap.Mark> marks) {
		for (int i = 0; i < marks.size(); i++) {
			for (int j = i + 1; j < marks.size(); j++) {
				PlaceMap.Mark a = marks.get(i);
				PlaceMap.Mark b = marks.get(j);
				double distance = Math.hypot(d(a.cx()) - d(b.cx()), d(a.cy()) - d(b.cy()));
				assertThat(distance).as("%s and %s", a.name(), b.name()).isGreaterThan(d(a.r()) + d(b.r()) + 4);
			}
		}
	}

	@Test
	void everyMarkerAndItsLabelIsInsideThePicture() {
		double[] box = viewBox(places.getViewBox());
		for (PlaceMap.Mark mark : places.getMarkers()) {
			assertThat(d(mark.cx())).as(mark.name()).isBetween(box[0], box[2]);
			assertThat(d(mark.cy())).as(mark.name()).isBetween(box[1], box[3]);
			assertLabelInside(mark, box[2], box[3]);
		}
		PlaceMap.Inset inset = places.getInsets().get(0);
		double size = d(inset.size());
		for (PlaceMap.Mark mark : inset.markers()) {
			assertThat(d(mark.cx())).as(mark.name()).isBetween(0.0, size);
			assertThat(d(mark.cy())).as(mark.name()).isBetween(0.0, size);
			assertLabelInside(mark, size, size);
		}
	}

	private static void assertLabelInside(PlaceMap.Mark mark, double width, double height) {
		for (PlaceMap.LabelLine line : mark.label()) {
			double w = Labels.width(line.text());
			double x = d(line.x());
			double left = switch (mark.anchor()) {
				case "start" -> x;
				case "end" -> x - w;
				default -> x - w / 2;
			};
			assertThat(left).as("left of the label of %s", mark.name()).isGreaterThanOrEqualTo(0);
			assertThat(left + w).as("right of the label of %s", mark.name()).isLessThanOrEqualTo(width);
			assertThat(d(line.y())).as("baseline of the label of %s", mark.name())
				.isBetween(Labels.FONT_SIZE * 0.75, height);
		}
	}

	@Test
	void theInsetSitsInsideThePictureAwayFromTheMarkersWithARectangleOnTheArea() {
		double[] box = viewBox(places.getViewBox());
		PlaceMap.Inset inset = places.getInsets().get(0);
		Labels.Box insetBox = new Labels.Box(d(inset.x()), d(inset.y()), d(inset.size()), d(inset.size()));
		assertThat(insetBox.within(new Labels.Box(0, 0, box[2], box[3]))).isTrue();
		for (PlaceMap.Mark mark : places.getMarkers()) {
			assertThat(insetBox.overlap(Labels.Box.around(d(mark.cx()), d(mark.cy()), d(mark.r()))))
				.as("the inset covers %s", mark.name())
				.isZero();
		}
		Labels.Box area = new Labels.Box(d(inset.areaX()), d(inset.areaY()), d(inset.areaWidth()),
				d(inset.areaHeight()));
		assertThat(area.width()).isGreaterThanOrEqualTo(8);
		assertThat(insetBox.overlap(area)).isZero();
		// The rectangle is where Santiago is: between Chile's marker and the Andes', south of both.
		PlaceMap.Mark chile = mark("Chile");
		assertThat(area.y()).isGreaterThan(d(chile.cy()));
		assertThat(inset.scale().kilometres()).isIn("1", "2", "5");
	}

	private PlaceMap.Mark mark(String name) {
		return places.getMarkers().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void theCountriesAroundThePlacesAreDrawnAndFarOnesAreNot() {
		assertThat(places.getCountries()).extracting(PlaceMap.Outline::name)
			.contains("Chile", "Argentina", "Bolivia", "Uruguay", "Cuba", "Brazil", "Peru")
			.doesNotContain("Germany", "Australia", "Japan");
		assertThat(places.getCountries()).allSatisfy(c -> assertThat(c.path()).matches("M[-0-9.,]+L[-0-9., LMZ]+Z"));
		assertThat(places.getInsets().get(0).countries()).extracting(PlaceMap.Outline::name).contains("Chile");
	}

	/** A page carries the map, not the basemap: a few tens of kilobytes of outline. */
	@Test
	void theOutlinesAreSmallEnoughForAPage() {
		int length = places.getCountries().stream().mapToInt(c -> c.path().length()).sum();
		assertThat(length).isLessThan(80_000);
	}

	@Test
	void aCountrysMarkerIsAHollowRingLargerThanACitysAndABuildingsIsSmallest() {
		PlaceMap.Mark chile = mark("Chile");
		PlaceMap.Mark buenosAires = mark("Buenos Aires");
		PlaceMap.Mark palace = places.getInsets()
			.get(0)
			.markers()
			.stream()
			.filter(m -> m.name().startsWith("Presidential"))
			.findFirst()
			.orElseThrow();
		assertThat(chile.symbolClass()).contains("place-map__marker--country");
		assertThat(d(chile.r())).isGreaterThan(d(buenosAires.r()));
		assertThat(d(buenosAires.r())).isGreaterThan(d(palace.r()));
		assertThat(places.getLegend()).extracting(PlaceMap.KeyLine::precision)
			.containsExactly(MapMarker.Precision.values());
	}

	@Test
	void aPlacePageMapOfOneCountryShowsItsNeighbours() {
		PlaceMap bolivia = PlaceMap.draw(List.of(SeedPlaces.BOLIVIA), null);
		assertThat(bolivia.getInsets()).isEmpty();
		assertThat(bolivia.getMarkers()).singleElement().satisfies(mark -> {
			double[] box = viewBox(bolivia.getViewBox());
			assertThat(d(mark.cx())).isCloseTo(box[2] / 2, org.assertj.core.data.Offset.offset(1.0));
			assertThat(d(mark.cy())).isCloseTo(box[3] / 2, org.assertj.core.data.Offset.offset(1.0));
		});
		assertThat(bolivia.getCountries()).extracting(PlaceMap.Outline::name)
			.contains("Bolivia", "Peru", "Chile", "Brazil", "Paraguay", "Argentina");
		assertThat(bolivia.getLegend()).extracting(PlaceMap.KeyLine::precision)
			.containsExactly(MapMarker.Precision.COUNTRY);
	}

	@Test
	void aPlacePageMapOfOneBuildingShowsItsCountryAroundIt() {
		PlaceMap palace = PlaceMap.draw(List.of(SeedPlaces.LA_MONEDA), null);
		assertThat(palace.getMarkers()).singleElement().extracting(PlaceMap.Mark::href)
			.isEqualTo("/places/presidential-palace");
		assertThat(palace.getCountries()).extracting(PlaceMap.Outline::name).contains("Chile", "Argentina");
	}

	@Test
	void aCaptionGivenByTheCallerNamesTheInset() {
		PlaceMap map = PlaceMap.draw(SeedPlaces.ALL, "Central Santiago");
		assertThat(map.getInsets()).singleElement().extracting(PlaceMap.Inset::caption).isEqualTo("Central Santiago");
	}

	@Test
	void numbersHaveOneDecimalAtMost() {
		assertThat(PlaceMap.number(12.345)).isEqualTo("12.3");
		assertThat(PlaceMap.number(-0.96)).isEqualTo("-1");
		assertThat(PlaceMap.number(7)).isEqualTo("7");
		assertThat(PlaceMap.number(-3.25)).isEqualTo("-3.2");
	}

}
