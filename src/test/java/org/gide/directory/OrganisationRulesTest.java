package org.gide.directory;

import org.junit.jupiter.api.Test;

import org.gide.directory.internal.Organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rules the Organisation entity holds, without a database. */
class OrganisationRulesTest {

	private final Organisation organisation = new Organisation("  Les   Jardins de Cocagne ", OrganisationSource.MANUAL,
			null);

	@Test
	void aNewOrganisationIsNamedTidilyUnclassifiedAndOutsideTheEss() {
		assertThat(organisation.getName()).isEqualTo("Les Jardins de Cocagne");
		assertThat(organisation.getEssFamily()).isEqualTo(EssFamily.NOT_ESS);
		assertThat(organisation.getSector()).isEqualTo(Sector.NON_CLASSE);
		assertThat(organisation.getGeoPrecision()).isEqualTo(GeoPrecision.UNKNOWN);
		assertThat(organisation.isActive()).isTrue();
	}

	@Test
	void aNameIsRequiredAndBounded() {
		assertThat(catchThrowableOfType(InvalidValueException.class,
				() -> new Organisation(" ", OrganisationSource.MANUAL, null)).code())
			.isEqualTo("directory.error.name.required");
		assertThat(catchThrowableOfType(InvalidValueException.class, () -> organisation.rename("x".repeat(251), null))
			.code()).isEqualTo("directory.error.name.long");
		assertThat(organisation.getName()).isEqualTo("Les Jardins de Cocagne");
	}

	@Test
	void settingTheLegalCategoryReDerivesTheFamily() {
		organisation.setLegalCategory(LegalCategory.of("9220"));
		assertThat(organisation.getEssFamily()).isEqualTo(EssFamily.ASSOCIATION);

		organisation.setLegalCategory(LegalCategory.of("5458"));
		assertThat(organisation.getEssFamily()).isEqualTo(EssFamily.COOPERATIVE);
		assertThat(organisation.getCooperativeKind()).isEqualTo(CooperativeKind.SCOP);

		organisation.setLegalCategory(LegalCategory.of("5499"));
		assertThat(organisation.getEssFamily()).isEqualTo(EssFamily.NOT_ESS);
		assertThat(organisation.getCooperativeKind()).isNull();
	}

	@Test
	void essFlagsMakeACommercialCompanyAnEssCompanyAndBack() {
		organisation.setLegalCategory(LegalCategory.of("5710"));

		organisation.setEssFlags(true, false);
		assertThat(organisation.getEssFamily()).isEqualTo(EssFamily.ESS_COMPANY);
		assertThat(organisation.getReservedMarkets()).containsExactly(ReservedMarket.L2113_15);

		organisation.setEssFlags(false, false);
		assertThat(organisation.getEssFamily()).isEqualTo(EssFamily.NOT_ESS);
		assertThat(organisation.getReservedMarkets()).isEmpty();
	}

	@Test
	void aDeclaredScicOnAnSasIsACooperative() {
		organisation.setLegalCategory(LegalCategory.of("5710"));
		organisation.declareCooperativeKind(CooperativeKind.SCIC);

		assertThat(organisation.getEssFamily()).isEqualTo(EssFamily.COOPERATIVE);
		assertThat(organisation.getCooperativeKind()).isEqualTo(CooperativeKind.SCIC);
	}

	@Test
	void anRnaNumberWithoutLegalCategoryMakesAnAssociation() {
		organisation.identify(null, null, RnaNumber.of("W302001234"));

		assertThat(organisation.getEssFamily()).isEqualTo(EssFamily.ASSOCIATION);
	}

	@Test
	void settingTheNafCodeReDerivesTheSector() {
		organisation.setNaf(NafCode.of("8899B"));
		assertThat(organisation.getNaf().value()).isEqualTo("88.99B");
		assertThat(organisation.getSector()).isEqualTo(Sector.ACTION_SOCIALE);

		organisation.setNaf(NafCode.of("93.12Z"));
		assertThat(organisation.getSector()).isEqualTo(Sector.SPORTS_LOISIRS);

		organisation.setNaf(null);
		assertThat(organisation.getSector()).isEqualTo(Sector.NON_CLASSE);
	}

