package org.gide.territory;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import org.gide.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class CommuneSearchTest extends IntegrationTest {

	@Autowired
	Communes communes;

	@Test
	void alesWithoutAccentFindsAlesFirst() {
		assertThat(communes.search("ales", 10)).first().extracting(Commune::nom).isEqualTo("Alès");
		assertThat(communes.search("ALÈS", 10)).first().extracting(Commune::code).isEqualTo("30007");
	}

	@Test
	void abbreviatedSaintFindsSaintHippolyteDuFort() {
		assertThat(communes.search("st hippolyte", 10)).extracting(Commune::nom).contains("Saint-Hippolyte-du-Fort");
		assertThat(communes.search("st-hippolyte-du", 10)).extracting(Commune::nom)
			.contains("Saint-Hippolyte-du-Fort");
	}

	@Test
	void otherAbbreviationsHyphensAndApostrophesAreUnderstood() {
		assertThat(communes.search("bagnols s/ ceze", 5)).extracting(Commune::nom).containsExactly("Bagnols-sur-Cèze");
		assertThat(communes.search("ste anastasie", 5)).extracting(Commune::nom).containsExactly("Sainte-Anastasie");
		assertThat(communes.search("st laurent d aigouze", 5)).extracting(Commune::nom)
			.containsExactly("Saint-Laurent-d'Aigouze");
	}

	@Test
	void everyWordPrefixesAWordOfTheName() {
		assertThat(communes.search("pont gard", 10)).extracting(Commune::nom).containsExactly("Vers-Pont-du-Gard");
		assertThat(communes.search("gard pont", 10)).extracting(Commune::nom).containsExactly("Vers-Pont-du-Gard");
		assertThat(communes.search("grand combe", 10)).extracting(Commune::nom).containsExactly("La Grand-Combe");
	}

	@Test
	void exactNamesComeBeforeBiggerCommunesThatOnlyStartTheSame() {
		assertThat(communes.search("nimes", 10)).first().extracting(Commune::nom).isEqualTo("Nîmes");
		assertThat(communes.search("uzes", 10)).first().extracting(Commune::nom).isEqualTo("Uzès");
	}

	@Test
	void postalAndInseeCodesFindTheirCommunes() {
		// 30100 is Alès’s postal code and Cruviers-Lascours’s INSEE code: both match, the bigger first.
		assertThat(communes.search("30100", 10)).extracting(Commune::nom).containsExactly("Alès", "Cruviers-Lascours");
		assertThat(communes.search("30007", 10)).first().extracting(Commune::nom).isEqualTo("Alès");
		assertThat(communes.search("3010", 10)).extracting(Commune::nom).contains("Alès");
	}

	@Test
	void jsonEndpointReturnsSuggestionsWithEpciAndTerritoryAndIsCacheable() {
		HttpResponse<String> response = web().get("/api/communes?q=ales&limit=3", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
				cache -> assertThat(cache).contains("public", "max-age="));
		JsonNode body = JsonMapper.builder().build().readTree(response.body());
		assertThat(body.isArray()).isTrue();
		assertThat(body.size()).isBetween(1, 3);
		JsonNode ales = body.get(0);
		assertThat(ales.get("code").asString()).isEqualTo("30007");
		assertThat(ales.get("nom").asString()).isEqualTo("Alès");
		assertThat(ales.get("codesPostaux").get(0).asString()).isEqualTo("30100");
		assertThat(ales.get("population").asInt()).isGreaterThan(40_000);
		assertThat(ales.get("epci").get("code").asString()).isEqualTo("200066918");
		assertThat(ales.get("epci").get("nom").asString()).isEqualTo("CA Alès Agglomération");
		assertThat(ales.get("territoire").get("slug").asString()).isEqualTo("ales-et-ceze");
		assertThat(ales.get("territoire").get("nom").asString()).isEqualTo("Alès et Cèze");
	}

	@Test
	void jsonEndpointGivesAnEmptyArrayWhenNothingMatches() {
		HttpResponse<String> response = web().get("/api/communes?q=zzzzz", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body().strip()).isEqualTo("[]");
		assertThat(web().get("/api/communes?q=", "application/json").body().strip()).isEqualTo("[]");
	}

	@Test
	void searchPageWorksWithoutJavaScript() {
		HttpResponse<String> page = web().get("/communes?q=st+hippolyte");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Saint-Hippolyte-du-Fort", "href=\"/communes/30263\"",
				"code officiel géographique 2026");
		assertThat(web().get("/communes?q=zzzzz").body()).contains("Aucune commune trouvée");
	}

}
