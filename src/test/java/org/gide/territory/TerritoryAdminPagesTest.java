package org.gide.territory;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.TestingAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.AuthorityUtils;

import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;
import org.gide.web.SecurityContribution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration screens render and save for an agent. Until the accounts module brings real sign-in, this
 * test signs in with HTTP Basic through a test-only provider that gives every user the role named as its user
 * name (its own application context, so other tests never see it).
 */
@Import(TerritoryAdminPagesTest.TestSignIn.class)
class TerritoryAdminPagesTest extends IntegrationTest {

	@TestConfiguration
	static class TestSignIn {

		@Bean
		SecurityContribution testBasicSignIn() {
			return new SecurityContribution() {
				@Override
				public void configure(HttpSecurity http) {
					http.httpBasic(basic -> {
					});
					http.authenticationProvider(new org.springframework.security.authentication.AuthenticationProvider() {
						@Override
						public org.springframework.security.core.Authentication authenticate(
								org.springframework.security.core.Authentication auth) {
							return UsernamePasswordAuthenticationToken.authenticated(auth.getName(), null,
									AuthorityUtils.createAuthorityList("ROLE_" + auth.getName()));
						}

						@Override
						public boolean supports(Class<?> type) {
							return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
						}
					});
				}
			};
		}

	}

	@Test
	void anAgentListsCreatesEditsAndDeletesATerritory() {
		WebClient agent = web();
		assertThat(get(agent, "AGENT", "/admin/territoires").body()).contains("Gérer les territoires", "Alès et Cèze");
		assertThat(get(agent, "AGENT", "/admin/territoires/nouveau").body()).contains("Nom du territoire",
				"CA Alès Agglomération", "name=\"epciCodes\"");

		HttpResponse<String> refused = post(agent, "AGENT", "/admin/territoires/nouveau",
				Map.of("name", "", "description", "", "communes", ""));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Indiquez le nom du territoire.", "aria-invalid=\"true\"");

		HttpResponse<String> taken = post(agent, "AGENT", "/admin/territoires/nouveau",
				Map.of("name", "Essai", "epciCodes", "200066918", "communes", ""));
		assertThat(taken.body()).contains("L’intercommunalité « CA Alès Agglomération » fait déjà partie du territoire « Alès et Cèze ».");

		HttpResponse<String> created = post(agent, "AGENT", "/admin/territoires/nouveau",
				Map.of("name", "Essai", "description", "", "communes", "30263"));
		assertThat(created.statusCode()).isEqualTo(302);
		String list = get(agent, "AGENT", "/admin/territoires").body();
		assertThat(list).contains("Le territoire « Essai » est enregistré.");
		String editPath = list.replaceAll("(?s).*href=\"(/admin/territoires/\\d+)\">Essai<.*", "$1");

		String edit = get(agent, "AGENT", editPath).body();
		assertThat(edit).contains("30263 Saint-Hippolyte-du-Fort", "Supprimer ce territoire");
		HttpResponse<String> stale = post(agent, "AGENT", editPath,
				Map.of("name", "Essai 2", "communes", "", "version", "99"));
		assertThat(stale.body()).contains("Quelqu’un d’autre a modifié ces informations");

		HttpResponse<String> deleted = post(agent, "AGENT", editPath + "/suppression", Map.of("version", "0"));
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(get(agent, "AGENT", "/admin/territoires").body()).contains("Le territoire « Essai » est supprimé.");
	}

	@Test
	void theFormWithErrorsIsAccessible() {
		com.microsoft.playwright.BrowserContext context = org.gide.support.Browser.newContext();
		try {
			context.setExtraHTTPHeaders(Map.of("Authorization", basic("AGENT")));
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
		assertThat(get(web(), "MEMBER", "/admin/territoires").statusCode()).isEqualTo(403);
		assertThat(get(web(), "ADMIN", "/admin/territoires").statusCode()).isEqualTo(200);
	}

	private static HttpResponse<String> get(WebClient client, String role, String path) {
		return client.send(HttpRequest.newBuilder(client.uri(path)).header("Authorization", basic(role)).GET().build());
	}

	private static HttpResponse<String> post(WebClient client, String role, String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&")) + "&_csrf=" + enc(client.csrf());
		return client.send(HttpRequest.newBuilder(client.uri(path))
			.header("Authorization", basic(role))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private static String basic(String role) {
		return "Basic " + Base64.getEncoder().encodeToString((role + ":x").getBytes(StandardCharsets.UTF_8));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
