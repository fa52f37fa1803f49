package org.gide.calls.dossiers;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.Organisations;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls (inserted with SQL: the calls part builds their pages), organisations with their administrators, and
 * signed-in clients, for the dossiers' tests.
 */
public final class DossierFixtures {

	private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

	private DossierFixtures() {
	}

	public record Call(long id, String slug) {
	}

	/** A person administering one organisation. */
	public record Admin(long accountId, String email, String name, long organisationId, String organisationName) {
	}

	/** A published call, open since yesterday, closing in 30 days. */
	public static Call openCall(JdbcTemplate jdbc, int minOrganisations, int minThemes) {
		String slug = "appel-test-" + SEQ.incrementAndGet();
		Instant now = Instant.now();
		long id = jdbc.queryForObject("insert into call (slug, title, summary, status, opens_at, deadline, "
				+ "min_organisations, min_themes, diagnosis_required, published_at, created_at, updated_at) "
				+ "values (?, ?, 'Coopérer autour de l’alimentation', 'PUBLISHED', ?, ?, ?, ?, true, ?, ?, ?) returning id",
				Long.class, slug, "Appel à commun(s) " + slug, Timestamp.from(now.minus(Duration.ofDays(1))),
				Timestamp.from(now.plus(Duration.ofDays(30))), minOrganisations, minThemes, Timestamp.from(now),
				Timestamp.from(now), Timestamp.from(now));
		return new Call(id, slug);
	}

	public static Admin admin(Accounts accounts, Organisations organisations, JdbcTemplate jdbc, String prefix,
			String organisationName) {
		String name = organisationName + " " + SEQ.incrementAndGet();
		long organisation = organisations.create(OrganisationDraft.named(name).description("Structure de l’ESS")).id();
		String email = AccountsFixtures.uniqueEmail(prefix);
		String label = "Camille " + prefix;
		long account = accounts.createVerifiedAccount(email, label, AccountsFixtures.PASSWORD, Set.of());
		addAdministrator(jdbc, organisation, account, email, label);
		return new Admin(account, email, label, organisation, name);
	}

	public static void addAdministrator(JdbcTemplate jdbc, long organisation, long account, String email,
			String label) {
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label) "
				+ "values (?, ?, ?, ?)", organisation, account, email, label);
	}

	public static WebClient signIn(String baseUrl, String email) {
		WebClient web = new WebClient(baseUrl);
		HttpResponse<String> response = AccountsFixtures.login(web, email, AccountsFixtures.PASSWORD);
		assertThat(web.location(response)).doesNotContain("erreur");
		return web;
	}

	public static Actor actor(Admin admin) {
		return new Actor(admin.accountId(), admin.email(), admin.name(), false);
	}

}
