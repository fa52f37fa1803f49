package org.gide.directory.observatory;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.directory.EmployeeBand;
import org.gide.directory.EssFamily;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.Organisations;
import org.gide.directory.Sector;
import org.gide.support.IntegrationTest;
import org.gide.territory.Communes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The observatory's figures computed from organisations inserted through {@link Organisations}, in a commune of
 * their own (Aigaliers, 30001) so that other tests' organisations do not count; and the page, which shows them
 * beside the plan's figures.
 */
class ObservatoryTest extends IntegrationTest {

	private static final String COMMUNE = "30001";

	@Autowired
	Organisations organisations;

	@Autowired
	Observatory observatory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Communes communes;

	private void create(String name, String legalCategory, String naf, String band) {
		organisations.create(OrganisationDraft.named(name)
			.legalCategory(legalCategory)
			.naf(naf)
			.employeeBand(band)
			.address(null, "30700", COMMUNE));
	}

	@Test
	void figuresAreCountedFromTheDirectoryWithAnEstimatedHeadcount() {
		jdbc.update("delete from organisation where commune_code = ?", COMMUNE);
		create("Club de rugby d’Aigaliers", "9220", "93.12Z", "01"); // 1–2 employees
		create("Foyer rural d’Aigaliers", "9220", "94.99Z", "NN"); // no employee
		create("Aide à domicile des garrigues", "9220", "88.10A", "12"); // 20–49
		create("SCOP des garrigues", "5458", "43.21A", "02"); // 3–5
		create("Mutuelle des garrigues", "8210", "65.12Z", null); // band unknown
		create("SARL ordinaire", "5499", "47.11A", "11"); // not ESS: left out
		organisations.create(OrganisationDraft.named("Association fermée").legalCategory("9220").employeeBand("11")
			.address(null, "30700", COMMUNE).closed(null));

		Observatory.Figures figures = observatory.figures(Set.of(COMMUNE), PlanFigures.standard());

		assertThat(figures.establishments()).isEqualTo(5);
		assertThat(figures.employers()).isEqualTo(3);
		assertThat(figures.unknownBand()).isEqualTo(1);
		assertThat(figures.associations()).isEqualTo(3);
		assertThat(figures.employeesMin()).isEqualTo(1 + 20 + 3);
		assertThat(figures.employeesMax()).isEqualTo(2 + 49 + 5);
		assertThat(figures.bands()).filteredOn(b -> b.band() == EmployeeBand.B12).singleElement()
			.satisfies(b -> assertThat(b.count()).isEqualTo(1));
		assertThat(figures.families()).filteredOn(f -> f.family() == EssFamily.ASSOCIATION).singleElement()
			.satisfies(f -> {
				assertThat(f.all()).isEqualTo(3);
				assertThat(f.employers()).isEqualTo(2);
				assertThat(f.plan()).isEmpty();
			});
		assertThat(figures.families()).filteredOn(f -> f.family() == EssFamily.COOPERATIVE).singleElement()
			.satisfies(f -> assertThat(f.employers()).isEqualTo(1));
		assertThat(figures.sectors()).filteredOn(s -> s.sector() == Sector.ACTION_SOCIALE).singleElement()
			.satisfies(s -> {
				assertThat(s.employers()).isEqualTo(1);
				assertThat(s.employerShare()).isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(0.01));
			});
		assertThat(figures.sectors()).filteredOn(s -> s.sector() == Sector.NON_CLASSE).singleElement()
			.satisfies(s -> assertThat(s.all()).isEqualTo(1));

		// The whole département carries the plan's figures beside the live ones.
		Observatory.Figures whole = observatory.figures(null, PlanFigures.standard());
		assertThat(whole.establishments()).isGreaterThanOrEqualTo(5);
		assertThat(whole.families()).filteredOn(f -> f.family() == EssFamily.ASSOCIATION).singleElement()
			.satisfies(f -> assertThat(f.plan()).hasValue(1910));
	}

	@Test
	void thePageShowsTheAreaChartsTablesAndThePlansFigures() {
		create("Association des Cévennes pour l’observatoire", "9220", "88.10A", "03");
		String html = web().get("/observatoire").body();
		assertThat(html).contains("2 293", "24 218", "1 910", "Chiffres du Schéma", "Annuaire Gide",
				"CRESS Occitanie", "role=\"img\"", "<caption>", "scope=\"row\"", "Estimation");
		assertThat(html.split("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"", -1).length - 1).isEqualTo(4);

		String epci = communes.find(COMMUNE).orElseThrow().epci().code();
		String area = web().get("/observatoire?epci=" + epci).body();
		assertThat(area).contains(communes.find(COMMUNE).orElseThrow().epci().nom().replace("'", "&#39;")).doesNotContain("1 910");
		assertThat(web().get("/observatoire?territoire=inconnu").body())
			.contains("n’existe pas : les chiffres de tout le département");
		assertThat(web().get("/observatoire?lang=en").body()).contains("Plan’s figures", "Employer establishments");
	}

	@Test
	void thePlansFiguresFileIsReadStrictly() throws Exception {
		PlanFigures plan = PlanFigures.standard();
		assertThat(plan.value("etablissements_employeurs")).hasValue(2293);
		assertThat(plan.value("salaries")).hasValue(24218);
		assertThat(plan.source()).contains("CRESS Occitanie");
		long shares = plan.values().entrySet().stream().filter(e -> e.getKey().startsWith("secteur_part_employeurs."))
			.mapToLong(java.util.Map.Entry::getValue).sum();
		assertThat(shares).isEqualTo(100);
		assertThat(plan.values().keySet().stream().filter(k -> k.startsWith("secteur_part_employeurs.")))
			.hasSize(Sector.values().length);
		assertThatThrownBy(() -> PlanFigures.read(new BufferedReader(new StringReader("salaries;beaucoup;x"))))
			.hasMessageContaining("line 1");
	}

}
