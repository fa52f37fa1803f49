package org.gide.territory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.gide.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class CommuneResolutionTest extends IntegrationTest {

	@Autowired
	Communes communes;

	@Autowired
	Territories territories;

	@Test
	void everyOneOfThe350CommunesResolvesToAnEpciAndADefaultTerritory() {
		List<Commune> all = communes.all();

		assertThat(all).hasSize(350).allSatisfy(commune -> {
			assertThat(commune.epci()).as(commune.nom()).isNotNull();
			assertThat(commune.territoire()).as(commune.nom()).isNotNull();
			assertThat(territories.ofCommune(commune.code())).contains(commune.territoire());
		});
	}

	@Test
	void theSixDefaultTerritoriesCoverThe17EpciAndTheWholePopulation() {
		List<TerritorySummary> list = territories.list();

		assertThat(list).extracting(TerritorySummary::nom)
			.containsExactlyInAnyOrder("Alès et Cèze", "Camargue et Terre d’Argence", "Cévennes et Aigoual",
					"Gard rhodanien", "Nîmes et Vistre", "Uzège et Pont du Gard");
		assertThat(list.stream().mapToInt(t -> t.epcis().size()).sum()).isEqualTo(17);
		assertThat(list.stream().mapToInt(TerritorySummary::communes).sum()).isEqualTo(350);
		assertThat(list.stream().mapToLong(TerritorySummary::population).sum())
			.isEqualTo(all().stream().mapToLong(Commune::population).sum());
	}

	@Test
	void alesIsInAlesAgglomerationAndAlesEtCeze() {
		Commune ales = communes.find("30007").orElseThrow();

		assertThat(ales.nom()).isEqualTo("Alès");
		assertThat(ales.codesPostaux()).containsExactly("30100");
		assertThat(ales.arrondissement()).isEqualTo("Alès");
		assertThat(ales.epci()).isEqualTo(new EpciRef("200066918", "CA Alès Agglomération"));
		assertThat(ales.territoire()).isEqualTo(new TerritoryRef("ales-et-ceze", "Alès et Cèze"));
		Map<String, Long> byTerritory = communes.all()
			.stream()
			.collect(Collectors.groupingBy(c -> c.territoire().slug(), Collectors.counting()));
		assertThat(byTerritory).containsEntry("ales-et-ceze", 71L + 22L);
	}

	@Test
	void defaultTerritoriesAreSeededOnlyOnceEvenIfAllAreDeleted(
			@Autowired org.gide.territory.internal.DefaultTerritories defaults,
			@Autowired org.springframework.transaction.support.TransactionTemplate transaction,
			@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
		Integer seeded = transaction.execute(status -> {
			status.setRollbackOnly();
			jdbc.update("delete from territory");
			return defaults.seedIfEmpty();
		});

		assertThat(seeded).isZero();
		assertThat(territories.list()).hasSize(6);
	}

	private List<Commune> all() {
		return communes.all();
	}

}
