package org.gide.directory.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.directory.EssFamily;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.Organisations;
import org.gide.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The RNA file and a département list in their real formats (Windows-1252, quotes, malformed rows). */
class RnaAndCsvImportTest extends IntegrationTest {

	@Autowired
	ImportService imports;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		jdbc.update("delete from organisation where source = 'CSV' and source_key like 'GARD-%'");
		jdbc.update("delete from organisation where source = 'RNA'");
	}

	@Test
	void rnaAssociationsOfTheDepartementBecomeAssociationsAndAReRunChangesNothing() throws Exception {
		ImportRun run = ImportFixtures.run(imports, ImportKind.RNA, null, "registers/rna_waldec_30-windows1252.csv");
		imports.parse(run.id());
		ImportRun parsed = imports.find(run.id()).orElseThrow();
		assertThat(parsed.state()).isEqualTo(RunState.READY);
		assertThat(parsed.countNew()).isPositive();
		assertThat(parsed.rowsRejected()).isPositive();
		assertThat(Files.readString(imports.reportPath(parsed), StandardCharsets.UTF_8)).contains("rejetée");
		imports.apply(run.id());

		String rna = jdbc.queryForObject("select rna from organisation where source = 'RNA' and rna is not null "
				+ "order by id limit 1", String.class);
		OrganisationDetails association = organisations.findByRna(rna).orElseThrow();
		assertThat(association.essFamily()).isEqualTo(EssFamily.ASSOCIATION);
		assertThat(association.communeCode()).startsWith("30");
		long history = jdbc.queryForObject("select count(*) from organisation_change", Long.class);

		ImportRun again = ImportFixtures.run(imports, ImportKind.RNA, null, "registers/rna_waldec_30-utf8.csv");
		imports.parse(again.id());
		ImportRun second = imports.find(again.id()).orElseThrow();
		assertThat(second.countNew()).isZero();
		assertThat(second.countChanged()).isZero();
		imports.apply(again.id());
		assertThat(jdbc.queryForObject("select count(*) from organisation_change", Long.class)).isEqualTo(history);
	}

	@Test
	void aDepartementListIsReadThroughItsColumnMappingAndBadRowsAreReported() throws Exception {
		CsvMapping mapping = CsvMapping.fromJson(Files.readString(ImportFixtures.file("imports/liste-siae-gard.mapping.json")));
		ImportRun run = ImportFixtures.run(imports, ImportKind.CSV, mapping, "imports/liste-siae-gard.csv");
		imports.parse(run.id());
		ImportRun parsed = imports.find(run.id()).orElseThrow();

		assertThat(parsed.state()).isEqualTo(RunState.READY);
		assertThat(parsed.countNew()).isEqualTo(3);
		assertThat(parsed.rowsRejected()).isEqualTo(3);
		String report = Files.readString(imports.reportPath(parsed), StandardCharsets.UTF_8);
		assertThat(report).contains(";5;rejetée;\"code commune invalide : 3O189\"")
			.contains(";6;rejetée;\"champ obligatoire vide : nom\"")
			.contains(";7;rejetée;\"clé en double dans le fichier (déjà ligne 3)\"");
		imports.apply(run.id());

		Map<String, Object> regie = jdbc.queryForMap("select name, inclusion_type, reserved_l2113_13, public_website, "
				+ "address from organisation where source = 'CSV' and source_key = 'GARD-001'");
		assertThat(regie.get("name")).isEqualTo("Régie de quartier Nîmes Ouest");
		assertThat(regie.get("address")).isEqualTo("12 rue de l’Abbé Pierre");
		assertThat(regie.get("inclusion_type")).isEqualTo("EI");
		assertThat(regie.get("reserved_l2113_13")).isEqualTo(true);
		assertThat(regie.get("public_website")).isEqualTo("https://regie-nimes.example.org");

		// The same list again: matched by its own key, nothing to write.
		ImportRun again = ImportFixtures.run(imports, ImportKind.CSV, mapping, "imports/liste-siae-gard.csv");
		imports.parse(again.id());
		assertThat(imports.find(again.id()).orElseThrow().countUnchanged()).isEqualTo(3);
	}

	@Autowired
	ImportCommand command;

	@Test
	void theCommandImportsAListAndExitsWithTwoWhenRowsWereRejected() {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		int status = command.execute(new org.springframework.boot.DefaultApplicationArguments("import", "csv",
				ImportFixtures.file("imports/liste-siae-gard.csv").toString(),
				"--mapping=" + ImportFixtures.file("imports/liste-siae-gard.mapping.json"), "--appliquer"),
				new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));

		String output = bytes.toString(StandardCharsets.UTF_8);
		assertThat(status).isEqualTo(2);
		assertThat(output).contains("Import CSV du").contains("Rapport : ").contains("rapport.csv")
			.contains("Revue : 3 nouvelle(s)").contains("Appliqué : 3 ligne(s)");
		assertThat(jdbc.queryForObject("select count(*) from organisation where source = 'CSV' and source_key like 'GARD-%'",
				Integer.class)).isEqualTo(3);
		assertThat(command.execute(new org.springframework.boot.DefaultApplicationArguments("import", "sirene"),
				System.out)).isEqualTo(1);
	}

	@Test
	void aMappingWithoutNameColumnFailsTheRunWithAClearMessage() {
		CsvMapping mapping = new CsvMapping(Map.of("sourceKey", "Identifiant"), "sourceKey", null, null);
		ImportRun run = ImportFixtures.run(imports, ImportKind.CSV, mapping, "imports/liste-siae-gard.csv");
		imports.parse(run.id());
		ImportRun failed = imports.find(run.id()).orElseThrow();
		assertThat(failed.state()).isEqualTo(RunState.FAILED);
		assertThat(failed.error()).contains("Correspondance des colonnes inutilisable");
	}

}
