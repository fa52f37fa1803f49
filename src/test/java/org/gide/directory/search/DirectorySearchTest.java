package org.gide.directory.search;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.directory.DirectoryQuery;
import org.gide.directory.GeoPrecision;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.OrganisationSource;
import org.gide.directory.OrganisationTextMatch;
import org.gide.directory.Organisations;
import org.gide.directory.OrganisationsChanged;
import org.gide.directory.search.DirectorySearch.Facet;
import org.gide.directory.search.DirectorySearch.FacetValue;
import org.gide.directory.search.DirectorySearch.Hit;
import org.gide.directory.search.DirectorySearch.Result;
import org.gide.support.IntegrationTest;
import org.gide.territory.Communes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search of the directory against the real PostgreSQL and the real index: French text, facets and their
 * counts, distance, sorts, pages, closed organisations, the page, the API, the OpenAPI document and the exports.
 * Every fixture carries the word "gidetest" so that rows other tests leave do not change the counts.
 */
class DirectorySearchTest extends IntegrationTest {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	@Autowired
	Organisations organisations;

	@Autowired
	DirectorySearch search;

	@Autowired
	OrganisationIndex index;

	@Autowired
	OrganisationTextMatch textMatch;

	@Autowired
	Communes communes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	private final List<Long> created = new ArrayList<>();

	private long creche;

	private long cooperative;

	private long chantier;

	@BeforeEach
	void directory() {
		creche = create(OrganisationDraft.named("Crèche parentale l’Île aux enfants")
			.legalCategory("9220")
			.rna("W302000001")
			.naf("8891A")
			.description("Accueil des tout-petits gérée par les parents gidetest")
			.address("3 rue d’Avéjan", "30100", "30007")
			.position(44.1260, 4.0790, GeoPrecision.ADDRESS)
			.publicContact("ile-aux-enfants.example", "bonjour@ile-aux-enfants.example", "04 66 11 22 33"));
		chantier = create(OrganisationDraft.named("Atelier chantier d’insertion du Gardon")
			.legalCategory("9220")
			.naf("8130Z")
			.inclusionType("ACI")
			.description("Entretien des espaces verts gidetest")
			.address(null, "30100", "30007")
			.position(44.1300, 4.0900, GeoPrecision.COMMUNE_CENTROID));
		cooperative = create(OrganisationDraft.named("Coopérative d’activités des Cévennes")
			.acronym("CAC")
			.legalCategory("5458")
			.naf("7022Z")
			.description("Accompagnement des créateurs gidetest")
			.resourceActor(true, "Conseil aux porteurs de projets coopératifs")
			.address(null, "30140", "30010")
			.position(44.0514, 3.9853, GeoPrecision.COMMUNE_CENTROID));
		create(OrganisationDraft.named("Mutuelle des Garrigues")
			.legalCategory("8210")
			.description("Santé solidaire gidetest")
			.address(null, "30000", "30189")
			.position(43.8367, 4.3601, GeoPrecision.COMMUNE_CENTROID));
		create(OrganisationDraft.named("Épicerie solidaire fermée")
			.legalCategory("9220")
			.description("Ancienne épicerie gidetest")
			.address(null, "30100", "30007")
			.position(44.1249, 4.0812, GeoPrecision.COMMUNE_CENTROID)
			.closed(LocalDate.of(2024, 1, 31)));
		for (int i = 1; i <= 25; i++) {
			create(OrganisationDraft.named(String.format("Club sportif viganais %02d", i))
				.legalCategory("9220")
				.naf("9312Z")
				.description("Sport pour tous gidetest")
				.address(null, "30120", "30350")
				.position(43.9908, 3.6056, GeoPrecision.COMMUNE_CENTROID));
		}
	}

	@AfterEach
	void cleanUp() {
		jdbc.update("delete from organisation where id = any (?)", (Object) created.toArray(Long[]::new));
		events.publishEvent(new OrganisationsChanged(Set.copyOf(created), false));
	}

