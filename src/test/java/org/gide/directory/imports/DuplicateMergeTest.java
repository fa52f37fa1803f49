package org.gide.directory.imports;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

import org.gide.directory.OrganisationConflictException;
import org.gide.directory.OrganisationsMerged;
import org.gide.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Duplicates found with pg_trgm in the same commune, merged field by field with history, or dismissed for good. */
@Import(DuplicateMergeTest.MergeEvents.class)
class DuplicateMergeTest extends IntegrationTest {

	@Autowired
	DuplicateService duplicates;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MergeEvents events;

	@TestConfiguration
	static class MergeEvents {

		final List<OrganisationsMerged> received = new java.util.concurrent.CopyOnWriteArrayList<>();

		final List<Boolean> removedStillThere = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Autowired
		JdbcTemplate jdbc;

		@EventListener
		void merged(OrganisationsMerged event) {
			received.add(event);
			removedStillThere.add(jdbc.queryForObject("select count(*) from organisation where id = ?", Integer.class,
					event.removedId()) == 1);
		}

	}

	private long organisation(String name, String commune, String siret, String rna, String email) {
		return jdbc.queryForObject("insert into organisation (name, ess_family, sector, source, commune_code, siren, "
				+ "siret, rna, public_email, legal_category) values (?, 'ASSOCIATION', 'NON_CLASSE', 'MANUAL', ?, ?, ?, ?, ?, "
				+ "'9220') returning id", Long.class, name, commune, siret == null ? null : siret.substring(0, 9), siret,
				rna, email);
	}

	@Test
	void pgTrgmIsAvailable() {
		assertThat(jdbc.queryForObject("select similarity('Crèche parentale l’Île aux enfants', "
				+ "'Creche parentale Ile aux enfants') > 0.4", Boolean.class)).isTrue();
	}

	@Test
	void closeNamesInTheSameCommuneAreListedButNotInAnotherCommune() {
		String tag = "Z" + System.nanoTime();
		long a = organisation("Jardins partagés de la Gardonnenque " + tag, "30028", null, null, null);
		long b = organisation("Jardin partagé de la Gardonnenque " + tag, "30028", null, null, null);
		long c = organisation("Jardins partagés de la Gardonnenque " + tag, "30007", null, null, null);

		List<DuplicateService.Candidate> found = duplicates.candidates(10_000);

		assertThat(found).anySatisfy(p -> {
			assertThat(p.firstId()).isEqualTo(a);
			assertThat(p.secondId()).isEqualTo(b);
			assertThat(p.reason()).isEqualTo("name");
		});
		assertThat(found).noneMatch(p -> p.firstId() == c || p.secondId() == c);

		duplicates.dismiss(b, a, "Agent test");
		assertThat(duplicates.candidates(10_000)).noneMatch(p -> p.firstId() == a && p.secondId() == b);
	}

	@Test
	void mergeKeepsChosenValuesMovesHistoryAndDeletesTheDuplicate() {
		String tag = "M" + System.nanoTime();
		long kept = organisation("Épicerie solidaire " + tag, "30189", null, null, "contact@epicerie.example.org");
		long removed = organisation("Epicerie solidaire " + tag, "30189", null, "W302000123".substring(0, 4)
				+ String.format("%06d", System.nanoTime() % 1_000_000), null);
		jdbc.update("insert into organisation_change (organisation_id, author_label, origin, field, old_value, new_value) "
				+ "values (?, 'Import RNA du 01/11/2026', 'IMPORT', 'creation', null, 'x')", removed);
		String removedRna = jdbc.queryForObject("select rna from organisation where id = ?", String.class, removed);

		duplicates.merge(kept, 0, removed, 0, Map.of("rna", "removed", "name", "kept"), "Agent test");

		assertThat(jdbc.queryForObject("select count(*) from organisation where id = ?", Integer.class, removed)).isZero();
		Map<String, Object> row = jdbc.queryForMap("select name, rna, public_email, version from organisation where id = ?",
				kept);
		assertThat(row.get("name")).isEqualTo("Épicerie solidaire " + tag);
		assertThat(row.get("rna")).isEqualTo(removedRna);
		assertThat(row.get("public_email")).isEqualTo("contact@epicerie.example.org");
		assertThat(row.get("version")).isEqualTo(1L);
		assertThat(jdbc.queryForList("select origin || ':' || field from organisation_change where organisation_id = ? "
				+ "order by id", String.class, kept)).containsExactly("IMPORT:creation", "MERGE:rna", "MERGE:merge");
		assertThat(events.received).contains(new OrganisationsMerged(kept, removed));
		assertThat(events.removedStillThere.get(events.received.indexOf(new OrganisationsMerged(kept, removed))))
			.as("published before the duplicate is deleted").isTrue();
	}

	@Test
	void aStaleVersionRefusesTheMergeAndChangesNothing() {
		String tag = "V" + System.nanoTime();
		long a = organisation("Recyclerie " + tag, "30334", null, null, null);
		long b = organisation("Recyclerie du " + tag, "30334", null, null, null);
		jdbc.update("update organisation set version = 3 where id = ?", b);

		assertThatThrownBy(() -> duplicates.merge(a, 0, b, 2, Map.of(), "Agent test"))
			.isInstanceOf(OrganisationConflictException.class);
		assertThat(jdbc.queryForObject("select count(*) from organisation where id in (?, ?)", Integer.class, a, b))
			.isEqualTo(2);
	}

}
