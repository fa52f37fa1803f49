package org.gide.agenda.reports;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Organisations of the directory and registrations of the agenda for part D's tests, written with SQL: the
 * registrations' service belongs to part B, the table to V80.
 */
public final class ReportFixtures {

	private final JdbcTemplate jdbc;

	public ReportFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An active organisation of this sector with a valid, unique SIRET; returns its id. */
	public long organisation(String name, String sector) {
		String siret = siret(Math.abs(System.nanoTime() + name.hashCode()) % 90_000_000L + 10_000_000L);
		return jdbc.queryForObject("""
				insert into organisation (name, siren, siret, ess_family, sector, source)
				values (?, ?, ?, 'ASSOCIATION', ?, 'MANUAL') returning id
				""", Long.class, name, siret.substring(0, 9), siret, sector);
	}

	public String siretOf(long organisationId) {
		return jdbc.queryForObject("select siret from organisation where id = ?", String.class, organisationId);
	}

	/** A CONFIRMED registration by name and email, with its organisation, kind and attendance (null = not marked). */
	public long registration(long eventId, String email, Long organisationId, String kind, Boolean attended) {
		return registration(eventId, null, email, organisationId, kind, "CONFIRMED", attended);
	}

	public long registration(long eventId, Long accountId, String email, Long organisationId, String kind,
			String status, Boolean attended) {
		return jdbc.queryForObject("""
				insert into agenda_registration (event_id, account_id, name, email, organisation_id, participant_kind,
				                                 status, manage_token, created_at, confirmed_at, attended, cancelled_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, now(), now(), ?, case when ? = 'CANCELLED' then now() end) returning id
				""", Long.class, eventId, accountId, email == null ? null : "Participant " + email, email,
				organisationId, kind, status, UUID.randomUUID().toString().replace("-", ""), attended, status);
	}

	/** A valid SIRET: a SIREN of 8 digits plus its Luhn key, then a NIC of 4 digits plus the key of the whole. */
	static String siret(long seed) {
		String siren = withKey(String.format("%08d", seed % 100_000_000L));
		return withKey(siren + String.format("%04d", (seed / 7) % 10_000L));
	}

	private static String withKey(String body) {
		for (int key = 0; key <= 9; key++) {
			if (luhn(body + key)) {
				return body + key;
			}
		}
		throw new IllegalStateException();
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
