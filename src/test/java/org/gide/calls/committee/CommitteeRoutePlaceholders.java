package org.gide.calls.committee;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Placeholders of the committee's routes in the route matrix: a call whose deadline has passed, with one criterion,
 * one submitted dossier (assigned to nobody among the visitors) and one empty audition slot. Created once.
 */
public final class CommitteeRoutePlaceholders {

	private static final String SLUG = "comite-temoin-des-routes";

	private CommitteeRoutePlaceholders() {
	}

	public static Map<String, String> values(JdbcTemplate jdbc) {
		jdbc.update("insert into call (slug, title, status, deadline, created_at, updated_at) select ?, "
				+ "'Appel témoin du comité', 'CLOSED', now() - interval '2 days', now(), now() "
				+ "where not exists (select 1 from call where slug = ?)", SLUG, SLUG);
		long call = jdbc.queryForObject("select id from call where slug = ?", Long.class, SLUG);
		jdbc.update("insert into call_criterion (call_id, position, label, weight) select ?, 1, 'Coopération', 50 "
				+ "where not exists (select 1 from call_criterion where call_id = ?)", call, call);
		jdbc.update("insert into dossier (call_id, lead_organisation, title, themes, status, submitted_at, created_by, "
				+ "created_at, updated_at) select ?, 0, 'Dossier témoin du comité', '{culture,jeunesse}', 'SUBMITTED', "
				+ "now() - interval '3 days', 0, now(), now() where not exists (select 1 from dossier where call_id = ?)",
				call, call);
		long dossier = jdbc.queryForObject("select min(id) from dossier where call_id = ?", Long.class, call);
		jdbc.update("insert into audition_slot (call_id, starts_at, ends_at, place) select ?, now() + interval '10 days', "
				+ "now() + interval '10 days 1 hour', 'Nîmes' where not exists (select 1 from audition_slot where call_id = ?)",
				call, call);
		long slot = jdbc.queryForObject("select min(id) from audition_slot where call_id = ?", Long.class, call);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("committeeCall", String.valueOf(call));
		values.put("committeeDossier", String.valueOf(dossier));
		values.put("committeeSlot", String.valueOf(slot));
		return values;
	}

}
