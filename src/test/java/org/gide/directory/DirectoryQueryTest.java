package org.gide.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.gide.territory.Commune;

class DirectoryQueryTest {

	private static final Commune ALES = new Commune("30007", "Alès", List.of("30100"), 42000, "301", null, null,
			44.1250, 4.0810, true);

	private static DirectoryQuery parse(Map<String, List<String>> parameters) {
		return DirectoryQuery.parse(parameters, code -> code.equals("30007") ? Optional.of(ALES) : Optional.empty());
	}

	@Test
	void readsEveryCriterionAndGivesTheSameQueryStringBack() {
		DirectoryQuery query = parse(Map.ofEntries(Map.entry("q", List.of(" crèches parentales ")), Map.entry("famille",
				List.of("association", "COOPERATIVE")), Map.entry("secteur", List.of("action_sociale")),
				Map.entry("epci", List.of("200066918")), Map.entry("commune", List.of("30189")),
				Map.entry("structure", List.of("aci")), Map.entry("marche", List.of("l2113_13")),
				Map.entry("ressource", List.of("oui")), Map.entry("pres", List.of("30007")),
				Map.entry("rayon", List.of("20")), Map.entry("tri", List.of("distance")),
				Map.entry("page", List.of("3"))));

		assertThat(query.text()).isEqualTo("crèches parentales");
		assertThat(query.families()).containsExactlyInAnyOrder(EssFamily.ASSOCIATION, EssFamily.COOPERATIVE);
		assertThat(query.near().communeName()).isEqualTo("Alès");
		assertThat(query.near().radiusKm()).isEqualTo(20);
		assertThat(query.sort()).isEqualTo(DirectoryQuery.Sort.DISTANCE);
		assertThat(query.problems()).isEmpty();
		String queryString = query.toQueryString(true);
		assertThat(queryString).isEqualTo("q=cr%C3%A8ches+parentales&famille=association&famille=cooperative"
				+ "&secteur=action_sociale&epci=200066918&commune=30189&structure=aci&marche=l2113_13&ressource=oui"
				+ "&pres=30007&rayon=20&tri=distance&page=3");
		assertThat(query.toQueryString(false)).doesNotContain("page=");
	}

	@Test
	void ignoresBlankFieldsAndReportsMeaninglessValuesWithoutFailing() {
		DirectoryQuery query = parse(Map.of("q", List.of(""), "famille", List.of("", "banque"), "commune",
				List.of("Nîmes"), "pres", List.of("99999"), "rayon", List.of("5000"), "tri", List.of("distance"),
				"page", List.of("deux")));

		assertThat(query.isEmpty()).isTrue();
		assertThat(query.sort()).as("distance without a centre falls back to relevance")
			.isEqualTo(DirectoryQuery.Sort.RELEVANCE);
		assertThat(query.page()).isEqualTo(1);
		assertThat(query.problems()).extracting(DirectoryQuery.Problem::code)
			.containsExactlyInAnyOrder("directory.query.invalid.famille", "directory.query.invalid.commune",
					"directory.query.invalid.near", "directory.query.invalid.radius", "directory.query.invalid.page");
	}

	@Test
	void acceptsCoordinatesAsCentreAndMeasuresDistances() {
		DirectoryQuery query = parse(Map.of("pres", List.of("43.8367,4.3601"), "rayon", List.of("12,5")));

		assertThat(query.near().communeCode()).isNull();
		assertThat(query.near().radiusKm()).isEqualTo(12.5);
		// Nîmes → Alès, about 40 km as the crow flies.
		assertThat(query.near().distanceKm(44.1250, 4.0810)).isBetween(38.0, 42.0);
		assertThat(query.toQueryString(true)).isEqualTo("pres=43.83670%2C4.36010&rayon=12.5");
	}

	@Test
	void leavesOutsideTheEssOutOfTheFamilies() {
		assertThat(parse(Map.of("famille", List.of("not_ess"))).families()).isEmpty();
	}

}
