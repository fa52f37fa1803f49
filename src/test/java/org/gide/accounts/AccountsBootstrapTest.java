package org.gide.accounts;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gide.accounts.AccountsFixtures.awaitMail;
import static org.gide.accounts.AccountsFixtures.link;
import static org.gide.accounts.AccountsFixtures.login;

/** A fresh application (own context and database) started with a first administrator and demo accounts. */
@TestPropertySource(properties = { "gide.admin.email=premiere.admin@gide.test", "gide.demo.enabled=true" })
@ExtendWith(OutputCaptureExtension.class)
class AccountsBootstrapTest extends IntegrationTest {

	static final String ADMIN = "premiere.admin@gide.test";

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.context.ConfigurableApplicationContext context;

	@Test
	void firstAdministratorIsCreatedVerifiedWithoutPasswordAndGetsASetupLink() {
		assertThat(accounts.findByEmail(ADMIN)).hasValueSatisfying(a -> assertThat(a.roles()).contains(Role.ADMIN));
		assertThat(jdbc.queryForObject("select password_hash is null and verified from account where email = ?", Boolean.class, ADMIN)).isTrue();
		assertThat(jdbc.queryForObject(
				"select expires_at between now() + interval '23 hours' and now() + interval '24 hours' from account_token t join account a on a.id = t.account_id where a.email = ?",
				Boolean.class, ADMIN)).isTrue();

		String mail = awaitMail(MAIL, ADMIN, 1);
		String link = link(mail, "/mot-de-passe/reinitialiser");
		WebClient web = web();
		String password = "Le-premier-admin-du-Gard";
		HttpResponse<String> set = web.submit(link, "/mot-de-passe/reinitialiser",
				Map.of("jeton", AccountsFixtures.token(link), "password", password, "confirmation", password));
		assertThat(web.location(set)).isEqualTo("/connexion?reinitialise");
		WebClient admin = web();
		assertThat(admin.location(login(admin, ADMIN, password))).isEqualTo("/");
		assertThat(admin.get("/admin/utilisateurs").statusCode()).isEqualTo(200);
	}

	@Test
	void startupLogsTheAdminSetupLinkAndEachDemoPasswordOnce(CapturedOutput output) {
		// The capture began before this class's application started (class-level extension).
		String link = link(awaitMail(MAIL, ADMIN, 1), "/mot-de-passe/reinitialiser");
		assertThat(output.getOut()).contains("First administrator " + ADMIN + " created", link)
			.containsPattern("Demo account agent@demo\\.gide\\.localhost \\(AGENT\\) created with password: \\S{20}");
	}

	@Test
	void startupIsIdempotentAndLogsTheSetupLinkOnlyWhenCreating(CapturedOutput output) {
		int logged = output.getOut().length();
		long accountsBefore = jdbc.queryForObject("select count(*) from account", Long.class);
		long tokensBefore = jdbc.queryForObject("select count(*) from account_token", Long.class);
		// Replay the startup event, as a restart would.
		context.publishEvent(new org.springframework.boot.context.event.ApplicationReadyEvent(
				new org.springframework.boot.SpringApplication(), new String[0], context, java.time.Duration.ZERO));
		assertThat(jdbc.queryForObject("select count(*) from account", Long.class)).isEqualTo(accountsBefore);
		assertThat(jdbc.queryForObject("select count(*) from account_token", Long.class)).isEqualTo(tokensBefore);
		assertThat(output.getOut().substring(logged)).doesNotContain("First administrator", "Demo account");
	}

	@Test
	void oneDemoAccountPerRoleFlaggedDemoWithAUsablePassword() {
		Map<String, Role> demo = Map.of("membre@demo.gide.localhost", Role.MEMBER, "agent@demo.gide.localhost", Role.AGENT,
				"lecture@demo.gide.localhost", Role.REVIEWER, "edition@demo.gide.localhost", Role.EDITOR,
				"admin@demo.gide.localhost", Role.ADMIN);
		demo.forEach((email, role) -> assertThat(accounts.findByEmail(email)).as(email)
			.hasValueSatisfying(a -> assertThat(a.roles()).contains(role)));
		assertThat(jdbc.queryForObject("select count(*) from account where demo and verified and password_hash like '$argon2id$%'", Integer.class))
			.isEqualTo(5);
	}

}
