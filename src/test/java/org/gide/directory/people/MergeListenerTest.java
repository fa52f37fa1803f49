package org.gide.directory.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.Organisations;
import org.gide.directory.OrganisationsMerged;
import org.gide.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A merge of duplicates moves administrators, pending claims and history to the organisation kept. */
class MergeListenerTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ClaimService claims;

	@Test
	void administratorsPendingClaimsAndHistoryFollowTheOrganisationKept() {
		OrganisationDetails kept = PeopleFixtures.organisation(organisations, "Gardée", null);
		OrganisationDetails removed = PeopleFixtures.organisation(organisations, "Doublon", null);
		String both = PeopleFixtures.account(accounts, "deux");
		String onlyRemoved = PeopleFixtures.account(accounts, "doublon");
		String claimant = PeopleFixtures.account(accounts, "attente");
		PeopleFixtures.makeAdministrator(jdbc, kept.id(), PeopleFixtures.accountId(accounts, both), both);
		PeopleFixtures.makeAdministrator(jdbc, removed.id(), PeopleFixtures.accountId(accounts, both), both);
		PeopleFixtures.makeAdministrator(jdbc, removed.id(), PeopleFixtures.accountId(accounts, onlyRemoved),
				onlyRemoved);
		claims.startByModeration(removed.id(),
				new Person(PeopleFixtures.accountId(accounts, claimant), claimant, "Attente", false), "Trésorier");

		transactions.executeWithoutResult(status -> {
			events.publishEvent(new OrganisationsMerged(kept.id(), removed.id()));
			jdbc.update("delete from organisation where id = ?", removed.id());
		});

		List<String> admins = jdbc.queryForList("select account_email from organisation_admin where organisation_id = ?",
				String.class, kept.id());
		assertThat(admins).containsExactlyInAnyOrder(both, onlyRemoved);
		assertThat(jdbc.queryForObject("select organisation_id from organisation_claim where account_email = ?",
				Long.class, claimant)).isEqualTo(kept.id());
		assertThat(jdbc.queryForObject("select count(*) from organisation_change where organisation_id = ? "
				+ "and new_value like 'Doublon%'", Integer.class, kept.id())).isEqualTo(1);
	}

}
