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
import static org.gide.accounts.AccountsFixtures.awaitMail;
import static org.gide.accounts.AccountsFixtures.link;
import static org.gide.accounts.AccountsFixtures.login;
import static org.gide.accounts.AccountsFixtures.mailsTo;
import static org.gide.accounts.AccountsFixtures.uniqueEmail;

class PasswordResetTest extends IntegrationTest {

	static final String NEW_PASSWORD = "Nouvelle-phrase-de-passe-Uzes";

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private String requestReset(String email) {
		HttpResponse<String> answer = web().submit("/mot-de-passe-oublie", "/mot-de-passe-oublie", Map.of("email", email));
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

	private HttpResponse<String> reset(WebClient web, String link, String password, String confirmation) {
		return web.submit(link, "/mot-de-passe/reinitialiser",
				Map.of("jeton", AccountsFixtures.token(link), "password", password, "confirmation", confirmation));
	}

	private String passwordHash(String email) {
		return jdbc.queryForObject("select password_hash from account where email = ?", String.class, email);
	}

	@Test
	void resetLinkSetsANewPasswordOnceAndTheOldOneStopsWorking() {
		String email = uniqueEmail("oubli");
		accounts.createVerifiedAccount(email, "Nom", PASSWORD, Set.of());
		assertThat(requestReset(email)).contains("Si un compte correspond à cette adresse");
		String mail = awaitMail(MAIL, email, 1);
		assertThat(mail).contains("valable une heure");
		String link = link(mail, "/mot-de-passe/reinitialiser");

		WebClient web = web();
		HttpResponse<String> done = reset(web, link, NEW_PASSWORD, NEW_PASSWORD);
		assertThat(web.location(done)).isEqualTo("/connexion?reinitialise");
		assertThat(web.location(login(web(), email, PASSWORD))).isEqualTo("/connexion?erreur=identifiants");
		assertThat(web.location(login(web(), email, NEW_PASSWORD))).isEqualTo("/");

		// The link is single-use: the page and a replayed form both refuse it, and nothing changes.
		String hash = passwordHash(email);
		assertThat(web().get(link).body()).contains("Ce lien a déjà été utilisé").doesNotContain("name=\"password\"");
		assertThat(reset(web(), link, "Encore-une-autre-phrase-1", "Encore-une-autre-phrase-1").body())
			.contains("Ce lien a déjà été utilisé");
		assertThat(passwordHash(email)).isEqualTo(hash);
	}

	@Test
	void expiredResetLinkIsRefusedAndChangesNothing() {
		String email = uniqueEmail("expire");
		accounts.createVerifiedAccount(email, "Nom", PASSWORD, Set.of());
		requestReset(email);
		String link = link(awaitMail(MAIL, email, 1), "/mot-de-passe/reinitialiser");
		assertThat(jdbc.queryForObject(
				"select expires_at between now() + interval '59 minutes' and now() + interval '61 minutes' from account_token t join account a on a.id = t.account_id where a.email = ?",
				Boolean.class, email)).isTrue();
		jdbc.update("update account_token set expires_at = now() - interval '1 minute' where account_id = (select id from account where email = ?)", email);
		String hash = passwordHash(email);
		assertThat(web().get(link).body()).contains("Ce lien a expiré");
		assertThat(reset(web(), link, NEW_PASSWORD, NEW_PASSWORD).body()).contains("Ce lien a expiré");
		assertThat(passwordHash(email)).isEqualTo(hash);
	}

	@Test
	void resetFormAppliesThePasswordPolicyAndKeepsTheLinkUsable() {
		String email = uniqueEmail("politique");
		accounts.createVerifiedAccount(email, "Nom", PASSWORD, Set.of());
		requestReset(email);
		String link = link(awaitMail(MAIL, email, 1), "/mot-de-passe/reinitialiser");
		assertThat(reset(web(), link, "azertyuiop123", "azertyuiop123").body()).contains("Ce mot de passe est trop courant");
		assertThat(reset(web(), link, NEW_PASSWORD, "autre chose").body()).contains("La confirmation ne correspond pas");
		assertThat(web().location(reset(web(), link, NEW_PASSWORD, NEW_PASSWORD))).isEqualTo("/connexion?reinitialise");
	}

	@Test
	void unknownEmailGetsTheSameAnswerAndNoMail() {
		String email = uniqueEmail("personne");
		String known = uniqueEmail("quelquun");
		accounts.createVerifiedAccount(known, "Nom", PASSWORD, Set.of());
		String forUnknown = requestReset(email);
		assertThat(forUnknown).contains("Si un compte correspond à cette adresse");
		assertThat(requestReset(known)).contains("Si un compte correspond à cette adresse");
		awaitMail(MAIL, known, 1);
		assertThat(mailsTo(MAIL, email)).isEmpty();
	}

	@Test
	void invalidTokenIsRefused() {
		assertThat(web().get("/mot-de-passe/reinitialiser?jeton=nimporte-quoi").body()).contains("Ce lien n’est pas valide");
	}

}
