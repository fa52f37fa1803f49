package org.gide.accounts;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gide.accounts.AccountsFixtures.PASSWORD;
import static org.gide.accounts.AccountsFixtures.login;
import static org.gide.accounts.AccountsFixtures.uniqueEmail;

class ProfileTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private WebClient signedIn(String email) {
		WebClient web = web();
		assertThat(web.location(login(web, email, PASSWORD))).isEqualTo("/");
		return web;
	}

	@Test
	void profileShowsEmailRolesAndLetsTheUserRenameThemself() {
		String email = uniqueEmail("profil");
		accounts.createVerifiedAccount(email, "Alex", PASSWORD, Set.of(Role.REVIEWER));
		WebClient web = signedIn(email);
		assertThat(web.get("/compte").body()).contains(email, "membre du comité de lecture", "Aucune");
		HttpResponse<String> renamed = web.submit("/compte", "/compte/nom", Map.of("displayName", "Alex Martin"));
		assertThat(web.follow(web.location(renamed)).body()).contains("Votre nom affiché a été modifié", "Mon compte (Alex Martin)");
		assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Alex Martin");
		assertThat(web.submit("/compte", "/compte/nom", Map.of("displayName", " ")).body()).contains("Saisissez le nom à afficher");
	}

	@Test
	void changingThePasswordRequiresTheCurrentOne() {
		String email = uniqueEmail("changement");
		accounts.createVerifiedAccount(email, "Nom", PASSWORD, Set.of());
		WebClient web = signedIn(email);
		String next = "Une-autre-phrase-de-passe-30";
		assertThat(web.submit("/compte", "/compte/mot-de-passe",
				Map.of("current", "pas-le-bon-mot-de-passe", "password", next, "confirmation", next)).body())
			.contains("Le mot de passe actuel est incorrect");
		assertThat(web.submit("/compte", "/compte/mot-de-passe",
				Map.of("current", PASSWORD, "password", "court", "confirmation", "court")).body())
			.contains("au moins 12 caractères");
		HttpResponse<String> changed = web.submit("/compte", "/compte/mot-de-passe",
				Map.of("current", PASSWORD, "password", next, "confirmation", next));
		assertThat(web.follow(web.location(changed)).body()).contains("Votre mot de passe a été modifié");
		assertThat(web().location(login(web(), email, next))).isEqualTo("/");
	}

	@Test
	void deletionNeedsThePasswordThenErasesTheAccountAndAnonymisesTheAuditLog() {
		String email = uniqueEmail("suppression");
		long id = accounts.createVerifiedAccount(email, "Nom", PASSWORD, Set.of());
		// Give the account a trace in the audit log and a pending token.
		jdbc.update("insert into audit_entry (at, actor_id, actor_email, action, target_id, target_email, details) values (now(), null, null, 'ROLE_GRANTED', ?, ?, 'AGENT')", id, email);
		web().submit("/mot-de-passe-oublie", "/mot-de-passe-oublie", Map.of("email", email));
		WebClient web = signedIn(email);

		assertThat(web.submit("/compte/suppression", "/compte/suppression", Map.of("deletePassword", "faux")).body())
			.contains("Le mot de passe actuel est incorrect");
		assertThat(accounts.findByEmail(email)).isPresent();

		HttpResponse<String> deleted = web.submit("/compte/suppression", "/compte/suppression", Map.of("deletePassword", PASSWORD));
		assertThat(web.location(deleted)).isEqualTo("/connexion?supprime");
		assertThat(web.get("/connexion?supprime").body()).contains("Votre compte et vos données personnelles ont été supprimés");
		assertThat(accounts.findByEmail(email)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from account_token where account_id = ?", Integer.class, id)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where target_email = ? or actor_email = ?", Integer.class, email, email)).isZero();
		assertThat(jdbc.queryForList("select action from audit_entry where target_id = ? order by id", String.class, id))
			.containsExactly("ROLE_GRANTED", "ACCOUNT_DELETED");
		assertThat(jdbc.queryForList("select distinct target_email from audit_entry where target_id = ?", String.class, id))
			.containsExactly("compte supprimé n° " + id);
		// The session is over.
		assertThat(web.get("/compte").statusCode()).isEqualTo(302);
	}

	@Test
	void accountPagesRequireSigningIn() {
		HttpResponse<String> page = web().get("/compte", "text/html");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/connexion");
	}

}
