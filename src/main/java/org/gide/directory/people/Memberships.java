package org.gide.directory.people;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.directory.OrganisationMemberships;

/** {@link OrganisationMemberships} from the administrators' table. */
@Service
@Transactional(readOnly = true)
class Memberships implements OrganisationMemberships {

	private final OrganisationAdmins admins;

	private final JdbcTemplate jdbc;

	Memberships(OrganisationAdmins admins, JdbcTemplate jdbc) {
		this.admins = admins;
		this.jdbc = jdbc;
	}

	@Override
	public boolean administers(long accountId, long organisationId) {
		return admins.isAdmin(organisationId, accountId);
	}

	@Override
	public List<Administered> administeredBy(long accountId) {
		return jdbc.query("select o.id, o.name from organisation_admin a join organisation o on o.id = a.organisation_id "
				+ "where a.account_id = ? order by o.name, o.id", (rs, n) -> new Administered(rs.getLong(1),
						rs.getString(2)), accountId);
	}

	@Override
	public List<Administrator> administrators(long organisationId) {
		return admins.list(organisationId)
			.stream()
			.map(a -> new Administrator(a.organisationId(), a.accountId(), a.email(), a.label()))
			.toList();
	}

}
