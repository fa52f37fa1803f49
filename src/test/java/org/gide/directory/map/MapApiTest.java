package org.gide.directory.map;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.directory.GeoPrecision;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.OrganisationTextMatch;
import org.gide.directory.Organisations;
import org.gide.directory.OrganisationsChanged;
import org.gide.support.IntegrationTest;
import org.gide.territory.Communes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map's API over real HTTP against the real database: organisations created through {@link Organisations}
 * reach the point store after commit and show in the clusters and commune counts with every filter. The
 * organisations of these tests are the only work integration "EITI" resource actors, so the filter
 * {@code structure=eiti&ressource=oui} isolates them from other tests' data.
 */
class MapApiTest extends IntegrationTest {

	private static final String MINE = "structure=eiti&ressource=oui";

	private static final String GARD = "bbox=3.2,43.4,4.9,44.5";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Organisations organisations;

	@Autowired
	PointStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Communes communes;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ObjectProvider<OrganisationTextMatch> textMatch;

	@BeforeEach
	void clean() {
		List<Long> ids = jdbc.queryForList("select id from organisation where inclusion_type = 'EITI' and resource_actor",
				Long.class);
		jdbc.update("delete from organisation where id = any (?)", (Object) ids.toArray(Long[]::new));
		events.publishEvent(new OrganisationsChanged(java.util.Set.copyOf(ids), false));
		assertThat(store.awaitUpToDate(Duration.ofSeconds(10))).isTrue();
	}

	private OrganisationDetails create(String name, String family, String commune, double lat, double lon) {
		OrganisationDraft draft = OrganisationDraft.named(name)
			.legalCategory(family.equals("cooperative") ? "5458" : "9220")
			.address("1 rue de l’Essai", commune.equals("30189") ? "30000" : "30100", commune)
			.position(lat, lon, GeoPrecision.ADDRESS)
			.inclusionType("EITI")
			.resourceActor(true, "Accompagnement")
			.employeeBand("11");
		return organisations.create(draft);
	}

