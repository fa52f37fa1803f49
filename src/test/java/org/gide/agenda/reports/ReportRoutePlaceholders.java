package org.gide.agenda.reports;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The route matrix's sample of part D: a published territorial meeting of the first territory, long past, whose
 * report the route checks may open (created once; their empty POSTs are refused without any change).
 */
public final class ReportRoutePlaceholders {

	private static final String SLUG = "rencontre-temoin-des-routes";

	private ReportRoutePlaceholders() {
	}

	public static Map<String, String> values(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into agenda_event (kind, state, slug, title, territory_id, meeting_format, place, starts_at,
				                          ends_at, organised_by_department, published_at, created_at, updated_at)
				select 'TERRITORIAL_MEETING', 'PUBLISHED', ?, 'Rencontre témoin des routes',
				       (select min(id) from territory), 'GENERAL', 'Maison de l’ESS, Nîmes',
				       timestamptz '2020-03-10 09:00:00+01', timestamptz '2020-03-10 12:00:00+01', true, now(), now(), now()
				where not exists (select 1 from agenda_event where slug = ?)
				""", SLUG, SLUG);
		return Map.of("reportMeeting",
				jdbc.queryForObject("select min(id) from agenda_event where slug = ?", String.class, SLUG));
	}

}
