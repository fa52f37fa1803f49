package org.gide.directory.people;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.accounts.Role;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.Organisations;
import org.gide.support.WebClient;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisations, accounts and sign-ins for the tests of people and their organisations. */
final class PeopleFixtures {

	private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

	private PeopleFixtures() {
	}

	static long next() {
		return SEQ.incrementAndGet();
	}

	/** A unique domain, so that mails of different tests never mix. */
	static String domain(String prefix) {
		return prefix + "-" + next() + ".fr";
	}

	static OrganisationDetails organisation(Organisations organisations, String name, String website) {
		return organisations.create(OrganisationDraft.named(name + " " + next())
			.publicContact(website, null, null)
			.description("Ateliers partagés"));
	}

	/** A verified account with these roles (MEMBER added); returns its email. */
	static String account(Accounts accounts, String prefix, Role... roles) {
		String email = AccountsFixtures.uniqueEmail(prefix);
		accounts.createVerifiedAccount(email, "Camille " + prefix, AccountsFixtures.PASSWORD, Set.of(roles));
		return email;
	}

	static long accountId(Accounts accounts, String email) {
		return accounts.findByEmail(email).orElseThrow().id();
	}

	static WebClient signIn(String baseUrl, String email) {
		WebClient web = new WebClient(baseUrl);
		HttpResponse<String> response = AccountsFixtures.login(web, email, AccountsFixtures.PASSWORD);
		assertThat(web.location(response)).doesNotContain("erreur");
		return web;
	}

	static void makeAdministrator(JdbcTemplate jdbc, long organisationId, long accountId, String email) {
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label) "
				+ "values (?, ?, ?, ?)", organisationId, accountId, email, "Camille");
	}

	/** A valid SIRET (Luhn key on 14 digits, and on its SIREN) derived from the seed. */
	static String siret(long seed) {
		String siren = withKey(String.format("%08d", 10_000_000 + seed % 89_999_999));
		return withKey(siren + String.format("%04d", seed % 10_000));
	}

	private static String withKey(String body) {
		for (int key = 0; key <= 9; key++) {
			String candidate = body + key;
			if (luhn(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException(body);
	}

	private static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return sum % 10 == 0;
	}

}
