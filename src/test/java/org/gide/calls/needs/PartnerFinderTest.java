package org.gide.calls.needs;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.calls.Theme;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.Organisations;
import org.gide.directory.Sector;
import org.gide.support.IntegrationTest;
import org.gide.territory.Commune;
import org.gide.territory.Communes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner finder on real organisations of the directory (created through {@link Organisations#create}): order
 * and reasons for complementary sectors, distance, resource actors of the territory, needs of the EPCI, ties and the
 * widened radius. Other tests share the database, so each scenario looks at its own organisations' order only.
 */
class PartnerFinderTest extends IntegrationTest {

	/** 0.01° of latitude in kilometres (great circle, mean Earth radius 6371.0088 km). */
	static final double KM_PER_HUNDREDTH = 1.11195;

	@Autowired
	PartnerFinder finder;

	@Autowired
	Organisations organisations;

	@Autowired
	Communes communes;

	@Autowired
	MessageSource messages;

	@Autowired
	org.gide.territory.Territories territories;

	@Autowired
	JdbcTemplate jdbc;

	private Commune ales;

	private String run;

	@BeforeEach
	void place() {
		ales = communes.find("30007").orElseThrow();
		run = "R" + NeedsFixtures.next();
	}

	/** An organisation {@code km} kilometres north of Alès' centre, in the commune given. */
	private OrganisationDetails at(String name, double km, String communeCode, String naf, boolean resource) {
		double lat = ales.centreLat() + km / KM_PER_HUNDREDTH / 100;
		return NeedsFixtures.organisation(organisations, run + " " + name, communeCode, lat, ales.centreLon(), naf, resource);
	}

	private List<PartnerSuggestion> mine(List<PartnerSuggestion> all, OrganisationDetails... organisations) {
		Set<Long> ids = java.util.Arrays.stream(organisations).map(OrganisationDetails::id).collect(java.util.stream.Collectors.toSet());
		return all.stream().filter(s -> ids.contains(s.organisationId())).toList();
	}

	private List<String> reasons(PartnerSuggestion suggestion) {
		return suggestion.reasons().stream().map(r -> messages.getMessage(r, Locale.FRENCH)).toList();
	}

	private List<PartnerSuggestion> suggest(Set<Theme> themes, Set<Long> partners) {
		return finder.suggest(new PartnerQuery("30007", null, themes, partners, 100));
	}

	@Test
	void aComplementarySectorNotYetCoveredComesFirstWithItsReason() {
		OrganisationDetails partner = at("Épicerie solidaire", 3, "30007", "88.99B", false);
		OrganisationDetails farm = at("Ferme des Cévennes", 6, "30007", "01.13Z", false);
		OrganisationDetails social = at("Centre social", 6, "30007", "88.99B", false);
		OrganisationDetails theatre = at("Théâtre du Rond-Point", 6, "30007", "90.01Z", false);

		List<PartnerSuggestion> found = mine(suggest(Set.of(Theme.ALIMENTATION, Theme.SOLIDARITE), Set.of(partner.id())),
				partner, farm, social, theatre);

		// The partner already in the dossier is never suggested; its sector (action sociale) counts as covered.
		assertThat(found).extracting(PartnerSuggestion::organisationId)
			.containsExactly(farm.id(), social.id(), theatre.id());
		assertThat(found.get(0).sector()).isEqualTo(Sector.AGRICULTURE);
		assertThat(reasons(found.get(0))).containsExactly("Secteur complémentaire : Agriculture, sylviculture et pêche",
				"À 6 km de Alès");
		assertThat(found.get(0).score()).isEqualTo(40 + 27);
		// Centre social and theatre: same distance, no complementary sector: tied, by name.
		assertThat(found.get(1).score()).isEqualTo(27).isEqualTo(found.get(2).score());
		assertThat(reasons(found.get(1))).containsExactly("À 6 km de Alès");
	}

	@Test
	void closerIsBetterAndAResourceActorOfTheTerritoryGainsItsPoints() {
		OrganisationDetails near = at("Atelier vélo", 2, "30007", null, false);
		OrganisationDetails network = at("Réseau des tiers-lieux", 20, "30007", null, true);
		OrganisationDetails elsewhere = at("Tête de réseau nîmoise", 10, "30189", null, true);

		List<PartnerSuggestion> found = mine(suggest(Set.of(Theme.MOBILITE), Set.of()), near, network, elsewhere);

		assertThat(found).extracting(PartnerSuggestion::organisationId)
			.containsExactly(network.id(), near.id(), elsewhere.id());
		assertThat(found).extracting(PartnerSuggestion::score).containsExactly(20 + 20, 29, 25);
		String alesTerritory = territories.ofCommune("30007").orElseThrow().nom();
		assertThat(reasons(found.get(0))).containsExactly("À 20 km de Alès",
				"Acteur ressource du territoire " + alesTerritory);
		// Nîmes' resource actor belongs to another territory: no resource points.
		assertThat(reasons(found.get(2))).containsExactly("À 10 km de Alès");
		assertThat(reasons(found.get(1))).containsExactly("À 2 km de Alès");
	}

	@Test
	void organisationsEngagedInANeedOfTheEpciWithASharedThemeAreNamed() {
		OrganisationDetails poster = at("Collectif des jardins", 8, "30007", null, false);
		OrganisationDetails supporter = at("Banque alimentaire", 8, "30007", null, false);
		OrganisationDetails otherTheme = at("Compagnie de danse", 8, "30007", null, false);
		OrganisationDetails nobody = at("Amicale laïque", 8, "30007", null, false);
		String epci = ales.epci().code();
		long food = jdbc.queryForObject("insert into territory_need (title, description, evidence, commune_code, epci_code, "
				+ "themes, organisation_id, posted_by, posted_at) values (?, 'd', 'e', '30007', ?, '{alimentation}', ?, 0, now()) "
				+ "returning id", Long.class, run + " Cantine solidaire", epci, poster.id());
		jdbc.update("insert into territory_need_supporter (need_id, organisation_id, joined_by, joined_at) values (?, ?, 0, now())",
				food, supporter.id());
		long dance = jdbc.queryForObject("insert into territory_need (title, description, evidence, commune_code, epci_code, "
				+ "themes, organisation_id, posted_by, posted_at) values (?, 'd', 'e', '30007', ?, '{culture}', ?, 0, now()) "
				+ "returning id", Long.class, run + " Salle de répétition", epci, nobody.id());
		jdbc.update("insert into territory_need_supporter (need_id, organisation_id, joined_by, joined_at) values (?, ?, 0, now())",
				dance, otherTheme.id());

		List<PartnerSuggestion> found = mine(suggest(Set.of(Theme.ALIMENTATION), Set.of()), poster, supporter, otherTheme,
				nobody);

		// Poster and supporter: 15 points each, then by name; the culture need shares no theme with the query.
		assertThat(found).extracting(PartnerSuggestion::organisationId)
			.containsExactly(supporter.id(), poster.id(), nobody.id(), otherTheme.id());
		assertThat(reasons(found.get(0))).containsExactly("À 8 km de Alès",
				"Soutient le besoin « " + run + " Cantine solidaire »");
		assertThat(reasons(found.get(1))).containsExactly("À 8 km de Alès",
				"A signalé le besoin « " + run + " Cantine solidaire »");
		assertThat(found.get(2).score()).isEqualTo(found.get(3).score()).isEqualTo(found.get(0).score() - 15);
	}

	@Test
	void tiesAreBrokenByNameThenIdAndTheSameQueryGivesTheSameList() {
		OrganisationDetails zebra = at("Zèbre", 5, "30007", null, false);
		OrganisationDetails bee = at("abeille", 5, "30007", null, false);
		OrganisationDetails twinA = at("Jumelle", 5, "30007", null, false);
		OrganisationDetails twinB = at("Jumelle", 5, "30007", null, false);

		List<PartnerSuggestion> first = mine(suggest(Set.of(Theme.CULTURE), Set.of()), zebra, bee, twinA, twinB);
		List<PartnerSuggestion> again = mine(suggest(Set.of(Theme.CULTURE), Set.of()), zebra, bee, twinA, twinB);

		assertThat(first).extracting(PartnerSuggestion::score).containsOnly(first.get(0).score());
		// Name ignoring case (abeille before Jumelle before Zèbre), then the older id between the twins.
		assertThat(first).extracting(PartnerSuggestion::organisationId)
			.containsExactly(bee.id(), Math.min(twinA.id(), twinB.id()), Math.max(twinA.id(), twinB.id()), zebra.id());
		assertThat(again).isEqualTo(first);
	}

	@Test
	void theLeadOrganisationPlacesTheSearchAndIsLeftOutWithItsSector() {
		OrganisationDetails lead = at("Chef de file", 0, "30007", "01.13Z", false);
		OrganisationDetails farm = at("Autre ferme", 4, "30007", "01.13Z", false);
		OrganisationDetails restaurant = at("Restaurant d’insertion", 4, "30007", "56.10A", false);

		List<PartnerSuggestion> found = mine(finder.suggest(new PartnerQuery(null, lead.id(), Set.of(Theme.ALIMENTATION),
				Set.of(), 100)), lead, farm, restaurant);

		assertThat(found).extracting(PartnerSuggestion::organisationId).containsExactly(restaurant.id(), farm.id());
		assertThat(reasons(found.get(0))).containsExactly(
				"Secteur complémentaire : Hébergement et restauration", "À 4 km de Alès");
	}

	@Test
	void theRadiusIsWidenedWhenTooFewOrganisationsAreNear() {
		OrganisationDetails far = at("Lointaine", 50, "30007", null, false);
		List<PartnerSuggestion> found = mine(suggest(Set.of(Theme.SPORT), Set.of()), far);
		assertThat(found).hasSize(1);
		assertThat(reasons(found.get(0))).containsExactly("À 50 km de Alès");
		assertThat(found.get(0).score()).isEqualTo(5);
	}

	@Test
	void thePageShowsTheRankedSuggestionsWithTheirReasonsAndLinks() {
		OrganisationDetails farm = at("Ferme de la page", 3, "30007", "01.13Z", false);
		String body = web().get("/partenaires?communeCode=30007&theme=agriculture").body();
		assertThat(body).contains(org.unbescape.html.HtmlEscape.escapeHtml5(farm.name()))
			.contains("/annuaire/" + farm.id())
			.contains("Secteur complémentaire : Agriculture, sylviculture et pêche")
			.contains("À 3 km de Alès");
		String unknown = web().get("/partenaires?commune=Atlantide").body();
		assertThat(unknown).contains("Aucune commune du département ne s’appelle « Atlantide »");
	}

}
