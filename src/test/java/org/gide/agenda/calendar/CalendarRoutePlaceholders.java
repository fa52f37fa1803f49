package org.gide.agenda.calendar;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Placeholders of the calendar's routes in {@code route-access.tsv}: a published training 30 days ahead (created
 * once with SQL, organised by the Département) as {@code calendarEvent}, and its Paris month and year
 * ({@code calendarMonth}, {@code calendarYear}) so that the pages show it.
 */
public final class CalendarRoutePlaceholders {

	private CalendarRoutePlaceholders() {
	}

	public static Map<String, String> values(JdbcTemplate jdbc) {
		String title = "Formation témoin des routes de l’agenda";
		jdbc.update("insert into agenda_event (kind, state, slug, title, summary, audiences, themes, "
				+ "organised_by_department, place, starts_at, ends_at, created_at, updated_at, published_at) "
				+ "select 'TRAINING', 'PUBLISHED', 'formation-temoin-des-routes', ?, 'Une formation pour vérifier les accès.', "
				+ "'{ESS_ORGANISATIONS}', '{alimentation}', true, 'Maison de l’ESS, Nîmes', now() + interval '30 days', "
				+ "now() + interval '30 days 2 hours', now(), now(), now() "
				+ "where not exists (select 1 from agenda_event where title = ?)", title, title);
		Map<String, Object> row = jdbc.queryForMap("select id, to_char(starts_at at time zone 'Europe/Paris', 'YYYY-MM') m, "
				+ "to_char(starts_at at time zone 'Europe/Paris', 'YYYY') y from agenda_event where title = ? order by id limit 1",
				title);
		return Map.of("calendarEvent", String.valueOf(row.get("id")), "calendarMonth", String.valueOf(row.get("m")),
				"calendarYear", String.valueOf(row.get("y")));
	}

}
