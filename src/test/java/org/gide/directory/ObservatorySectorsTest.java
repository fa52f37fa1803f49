package org.gide.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sectors are those of the figures of the Schéma départemental de l’ESS du Gard (shared data). */
class ObservatorySectorsTest {

	private static final Path FIGURES = Path.of("../shared/data/ess-observatoire/ess-gard-chiffres-cles.csv");

	/** Indicator name in the figures → our sector. */
	private static final Map<String, Sector> INDICATORS = Map.ofEntries(
			Map.entry("sports_loisirs", Sector.SPORTS_LOISIRS), Map.entry("action_sociale", Sector.ACTION_SOCIALE),
			Map.entry("arts_spectacles", Sector.ARTS_SPECTACLES), Map.entry("non_classes", Sector.NON_CLASSE),
			Map.entry("enseignement", Sector.ENSEIGNEMENT), Map.entry("services_divers", Sector.SERVICES_DIVERS),
			Map.entry("activites_financieres_assurances", Sector.ACTIVITES_FINANCIERES),
			Map.entry("industrie_construction", Sector.INDUSTRIE_CONSTRUCTION),
			Map.entry("sante_humaine", Sector.SANTE_HUMAINE),
			Map.entry("hebergement_restauration", Sector.HEBERGEMENT_RESTAURATION),
			Map.entry("agriculture_sylviculture_peche", Sector.AGRICULTURE));

	@Test
	void everySectorOfThePlansFiguresIsASectorAndViceVersa() throws IOException {
		Map<String, Integer> shares = new LinkedHashMap<>();
		Matcher row = Pattern.compile("(?m)^secteur_(\\w+?)_part_etablissements,(\\d+),").matcher(
				Files.readString(FIGURES, StandardCharsets.UTF_8));
		while (row.find()) {
			shares.put(row.group(1), Integer.parseInt(row.group(2)));
		}

		assertThat(shares.keySet()).containsExactlyInAnyOrderElementsOf(INDICATORS.keySet());
		assertThat(INDICATORS.values()).containsExactlyInAnyOrder(Sector.values());
		assertThat(shares.values().stream().mapToInt(Integer::intValue).sum()).as("shares of establishments")
			.isEqualTo(100);
		assertThat(shares.get("non_classes")).as("the largest group, as 94.99Z is for associations").isEqualTo(21);
	}

}
