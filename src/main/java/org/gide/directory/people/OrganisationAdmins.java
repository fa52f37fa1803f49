package org.gide.directory.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The administrators of each organisation ({@code organisation_admin}): who may edit it besides agents. */
@Component
@Transactional
class OrganisationAdmins {

	/** One administrator, with the name and email their account had when they became one. */
	record Admin(long organisationId, long accountId, String email, String label, Instant since, Long grantedBy) {
	}

	private final JdbcTemplate jdbc;

	OrganisationAdmins(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	boolean isAdmin(long organisationId, long accountId) {
		Boolean found = jdbc.queryForObject(
				"select exists (select 1 from organisation_admin where organisation_id = ? and account_id = ?)",
				Boolean.class, organisationId, accountId);
		return Boolean.TRUE.equals(found);
	}

	@Transactional(readOnly = true)
	List<Admin> list(long organisationId) {
		return jdbc.query("select organisation_id, account_id, account_email, account_label, since, granted_by "
				+ "from organisation_admin where organisation_id = ? order by since, account_id",
				(rs, n) -> new Admin(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant(), (Long) rs.getObject(6)),
				organisationId);
	}

	/** Makes the account an administrator; false when it already was one. */
	boolean grant(long organisationId, long accountId, String email, String label, Long grantedBy) {
		return jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, "
				+ "account_label, since, granted_by) values (?, ?, ?, ?, ?, ?) on conflict do nothing",
				organisationId, accountId, email, label, Timestamp.from(Instant.now()), grantedBy) == 1;
	}

	boolean revoke(long organisationId, long accountId) {
		return jdbc.update("delete from organisation_admin where organisation_id = ? and account_id = ?",
				organisationId, accountId) == 1;
	}

	/** Moves the administrators of a merged duplicate to the organisation kept (once each). */
	void move(long fromOrganisation, long toOrganisation) {
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label, "
				+ "since, granted_by) select ?, account_id, account_email, account_label, since, granted_by "
				+ "from organisation_admin where organisation_id = ? on conflict do nothing", toOrganisation,
				fromOrganisation);
		jdbc.update("delete from organisation_admin where organisation_id = ?", fromOrganisation);
	}

}
