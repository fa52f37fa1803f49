package org.gide.directory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The NAF → sector mapping against the real INSEE NAF rév. 2 (shared data, 1,707 entries). */
class NafSectorsTest {

	private static final Path NOMENCLATURE = Path.of("../shared/data/nomenclatures/naf-rev2.json");

	/** Every code of the nomenclature (all levels) with its label. */
	private static Map<String, String> naf;

	private final NafSectors sectors = NafSectors.standard();

	@BeforeAll
	static void readNomenclature() throws IOException {
		String json = Files.readString(NOMENCLATURE, StandardCharsets.UTF_8);
		Matcher entry = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"label\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
			.matcher(json);
		naf = new LinkedHashMap<>();
		while (entry.find()) {
			naf.put(entry.group(1), entry.group(2));
		}
	}

	private static List<String> subclasses() {
		return naf.keySet().stream().filter(code -> code.matches("\\d{2}\\.\\d{2}[A-Z]")).toList();
	}

	@Test
	void theNomenclatureIsTheFullNafRev2() {
		assertThat(naf).hasSize(1707);
		assertThat(subclasses()).hasSize(732);
	}

	@Test
	void everySubclassIsCoveredByALineOfTheMapping() {
		for (String code : subclasses()) {
			List<String> covering = sectors.entries().keySet().stream().filter(code::startsWith).toList();
			assertThat(covering).as(code).isNotEmpty();
			// Most specific wins, so the lines covering a code must be of different lengths: one answer only.
			assertThat(covering.stream().map(String::length).distinct().count()).as(code)
				.isEqualTo(covering.size());
		}
	}

	@Test
	void everySubclassMapsToExactlyOneSectorWhetherWrittenWithOrWithoutTheDot() {
		Map<Sector, Integer> counts = new EnumMap<>(Sector.class);
		for (String code : subclasses()) {
			Sector withDot = sectors.sectorOfCode(code);
			Sector withoutDot = sectors.sectorOfCode(code.replace(".", ""));
			assertThat(withoutDot).as(code).isEqualTo(withDot);
			assertThat(sectors.sectorOf(NafCode.of(code))).as(code).isEqualTo(withDot);
			counts.merge(withDot, 1, Integer::sum);
		}
		assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(732);
		assertThat(counts.keySet()).as("every sector of the observatory is reached").containsExactlyInAnyOrder(Sector.values());
		assertThat(counts.get(Sector.NON_CLASSE)).as("only 94.99Z is explicitly unclassified").isEqualTo(1);
	}

	@Test
	void theMappingNamesNoCodeAbsentFromTheNomenclature() {
		assertThat(sectors.entries().keySet()).allSatisfy(code -> assertThat(naf).as(code).containsKey(code));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "93.12Z, SPORTS_LOISIRS", "93.29Z, SPORTS_LOISIRS", "88.99B, ACTION_SOCIALE",
			"88.10A, ACTION_SOCIALE", "87.10A, ACTION_SOCIALE", "90.01Z, ARTS_SPECTACLES", "91.02Z, ARTS_SPECTACLES",
			"85.59A, ENSEIGNEMENT", "64.19Z, ACTIVITES_FINANCIERES", "65.12Z, ACTIVITES_FINANCIERES",
			"66.22Z, ACTIVITES_FINANCIERES", "86.10Z, SANTE_HUMAINE", "55.10Z, HEBERGEMENT_RESTAURATION",
			"56.10A, HEBERGEMENT_RESTAURATION", "01.11Z, AGRICULTURE", "03.22Z, AGRICULTURE",
			"05.10Z, INDUSTRIE_CONSTRUCTION", "43.22A, INDUSTRIE_CONSTRUCTION", "38.32Z, INDUSTRIE_CONSTRUCTION",
			"94.99Z, NON_CLASSE", "94.20Z, SERVICES_DIVERS", "96.09Z, SERVICES_DIVERS", "47.11F, SERVICES_DIVERS",
			"8899B, ACTION_SOCIALE", "9312z, SPORTS_LOISIRS", "93.1, SPORTS_LOISIRS" })
	void examplesOfTheObservatoryGrouping(String code, Sector sector) {
		assertThat(sectors.sectorOfCode(code)).isEqualTo(sector);
	}

	@Test
	void anUnknownOrMissingCodeIsUnclassified() {
		assertThat(sectors.sectorOfCode("00.00Z")).isEqualTo(Sector.NON_CLASSE);
		assertThat(sectors.sectorOfCode(null)).isEqualTo(Sector.NON_CLASSE);
		assertThat(sectors.sectorOf(null)).isEqualTo(Sector.NON_CLASSE);
	}

	@Test
	void linesMayBeWrittenWithoutTheDotAndMoreSpecificLinesWin() {
		NafSectors custom = NafSectors.read(new StringReader("# test\n94;SERVICES_DIVERS\n9499Z;ARTS_SPECTACLES\n"));

		assertThat(custom.sectorOfCode("94.99Z")).isEqualTo(Sector.ARTS_SPECTACLES);
		assertThat(custom.sectorOfCode("94.91Z")).isEqualTo(Sector.SERVICES_DIVERS);
		assertThatThrownBy(() -> NafSectors.read(new StringReader("94;SERVICE_DIVERS\n")))
			.hasMessageContaining("line 1");
	}

}
