package org.gide.directory.registers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class Lambert93Test {

	/** About 1 cm in latitude; 1e-5° is about 1 m. */
	private static final double DEGREES = 1e-7;

	@Test
	void constantsAreThoseIgnPublishes() {
		assertThat(Lambert93.N).isCloseTo(0.7256077650532670, within(1e-12));
		assertThat(Lambert93.C).isCloseTo(11_754_255.426096, within(1e-3));
		assertThat(Lambert93.YS).isCloseTo(12_655_612.049876, within(1e-3));
		assertThat(Lambert93.E).isCloseTo(0.0818191910428158, within(1e-13));
	}

	@Test
	void originIsAtFortySixAndAHalfDegreesNorthThreeEast() {
		GeoPoint origin = Lambert93.toWgs84(700_000, 6_600_000);
		assertThat(origin.latitude()).isCloseTo(46.5, within(1e-10));
		assertThat(origin.longitude()).isCloseTo(3.0, within(1e-10));
	}

	/**
	 * Reference values computed with PROJ 9.1.1 ({@code cs2cs EPSG:4326 EPSG:2154} and back), the reference
	 * implementation of EPSG:2154.
	 */
	@Test
	void matchesProjOnGardPlaces() {
		// Arènes de Nîmes, Alès, Uzès, Pont du Gard: geographic → Lambert-93 by PROJ.
		double[][] places = { { 43.8347, 4.3594, 809343.1125, 6304906.6287 },
				{ 44.1250, 4.0811, 786518.0599, 6336813.9655 }, { 44.0125, 4.4197, 813837.6273, 6324745.4328 },
				{ 43.9475, 4.5353, 823246.2253, 6317697.8598 } };
		for (double[] p : places) {
			GeoPoint g = Lambert93.toWgs84(p[2], p[3]);
			assertThat(g.latitude()).isCloseTo(p[0], within(DEGREES));
			assertThat(g.longitude()).isCloseTo(p[1], within(DEGREES));
			double[] xy = Lambert93.fromWgs84(p[0], p[1]);
			assertThat(xy[0]).isCloseTo(p[2], within(0.001));
			assertThat(xy[1]).isCloseTo(p[3], within(0.001));
		}
		// Lambert-93 → geographic by PROJ.
		GeoPoint a = Lambert93.toWgs84(810_000, 6_300_000);
		assertThat(a.latitude()).isCloseTo(43.790450306, within(1e-9));
		assertThat(a.longitude()).isCloseTo(4.366509507, within(1e-9));
		GeoPoint b = Lambert93.toWgs84(780_000, 6_330_000);
		assertThat(b.latitude()).isCloseTo(44.064449528, within(1e-9));
		assertThat(b.longitude()).isCloseTo(3.998584893, within(1e-9));
	}

	@Test
	void roundTripsOverMetropolitanFranceToTheMillimetre() {
		for (double x = 100_000; x <= 1_250_000; x += 50_000) {
			for (double y = 6_050_000; y <= 7_150_000; y += 50_000) {
				GeoPoint g = Lambert93.toWgs84(x, y);
				double[] back = Lambert93.fromWgs84(g.latitude(), g.longitude());
				assertThat(back[0]).isCloseTo(x, within(0.001));
				assertThat(back[1]).isCloseTo(y, within(0.001));
			}
		}
	}

	@Test
	void plausibleExtent() {
		assertThat(Lambert93.plausible(809_343, 6_304_906)).isTrue();
		assertThat(Lambert93.plausible(123, 456)).isFalse();
	}

}
