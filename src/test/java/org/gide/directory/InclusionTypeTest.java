package org.gide.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InclusionTypeTest {

	private static final Path TYPOLOGIES = Path.of("../shared/data/nomenclatures/data-inclusion-typologies-de-structures.csv");

	@Test
	void everyTypeButEsatIsADataInclusionStructureType() throws IOException {
		Set<String> values = Files.readAllLines(TYPOLOGIES, StandardCharsets.UTF_8)
			.stream()
			.skip(1)
			.map(line -> line.substring(0, line.indexOf(',')))
			.collect(Collectors.toSet());

		assertThat(values).hasSize(89);
		assertThat(Arrays.stream(InclusionType.values()).filter(t -> t != InclusionType.ESAT).map(Enum::name))
			.allSatisfy(code -> assertThat(values).contains(code));
		assertThat(values).as("ESAT is not in the data·inclusion list").doesNotContain("ESAT");
	}

	@Test
	void theSiaeAreTheFiveStructuresOfTheCodeDuTravail() {
		assertThat(Arrays.stream(InclusionType.values()).filter(InclusionType::siae))
			.containsExactlyInAnyOrder(InclusionType.ACI, InclusionType.EI, InclusionType.ETTI, InclusionType.AI,
					InclusionType.EITI);
	}

	@Test
	void adaptedEnterprisesAndEsatMayAnswerContractsReservedByL2113_12() {
		assertThat(InclusionType.reservedMarkets(InclusionType.EA, EssFamily.NOT_ESS))
			.containsExactly(ReservedMarket.L2113_12);
		assertThat(InclusionType.reservedMarkets(InclusionType.ESAT, EssFamily.ASSOCIATION))
			.containsExactlyInAnyOrder(ReservedMarket.L2113_12, ReservedMarket.L2113_15);
		assertThat(InclusionType.reservedMarkets(InclusionType.EATT, EssFamily.NOT_ESS))
			.containsExactly(ReservedMarket.L2113_12);
	}

	@Test
	void siaeMayAnswerContractsReservedByL2113_13() {
		assertThat(InclusionType.reservedMarkets(InclusionType.ACI, EssFamily.ASSOCIATION))
			.containsExactlyInAnyOrder(ReservedMarket.L2113_13, ReservedMarket.L2113_15);
		assertThat(InclusionType.reservedMarkets(InclusionType.EI, EssFamily.NOT_ESS))
			.containsExactly(ReservedMarket.L2113_13);
		assertThat(InclusionType.reservedMarkets(InclusionType.ETTI, EssFamily.ESS_COMPANY))
			.containsExactlyInAnyOrder(ReservedMarket.L2113_13, ReservedMarket.L2113_15);
	}

	@Test
	void essCompaniesOnlyMayAnswerContractsReservedByL2113_15() {
		assertThat(InclusionType.reservedMarkets(null, EssFamily.COOPERATIVE)).containsExactly(ReservedMarket.L2113_15);
		assertThat(InclusionType.reservedMarkets(null, EssFamily.NOT_ESS)).isEmpty();
		assertThat(InclusionType.reservedMarkets(InclusionType.GEIQ, EssFamily.NOT_ESS)).isEmpty();
		assertThat(InclusionType.reservedMarkets(null, null)).isEmpty();
	}

	@Test
	void codesAreReadInAnyCaseAndUnknownOnesRefused() {
		assertThat(InclusionType.fromCode(" aci ")).contains(InclusionType.ACI);
		assertThat(InclusionType.fromCode("")).isEmpty();
		assertThat(catchThrowableOfType(InvalidValueException.class, () -> InclusionType.fromCode("CHRS")).code())
			.isEqualTo("directory.error.inclusionType.unknown");
	}

	@Test
	void reservedMarketsNameTheirArticle() {
		assertThat(ReservedMarket.L2113_15.article()).isEqualTo("L2113-15");
	}

}
