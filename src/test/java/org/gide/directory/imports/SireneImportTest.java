package org.gide.directory.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.directory.EssFamily;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.Organisations;
import org.gide.directory.Sector;
import org.gide.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SIRENE stock files in the official format, imported into the real database: review, apply, re-run, crash. */
class SireneImportTest extends IntegrationTest {

	@Autowired
	ImportService imports;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void cleanSlate() {
		imports.chunkSize = 10_000;
		imports.chunkHook = chunk -> {
		};
		jdbc.update("delete from organisation where siret = any(?)",
				(Object) ImportFixtures.SIRETS.toArray(String[]::new));
		jdbc.update("delete from organisation where rna = 'W301000011'");
	}

	@Test
	void firstImportCreatesTheKeptEstablishmentsAndReportsTheRejectedRows() throws Exception {
		ImportRun run = ImportFixtures.parsedSirene(imports, "sirene-v1");

		assertThat(run.state()).isEqualTo(RunState.READY);
		assertThat(run.countNew()).isEqualTo(5);
		assertThat(run.rowsRejected()).isEqualTo(2);
		String report = Files.readString(imports.reportPath(run), StandardCharsets.UTF_8);
		assertThat(report).startsWith("\uFEFFfichier;ligne;decision;motif;extrait");
		assertThat(report).contains(";8;rejetée;\"SIRET incohérent avec le SIREN et le NIC\"")
			.contains(";9;rejetée;\"colonne manquante");

		assertThat(imports.apply(run.id())).isTrue();
		ImportRun applied = imports.find(run.id()).orElseThrow();
		assertThat(applied.state()).isEqualTo(RunState.APPLIED);
		assertThat(applied.rowsApplied()).isEqualTo(5);

		OrganisationDetails gide = organisations.findBySiret("77561234400017").orElseThrow();
		assertThat(gide.name()).isEqualTo("ASSOCIATION LES AMIS DE CHARLES GIDE");
		assertThat(gide.acronym()).isEqualTo("AACG");
		assertThat(gide.rna().value()).isEqualTo("W301000011");
		assertThat(gide.essFamily()).isEqualTo(EssFamily.ASSOCIATION);
		assertThat(gide.sector()).isEqualTo(Sector.ACTION_SOCIALE);
		assertThat(gide.address()).isEqualTo("12 RUE DE LA REPUBLIQUE");
		assertThat(gide.communeCode()).isEqualTo("30007");
		assertThat(gide.latitude()).isBetween(44.0, 44.2);
		assertThat(gide.version()).isZero();
		OrganisationDetails scop = organisations.findBySiret("40212345900032").orElseThrow();
		assertThat(scop.essFamily()).isEqualTo(EssFamily.COOPERATIVE);
		assertThat(scop.reservedMarkets()).isNotEmpty();
		assertThat(organisations.findBySiret("51234567900058")).isEmpty();
		// A created organisation has no history row: its source, source key and creation time record where and
		// when it comes from (docs/imports.md).
		assertThat(jdbc.queryForObject("select count(*) from organisation_change c join organisation o "
				+ "on o.id = c.organisation_id where o.siret = '77561234400017'", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select source || ' ' || source_key || ' ' || (created_at > now() - interval "
				+ "'1 hour') from organisation where siret = '77561234400017'", String.class))
			.isEqualTo("SIRENE 77561234400017 true");
	}

	@Test
	void reRunningTheSameFilesChangesNothing() {
		imports.apply(ImportFixtures.parsedSirene(imports, "sirene-v1").id());
		Map<String, Object> before = snapshot();

		ImportRun again = ImportFixtures.parsedSirene(imports, "sirene-v1");
		assertThat(again.countNew()).isZero();
		assertThat(again.countChanged()).isZero();
		assertThat(again.countUnchanged()).isEqualTo(5);
		imports.apply(again.id());

		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aNewerFileIsReviewedThenAppliedWithoutTouchingProtectedFields() {
		imports.apply(ImportFixtures.parsedSirene(imports, "sirene-v1").id());
		// The mutual's owner wrote its address by hand.
		jdbc.update("update organisation set address = '2 rue de la Madeleine (2e étage)', "
				+ "protected_fields = array['address'] where siret = '77512388800080'");

		ImportRun run = ImportFixtures.parsedSirene(imports, "sirene-v2");
		assertThat(run.countNew()).isEqualTo(1);
		assertThat(run.countChanged()).isEqualTo(2);
		assertThat(run.countClosed()).isGreaterThanOrEqualTo(1);
		assertThat(run.countConflicts()).isEqualTo(1);

		List<ImportService.ReviewRow> changed = imports.review(run.id(), ImportService.ReviewFilter.CHANGED, 0, 50);
		ImportService.ReviewRow moved = changed.stream().filter(r -> r.key().equals("77561234400017")).findFirst()
			.orElseThrow();
		assertThat(moved.moved()).isTrue();
		assertThat(moved.changes()).extracting(ImportService.Change::field)
			.contains("address", "communeCode", "postalCode", "latitude");
		ImportService.ReviewRow category = changed.stream().filter(r -> r.key().equals("44133322600047"))
			.findFirst().orElseThrow();
		assertThat(category.categoryChanged()).isTrue();
		List<ImportService.ReviewRow> conflicts = imports.review(run.id(), ImportService.ReviewFilter.CONFLICTS, 0,
				50);
		assertThat(conflicts).singleElement().satisfies(r -> {
			assertThat(r.key()).isEqualTo("77512388800080");
			assertThat(r.changes()).singleElement().satisfies(c -> {
				assertThat(c.field()).isEqualTo("address");
				assertThat(c.conflict()).isTrue();
			});
		});
		assertThat(imports.review(run.id(), ImportService.ReviewFilter.CLOSED, 0, 50))
			.extracting(ImportService.ReviewRow::key).contains("44133322600179");

		imports.apply(run.id());

		OrganisationDetails gide = organisations.findBySiret("77561234400017").orElseThrow();
		assertThat(gide.communeCode()).isEqualTo("30189");
		assertThat(gide.address()).isEqualTo("20 BD GAMBETTA");
		assertThat(gide.version()).isEqualTo(1);
		OrganisationDetails foundation = organisations.findBySiret("44133322600047").orElseThrow();
		assertThat(foundation.essFamily()).isEqualTo(EssFamily.FONDATION);
		assertThat(foundation.name()).isEqualTo("FONDATION DES ATELIERS D'UZES");
		assertThat(organisations.findBySiret("44133322600179").orElseThrow().active()).isFalse();
		assertThat(organisations.findBySiret("77512388800080").orElseThrow().address())
			.isEqualTo("2 rue de la Madeleine (2e étage)");
		assertThat(organisations.findBySiret("40212345900180")).isPresent();
		assertThat(jdbc.queryForList("select c.field from organisation_change c join organisation o on o.id = "
				+ "c.organisation_id where o.siret = '44133322600047' and c.field <> 'creation' order by c.field",
				String.class)).containsExactly("legalCategory", "name");
	}

	@Test
	void excludedRowsAreNotApplied() {
		imports.apply(ImportFixtures.parsedSirene(imports, "sirene-v1").id());
		ImportRun run = ImportFixtures.parsedSirene(imports, "sirene-v2");
		int seq = imports.review(run.id(), ImportService.ReviewFilter.NEW, 0, 50).get(0).seq();
		imports.exclude(run.id(), List.of(seq), true);

		imports.apply(run.id());

		assertThat(organisations.findBySiret("40212345900180")).isEmpty();
		assertThat(organisations.findBySiret("77561234400017").orElseThrow().communeCode()).isEqualTo("30189");
	}

	@Test
	void aCrashMidApplyLeavesWholeChunksAndTheResumeCompletesIt() {
		imports.chunkSize = 2;
		imports.chunkHook = chunk -> {
			if (chunk == 1) {
				throw new IllegalStateException("panne simulée");
			}
		};
		ImportRun run = ImportFixtures.parsedSirene(imports, "sirene-v1");
		assertThatThrownBy(() -> imports.apply(run.id())).hasMessageContaining("panne simulée");

		ImportRun failed = imports.find(run.id()).orElseThrow();
		assertThat(failed.state()).isEqualTo(RunState.FAILED);
		assertThat(failed.rowsApplied()).isEqualTo(2);
		// Chunk 0 committed whole, chunk 1 rolled back whole: nothing half-written.
		assertThat(jdbc.queryForObject("select count(*) from organisation where siret = any(?)", Integer.class,
				(Object) ImportFixtures.SIRETS.toArray(String[]::new))).isEqualTo(2);
		// Created organisations have no history row (their source and created_at record it), so none either.
		assertThat(jdbc.queryForObject("select count(*) from organisation_change c join organisation o on "
				+ "o.id = c.organisation_id where o.siret = any(?)", Integer.class,
				(Object) ImportFixtures.SIRETS.toArray(String[]::new))).isZero();
		assertThat(jdbc.queryForObject("select count(*) from import_row where run_id = ? and applied", Integer.class,
				run.id())).isEqualTo(2);

		imports.chunkHook = chunk -> {
		};
		assertThat(imports.apply(run.id())).isTrue();
		assertThat(imports.find(run.id()).orElseThrow().state()).isEqualTo(RunState.APPLIED);
		assertThat(jdbc.queryForObject("select count(*) from organisation where siret = any(?)", Integer.class,
				(Object) ImportFixtures.SIRETS.toArray(String[]::new))).isEqualTo(5);

		// A fresh run of the same files after the crash finds everything done.
		ImportRun again = ImportFixtures.parsedSirene(imports, "sirene-v1");
		assertThat(again.countNew() + again.countChanged()).isZero();
	}

	private Map<String, Object> snapshot() {
		return Map.of("organisations", jdbc.queryForList("select id, version, updated_at from organisation "
				+ "where siret = any(?) order by id", (Object) ImportFixtures.SIRETS.toArray(String[]::new)),
				"history", jdbc.queryForObject("select count(*) from organisation_change", Long.class));
	}

}
