package org.gide.calls.dossiers;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real rows for the route matrix's dossier routes: an open call and a draft dossier led by an organisation that no
 * visitor administers (so that members get 404 and agents read it), with one attachment row and one version.
 * Created once per test database.
 */
public final class DossierRoutePlaceholders {

	private static final String SLUG = "appel-matrice-des-routes";

	private DossierRoutePlaceholders() {
	}

	public static synchronized Map<String, String> values(JdbcTemplate jdbc) {
		Long call = jdbc.query("select id from call where slug = ?", rs -> rs.next() ? rs.getLong(1) : null, SLUG);
		Instant now = Instant.now();
		if (call == null) {
			call = jdbc.queryForObject("insert into call (slug, title, status, opens_at, deadline, published_at, "
					+ "created_at, updated_at) values (?, 'Appel témoin des routes', 'PUBLISHED', ?, ?, ?, ?, ?) "
					+ "returning id", Long.class, SLUG, Timestamp.from(now.minus(Duration.ofDays(1))),
					Timestamp.from(now.plus(Duration.ofDays(3650))), Timestamp.from(now), Timestamp.from(now),
					Timestamp.from(now));
		}
		Long dossier = jdbc.query("select id from dossier where call_id = ? order by id limit 1",
				rs -> rs.next() ? rs.getLong(1) : null, call);
		if (dossier == null) {
			long organisation = jdbc.queryForObject("insert into organisation (name, ess_family, sector, source, "
					+ "version) values ('Porteuse témoin des dossiers', 'ASSOCIATION', 'NON_CLASSE', 'MANUAL', 0) "
					+ "returning id", Long.class);
			dossier = jdbc.queryForObject("insert into dossier (call_id, lead_organisation, title, summary, created_by, "
					+ "created_at, updated_at) values (?, ?, 'Dossier témoin des routes', 'Un résumé', 0, ?, ?) "
					+ "returning id", Long.class, call, organisation, Timestamp.from(now), Timestamp.from(now));
			jdbc.update("insert into dossier_partner (dossier_id, organisation_id, role, status, invited_at) "
					+ "values (?, ?, 'LEAD', 'ACCEPTED', ?)", dossier, organisation, Timestamp.from(now));
			jdbc.update("insert into dossier_version (dossier_id, version, author_id, author_label, saved_at, section, "
					+ "snapshot) select d.id, d.version, 0, 'Témoin', ?, 'creation', " + Dossiers.SNAPSHOT
					+ " from dossier d where d.id = ?", Timestamp.from(now), dossier);
		}
		Map<String, String> values = new LinkedHashMap<>();
		values.put("callSlug", SLUG);
		values.put("call", String.valueOf(call));
		values.put("dossier", String.valueOf(dossier));
		return values;
	}

}
