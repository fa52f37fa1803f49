package org.gide.territory;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.gide.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class TerritoryPagesTest extends IntegrationTest {

	@Test
	void territoriesPageListsTheTerritoriesWithTheirEpciCountsAndSource() {
		HttpResponse<String> page = web().get("/territoires");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Les territoires du Gard", "Alès et Cèze", "CA Alès Agglomération",
				"CC de Cèze Cévennes", "href=\"/territoires/ales-et-ceze\"", "<td>93</td>",
				"code officiel géographique 2026 (INSEE, DGCL, La Poste) via Etalab ; contours IGN Admin Express");
	}

	@Test
	void aTerritoryPageListsItsCommunesAndFlagsStraddlingEpci() {
		HttpResponse<String> page = web().get("/territoires/cevennes-et-aigoual");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Cévennes et Aigoual", "CC Mont Lozère", "dont 19 commune(s) hors du département",
				"href=\"/communes/30263\"");
		assertThat(web().get("/territoires/nulle-part").statusCode()).isEqualTo(404);
	}

	@Test
	void aCommunePageShowsPostalCodesPopulationArrondissementEpciAndTerritory() {
		HttpResponse<String> page = web().get("/communes/30007");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Alès</h1>", "30100", "habitants", "CA Alès Agglomération",
				"href=\"/territoires/ales-et-ceze\"", "Arrondissement");
		assertThat(web().get("/communes/99999").statusCode()).isEqualTo(404);
	}

	@Test
	void pagesRespectTheStrictContentSecurityPolicy() {
		for (String path : new String[] { "/communes", "/communes?q=ales", "/communes/30007", "/territoires",
				"/territoires/ales-et-ceze" }) {
			String body = web().get(path).body();
			assertThat(body).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
			assertThat(body).as(path).doesNotContain("style=\"", "onclick=", "onload=", "onchange=")
				.contains("/js/territory.js");
		}
	}

	@Test
	void publicPagesSpeakEnglishOnRequest() {
		assertThat(web().get("/communes/30007?lang=en").body()).contains("Intercommunality (EPCI)", "inhabitants");
	}

	@Test
	void territoryAdministrationIsNotPublic() {
		assertThat(web().get("/admin/territoires").statusCode()).isIn(302, 401, 403);
		assertThat(web().get("/admin/territoires/nouveau").statusCode()).isIn(302, 401, 403);
	}

}
