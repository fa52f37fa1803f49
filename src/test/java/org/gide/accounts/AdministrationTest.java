package org.gide.accounts;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gide.accounts.AccountsFixtures.PASSWORD;
import static org.gide.accounts.AccountsFixtures.login;
import static org.gide.accounts.AccountsFixtures.uniqueEmail;

class AdministrationTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private WebClient signedIn(String email) {
		WebClient web = web();
		assertThat(web.location(login(web, email, PASSWORD))).isEqualTo("/");
		return web;
	}

	private String newAdmin() {
		String email = uniqueEmail("admin");
		accounts.createVerifiedAccount(email, "Admin", PASSWORD, Set.of(Role.ADMIN));
		return email;
	}

	private static long version(String page) {
		Matcher matcher = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	/** Posts the rights form of a user (repeated "roles" fields, as the checkboxes send them). */
	private HttpResponse<String> saveRights(WebClient web, long id, long version, List<Role> roles, Long direction) {
		List<String> fields = new ArrayList<>();
		fields.add("_csrf=" + web.csrf());
		fields.add("version=" + version);
		roles.forEach(role -> fields.add("roles=" + role));
		fields.add("direction=" + (direction == null ? "" : direction));
		return web.send(HttpRequest.newBuilder(web.uri("/admin/utilisateurs/" + id))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields)))
			.build());
	}

	private long directionId(String name) {
		return jdbc.queryForObject("select id from direction where name = ?", Long.class, name);
	}

	@Test
	void administrationIsForAdminsOnly() {
		assertThat(web().get("/admin/utilisateurs", "text/html").statusCode()).isEqualTo(302);
		String member = uniqueEmail("membre");
		accounts.createVerifiedAccount(member, "Membre", PASSWORD, Set.of(Role.AGENT));
		WebClient web = signedIn(member);
		for (String path : new String[] { "/admin", "/admin/utilisateurs", "/admin/journal", "/admin/directions" }) {
			assertThat(web.get(path).statusCode()).as(path).isEqualTo(403);
		}
		WebClient admin = signedIn(newAdmin());
		assertThat(admin.get("/admin").body()).contains("/admin/utilisateurs", "/admin/journal", "/admin/directions", "/admin/courriels");
		assertThat(admin.get("/admin/utilisateurs/987654321").statusCode()).isEqualTo(404);
	}

	@Test
	void accountPagesKeepTheStrictContentSecurityPolicy() {
		String email = newAdmin();
		long id = accounts.findByEmail(email).orElseThrow().id();
		WebClient admin = signedIn(email);
		for (String path : new String[] { "/compte", "/compte/suppression", "/admin", "/admin/utilisateurs",
				"/admin/utilisateurs/" + id, "/admin/journal", "/admin/directions" }) {
			assertThat(admin.get(path).body()).as(path)
				.doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
				.doesNotContain("style=\"", "onclick=", "onsubmit=");
		}
		for (String path : new String[] { "/connexion", "/inscription", "/inscription/renvoyer", "/mot-de-passe-oublie",
				"/mot-de-passe/reinitialiser?jeton=x" }) {
			assertThat(web().get(path).body()).as(path).doesNotContain("style=\"", "onclick=").contains("lang=\"fr\"");
		}
	}

	@Test
	void accountPagesSpeakEnglishOnRequest() {
		WebClient web = web();
		assertThat(web.get("/connexion?lang=en").body()).contains("Sign in", "Forgot your password?");
		assertThat(web.get("/inscription").body()).contains("Create an account", "At least 12 characters");
	}

	@Test
	void adminFindsUsersByNameEmailAndRoleWithDemoBadges() {
		String tag = "recherche" + System.nanoTime();
		String email = uniqueEmail(tag);
		long id = accounts.createVerifiedAccount(email, "Claude " + tag, PASSWORD, Set.of(Role.EDITOR));
		jdbc.update("update account set demo = true where id = ?", id);
		WebClient admin = signedIn(newAdmin());
		String byEmail = admin.get("/admin/utilisateurs?q=" + tag).body();
		assertThat(byEmail).contains(email, "Comptes (1)", "Démo", "membre du comité éditorial");
		assertThat(admin.get("/admin/utilisateurs?q=CLAUDE+" + tag).body()).contains(email);
		assertThat(admin.get("/admin/utilisateurs?q=" + tag + "&role=EDITOR").body()).contains(email);
		assertThat(admin.get("/admin/utilisateurs?q=" + tag + "&role=AGENT").body()).doesNotContain(email).contains("Aucun compte ne correspond");
	}

	@Test
	void userListIsPaginatedByTwenty() {
		String tag = "page" + System.nanoTime();
		for (int i = 0; i < 21; i++) {
			accounts.createVerifiedAccount(uniqueEmail(tag), "Nom " + i, PASSWORD, Set.of());
		}
		WebClient admin = signedIn(newAdmin());
		String first = admin.get("/admin/utilisateurs?q=" + tag).body();
		assertThat(first).contains("Comptes (21)", "Page 1 sur 2", "page=1");
		assertThat(Pattern.compile(Pattern.quote(tag)).matcher(first).results().count()).isGreaterThanOrEqualTo(20);
		String second = admin.get("/admin/utilisateurs?q=" + tag + "&page=1").body();
		assertThat(second).contains("Page 2 sur 2", "Page précédente");
		assertThat(admin.get("/admin/journal?page=0").statusCode()).isEqualTo(200);
	}

	@Test
	void adminGrantsAndRevokesRolesAndSetsTheDirectionEachChangeBeingAudited() {
		String adminEmail = newAdmin();
		String email = uniqueEmail("agent");
		long id = accounts.createVerifiedAccount(email, "Agent", PASSWORD, Set.of(Role.REVIEWER));
		WebClient admin = signedIn(adminEmail);
		long direction = directionId("Direction de l’économie, de l’emploi et de l’insertion");

		String page = admin.get("/admin/utilisateurs/" + id).body();
		HttpResponse<String> saved = saveRights(admin, id, version(page), List.of(Role.AGENT), direction);
		assertThat(admin.location(saved)).isEqualTo("/admin/utilisateurs/" + id);
		assertThat(admin.get("/admin/utilisateurs/" + id).body()).contains("Les droits du compte ont été enregistrés");
		assertThat(accounts.findByEmail(email).orElseThrow().roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.AGENT);
		assertThat(jdbc.queryForObject("select direction_id from account where id = ?", Long.class, id)).isEqualTo(direction);

		List<Map<String, Object>> entries = jdbc.queryForList(
				"select action, details, actor_email from audit_entry where target_id = ? order by id", id);
		assertThat(entries).extracting(e -> e.get("action") + ":" + e.get("details"))
			.containsExactly("ROLE_GRANTED:AGENT", "ROLE_REVOKED:REVIEWER",
					"DIRECTION_CHANGED:— → Direction de l’économie, de l’emploi et de l’insertion");
		assertThat(entries).allSatisfy(e -> assertThat(e.get("actor_email")).isEqualTo(adminEmail));
		String journal = admin.get("/admin/journal").body();
		assertThat(journal).contains("Rôle attribué", "agent de la Mission ESS", "Rôle retiré", "Direction modifiée", email, adminEmail);

		// The new role applies at the agent's next login.
		WebClient agent = signedIn(email);
		assertThat(agent.get("/compte").body()).contains("agent de la Mission ESS", "Direction de l’économie");
	}

	@Test
	void concurrentEditIsRefusedWithAClearMessageAndOverwritesNothing() {
		String email = uniqueEmail("concurrence");
		long id = accounts.createVerifiedAccount(email, "Cible", PASSWORD, Set.of());
		WebClient first = signedIn(newAdmin());
		WebClient second = signedIn(newAdmin());
		long version = version(first.get("/admin/utilisateurs/" + id).body());
		second.get("/admin/utilisateurs/" + id);

		assertThat(saveRights(second, id, version, List.of(Role.EDITOR), null).statusCode()).isEqualTo(302);
		HttpResponse<String> conflict = saveRights(first, id, version, List.of(Role.AGENT), null);
		assertThat(conflict.statusCode()).isEqualTo(200);
		assertThat(conflict.body()).contains("Quelqu’un d’autre a modifié ces informations");
		assertThat(accounts.findByEmail(email).orElseThrow().roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.EDITOR);
	}

	@Test
	void theLastAdministratorCannotLoseTheRoleNorDeleteTheirAccount() {
		String email = newAdmin();
		long id = accounts.findByEmail(email).orElseThrow().id();
		// Make this the only administrator (other tests' admins are demoted; they do not rely on it afterwards).
		jdbc.update("delete from account_role where role = 'ADMIN' and account_id <> ?", id);
		WebClient admin = signedIn(email);
		HttpResponse<String> refused = saveRights(admin, id, version(admin.get("/admin/utilisateurs/" + id).body()), List.of(), null);
		assertThat(refused.body()).contains("Impossible de retirer le rôle administrateur : ce compte est le dernier administrateur");
		assertThat(accounts.findByEmail(email).orElseThrow().roles()).contains(Role.ADMIN);
		assertThat(admin.submit("/compte/suppression", "/compte/suppression", Map.of("deletePassword", PASSWORD)).body())
			.contains("Vous êtes le dernier administrateur");
		assertThat(accounts.findByEmail(email)).isPresent();
	}

	@Test
	void adminCreatesRenamesAndDeactivatesDirections() {
		WebClient admin = signedIn(newAdmin());
		assertThat(admin.get("/admin/directions").body()).contains("Direction de l’enfance et de la famille",
				"Direction des affaires juridiques, des achats et de la questure");
		String name = "Direction du numérique " + System.nanoTime();
		HttpResponse<String> created = admin.submit("/admin/directions", "/admin/directions", Map.of("name", name));
		assertThat(admin.follow(admin.location(created)).body()).contains("La direction a été ajoutée", name);
		assertThat(admin.submit("/admin/directions", "/admin/directions", Map.of("name", name.toUpperCase())).body())
			.contains("Une direction porte déjà ce nom");
		assertThat(admin.submit("/admin/directions", "/admin/directions", Map.of("name", "")).body())
			.contains("Saisissez un nom de direction");

		long id = directionId(name);
		admin.submit("/admin/directions", "/admin/directions/" + id, Map.of("name", name + " et des usages"));
		assertThat(jdbc.queryForObject("select name from direction where id = ?", String.class, id)).isEqualTo(name + " et des usages");
		admin.submit("/admin/directions", "/admin/directions/" + id + "/activation", Map.of("active", "false"));
		assertThat(jdbc.queryForObject("select active from direction where id = ?", Boolean.class, id)).isFalse();
		assertThat(jdbc.queryForList("select action || ':' || details from audit_entry where details like ? order by id", String.class, name + "%"))
			.containsExactly("DIRECTION_CREATED:" + name, "DIRECTION_RENAMED:" + name + " → " + name + " et des usages",
					"DIRECTION_DEACTIVATED:" + name + " et des usages");
		assertThat(admin.get("/admin/journal").body()).contains("Direction ajoutée", "Direction renommée", "Direction désactivée");
		// A deactivated direction is no longer offered to new agents.
		String email = uniqueEmail("sansdirection");
		long user = accounts.createVerifiedAccount(email, "X", PASSWORD, Set.of());
		assertThat(admin.get("/admin/utilisateurs/" + user).body()).doesNotContain(name);
	}

}