	private long create(OrganisationDraft draft) {
		long id = organisations.create(draft.source(OrganisationSource.MANUAL, null)).id();
		created.add(id);
		return id;
	}

	private DirectoryQuery query(String queryString) {
		Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
		for (String pair : queryString.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			String[] kv = pair.split("=", 2);
			parameters.computeIfAbsent(kv[0], k -> new ArrayList<>())
				.add(java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
		}
		return DirectoryQuery.parse(parameters, communes::find);
	}

	private static List<String> names(Result result) {
		return result.hits().stream().map(Hit::name).toList();
	}

	private static Map<String, Long> counts(Result result, Facet facet) {
		return result.facets()
			.get(facet)
			.stream()
			.collect(Collectors.toMap(FacetValue::value, FacetValue::count));
	}

	@Test
	void crechesParentalesFindsTheCrecheDespitePluralsAccentsAndElision() {
		assertThat(names(search.search(query("q=crèches+parentales")))).first()
			.isEqualTo("Crèche parentale l’Île aux enfants");
		assertThat(names(search.search(query("q=creche+l'ile")))).contains("Crèche parentale l’Île aux enfants");
		assertThat(names(search.search(query("q=Ile+aux+enfants")))).contains("Crèche parentale l’Île aux enfants");
		// Every word must match: a word nothing has finds nothing.
		assertThat(search.search(query("q=crèches+zzyzx")).total()).isZero();
	}

	@Test
	void textFindsGoodsServicesResourceServicesAndTheCommuneName() {
		assertThat(names(search.search(query("q=porteurs+de+projet")))).contains("Coopérative d’activités des Cévennes");
		assertThat(names(search.search(query("q=gidetest+anduze"))))
			.containsExactly("Coopérative d’activités des Cévennes");
		assertThat(names(search.search(query("q=CAC")))).contains("Coopérative d’activités des Cévennes");
	}

	@Test
	void closedOrganisationsAreLeftOut() {
		assertThat(search.search(query("q=épicerie+gidetest")).total()).isZero();
		assertThat(search.search(query("q=gidetest")).total()).isEqualTo(29);
	}

	@Test
	void facetsAreAndedBetweenAndOredWithinAndTheirCountsIgnoreTheirOwnFilter() {
		Result associations = search.search(query("q=gidetest&famille=association"));
		assertThat(associations.total()).isEqualTo(27);
		// The family counts are those without the family filter: the cooperative can still be added.
		assertThat(counts(associations, Facet.FAMILY)).containsEntry("association", 27L)
			.containsEntry("cooperative", 1L)
			.containsEntry("mutuelle", 1L);
		// The other facets are counted under the family filter.
		assertThat(counts(associations, Facet.COMMUNE)).containsEntry("30007", 2L)
			.containsEntry("30350", 25L)
			.doesNotContainKey("30010");

		Result two = search.search(query("q=gidetest&famille=association&famille=cooperative"));
		assertThat(two.total()).isEqualTo(28);

		Result inAles = search.search(query("q=gidetest&famille=association&commune=30007"));
		assertThat(names(inAles)).containsExactlyInAnyOrder("Crèche parentale l’Île aux enfants",
				"Atelier chantier d’insertion du Gardon");
		assertThat(counts(inAles, Facet.COMMUNE)).containsEntry("30007", 2L).containsEntry("30350", 25L);

		assertThat(names(search.search(query("q=gidetest&structure=aci"))))
			.containsExactly("Atelier chantier d’insertion du Gardon");
		assertThat(names(search.search(query("q=gidetest&marche=l2113_13"))))
			.containsExactly("Atelier chantier d’insertion du Gardon");
		assertThat(names(search.search(query("q=gidetest&ressource=oui"))))
			.containsExactly("Coopérative d’activités des Cévennes");
		assertThat(names(search.search(query("q=gidetest&secteur=action_sociale"))))
			.containsExactly("Crèche parentale l’Île aux enfants");
	}

	@Test
	void epciAndTerritoryFacetsComeFromTheTerritoryModule() {
		String epci = communes.find("30007").orElseThrow().epci().code();
		Result result = search.search(query("q=gidetest&epci=" + epci));
		assertThat(names(result)).contains("Crèche parentale l’Île aux enfants")
			.doesNotContain("Mutuelle des Garrigues");
		var territory = communes.find("30007").orElseThrow().territoire();
		if (territory != null) {
			assertThat(names(search.search(query("q=gidetest&territoire=" + territory.slug()))))
				.contains("Crèche parentale l’Île aux enfants");
		}
	}

	@Test
	void distanceFilterAndSortFromACommune() {
		Result near = search.search(query("q=gidetest&pres=30007&rayon=15&tri=distance"));
		assertThat(names(near)).containsExactlyInAnyOrder("Crèche parentale l’Île aux enfants",
				"Atelier chantier d’insertion du Gardon", "Coopérative d’activités des Cévennes");
		assertThat(near.hits().get(2).name()).isEqualTo("Coopérative d’activités des Cévennes");
		assertThat(near.hits()).allSatisfy(hit -> assertThat(hit.distanceKm()).isNotNull().isLessThanOrEqualTo(15));
		assertThat(near.hits().get(0).distanceKm()).isLessThan(near.hits().get(2).distanceKm());

		assertThat(search.search(query("q=gidetest&pres=30007&rayon=5")).total()).isEqualTo(2);
		assertThat(search.search(query("q=gidetest&pres=44.05,3.98&rayon=2")).total()).isEqualTo(1);
	}

	@Test
	void sortByNameIgnoresAccentsAndPagesHoldTwenty() {
		Result byName = search.search(query("q=gidetest&tri=nom"));
		assertThat(byName.hits().get(0).name()).isEqualTo("Atelier chantier d’insertion du Gardon");
		assertThat(byName.hits().get(1).name()).isEqualTo("Club sportif viganais 01");
		assertThat(byName.pages()).isEqualTo(2);

		Result second = search.search(query("q=gidetest&tri=nom&page=2"));
		assertThat(second.hits()).hasSize(9);
		assertThat(names(second)).contains("Crèche parentale l’Île aux enfants", "Mutuelle des Garrigues");
		// A page past the end shows the last one.
		assertThat(search.search(query("q=gidetest&tri=nom&page=9")).page()).isEqualTo(2);
	}

	@Test
	void changesAreIndexedAfterCommitAndSqlWritesThroughTheEvent() {
		long id = create(OrganisationDraft.named("Ressourcerie du Galeizon")
			.legalCategory("9220")
			.description("Réemploi gidetest")
			.address(null, "30100", "30007"));
		assertThat(names(search.search(query("q=ressourcerie")))).contains("Ressourcerie du Galeizon");

		jdbc.update("update organisation set name = 'Recyclerie du Galeizon', updated_at = now() where id = ?", id);
		events.publishEvent(OrganisationsChanged.of(id));
		assertThat(names(search.search(query("q=recyclerie")))).contains("Recyclerie du Galeizon");
		assertThat(search.search(query("q=ressourcerie+galeizon")).total()).isZero();

		assertThat(textMatch.matching("crèches parentales").get((int) creche)).isTrue();
		assertThat(textMatch.matching("crèches parentales").get((int) cooperative)).isFalse();
	}

	@Test
	void aRebuildGivesTheSameAnswers() {
		index.rebuild();
		assertThat(index.needsRebuild()).isFalse();
		assertThat(search.search(query("q=gidetest")).total()).isEqualTo(29);
	}

	@Test
	void theSearchPageShowsResultsFacetsAndLinks() {
		HttpResponse<String> response = web().get("/annuaire?q=cr%C3%A8ches+parentales");
		assertThat(response.statusCode()).isEqualTo(200);
		String html = response.body();
		assertThat(html).contains("Crèche parentale l’Île aux enfants")
			.contains("href=\"/annuaire/" + creche + "\"")
			.contains("name=\"famille\" value=\"association\"")
			.contains("/annuaire/export.csv?q=cr%C3%A8ches+parentales");

		String withProblems = web().get("/annuaire?q=gidetest&famille=licorne&pres=99999").body();
		assertThat(withProblems).contains("licorne").contains("search-problems");
	}

	@Test
	void theApiAnswersTheSameQueryWithFacetsAndLicence() throws Exception {
		HttpResponse<String> response = web().get("/api/organisations?q=gidetest&famille=association&commune=30007",
				"application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Link").orElse("")).contains("rel=\"license\"");
		JsonNode page = JSON.readTree(response.body());
		assertThat(page.get("total").asLong()).isEqualTo(2);
		assertThat(page.get("organisations").get(0).get("url").asString()).contains("/annuaire/");
		// The commune facet is counted without its own filter: other communes stay offered.
		assertThat(page.get("facettes").get("commune").toString()).contains("\"30350\"");
		assertThat(page.get("licence").get("nom").asString()).isEqualTo("Licence Ouverte / Etalab 2.0");

		JsonNode facets = JSON.readTree(web().get("/api/organisations/facettes?q=gidetest", "application/json").body());
		assertThat(facets.get("total").asLong()).isEqualTo(29);
		assertThat(facets.get("facettes").get("commune").toString()).contains("30350");
	}

