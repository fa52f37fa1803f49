package org.gide.agenda.events;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real events for the route matrix's sample paths, organised by an organisation no visitor of the matrix
 * administers (agents and admins manage them, the others get 404): {@code {agendaEvent}} a published training
 * starting in a year with its slug {@code {agendaEventSlug}}, {@code {agendaDraft}} a draft. Created once per test
 * database; the matrix's empty POSTs never change them (they lack the version).
 */
public final class EventRoutePlaceholders {

	private EventRoutePlaceholders() {
	}

	public static synchronized Map<String, String> values(JdbcTemplate jdbc) {
		String name = "Structure témoin de l’agenda";
		jdbc.update("insert into organisation (name, ess_family, sector, source, resource_actor) select ?, "
				+ "'ASSOCIATION', 'NON_CLASSE', 'MANUAL', true where not exists (select 1 from organisation where name = ?)",
				name, name);
		long organisation = jdbc.queryForObject("select min(id) from organisation where name = ?", Long.class, name);
		long published = event(jdbc, organisation, "Formation témoin des routes", "formation-temoin-des-routes",
				"PUBLISHED");
		long draft = event(jdbc, organisation, "Brouillon témoin des routes", "brouillon-temoin-des-routes", "DRAFT");
		return Map.of("agendaEvent", String.valueOf(published), "agendaEventSlug", "formation-temoin-des-routes",
				"agendaDraft", String.valueOf(draft));
	}

	private static long event(JdbcTemplate jdbc, long organisation, String title, String slug, String state) {
		jdbc.update("insert into agenda_event (kind, state, slug, title, audiences, place, starts_at, ends_at, capacity, "
				+ "published_at, created_at, updated_at) select 'TRAINING', ?, ?, ?, '{ESS_ORGANISATIONS}', "
				+ "'Maison de l’ESS, Nîmes', now() + interval '365 days', now() + interval '365 days 2 hours', 20, "
				+ "case when ? = 'PUBLISHED' then now() end, now(), now() "
				+ "where not exists (select 1 from agenda_event where title = ?)", state, slug, title, state, title);
		long id = jdbc.queryForObject("select min(id) from agenda_event where title = ?", Long.class, title);
		jdbc.update("insert into agenda_event_organiser (event_id, organisation_id, position) values (?, ?, 0) "
				+ "on conflict do nothing", id, organisation);
		return id;
	}

}
