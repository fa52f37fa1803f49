package org.gide.agenda.registrations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations to the agenda's events (design section 4): register, confirm, cancel, waiting list and promotion.
 * Other parts use {@link #counts(long)} only.
 */
@Service
public class Registrations {

	private final JdbcTemplate jdbc;

	Registrations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Seats of the event: taken (confirmed and unconfirmed), waiting, left (null when unlimited). */
	@Transactional(readOnly = true)
	public SeatCounts counts(long eventId) {
		Integer capacity = jdbc.query("select capacity from agenda_event where id = ?",
				rs -> rs.next() ? (Integer) rs.getObject(1) : null, eventId);
		Integer[] taken = { 0 };
		Integer[] waiting = { 0 };
		jdbc.query("""
				select count(*) filter (where status in ('CONFIRMED','UNCONFIRMED')),
				       count(*) filter (where status = 'WAITING')
				from agenda_registration where event_id = ?""", rs -> {
			taken[0] = rs.getInt(1);
			waiting[0] = rs.getInt(2);
		}, eventId);
		Integer left = capacity == null ? null : Math.max(0, capacity - taken[0]);
		return new SeatCounts(capacity, taken[0], waiting[0], left);
	}

}
