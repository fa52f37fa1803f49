package org.gide.territory;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import org.gide.accounts.Accounts;
import org.gide.support.TestUsers;

import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The administration screens render and save for an agent signed in through the real login form. */
class TerritoryAdminPagesTest extends IntegrationTest {

	@Autowired
	private Accounts accounts;

	@BeforeEach
	void visitors() {
		TestUsers.ensure(accounts);
	}

	@Test
	void anAgentListsCreatesEditsAndDeletesATerritory() {
		WebClient agent = TestUsers.signIn(baseUrl(), "agent");
		assertThat(agent.get("/admin/territoires").body()).contains("Gérer les territoires", "Alès et Cèze");
		assertThat(agent.get("/admin/territoires/nouveau").body()).contains("Nom du territoire",
				"CA Alès Agglomération", "name=\"epciCodes\"");

		HttpResponse<String> refused = post(agent, "/admin/territoires/nouveau",
				Map.of("name", "", "description", "", "communes", ""));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Indiquez le nom du territoire.", "aria-invalid=\"true\"");

		HttpResponse<String> taken = post(agent, "/admin/territoires/nouveau",
				Map.of("name", "Essai", "epciCodes", "200066918", "communes", ""));
		assertThat(taken.body()).contains("L’intercommunalité « CA Alès Agglomération » fait déjà partie du territoire « Alès et Cèze ».");

		HttpResponse<String> created = post(agent, "/admin/territoires/nouveau",
				Map.of("name", "Essai", "description", "", "communes", "30263"));
		assertThat(created.statusCode()).isEqualTo(302);
		String list = agent.get("/admin/territoires").body();
		assertThat(list).contains("Le territoire « Essai » est enregistré.");
		String editPath = list.replaceAll("(?s).*href=\"(/admin/territoires/\\d+)\">Essai<.*", "$1");

		String edit = agent.get(editPath).body();
		assertThat(edit).contains("30263 Saint-Hippolyte-du-Fort", "Supprimer ce territoire");
		HttpResponse<String> stale = post(agent, editPath,
				Map.of("name", "Essai 2", "communes", "", "version", "99"));
		assertThat(stale.body()).contains("Quelqu’un d’autre a modifié ces informations");

		HttpResponse<String> deleted = post(agent, editPath + "/suppression", Map.of("version", "0"));
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(agent.get("/admin/territoires").body()).contains("Le territoire « Essai » est supprimé.");
	}

	@Test
	void theFormWithErrorsIsAccessible() {
		com.microsoft.playwright.BrowserContext context = org.gide.support.Browser.newContext();
		try {
			TestUsers.signIn(context, baseUrl(), "agent");
			com.microsoft.playwright.Page page = context.newPage();
			page.navigate(baseUrl() + "/admin/territoires");
			org.gide.support.Browser.assertAccessible(page);
			page.navigate(baseUrl() + "/admin/territoires/nouveau");
			assertThat(page.content()).contains("(déjà dans « Alès et Cèze »)");
			page.locator("label[for=epciCodes1]").click();
			page.locator("#communes").fill("Nulle-Part");
			page.locator("form button.primary").click();
			page.waitForLoadState();
			assertThat(page.content()).contains("Indiquez le nom du territoire.", "Commune introuvable");
			org.gide.support.Browser.assertAccessible(page);
		}
		finally {
			context.close();
		}
	}

	@Test
	void aMemberCannotEditTerritories() {
		assertThat(TestUsers.signIn(baseUrl(), "member").get("/admin/territoires").statusCode()).isEqualTo(403);
		assertThat(TestUsers.signIn(baseUrl(), "admin").get("/admin/territoires").statusCode()).isEqualTo(200);
		assertThat(web().get("/admin/territoires").statusCode()).isEqualTo(302);
	}

	private static HttpResponse<String> post(WebClient client, String path, Map<String, String> fields) {
		client.get("/admin/territoires"); // a page of the session, for its CSRF token
		return client.post(path, fields);
	}

}