	@Test
	void theInclusionTypeAndFamilyGiveTheReservedMarkets() {
		organisation.setLegalCategory(LegalCategory.of("9220"));
		organisation.setInclusionType(InclusionType.ACI);

		assertThat(organisation.getReservedMarkets()).containsExactlyInAnyOrder(ReservedMarket.L2113_13,
				ReservedMarket.L2113_15);

		organisation.setInclusionType(InclusionType.ESAT);
		assertThat(organisation.getReservedMarkets()).containsExactlyInAnyOrder(ReservedMarket.L2113_12,
				ReservedMarket.L2113_15);
	}

	@Test
	void aSiretGivesItsSirenAndMustBelongToTheOneGiven() {
		organisation.identify(null, Siret.of("73282932000074"), null);
		assertThat(organisation.getSiren()).isEqualTo(Siren.of("732829320"));

		InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
				() -> organisation.identify(Siren.of("552100554"), Siret.of("73282932000074"), null));

		assertThat(refused.code()).isEqualTo("directory.error.siret.siren");
		assertThat(refused.args()).containsExactly("73282932000074", "552100554");
		assertThat(organisation.getSiret()).as("unchanged").isEqualTo(Siret.of("73282932000074"));
	}

	@Test
	void coordinatesComeInPairsOnTheGlobeAndWithoutThemThePositionIsUnknown() {
		organisation.locate("1 rue Jules Renard", "30100", "30007", 44.1249, 4.0812, GeoPrecision.ADDRESS);
		assertThat(organisation.getGeoPrecision()).isEqualTo(GeoPrecision.ADDRESS);

		organisation.locate("1 rue Jules Renard", "30100", "30007", null, null, GeoPrecision.ADDRESS);
		assertThat(organisation.getGeoPrecision()).isEqualTo(GeoPrecision.UNKNOWN);

		assertThat(catchThrowableOfType(InvalidValueException.class,
				() -> organisation.locate(null, null, "30007", 44.1, null, GeoPrecision.ADDRESS)).code())
			.isEqualTo("directory.error.coordinates.partial");
		assertThat(catchThrowableOfType(InvalidValueException.class,
				() -> organisation.locate(null, null, "30007", 144.1, 4.0, GeoPrecision.ADDRESS)).code())
			.isEqualTo("directory.error.coordinates.range");
		assertThat(catchThrowableOfType(InvalidValueException.class,
				() -> organisation.locate(null, "3010", "30007", null, null, null)).code())
			.isEqualTo("directory.error.postalCode.format");
	}

	@Test
	void volunteersCannotBeNegativeAndTheBandTellsAnEmployer() {
		organisation.setWorkforce(EmployeeBand.B11, 40);
		assertThat(organisation.getEmployeeBand().employer()).isTrue();

		assertThat(catchThrowableOfType(InvalidValueException.class, () -> organisation.setWorkforce(null, -1)).code())
			.isEqualTo("directory.error.volunteers.negative");
	}

	@Test
	void publicContactIsCheckedAndAWebsiteWithoutSchemeGetsHttps() {
		organisation.setPublicContact("www.cocagne-gard.fr", "contact@cocagne-gard.fr", "04 66 00 00 00");
		assertThat(organisation.getPublicWebsite()).isEqualTo("https://www.cocagne-gard.fr");

		assertThat(catchThrowableOfType(InvalidValueException.class,
				() -> organisation.setPublicContact(null, "contact@", null)).code())
			.isEqualTo("directory.error.email.format");
		assertThat(catchThrowableOfType(InvalidValueException.class,
				() -> organisation.setPublicContact("pas un site", null, null)).code())
			.isEqualTo("directory.error.website.format");
	}

	@Test
	void closingKeepsTheDateAndReopeningForgetsIt() {
		organisation.close(java.time.LocalDate.of(2024, 6, 30));
		assertThat(organisation.isActive()).isFalse();
		assertThat(organisation.getClosedOn()).isEqualTo("2024-06-30");

		organisation.reopen();
		assertThat(organisation.isActive()).isTrue();
		assertThat(organisation.getClosedOn()).isNull();
	}

}
