package org.gide.accounts.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	AccountsBootstrap bootstrap;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void nightlyPurgeErasesOldUnverifiedAccountsExpiredTokensAndIdleLoginCounters() {
		String old = AccountsFixtures.uniqueEmail("ancien");
		String recent = AccountsFixtures.uniqueEmail("recent");
		String verified = AccountsFixtures.uniqueEmail("confirme");
		for (String email : new String[] { old, recent }) {
			web().submit("/inscription", "/inscription", java.util.Map.of("email", email, "displayName", "X",
					"password", AccountsFixtures.PASSWORD, "confirmation", AccountsFixtures.PASSWORD));
		}
		long verifiedId = accounts.createVerifiedAccount(verified, "X", AccountsFixtures.PASSWORD, Set.of());
		jdbc.update("update account set created_at = now() - interval '31 days' where email in (?, ?)", old, verified);
		jdbc.update("update account_token set expires_at = now() - interval '1 second' where account_id = (select id from account where email = ?)", recent);
		jdbc.update("insert into login_throttle (email, failures, last_failure_at) values (?, 2, now() - interval '2 days')", old);

		bootstrap.purge();

		assertThat(accounts.findByEmail(old)).isEmpty();
		assertThat(accounts.findByEmail(recent)).isPresent();
		assertThat(accounts.findByEmail(verified)).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(verifiedId));
		assertThat(jdbc.queryForObject("select count(*) from account_token t join account a on a.id = t.account_id where a.email = ?",
				Integer.class, recent)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from login_throttle where email = ?", Integer.class, old)).isZero();
	}

	@Test
	void auditEntriesAreKeptFiveYearsThenErased() {
		long actor = accounts.createVerifiedAccount(AccountsFixtures.uniqueEmail("auditeur"), "X", AccountsFixtures.PASSWORD, Set.of());
		jdbc.update("insert into audit_entry (at, actor_id, actor_email, action, details) values (now() - interval '5 years 1 day', ?, 'vieux@exemple.fr', 'ROLE_GRANTED', 'ancien')", actor);
		jdbc.update("insert into audit_entry (at, actor_id, actor_email, action, details) values (now() - interval '4 years', ?, 'recent@exemple.fr', 'ROLE_GRANTED', 'récent')", actor);

		bootstrap.purge();

		assertThat(jdbc.queryForObject("select count(*) from audit_entry where details = 'ancien'", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where details = 'récent'", Integer.class)).isOne();
	}

	@Test
	void expiredVerificationLinkIsRefusedAndTheAccountStaysUnverified() {
		String email = AccountsFixtures.uniqueEmail("tardif");
		web().submit("/inscription", "/inscription", java.util.Map.of("email", email, "displayName", "X",
				"password", AccountsFixtures.PASSWORD, "confirmation", AccountsFixtures.PASSWORD));
		String link = AccountsFixtures.link(AccountsFixtures.awaitMail(MAIL, email, 1), "/inscription/confirmation");
		jdbc.update("update account_token set expires_at = now() - interval '1 second' where account_id = (select id from account where email = ?)", email);
		assertThat(web().get(link).body()).contains("Ce lien a expiré");
		assertThat(jdbc.queryForObject("select verified from account where email = ?", Boolean.class, email)).isFalse();
	}

}
