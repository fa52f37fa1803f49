package org.gide.calls.needs;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.accounts.Role;
import org.gide.directory.GeoPrecision;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.Organisations;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisations, administrators, accounts and rows of other parts' tables for the needs' tests. */
final class NeedsFixtures {

	private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

	private NeedsFixtures() {
	}

	static long next() {
		return SEQ.incrementAndGet();
	}

	/** An association (ESS) of the directory, in the commune, at this position, with this NAF code (may be null). */
	static OrganisationDetails organisation(Organisations organisations, String name, String communeCode, double lat,
			double lon, String naf, boolean resourceActor) {
		return organisations.create(OrganisationDraft.named(name)
			.legalCategory("9220")
			.naf(naf)
			.address("1 place de la Mairie", null, communeCode)
			.position(lat, lon, GeoPrecision.ADDRESS)
			.resourceActor(resourceActor, resourceActor ? "Accompagnement des structures du territoire" : null));
	}

	static String account(Accounts accounts, String prefix, Role... roles) {
		String email = AccountsFixtures.uniqueEmail(prefix);
		accounts.createVerifiedAccount(email, "Dominique " + prefix, AccountsFixtures.PASSWORD, Set.of(roles));
		return email;
	}

	static long accountId(Accounts accounts, String email) {
		return accounts.findByEmail(email).orElseThrow().id();
	}

	static void makeAdministrator(JdbcTemplate jdbc, Accounts accounts, long organisationId, String email) {
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label) "
				+ "values (?, ?, ?, ?)", organisationId, accountId(accounts, email), email, "Dominique");
	}

	static WebClient signIn(String baseUrl, String email) {
		WebClient web = new WebClient(baseUrl);
		HttpResponse<String> response = AccountsFixtures.login(web, email, AccountsFixtures.PASSWORD);
		assertThat(web.location(response)).doesNotContain("erreur");
		return web;
	}

	/** A call of the calls part (its table, written here with SQL as a fixture). */
	static long call(JdbcTemplate jdbc, String title, String status, Instant deadline, String... territories) {
		return jdbc.queryForObject("insert into call (slug, title, status, deadline, territories, created_at, updated_at) "
				+ "values (?, ?, ?, ?, ?::text[], now(), now()) returning id", Long.class,
				"appel-" + next(), title, status, deadline == null ? null : Timestamp.from(deadline), territories);
	}

	/** A dossier of the dossiers part answering the need (SQL fixture). */
	static long dossier(JdbcTemplate jdbc, long callId, long leadOrganisation, long needId, String title, String status) {
		long id = jdbc.queryForObject("insert into dossier (call_id, lead_organisation, title, status, created_by, "
				+ "created_at, updated_at) values (?, ?, ?, ?, 0, now(), now()) returning id", Long.class, callId,
				leadOrganisation, title, status);
		jdbc.update("insert into dossier_need (dossier_id, need_id) values (?, ?)", id, needId);
		return id;
	}

	static String slugOf(JdbcTemplate jdbc, long callId) {
		return jdbc.queryForObject("select slug from call where id = ?", String.class, callId);
	}

}
