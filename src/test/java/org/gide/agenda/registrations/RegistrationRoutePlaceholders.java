package org.gide.agenda.registrations;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The route matrix's contribution: a published awareness session of the Département (no organiser organisation, so
 * that only agents and administrators manage it) 60 days ahead, capacity 1, with one confirmed registration and one
 * on the waiting list, inserted once with SQL. An empty registration form comes back with its errors for everyone
 * (the participant kind is required for awareness sessions), so the matrix registers no one.
 */
public final class RegistrationRoutePlaceholders {

	private static final String TITLE = "Sensibilisation témoin des inscriptions";

	private RegistrationRoutePlaceholders() {
	}

	public static synchronized Map<String, String> values(JdbcTemplate jdbc) {
		Long id = jdbc.query("select id from agenda_event where title = ? order by id limit 1",
				rs -> rs.next() ? rs.getLong(1) : null, TITLE);
		if (id == null) {
			Instant start = Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
			Timestamp now = Timestamp.from(Instant.now());
			id = jdbc.queryForObject("insert into agenda_event (kind, state, slug, title, audiences, "
					+ "organised_by_department, place, starts_at, ends_at, capacity, accessibility, published_at, "
					+ "created_at, updated_at) values ('AWARENESS', 'PUBLISHED', 'sensibilisation-temoin', ?, "
					+ "'{AGENTS_ELECTED}', true, 'Hôtel du Département, Nîmes', ?, ?, 1, 'Salle accessible', ?, ?, ?) "
					+ "returning id", Long.class, TITLE, Timestamp.from(start),
					Timestamp.from(start.plus(2, ChronoUnit.HOURS)), now, now, now);
			jdbc.update("insert into agenda_registration (event_id, name, email, participant_kind, status, "
					+ "manage_token, created_at, confirmed_at) values (?, 'Inscrite témoin', "
					+ "'inscrite.temoin@exemple.fr', 'AGENT', 'CONFIRMED', ?, ?, ?)", id, Registrations.newToken(), now,
					now);
			jdbc.update("insert into agenda_registration (event_id, name, email, participant_kind, status, "
					+ "manage_token, created_at, confirmed_at, waiting_since) values (?, 'Attente témoin', "
					+ "'attente.temoin@exemple.fr', 'ELECTED', 'WAITING', ?, ?, ?, ?)", id, Registrations.newToken(),
					now, now, now);
		}
		String token = jdbc.queryForObject("select manage_token from agenda_registration where event_id = ? and "
				+ "status = 'CONFIRMED' order by id limit 1", String.class, id);
		String waiting = jdbc.queryForObject("select id from agenda_registration where event_id = ? and "
				+ "status = 'WAITING' order by id limit 1", String.class, id);
		return Map.of("agendaRegistrationEvent", String.valueOf(id), "agendaManageToken", token,
				"agendaWaitingRegistration", waiting);
	}

}
