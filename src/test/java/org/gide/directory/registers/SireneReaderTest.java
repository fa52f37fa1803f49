package org.gide.directory.registers;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class SireneReaderTest {

	private final SireneReader reader = new SireneReader(Fixtures.GARD);

	private SireneUnitIndex units(RegisterReport report) {
		return this.reader.readUnits(Fixtures.file("StockUniteLegale.csv"), report);
	}

	private List<SireneEstablishment> establishments(String file, RegisterReport report) {
		SireneUnitIndex units = units(new RegisterReport("StockUniteLegale.csv"));
		List<SireneEstablishment> kept = new ArrayList<>();
		this.reader.readEstablishments(Fixtures.file(file), units, kept::add, report);
		return kept;
	}

	@Test
	void keepsActiveDiffusibleEssUnits() {
		RegisterReport report = new RegisterReport("StockUniteLegale.csv");
		SireneUnitIndex units = units(report);

		assertThat(units.size()).isEqualTo(7);
		assertThat(report.rowsRead()).isEqualTo(13);
		assertThat(report.keptCount()).isEqualTo(7);
		assertThat(report.filteredOut()).containsExactlyInAnyOrderEntriesOf(Map.of(SireneReader.UNIT_NOT_ESS, 1L,
				SireneReader.UNIT_CLOSED, 1L, SireneReader.INDIVIDUAL_NOT_DIFFUSIBLE, 1L, SireneReader.NOT_DIFFUSIBLE, 1L));
		assertThat(report.rejected()).extracting(RowIssue::line, RowIssue::reason)
			.containsExactly(tuple(10L, "SIREN invalide (clé de contrôle)"),
					tuple(11L, "colonne manquante (7 colonnes au lieu de 34)"));
		assertThat(report.warnings()).extracting(RowIssue::line, RowIssue::reason)
			.containsExactly(tuple(12L, "date de création invalide (ignorée)"));

		SireneUnit gide = units.get("775612344");
		assertThat(gide).isEqualTo(new SireneUnit("775612344", "O", LocalDate.of(1987, 4, 15), "AACG",
				"ASSOCIATION LES AMIS DE CHARLES GIDE", "MAISON GIDE", null, null, "9220", "88.99B", "NAFRev2", "11",
				true, true, false, "A", "W301000011"));
		// ESS by legal category only (flag empty).
		assertThat(units.get("441333226").economieSocialeSolidaire()).isNull();
		assertThat(units.get("441333226").displayName()).isEqualTo("ATELIERS PARTAGES D'UZES");
		// Quoted denomination with a comma and doubled quotes.
		assertThat(units.get("775123888").denomination()).isEqualTo("MUTUELLE \"LA GARDOISE\", SANTE");
		assertThat(units.get("402123459").societeMission()).isTrue();
		// Partially diffusible legal person: kept, flagged.
		assertThat(units.get("488999111").partiallyDiffusible()).isTrue();
		assertThat(units.get("512345679")).as("not ESS").isNull();
		assertThat(units.get("300456787")).as("closed").isNull();
		assertThat(units.get("812345999")).as("individual, partial diffusion").isNull();
		assertThat(units.get("611777889")).as("not diffusible").isNull();
		assertThat(units.get("422111336").dateCreation()).isNull();
	}

	@Test
	void streamsTheKeptEstablishmentsOfTheDepartementJoinedWithTheirUnit() {
		RegisterReport report = new RegisterReport("StockEtablissement.csv");
		List<SireneEstablishment> kept = establishments("StockEtablissement.csv", report);

		assertThat(kept).extracting(SireneEstablishment::siret)
			.containsExactly("77561234400017", "40212345900032", "44133322600047", "48899911100070", "77512388800080",
					"53344455000107", "40212345900180", "44133322600195", "44133322600203", "42211133600216",
					"40212345900230");
		assertThat(report.rowsRead()).isEqualTo(25);
		assertThat(report.keptCount()).isEqualTo(11);
		assertThat(report.filteredOut()).containsExactlyInAnyOrderEntriesOf(Map.of(SireneReader.ESTABLISHMENT_CLOSED,
				1L, SireneReader.UNIT_NOT_KEPT, 3L, SireneReader.OTHER_DEPARTEMENT, 3L, SireneReader.ABROAD, 1L,
				SireneReader.NOT_DIFFUSIBLE, 1L));
		assertThat(report.rejectedCount()).isEqualTo(5);
		assertThat(report.rejected()).extracting(RowIssue::line, RowIssue::reason)
			.containsExactly(tuple(9L, "guillemet non fermé"), tuple(17L, "SIRET invalide (clé de contrôle)"),
					tuple(18L, "code commune absent"), tuple(20L, "colonne en trop (54 colonnes au lieu de 53)"),
					tuple(27L, "SIRET incohérent avec le SIREN et le NIC"));
		assertThat(report.rejected().get(0).excerpt()).startsWith("441333226,00161,44133322600161,O,")
			.contains("\"ATELIER SANS FIN");
		assertThat(report.warnings()).extracting(RowIssue::line, RowIssue::reason)
			.containsExactly(tuple(21L, "date de création invalide (ignorée)"),
					tuple(22L, "coordonnées Lambert invalides (ignorées)"),
					tuple(23L, "coordonnées Lambert invalides (ignorées)"));
		assertThat(report.rowsRead())
			.isEqualTo(report.keptCount() + report.filteredOutCount() + report.rejectedCount());
	}

	@Test
	void mapsEveryField() {
		List<SireneEstablishment> kept = establishments("StockEtablissement.csv", new RegisterReport("e"));
		SireneEstablishment ales = kept.get(0);
		assertThat(ales.siren()).isEqualTo("775612344");
		assertThat(ales.nic()).isEqualTo("00017");
		assertThat(ales.statutDiffusion()).isEqualTo("O");
		assertThat(ales.dateCreation()).isEqualTo(LocalDate.of(1987, 4, 15));
		assertThat(ales.trancheEffectifs()).isEqualTo("11");
		assertThat(ales.siege()).isTrue();
		assertThat(ales.complementAdresse()).isEqualTo("MAISON DES ASSOCIATIONS");
		assertThat(ales.numeroVoie()).isEqualTo("12");
		assertThat(ales.indiceRepetition()).isEqualTo("B");
		assertThat(ales.typeVoie()).isEqualTo("RUE");
		assertThat(ales.libelleVoie()).isEqualTo("DE LA REPUBLIQUE");
		assertThat(ales.codePostal()).isEqualTo("30100");
		assertThat(ales.libelleCommune()).isEqualTo("ALES");
		assertThat(ales.codeCommune()).isEqualTo("30007");
		assertThat(ales.lambertX()).isEqualTo(786518.1);
		assertThat(ales.lambertY()).isEqualTo(6336814.0);
		assertThat(ales.position().latitude()).isCloseTo(44.1250, within(1e-5));
		assertThat(ales.position().longitude()).isCloseTo(4.0811, within(1e-5));
		assertThat(ales.activitePrincipale()).isEqualTo("88.99B");
		assertThat(ales.enseigne()).isEqualTo("MAISON GIDE ALES");
		assertThat(ales.denominationUsuelle()).isNull();
		assertThat(ales.etatAdministratif()).isEqualTo("A");
		assertThat(ales.caractereEmployeur()).isTrue();
		assertThat(ales.unit().denomination()).isEqualTo("ASSOCIATION LES AMIS DE CHARLES GIDE");
		assertThat(ales.displayName()).isEqualTo("MAISON GIDE ALES");

		SireneEstablishment nimes = kept.get(1);
		assertThat(nimes.displayName()).isEqualTo("SCOP LE PONT - NIMES");
		assertThat(nimes.position().latitude()).isCloseTo(43.8347, within(1e-5));
		assertThat(nimes.position().longitude()).isCloseTo(4.3594, within(1e-5));

		// Quoted fields spanning two lines, doubled quotes, commas.
		SireneEstablishment mutuelle = kept.get(4);
		assertThat(mutuelle.complementAdresse()).isEqualTo("BATIMENT A\nESCALIER 2, 3E ETAGE");
		assertThat(mutuelle.libelleVoie()).isEqualTo("JEAN \"JAURES\"");
		assertThat(mutuelle.enseigne()).isEqualTo("LA GARDOISE, AGENCE DE NIMES");

		// Bagnols-sur-Cèze establishment of a unit whose head office is in Hérault.
		assertThat(kept.get(5).codeCommune()).isEqualTo("30028");
		assertThat(kept.get(5).siege()).isFalse();

		// Warnings: the faulty value is left empty, the row kept.
		assertThat(kept.get(6).dateCreation()).isNull();
		assertThat(kept.get(7).position()).isNull();
		assertThat(kept.get(7).lambertX()).isNull();
		assertThat(kept.get(8).position()).isNull();
	}

	@Test
	void partiallyDiffusibleEstablishmentsKeepOnlyTheirCommune() {
		List<SireneEstablishment> kept = establishments("StockEtablissement.csv", new RegisterReport("e"));
		// Unit in partial diffusion, [ND] in the file.
		SireneEstablishment discrete = kept.get(3);
		assertThat(discrete.statutDiffusion()).isEqualTo("P");
		assertThat(discrete.numeroVoie()).isNull();
		assertThat(discrete.libelleVoie()).isNull();
		assertThat(discrete.position()).isNull();
		assertThat(discrete.codeCommune()).isEqualTo("30334");
		assertThat(discrete.libelleCommune()).isEqualTo("UZES");
		assertThat(discrete.codePostal()).isEqualTo("30700");
		assertThat(discrete.displayName()).isEqualTo("ENTRAIDE DISCRETE");
		// Establishment in partial diffusion whose row still carries an address: the address is dropped anyway.
		SireneEstablishment camisards = kept.get(10);
		assertThat(camisards.statutDiffusion()).isEqualTo("P");
		assertThat(camisards.numeroVoie()).isNull();
		assertThat(camisards.typeVoie()).isNull();
		assertThat(camisards.libelleVoie()).isNull();
		assertThat(camisards.lambertX()).isNull();
		assertThat(camisards.position()).isNull();
		assertThat(camisards.libelleCommune()).isEqualTo("ALES");
	}

	@Test
	void readsColumnsByNameWhateverTheirOrder() {
		List<SireneEstablishment> official = establishments("StockEtablissement.csv", new RegisterReport("a"));
		RegisterReport report = new RegisterReport("shuffled");
		List<SireneEstablishment> shuffled = establishments("StockEtablissement-shuffled.csv", report);
		assertThat(shuffled).containsExactlyElementsOf(official);
		assertThat(report.rejected()).extracting(RowIssue::reason)
			.containsExactly("SIRET invalide (clé de contrôle)", "code commune absent",
					"SIRET incohérent avec le SIREN et le NIC");
	}

	@Test
	void missingRequiredColumnsFailTheWholeFile() {
		assertThatThrownBy(() -> establishments("StockEtablissement-missing-columns.csv", new RegisterReport("m")))
			.isInstanceOf(RegisterFormatException.class)
			.hasMessage("Fichier StockEtablissement : colonnes manquantes : siret, codeCommuneEtablissement");
		assertThatThrownBy(() -> this.reader.readUnits(new java.io.StringReader(""), new RegisterReport("vide")))
			.isInstanceOf(RegisterFormatException.class)
			.hasMessageContaining("vide");
	}

	@Test
	void otherDepartementsUseTheirOwnCodes() {
		SireneReader corsica = new SireneReader(new SireneFilter(DepartementCode.of("2A"), Fixtures.ESS_CATEGORIES));
		SireneUnitIndex units = corsica.readUnits(Fixtures.file("StockUniteLegale.csv"), new RegisterReport("u"));
		List<SireneEstablishment> kept = new ArrayList<>();
		corsica.readEstablishments(Fixtures.file("StockEtablissement.csv"), units, kept::add, new RegisterReport("e"));
		assertThat(kept).extracting(SireneEstablishment::codeCommune).containsExactly("2A004");

		SireneReader reunion = new SireneReader(new SireneFilter(DepartementCode.of("974"), Fixtures.ESS_CATEGORIES));
		kept.clear();
		reunion.readEstablishments(Fixtures.file("StockEtablissement.csv"), units, kept::add, new RegisterReport("e"));
		assertThat(kept).singleElement().satisfies(e -> {
			assertThat(e.codeCommune()).isEqualTo("97411");
			assertThat(e.position()).isNull();
		});
	}

	@Test
	void anOptionalFirstPassKeepsOnlyUnitsWithAnEstablishmentInTheDepartement() {
		SireneReader corsica = new SireneReader(new SireneFilter(DepartementCode.of("2A"), Fixtures.ESS_CATEGORIES));
		var sirens = corsica.sirensInDepartement(Fixtures.file("StockEtablissement.csv"));
		assertThat(sirens.test(441333226)).isTrue();
		assertThat(sirens.test(775612344)).isFalse();
		RegisterReport report = new RegisterReport("u");
		SireneUnitIndex units = corsica.readUnits(Fixtures.file("StockUniteLegale.csv"), report, sirens);
		assertThat(units.size()).isEqualTo(1);
		assertThat(report.filteredOut()).containsEntry(SireneReader.NO_ESTABLISHMENT_HERE, 6L);
		List<SireneEstablishment> kept = new ArrayList<>();
		corsica.readEstablishments(Fixtures.file("StockEtablissement.csv"), units, kept::add, new RegisterReport("e"));
		assertThat(kept).extracting(SireneEstablishment::siret).containsExactly("44133322600112");

		// In the Gard every kept unit has an establishment: same result with and without the first pass.
		SireneUnitIndex gard = this.reader.readUnits(Fixtures.file("StockUniteLegale.csv"), new RegisterReport("u"),
				this.reader.sirensInDepartement(Fixtures.file("StockEtablissement.csv")));
		List<SireneEstablishment> withPass = new ArrayList<>();
		this.reader.readEstablishments(Fixtures.file("StockEtablissement.csv"), gard, withPass::add,
				new RegisterReport("e"));
		assertThat(withPass).containsExactlyElementsOf(establishments("StockEtablissement.csv", new RegisterReport("e")));
	}

	@Test
	void readsZippedAndGzippedFiles(@TempDir Path dir) throws Exception {
		Path zip = dir.resolve("StockEtablissement_utf8.zip");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new java.util.zip.ZipEntry("StockEtablissement_utf8.csv"));
			out.write(Files.readAllBytes(Fixtures.file("StockEtablissement.csv")));
		}
		Path gz = dir.resolve("StockEtablissement.csv.gz");
		try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
			out.write(Files.readAllBytes(Fixtures.file("StockEtablissement.csv")));
		}
		SireneUnitIndex units = units(new RegisterReport("u"));
		for (Path file : List.of(zip, gz)) {
			List<SireneEstablishment> kept = new ArrayList<>();
			this.reader.readEstablishments(file, units, kept::add, new RegisterReport("e"));
			assertThat(kept).hasSize(11);
		}
	}

	@Test
	void writesTheReportAsCsv() throws Exception {
		RegisterReport report = new RegisterReport("StockEtablissement.csv");
		establishments("StockEtablissement.csv", report);
		StringWriter out = new StringWriter();
		report.writeCsv(out);
		String[] lines = out.toString().split("\r\n");
		assertThat(lines[0]).isEqualTo("ligne;decision;motif;extrait");
		assertThat(lines).hasSize(1 + 5 + 3);
		assertThat(lines[1]).startsWith("9;rejetée;\"guillemet non fermé\";\"441333226,00161,");
		assertThat(lines[1]).contains("\"\"ATELIER SANS FIN");
		assertThat(lines[2]).startsWith("17;rejetée;\"SIRET invalide (clé de contrôle)\";\"775612344,00091,");
		assertThat(lines[5]).startsWith("21;conservée;\"date de création invalide (ignorée)\";");
		assertThat(report.toString()).contains("25 lues", "11 conservées", "5 rejetées");
	}

}
