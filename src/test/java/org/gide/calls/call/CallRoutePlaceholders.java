package org.gide.calls.call;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real call for the route matrix's call pages: closed (so that route checks can neither publish nor close it),
 * with a criterion and a workshop. Created once per test database.
 */
public final class CallRoutePlaceholders {

	static final String SLUG = "appel-temoin-des-routes";

	private CallRoutePlaceholders() {
	}

	public static synchronized Map<String, String> values(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into call (slug, title, summary, description_html, themes, opens_at, deadline, status,
				  published_at, closed_at, created_at, updated_at)
				select ?, 'Appel témoin des routes', 'Un appel clos pour les contrôles d’accès.',
				  '<p>Description de l’appel témoin.</p>', '{alimentation,mobilite}', now() - interval '60 days',
				  now() - interval '1 day', 'CLOSED', now() - interval '60 days', now(), now(), now()
				where not exists (select 1 from call where slug = ?)""", SLUG, SLUG);
		long id = jdbc.queryForObject("select id from call where slug = ?", Long.class, SLUG);
		jdbc.update("insert into call_criterion (call_id, position, label, weight) select ?, 1, 'Coopération', 50 "
				+ "where not exists (select 1 from call_criterion where call_id = ?)", id, id);
		jdbc.update("insert into call_workshop (call_id, starts_at, place) select ?, now() - interval '30 days', "
				+ "'Salle témoin' where not exists (select 1 from call_workshop where call_id = ?)", id, id);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("call", String.valueOf(id));
		values.put("callSlug", SLUG);
		return values;
	}

}
