package org.gide.calls.committee;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.accounts.Role;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.Organisations;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call with its criteria and submitted dossiers, co-author organisations with their administrators, and committee
 * accounts — inserted with SQL where other parts own the tables (their pages are built in parallel).
 */
public final class CommitteeFixtures {

	private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

	private final JdbcTemplate jdbc;

	private final Accounts accounts;

	private final Organisations organisations;

	public CommitteeFixtures(JdbcTemplate jdbc, Accounts accounts, Organisations organisations) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organisations = organisations;
	}

	public static long next() {
		return SEQ.incrementAndGet();
	}

	/** A verified account with these roles, attached to the named direction (null: none); returns its email. */
	public String account(String prefix, String direction, Role... roles) {
		String email = AccountsFixtures.uniqueEmail(prefix);
		accounts.createVerifiedAccount(email, "Camille " + prefix + " " + next(), AccountsFixtures.PASSWORD,
				Set.of(roles));
		if (direction != null) {
			jdbc.update("update account set direction_id = (select id from direction where name = ?) where email = ?",
					direction, email);
		}
		return email;
	}

	public long id(String email) {
		return accounts.findByEmail(email).orElseThrow().id();
	}

	public String name(String email) {
		return accounts.findByEmail(email).orElseThrow().displayName();
	}

	/** A call whose deadline is {@code deadlineSql} (e.g. "now() + interval '1 day'") with two weighted criteria. */
	public long call(String title, String deadlineSql) {
		long n = next();
		long call = jdbc.queryForObject("insert into call (slug, title, status, deadline, created_at, updated_at) values "
				+ "(?, ?, 'PUBLISHED', " + deadlineSql + ", now(), now()) returning id", Long.class, "appel-comite-" + n,
				title + " " + n);
		jdbc.update("insert into call_criterion (call_id, position, label, weight) values (?, 1, 'Coopération', 60), "
				+ "(?, 2, 'Ancrage territorial', 40)", call, call);
		return call;
	}

	public long criterion(long call, int position) {
		return jdbc.queryForObject("select id from call_criterion where call_id = ? and position = ?", Long.class, call,
				position);
	}

	public void deadline(long call, String deadlineSql) {
		jdbc.update("update call set deadline = " + deadlineSql + " where id = ?", call);
	}

	/** An organisation of the directory administered by the account with this email. */
	public long organisation(String name, String adminEmail) {
		long id = organisations.create(OrganisationDraft.named(name + " " + next()).description("Coopérative")).id();
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label) "
				+ "values (?, ?, ?, ?)", id, id(adminEmail), adminEmail, "Camille");
		return id;
	}

	public String organisationName(long id) {
		return organisations.find(id).orElseThrow().name();
	}

	/** A submitted dossier with these themes, led by the first organisation; the others accepted partners. */
	public long dossier(long call, String title, String[] themes, long lead, long... partners) {
		long dossier = jdbc.queryForObject("insert into dossier (call_id, lead_organisation, title, summary, "
				+ "description_html, themes, status, submitted_at, created_by, created_at, updated_at) values "
				+ "(?, ?, ?, 'Un tiers-lieu coopératif', '<p>Un <strong>projet</strong> partagé</p>', ?, 'SUBMITTED', "
				+ "now(), 0, now(), now()) returning id", Long.class, call, lead, title, themes);
		jdbc.update("insert into dossier_partner (dossier_id, organisation_id, role, status, invited_at, answered_at) "
				+ "values (?, ?, 'LEAD', 'ACCEPTED', now(), now())", dossier, lead);
		for (long partner : partners) {
			jdbc.update("insert into dossier_partner (dossier_id, organisation_id, role, status, invited_at, answered_at) "
					+ "values (?, ?, 'PARTNER', 'ACCEPTED', now(), now())", dossier, partner);
		}
		return dossier;
	}

	public static WebClient signIn(String baseUrl, String email) {
		WebClient web = new WebClient(baseUrl);
		HttpResponse<String> response = AccountsFixtures.login(web, email, AccountsFixtures.PASSWORD);
		assertThat(web.location(response)).doesNotContain("erreur");
		return web;
	}

}