	@Test
	void theOpenApiDocumentDescribesTheSearchAndItsDocsPageReadsIt() throws Exception {
		JsonNode document = JSON.readTree(web().get("/v3/api-docs", "application/json").body());
		assertThat(document.get("paths").has("/api/organisations")).isTrue();
		assertThat(document.get("paths").has("/api/organisations/facettes")).isTrue();
		assertThat(document.get("paths").get("/api/organisations").get("get").get("parameters").toString())
			.contains("\"famille\"")
			.contains("\"pres\"");
		String docs = web().get("/api/docs").body();
		assertThat(docs).contains("/api/organisations/facettes").contains("Licence Ouverte");
	}

	@Test
	void exportsStreamTheWholeResultWithLicence() throws Exception {
		String query = "q=" + URLEncoder.encode("gidetest", StandardCharsets.UTF_8) + "&commune=30007";
		HttpResponse<String> csv = web().get("/annuaire/export.csv?" + query, "text/csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.headers().allValues("Link").toString()).contains("etalab");
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).startsWith("\uFEFFidentifiant;nom;sigle;siret;rna;famille");
		assertThat(lines).hasSize(3);
		assertThat(csv.body()).contains("Crèche parentale l’Île aux enfants;")
			.contains("bonjour@ile-aux-enfants.example")
			.contains("W302000001");

		JsonNode geojson = JSON.readTree(web().get("/annuaire/export.geojson?" + query, "application/geo+json").body());
		assertThat(geojson.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(geojson.get("features")).hasSize(2);
		JsonNode creche = null;
		for (JsonNode feature : geojson.get("features")) {
			if (feature.get("id").asLong() == this.creche) {
				creche = feature;
			}
		}
		assertThat(creche).isNotNull();
		assertThat(creche.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(4.079);
		assertThat(creche.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(44.126);
		assertThat(geojson.get("licence").get("url").asString()).contains("etalab");

		JsonNode json = JSON.readTree(web().get("/annuaire/export.json?" + query, "application/json").body());
		assertThat(json.get("organisations")).hasSize(2);
		assertThat(json.get("licence").get("nom").asString()).isEqualTo("Licence Ouverte / Etalab 2.0");
		assertThat(json.get("source").get("url").asString()).contains("/annuaire?q=gidetest");
	}

}
