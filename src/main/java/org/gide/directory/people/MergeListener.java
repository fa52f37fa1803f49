package org.gide.directory.people;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.gide.directory.OrganisationsMerged;

/**
 * When a duplicate is merged, inside the merge's transaction: its administrators, pending claims, history and
 * decided proposals follow it to the organisation kept, so nobody loses the right to edit it.
 */
@Component
class MergeListener {

	private final OrganisationAdmins admins;

	private final ClaimService claims;

	private final JdbcTemplate jdbc;

	MergeListener(OrganisationAdmins admins, ClaimService claims, JdbcTemplate jdbc) {
		this.admins = admins;
		this.claims = claims;
		this.jdbc = jdbc;
	}

	@EventListener
	void merged(OrganisationsMerged event) {
		admins.move(event.removedId(), event.keptId());
		claims.move(event.removedId(), event.keptId());
		jdbc.update("update organisation_change set organisation_id = ? where organisation_id = ?", event.keptId(),
				event.removedId());
		jdbc.update("update organisation_proposal set organisation_id = ? where organisation_id = ?", event.keptId(),
				event.removedId());
	}

}
