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

class RegistrationAndLoginTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private HttpResponse<String> register(WebClient web, String email, String name, String password, String confirmation) {
		return web.submit("/inscription", "/inscription",
				Map.of("email", email, "displayName", name, "password", password, "confirmation", confirmation));
	}

	@Test
	void registrationMailsAVerificationLinkThatWorksOnceAndUnlocksLogin() {
		WebClient web = web();
		String email = uniqueEmail("inscription");
		HttpResponse<String> done = register(web, email, "Camille Fabre", PASSWORD, PASSWORD);
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("Un courriel contenant un lien de confirmation a été envoyé à " + email);

		// Before verification the account exists but cannot log in, with a clear message.
		HttpResponse<String> refused = login(web(), email, PASSWORD);
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion?erreur=non-verifie"));
		WebClient unverified = web();
		login(unverified, email, PASSWORD);
		assertThat(unverified.get("/connexion?erreur=non-verifie").body()).contains("n’est pas encore confirmée");

		String mail = awaitMail(MAIL, email, 1);
		assertThat(mail).contains("Bonjour Camille Fabre", "48 heures");
		String link = link(mail, "/inscription/confirmation");
		assertThat(web.get(link).body()).contains("Votre adresse électronique est confirmée");
		assertThat(web.get(link).body()).contains("Ce lien a déjà été utilisé");

		HttpResponse<String> loggedIn = login(web(), email, PASSWORD);
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		assertThat(web.location(loggedIn)).isEqualTo("/");
		// Stored hashed with Argon2id, and only the SHA-256 of the link token is kept.
		assertThat(jdbc.queryForObject("select password_hash from account where email = ?", String.class, email))
			.startsWith("$argon2id$");
		String token = AccountsFixtures.token(link);
		assertThat(jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Integer.class, token)).isZero();
	}

	@Test
	void verificationMailCanBeSentAgainAndOnlyToUnverifiedAccounts() {
		String email = uniqueEmail("renvoi");
		register(web(), email, "Lou", PASSWORD, PASSWORD);
		awaitMail(MAIL, email, 1);
		HttpResponse<String> answer = web().submit("/inscription/renvoyer", "/inscription/renvoyer", Map.of("email", email));
		assertThat(answer.body()).contains("un nouveau lien vient de lui être envoyé");
		String second = awaitMail(MAIL, email, 2);
		// Only the newest link is valid.
		String first = mailsTo(MAIL, email).get(0);
		assertThat(web().get(link(first, "/inscription/confirmation")).body()).contains("Ce lien n’est pas valide");
		assertThat(web().get(link(second, "/inscription/confirmation")).body()).contains("est confirmée");
		web().submit("/inscription/renvoyer", "/inscription/renvoyer", Map.of("email", email));
		assertThat(mailsTo(MAIL, email)).hasSize(2);
	}

	@Test
	void invalidEmailIsRejectedOnTheFieldAndNothingIsCreated() {
		HttpResponse<String> page = register(web(), "pas-une-adresse", "Nom", PASSWORD, PASSWORD);
		assertThat(page.body()).contains("Cette adresse électronique n’est pas valide", "aria-invalid=\"true\"", "id=\"email-error\"");
		assertThat(accounts.findByEmail("pas-une-adresse")).isEmpty();
	}

	@Test
	void shortPasswordIsRejected() {
		String email = uniqueEmail("court");
		assertThat(register(web(), email, "Nom", "court-123", "court-123").body())
			.contains("Le mot de passe doit contenir au moins 12 caractères", "id=\"password-error\"");
		assertThat(accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void commonPasswordsAreRejectedWhateverTheirCase() {
		for (String common : new String[] { "AZERTYUIOP123", "motdepasse123", "QWERTY123456" }) {
			String email = uniqueEmail("courant");
			HttpResponse<String> page = register(web(), email, "Nom", common, common);
			assertThat(page.body()).as(common).contains("Ce mot de passe est trop courant");
			assertThat(accounts.findByEmail(email)).isEmpty();
		}
	}

	@Test
	void passwordContainingTheEmailLocalPartIsRejected() {
		String email = uniqueEmail("dominique");
		String local = email.substring(0, email.indexOf('@'));
		String password = "Xx" + local.toUpperCase() + "!";
		assertThat(register(web(), email, "Nom", password, password).body())
			.contains("Le mot de passe ne doit pas contenir votre adresse électronique");
		assertThat(accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void duplicateEmailIsRejectedCaseInsensitivelyAndTheExistingAccountIsUntouched() {
		String email = uniqueEmail("doublon");
		long id = accounts.createVerifiedAccount(email, "Premier", PASSWORD, Set.of());
		HttpResponse<String> page = register(web(), email.toUpperCase(), "Second", "Autre-phrase-de-passe-42", "Autre-phrase-de-passe-42");
		assertThat(page.body()).contains("Un compte existe déjà avec cette adresse électronique");
		assertThat(accounts.findByEmail(email)).hasValueSatisfying(a -> {
			assertThat(a.id()).isEqualTo(id);
			assertThat(a.displayName()).isEqualTo("Premier");
		});
		assertThat(mailsTo(MAIL, email)).isEmpty();
	}

	@Test
	void mismatchedConfirmationIsRejected() {
		String email = uniqueEmail("confirmation");
		assertThat(register(web(), email, "Nom", PASSWORD, PASSWORD + "x").body())
			.contains("La confirmation ne correspond pas au mot de passe", "id=\"confirmation-error\"");
		assertThat(accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void loginChangesTheSessionIdAndReturnsToTheRequestedPage() {
		String email = uniqueEmail("session");
		accounts.createVerifiedAccount(email, "Sacha", PASSWORD, Set.of());
		WebClient web = web();
		// A plain browser request (an Accept header that lists JSON is not saved as a page to return to).
		HttpResponse<String> protectedPage = web.get("/compte", "text/html");
		assertThat(protectedPage.statusCode()).isEqualTo(302);
		assertThat(web.location(protectedPage)).endsWith("/connexion");
		web.get("/connexion");
		String before = web.cookie("JSESSIONID").orElseThrow();
		HttpResponse<String> response = web.post("/connexion", Map.of("email", email, "password", PASSWORD));
		assertThat(web.location(response)).startsWith("/compte");
		assertThat(web.cookie("JSESSIONID")).isPresent().get().isNotEqualTo(before);
		assertThat(web.follow(web.location(response)).body()).contains("Mon compte (Sacha)", email);

		// Logout is a POST with the CSRF token; afterwards the account pages ask to sign in again.
		web.get("/compte");
		assertThat(web.post("/deconnexion", Map.of()).statusCode()).isEqualTo(302);
		assertThat(web.get("/compte").statusCode()).isEqualTo(302);
	}

	@Test
	void wrongPasswordGivesAGenericMessage() {
		String email = uniqueEmail("generique");
		accounts.createVerifiedAccount(email, "Nom", PASSWORD, Set.of());
		WebClient web = web();
		HttpResponse<String> response = login(web, email, "mauvais-mot-de-passe");
		assertThat(web.location(response)).isEqualTo("/connexion?erreur=identifiants");
		assertThat(web.get(web.location(response)).body()).contains("Adresse électronique ou mot de passe incorrect");
		// An unknown email gets exactly the same answer.
		WebClient other = web();
		assertThat(other.location(login(other, uniqueEmail("inconnu"), "mauvais-mot-de-passe")))
			.isEqualTo("/connexion?erreur=identifiants");
	}

	@Test
	void fiveFailuresLockTheEmailForFifteenMinutesEvenWithTheRightPassword() {
		String email = uniqueEmail("verrou");
		accounts.createVerifiedAccount(email, "Nom", PASSWORD, Set.of());
		WebClient web = web();
		for (int i = 1; i <= 4; i++) {
			assertThat(web.location(login(web, email, "faux-" + i))).isEqualTo("/connexion?erreur=identifiants");
		}
		assertThat(web.location(login(web, email, "faux-5"))).isEqualTo("/connexion?erreur=bloque");
		HttpResponse<String> locked = login(web, email, PASSWORD);
		assertThat(web.location(locked)).isEqualTo("/connexion?erreur=bloque");
		assertThat(web.get("/connexion?erreur=bloque").body()).containsPattern("Trop de tentatives .* réessayez après \\d\\d:\\d\\d");
		assertThat(jdbc.queryForObject("select locked_until > now() + interval '14 minutes' from login_throttle where email = ?",
				Boolean.class, email)).isTrue();

		// Once the lock is over, the right password works and clears the streak.
		jdbc.update("update login_throttle set locked_until = now() - interval '1 second' where email = ?", email);
		assertThat(web.location(login(web(), email, PASSWORD))).isEqualTo("/");
		assertThat(jdbc.queryForObject("select count(*) from login_throttle where email = ?", Integer.class, email)).isZero();
	}

	@Test
	void unknownEmailsAreLockedTooSoLockoutRevealsNothing() {
		String email = uniqueEmail("fantome");
		WebClient web = web();
		for (int i = 1; i <= 5; i++) {
			login(web, email, "faux-" + i);
		}
		assertThat(web.location(login(web, email, "faux-6"))).isEqualTo("/connexion?erreur=bloque");
	}

}
