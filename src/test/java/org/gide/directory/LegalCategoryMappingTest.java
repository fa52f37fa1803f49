package org.gide.directory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Codes and labels checked against the INSEE nomenclature des catégories juridiques (niveau III), as reproduced in
 * public registers' tooling (e.g. the list of MTES-MCT/camino-api, src/tools/api-insee/definitions).
 */
class LegalCategoryMappingTest {

	private final EssFamilies families = EssFamilies.standard();

	@ParameterizedTest(name = "{0} {3}")
	@CsvSource(delimiter = ';', textBlock = """
			9220;ASSOCIATION;;Association déclarée
			9210;ASSOCIATION;;Association non déclarée
			9221;ASSOCIATION;;Association déclarée d’insertion par l’économique
			9222;ASSOCIATION;;Association intermédiaire
			9230;ASSOCIATION;;Association reconnue d’utilité publique
			9260;ASSOCIATION;;Association de droit local (Alsace-Moselle)
			5458;COOPERATIVE;SCOP;SARL coopérative ouvrière de production (SCOP)
			5558;COOPERATIVE;SCOP;SA SCOP à conseil d’administration
			5658;COOPERATIVE;SCOP;SA SCOP à directoire
			5459;COOPERATIVE;OTHER;SARL union de sociétés coopératives
			5460;COOPERATIVE;OTHER;Autre SARL coopérative
			5560;COOPERATIVE;OTHER;Autre SA coopérative à conseil d’administration
			5451;COOPERATIVE;CONSUMER;SARL coopérative de consommation
			6317;COOPERATIVE;AGRICULTURAL;Société coopérative agricole
			6316;COOPERATIVE;AGRICULTURAL;CUMA
			6596;COOPERATIVE;OTHER;Caisse de crédit agricole mutuel
			8210;MUTUELLE;;Mutuelle
			6411;MUTUELLE;;Société d’assurance à forme mutuelle
			8290;MUTUELLE;;Autre organisme mutualiste
			9300;FONDATION;;Fondation
			6511;NOT_ESS;;Sociétés interprofessionnelles de soins ambulatoires (not a mutuelle)
			5499;NOT_ESS;;SARL sans autre indication, not flagged
			5710;NOT_ESS;;SAS, not flagged
			9224;NOT_ESS;;Association d’avocats à responsabilité professionnelle individuelle
			7210;NOT_ESS;;Commune
			1000;NOT_ESS;;Entrepreneur individuel
			""")
	void aLegalCategoryAloneGivesItsFamily(String code, EssFamily family, CooperativeKind kind, String label) {
		EssClassification classification = families.classify(LegalCategory.of(code), null, false, null, false);

		assertThat(classification.family()).isEqualTo(family);
		assertThat(classification.cooperativeKind()).isEqualTo(kind);
	}

	@Test
	void aCommercialCompanyIsAnEssCompanyOnlyWhenFlaggedInSireneOrEsus() {
		LegalCategory sarl = LegalCategory.of("5499");

		assertThat(families.classify(sarl, false, false, null, false).family()).isEqualTo(EssFamily.NOT_ESS);
		assertThat(families.classify(sarl, true, false, null, false).family()).isEqualTo(EssFamily.ESS_COMPANY);
		assertThat(families.classify(LegalCategory.of("5710"), null, true, null, false).family())
			.isEqualTo(EssFamily.ESS_COMPANY);
	}

	@Test
	void flagsDoNotMakeAPublicBodyOrASoleTraderEss() {
		assertThat(families.classify(LegalCategory.of("7210"), true, true, null, false).family())
			.isEqualTo(EssFamily.NOT_ESS);
		assertThat(families.classify(LegalCategory.of("1000"), true, true, null, false).family())
			.isEqualTo(EssFamily.NOT_ESS);
	}

	@Test
	void scicAndCaeHaveNoCategoryOfTheirOwnAndAreDeclared() {
		EssClassification scicSa = families.classify(LegalCategory.of("5560"), null, false, CooperativeKind.SCIC,
				false);
		EssClassification scicSas = families.classify(LegalCategory.of("5710"), null, false, CooperativeKind.SCIC,
				false);
		EssClassification cae = families.classify(LegalCategory.of("5458"), null, false, CooperativeKind.CAE, false);

		assertThat(scicSa).isEqualTo(new EssClassification(EssFamily.COOPERATIVE, CooperativeKind.SCIC));
		assertThat(scicSas).isEqualTo(new EssClassification(EssFamily.COOPERATIVE, CooperativeKind.SCIC));
		assertThat(cae).isEqualTo(new EssClassification(EssFamily.COOPERATIVE, CooperativeKind.CAE));
		assertThat(families.classify(LegalCategory.of("9220"), null, false, CooperativeKind.SCIC, false).family())
			.as("a declared kind does not turn an association into a cooperative")
			.isEqualTo(EssFamily.ASSOCIATION);
	}

	@Test
	void withoutACategoryAnRnaNumberMeansAnAssociation() {
		assertThat(families.classify(null, null, false, null, true).family()).isEqualTo(EssFamily.ASSOCIATION);
		assertThat(families.classify(null, null, false, null, false).family()).isEqualTo(EssFamily.NOT_ESS);
		assertThat(families.classify(null, null, true, null, false).family()).isEqualTo(EssFamily.ESS_COMPANY);
	}

	@Test
	void theMostSpecificLineWins() {
		assertThat(families.entryFor(LegalCategory.of("5458")).orElseThrow().code()).isEqualTo("5458");
		assertThat(families.entryFor(LegalCategory.of("5499")).orElseThrow().code()).isEqualTo("54");
		assertThat(families.entryFor(LegalCategory.of("9220")).orElseThrow().label()).isEqualTo("Association déclarée");
		assertThat(families.entryFor(LegalCategory.of("7210"))).isEmpty();
	}

	@Test
	void theShippedFileStatesItsSourceAndEveryCooperativeLineHasAKind() throws IOException {
		String text;
		try (var in = getClass().getClassLoader().getResourceAsStream(EssFamilies.LOCATION)) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}

		assertThat(text.lines().filter(l -> l.startsWith("#")).toList())
			.anySatisfy(l -> assertThat(l).contains("INSEE, nomenclature des catégories juridiques"));
		assertThat(families.entries().values()).filteredOn(e -> e.kind() == EssFamilies.Kind.COOPERATIVE)
			.isNotEmpty()
			.allSatisfy(e -> assertThat(e.cooperativeKind()).as(e.code()).isNotNull());
		assertThat(families.entries().values()).filteredOn(e -> e.code().length() == 4)
			.allSatisfy(e -> assertThat(e.label()).as(e.code()).isNotBlank().doesNotContain("'"));
	}

	@Test
	void aMalformedLineIsReportedWithItsNumber() {
		assertThatThrownBy(() -> EssFamilies.read(new StringReader("# header\n9220;ASSOCIATION;;ok\n9300;FOUNDATION;;typo\n")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("line 3");
		assertThatThrownBy(() -> EssFamilies.read(new StringReader("9220;ASSOCIATION;SCOP;wrong\n")))
			.hasMessageContaining("line 1");
		assertThatThrownBy(() -> EssFamilies.read(new StringReader("9220;ASSOCIATION;;a\n9220;ASSOCIATION;;b\n")))
			.hasMessageContaining("twice");
	}

}