	private JsonNode get(String path) {
		HttpResponse<String> response = web().get(path, "application/json");
		assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static long total(JsonNode clusters) {
		long sum = clusters.path("points").size();
		for (JsonNode c : clusters.path("clusters")) {
			sum += c.path("count").asLong();
		}
		assertThat(sum).isEqualTo(clusters.path("total").asLong());
		return sum;
	}

	@Test
	void organisationsCreatedAppearInClustersAndCommuneCountsWithTheirFilters() {
		create("Régie de quartier Pissevin", "association", "30189", 43.8274, 4.3371);
		create("Jardins de Cocagne nîmois", "association", "30189", 43.8367, 4.3601);
		OrganisationDetails scop = create("SCOP du Mas", "cooperative", "30189", 43.8410, 4.3700);
		create("Ressourcerie d’Alès", "association", "30007", 44.1249, 4.0812);
		create("Atelier vélo alésien", "association", "30007", 44.1300, 4.0900);
		// Closed, or without coordinates: not on the map.
		organisations.create(OrganisationDraft.named("Ancienne association")
			.legalCategory("9220")
			.address(null, "30000", "30189")
			.position(43.83, 4.35, GeoPrecision.ADDRESS)
			.inclusionType("EITI")
			.resourceActor(true, null)
			.closed(java.time.LocalDate.of(2024, 3, 1)));
		organisations.create(OrganisationDraft.named("Association sans adresse")
			.legalCategory("9220")
			.inclusionType("EITI")
			.resourceActor(true, null));
		assertThat(store.awaitUpToDate(Duration.ofSeconds(10))).isTrue();

		assertThat(total(get("/api/carte/clusters?" + GARD + "&zoom=8&" + MINE))).isEqualTo(5);
		assertThat(total(get("/api/carte/clusters?" + GARD + "&zoom=8&famille=cooperative&" + MINE))).isEqualTo(1);
		assertThat(total(get("/api/carte/clusters?" + GARD + "&zoom=8&commune=30007&" + MINE))).isEqualTo(2);
		String nimesEpci = communes.find("30189").orElseThrow().epci().code();
		assertThat(total(get("/api/carte/clusters?" + GARD + "&zoom=8&epci=" + nimesEpci + "&" + MINE))).isEqualTo(3);
		assertThat(total(get("/api/carte/clusters?" + GARD + "&zoom=8&pres=30007&rayon=5&" + MINE))).isEqualTo(2);

		// Zoomed on Nîmes, the three are single points with their names and ids.
		JsonNode close = get("/api/carte/clusters?bbox=4.30,43.80,4.40,43.86&zoom=17&" + MINE);
		assertThat(close.path("clusters").size()).isZero();
		assertThat(close.path("points").valueStream().map(p -> p.path("name").asString()))
			.containsExactlyInAnyOrder("Régie de quartier Pissevin", "Jardins de Cocagne nîmois", "SCOP du Mas");
		assertThat(close.path("points").valueStream().map(p -> p.path("id").asLong())).contains(scop.id());

		// Zoomed out, one cluster holds both Nîmes and Alès points, with bounds around them.
		JsonNode far = get("/api/carte/clusters?bbox=-5,40,10,50&zoom=3&" + MINE);
		assertThat(far.path("clusters").size()).isEqualTo(1);
		JsonNode cluster = far.path("clusters").get(0);
		assertThat(cluster.path("count").asInt()).isEqualTo(5);
		assertThat(cluster.path("bounds").get(0).asDouble()).isLessThanOrEqualTo(43.8274);
		assertThat(cluster.path("bounds").get(2).asDouble()).isGreaterThanOrEqualTo(44.13);

		JsonNode counts = get("/api/carte/communes?" + MINE);
		assertThat(counts.path("communes").path("30189").asInt()).isEqualTo(3);
		assertThat(counts.path("communes").path("30007").asInt()).isEqualTo(2);
		assertThat(counts.path("total").asInt()).isEqualTo(5);

		// Moved to Alès: the store follows the change after commit.
		OrganisationDetails current = organisations.find(scop.id()).orElseThrow();
		organisations.update(scop.id(), current.version(), OrganisationDraft.named("SCOP du Mas")
			.legalCategory("5458")
			.address("2 place de la Mairie", "30100", "30007")
			.position(44.1270, 4.0850, GeoPrecision.ADDRESS)
			.inclusionType("EITI")
			.resourceActor(true, null));
		assertThat(store.awaitUpToDate(Duration.ofSeconds(10))).isTrue();
		JsonNode moved = get("/api/carte/communes?" + MINE);
		assertThat(moved.path("communes").path("30189").asInt()).isEqualTo(2);
		assertThat(moved.path("communes").path("30007").asInt()).isEqualTo(3);

		// Deleted (the event names an id that no longer exists): gone from the map.
		jdbc.update("delete from organisation where id = ?", scop.id());
		events.publishEvent(OrganisationsChanged.of(scop.id()));
		assertThat(store.awaitUpToDate(Duration.ofSeconds(10))).isTrue();
		assertThat(total(get("/api/carte/clusters?" + GARD + "&zoom=8&" + MINE))).isEqualTo(4);

		// A whole import: everything is read again.
		events.publishEvent(OrganisationsChanged.all());
		assertThat(store.awaitUpToDate(Duration.ofSeconds(30))).isTrue();
		assertThat(total(get("/api/carte/clusters?" + GARD + "&zoom=8&" + MINE))).isEqualTo(4);
	}

	@Test
	void aTextFilterIsAppliedOrSaidToBeUnavailable() {
		create("Crèche parentale l’Île aux enfants", "association", "30189", 43.8367, 4.3601);
		assertThat(store.awaitUpToDate(Duration.ofSeconds(10))).isTrue();
		JsonNode answer = get("/api/carte/clusters?" + GARD + "&zoom=8&q=zzzz-introuvable&" + MINE);
		if (textMatch.getIfAvailable() == null) {
			assertThat(answer.path("warnings").valueStream().map(w -> w.path("code").asString()))
				.contains("map.text.unavailable");
			assertThat(answer.path("warnings").get(0).path("message").asString()).contains("mots-clés");
			assertThat(total(answer)).isEqualTo(1);
		}
		else {
			assertThat(total(answer)).isZero();
			assertThat(answer.path("warnings").valueStream().map(w -> w.path("code").asString()))
				.doesNotContain("map.text.unavailable");
		}
	}

	@Test
	void aMalformedViewportIsABadRequestThatSaysWhy() {
		for (Map.Entry<String, String> bad : Map.of("bbox=1,2,3&zoom=5", "bbox", "bbox=170,-10,-170,10&zoom=5", "bbox",
				"bbox=1,2,3,4&zoom=30", "zoom", "zoom=5", "bbox", "bbox=1,2,3,4", "zoom").entrySet()) {
			HttpResponse<String> response = web().get("/api/carte/clusters?" + bad.getKey(), "application/json");
			assertThat(response.statusCode()).as(bad.getKey()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			JsonNode problem = JSON.readTree(response.body());
			assertThat(problem.path("parameter").asString()).isEqualTo(bad.getValue());
			assertThat(problem.path("status").asInt()).isEqualTo(400);
			assertThat(problem.path("detail").asString()).isNotBlank();
		}
		JsonNode antimeridian = JSON.readTree(web().get("/api/carte/clusters?bbox=170,-10,-170,10&zoom=5", "application/json").body());
		assertThat(antimeridian.path("detail").asString()).contains("antiméridien");
	}

	@Test
	void communeOutlinesAreServedAsGeoJsonWithAnEtag() {
		HttpResponse<String> response = web().get("/api/carte/contours", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode collection = JSON.readTree(response.body());
		assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
		assertThat(collection.path("features").size()).isEqualTo(350);
		String etag = response.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = web().send(java.net.http.HttpRequest.newBuilder(web().uri("/api/carte/contours"))
			.header("If-None-Match", etag)
			.GET()
			.build());
		assertThat(again.statusCode()).isEqualTo(304);
	}

	@Test
	void theMapPageDrawsEveryCommuneWithoutJavaScriptAndAllowsTheTileHost() {
		create("Épicerie solidaire de Nîmes", "association", "30189", 43.8367, 4.3601);
		assertThat(store.awaitUpToDate(Duration.ofSeconds(10))).isTrue();
		HttpResponse<String> page = web().get("/carte?" + MINE);
		assertThat(page.statusCode()).isEqualTo(200);
		String html = page.body();
		assertThat(html.split("<path ", -1).length - 1).isEqualTo(350);
		assertThat(html).containsPattern("<th scope=\"row\"><a href=\"/carte\\?commune=30189\">Nîmes</a></th>\\s*<td>[^<]*</td>\\s*<td>1</td>").contains("Organisations situées sur la carte : 1");
		assertThat(html).contains("data-tiles=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
			.contains("img-src 'self' data: https://tile.openstreetmap.org;");
	}

}
