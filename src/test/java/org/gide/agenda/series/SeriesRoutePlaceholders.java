package org.gide.agenda.series;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real series for the route matrix: a draft weekly permanence organised by the Département (so only agents and
 * administrators manage it), without occurrences. Created once per test database.
 */
public final class SeriesRoutePlaceholders {

	static final String TITLE = "Série témoin des routes";

	private SeriesRoutePlaceholders() {
	}

	public static synchronized Map<String, String> values(JdbcTemplate jdbc) {
		String template = """
				{"title":"%s","summary":"","description":"","audiences":["ESS_ORGANISATIONS"],"themes":[],
				"organisedByDepartment":true,"organiserIds":[],"territoryId":null,"communeCode":"30189",
				"place":"Maison de l’ESS, Nîmes","onlineUrl":null,"capacity":null,"registration":"OPEN",
				"accessibility":"","priceEuros":null,"priceNote":"","meetingFormat":null,"newTraining":false,
				"published":false}""".formatted(TITLE);
		jdbc.update("""
				insert into agenda_series (kind, rule, weekdays, start_time, duration_minutes, from_date, until_date,
				  template, created_by, created_at)
				select 'PERMANENCE', 'WEEKLY', '{3}', '09:30', 120, current_date - 400, current_date - 100, ?::jsonb, 1,
				  now()
				where not exists (select 1 from agenda_series where template ->> 'title' = ?)""", template, TITLE);
		return Map.of("series", String.valueOf(jdbc.queryForObject(
				"select min(id) from agenda_series where template ->> 'title' = ?", Long.class, TITLE)));
	}

}
