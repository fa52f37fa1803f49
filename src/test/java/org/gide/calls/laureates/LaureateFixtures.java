package org.gide.calls.laureates;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of the other parts' tables (calls, dossiers, partners, decisions, workshops, committee, auditions) inserted
 * with SQL, as their pages are built in parallel; and the route matrix's laureate.
 */
public final class LaureateFixtures {

	private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

	private LaureateFixtures() {
	}

	static long next() {
		return SEQ.incrementAndGet();
	}

	/** The route matrix's placeholders: a published laureate nobody administers (agents act for it). */
	public static synchronized Map<String, String> values(JdbcTemplate jdbc) {
		Map<String, String> values = new LinkedHashMap<>();
		String title = "Lauréat témoin des routes";
		Long id = jdbc.query("select id from dossier where title = ? order by id limit 1",
				rs -> rs.next() ? rs.getLong(1) : null, title);
		if (id == null) {
			long call = call(jdbc, "Appel témoin des routes", "CLOSED", true);
			long organisation = organisation(jdbc, "Organisation lauréate témoin des routes");
			id = dossier(jdbc, call, organisation, title, new String[] { "alimentation", "mobilite" }, "Diagnostic");
			decision(jdbc, id, "LAUREATE");
		}
		values.put("laureate", String.valueOf(id));
		return values;
	}

	static long organisation(JdbcTemplate jdbc, String name) {
		return jdbc.queryForObject("insert into organisation (name, ess_family, sector, source) "
				+ "values (?, 'ASSOCIATION', 'NON_CLASSE', 'MANUAL') returning id", Long.class, name);
	}

	static long call(JdbcTemplate jdbc, String title, String status, boolean resultsPublished) {
		Instant now = Instant.now();
		return jdbc.queryForObject("insert into call (slug, title, status, published_at, results_published_at, "
				+ "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?) returning id", Long.class,
				"appel-" + next(), title, status, "DRAFT".equals(status) ? null : Timestamp.from(now),
				resultsPublished ? Timestamp.from(now) : null, Timestamp.from(now), Timestamp.from(now));
	}

	/** A submitted dossier whose lead is an accepted co-author. */
	static long dossier(JdbcTemplate jdbc, long call, long lead, String title, String[] themes, String diagnosis) {
		Instant now = Instant.now();
		long id = jdbc.queryForObject("insert into dossier (call_id, lead_organisation, title, diagnosis_text, themes, "
				+ "status, submitted_at, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, 'SUBMITTED', ?, 0, ?, ?) "
				+ "returning id", Long.class, call, lead, title, diagnosis, themes, Timestamp.from(now),
				Timestamp.from(now), Timestamp.from(now));
		jdbc.update("insert into dossier_partner (dossier_id, organisation_id, role, status, invited_at) "
				+ "values (?, ?, 'LEAD', 'ACCEPTED', ?)", id, lead, Timestamp.from(now));
		return id;
	}

	static void partner(JdbcTemplate jdbc, long dossier, long organisation, String status) {
		jdbc.update("insert into dossier_partner (dossier_id, organisation_id, role, status, invited_at) "
				+ "values (?, ?, 'PARTNER', ?, ?)", dossier, organisation, status, Timestamp.from(Instant.now()));
	}

	static void decision(JdbcTemplate jdbc, long dossier, String outcome) {
		jdbc.update("insert into dossier_decision (dossier_id, outcome, motivation, decided_by, decided_at) "
				+ "values (?, ?, 'Projet coopératif solide.', 0, ?)", dossier, outcome, Timestamp.from(Instant.now()));
	}

}
