package org.gide.territory;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.support.IntegrationTest;
import org.gide.territory.internal.Territory;
import org.gide.territory.internal.TerritoryConflictException;
import org.gide.territory.internal.TerritoryEditException;
import org.gide.territory.internal.TerritoryEditException.Problem;
import org.gide.territory.internal.TerritoryEditor;
import org.gide.territory.internal.TerritoryForm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TerritoryEditingTest extends IntegrationTest {

	@Autowired
	TerritoryEditor editor;

	@Autowired
	Territories territories;

	@Autowired
	Communes communes;

	@Autowired
	JdbcTemplate jdbc;

	private final List<Long> created = new ArrayList<>();

	@AfterEach
	void removeWhatTheTestCreated() {
		created.forEach(id -> editor.find(id).ifPresent(t -> editor.delete(id, t.getVersion())));
	}

	@Test
	void createsATerritoryWithAnExtraCommuneThatThenResolvesToIt() {
		Territory territory = create(TerritoryForm.of("Piémont test", "Un essai.", List.of(), "30263\nAnduze"));

		assertThat(territory.getSlug()).isEqualTo("piemont-test");
		assertThat(territories.findBySlug("piemont-test")).hasValueSatisfying(summary -> {
			assertThat(summary.communes()).isEqualTo(2);
			assertThat(summary.communesAjoutees()).containsExactly("Anduze", "Saint-Hippolyte-du-Fort");
		});
		assertThat(communes.find("30263").orElseThrow().territoire().slug()).isEqualTo("piemont-test");
		assertThat(territories.communesOf("cevennes-et-aigoual")).extracting(Commune::code).doesNotContain("30263");
	}

	@Test
	void anEmptyNameIsRefused() {
		assertThat(problems(TerritoryForm.of("  ", "", List.of(), ""))).extracting(Problem::field, Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("name", "territory.error.name.required"));
	}

	@Test
	void aDuplicateNameIsRefusedWhateverTheCase() {
		List<Problem> problems = problems(TerritoryForm.of("nîmes et vistre", "", List.of(), ""));

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("name");
			assertThat(p.code()).isEqualTo("territory.error.name.taken");
		});
	}

	@Test
	void anEpciAlreadyInAnotherTerritoryIsRefusedNamingBoth() {
		List<Problem> problems = problems(TerritoryForm.of("Territoire test", "", List.of("200066918"), ""));

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("epciCodes");
			assertThat(p.code()).isEqualTo("territory.error.epci.taken");
			assertThat(p.args()).containsExactly("CA Alès Agglomération", "Alès et Cèze");
		});
		assertThat(jdbc.queryForObject("select count(*) from territory", Integer.class)).isEqualTo(6);
	}

	@Test
	void aCommuneAlreadyAddedToAnotherTerritoryOrUnknownIsRefused() {
		create(TerritoryForm.of("Territoire A", "", List.of(), "30263"));

		List<Problem> problems = problems(TerritoryForm.of("Territoire B", "", List.of(), "Saint-Hippolyte-du-Fort\nNulle-Part"));

		assertThat(problems).extracting(Problem::code)
			.containsExactlyInAnyOrder("territory.error.commune.unknown", "territory.error.commune.taken");
	}

	@Test
	void aStaleVersionIsAConflictAndWritesNothing() {
		Territory territory = create(TerritoryForm.of("Territoire versionné", "", List.of(), ""));
		TerritoryForm first = TerritoryForm.of("Territoire renommé", "", List.of(), "");
		first.setVersion(territory.getVersion());
		editor.update(territory.getId(), first);

		TerritoryForm stale = TerritoryForm.of("Territoire écrasé", "", List.of(), "30007");
		stale.setVersion(territory.getVersion());

		assertThatThrownBy(() -> editor.update(territory.getId(), stale)).isInstanceOf(TerritoryConflictException.class);
		Territory stored = editor.find(territory.getId()).orElseThrow();
		assertThat(stored.getName()).isEqualTo("Territoire renommé");
		assertThat(stored.getCommuneCodes()).isEmpty();
		assertThat(communes.find("30007").orElseThrow().territoire().slug()).isEqualTo("ales-et-ceze");
	}

	@Test
	void editingMovesEpciBetweenTerritoriesOnlyOnceReleased() {
		Territory target = create(TerritoryForm.of("Territoire cible", "", List.of(), ""));
		Territory camargue = territoryNamed("Camargue et Terre d’Argence");
		List<String> remaining = camargue.getEpciCodes().stream().filter(code -> !code.equals("243000650")).toList();
		TerritoryForm release = TerritoryForm.of(camargue.getName(), camargue.getDescription(), remaining, "");
		release.setVersion(camargue.getVersion());
		editor.update(camargue.getId(), release);
		try {
			TerritoryForm take = TerritoryForm.of("Territoire cible", "", List.of("243000650"), "");
			take.setVersion(target.getVersion());
			editor.update(target.getId(), take);

			assertThat(communes.find("30003").orElseThrow().territoire().slug()).isEqualTo("territoire-cible");
		}
		finally {
			Territory reloaded = editor.find(target.getId()).orElseThrow();
			editor.delete(reloaded.getId(), reloaded.getVersion());
			Territory back = territoryNamed("Camargue et Terre d’Argence");
			List<String> all = new ArrayList<>(back.getEpciCodes());
			all.add("243000650");
			TerritoryForm restore = TerritoryForm.of(back.getName(), back.getDescription(), all, "");
			restore.setVersion(back.getVersion());
			editor.update(back.getId(), restore);
		}
		assertThat(communes.find("30003").orElseThrow().territoire().slug()).isEqualTo("camargue-et-terre-d-argence");
	}

	@Test
	void theDatabaseItselfRefusesAnEpciInTwoTerritories() {
		Territory other = create(TerritoryForm.of("Territoire concurrent", "", List.of(), ""));

		assertThatThrownBy(() -> jdbc.update("insert into territory_epci (epci_code, territory_id) values (?, ?)",
				"200066918", other.getId()))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	private Territory territoryNamed(String name) {
		long id = territories.list().stream().filter(t -> t.nom().equals(name)).findFirst().orElseThrow().id();
		return editor.find(id).orElseThrow();
	}

	private Territory create(TerritoryForm form) {
		Territory territory = editor.create(form);
		created.add(territory.getId());
		return territory;
	}

	private List<Problem> problems(TerritoryForm form) {
		TerritoryEditException refused = catchThrowableOfType(TerritoryEditException.class, () -> create(form));
		assertThat(refused).as("refused").isNotNull();
		return refused.problems();
	}

}
