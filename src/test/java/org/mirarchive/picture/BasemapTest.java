package org.mirarchive.picture;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled basemap is the file its README names, and reads as the world's countries. */
class BasemapTest {

	/** world-atlas 2.0.2's countries-50m.json, as src/main/resources/basemap/README.md records it. */
	private static final String SHA256 = "04342cdc1e3016bcd7db1630de95684d67b79fe3c8c460321e87aef469502394";

	@Test
	void theBasemapIsTheFileItsReadmeNames() throws Exception {
		try (InputStream in = Basemap.class.getResourceAsStream(Basemap.RESOURCE)) {
			assertThat(in).as(Basemap.RESOURCE).isNotNull();
			String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
			assertThat(sha).as("sha256 of %s: a changed basemap needs its README changed too", Basemap.RESOURCE)
				.isEqualTo(SHA256);
		}
	}

	@Test
	void chileAndItsNeighboursAreWhereTheyAre() {
		assertThat(Basemap.countries()).hasSizeGreaterThan(200);
		Basemap.Country chile = Basemap.countries()
			.stream()
			.filter(c -> c.name().equals("Chile"))
			.findFirst()
			.orElseThrow();
		// From the Atacama (17.5° S) to Cape Horn (56° S), between the Pacific and the Andes.
		assertThat(chile.north()).isBetween(-18.0, -17.0);
		assertThat(chile.south()).isBetween(-56.5, -55.5);
		assertThat(chile.east()).isBetween(-67.5, -66.0);
		assertThat(Basemap.countries()).extracting(Basemap.Country::name).contains("Argentina", "Bolivia", "Uruguay",
				"Cuba");
	}

}
