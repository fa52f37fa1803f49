package org.gide.calls.needs;

import org.junit.jupiter.api.Test;

import org.gide.calls.Theme;
import org.gide.directory.Sector;

import static org.assertj.core.api.Assertions.assertThat;

/** The data file {@code calls/theme-sectors.csv}: every theme is brought by at least one sector, never "non classé". */
class ThemeSectorsTest {

	private final ThemeSectors sectors = new ThemeSectors();

	@Test
	void everyThemeHasAtLeastOneSectorAndNoneIsUnclassified() {
		for (Theme theme : Theme.values()) {
			assertThat(sectors.of(theme)).as(theme.name()).isNotEmpty().doesNotContain(Sector.NON_CLASSE);
		}
	}

	@Test
	void theSectorsOfSeveralThemesAreTheirUnion() {
		assertThat(sectors.of(java.util.List.of(Theme.CULTURE, Theme.SPORT)))
			.containsExactlyInAnyOrder(Sector.ARTS_SPECTACLES, Sector.SPORTS_LOISIRS);
		assertThat(sectors.of(Theme.ALIMENTATION)).contains(Sector.AGRICULTURE, Sector.HEBERGEMENT_RESTAURATION);
	}

}
