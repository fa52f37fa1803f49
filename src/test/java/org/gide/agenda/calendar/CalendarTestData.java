package org.gide.agenda.calendar;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.agenda.AgendaFixtures;
import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.agenda.events.EventState;

/**
 * Events of the calendar's tests, each organised by an organisation of its own so that a test filtering by that
 * organiser sees exactly its events, whatever other tests stored in the shared database.
 */
final class CalendarTestData {

	private final AgendaEvents events;

	private final AgendaFixtures fixtures;

	private final JdbcTemplate jdbc;

	CalendarTestData(AgendaEvents events, JdbcTemplate jdbc) {
		this.events = events;
		this.fixtures = new AgendaFixtures(events, jdbc);
		this.jdbc = jdbc;
	}

	/** A new organisation of the directory with this name (made unique). */
	long organisation(String name) {
		String unique = name + " " + Long.toString(System.nanoTime(), 36);
		return jdbc.queryForObject("insert into organisation (name, ess_family, sector, source) values (?, 'ASSOCIATION', "
				+ "'NON_CLASSE', 'MANUAL') returning id", Long.class, unique);
	}

	String organisationName(long id) {
		return jdbc.queryForObject("select name from organisation where id = ?", String.class, id);
	}

	/** A published event of this kind, changed by {@code change} before it is stored. */
	AgendaEvent published(EventKind kind, Instant start, String title, Consumer<AgendaEvent> change, Long... organisers) {
		AgendaEvent event = fixtures.draft(kind, start.truncatedTo(ChronoUnit.SECONDS));
		event.setTitle(title);
		event.setOrganiserIds(java.util.List.of(organisers));
		event.setOrganisedByDepartment(organisers.length == 0);
		event.setState(EventState.PUBLISHED);
		event.setPublishedAt(Instant.now());
		change.accept(event);
		return events.store(event);
	}

	AgendaEvent draft(EventKind kind, Instant start, String title, Long... organisers) {
		AgendaEvent event = fixtures.draft(kind, start.truncatedTo(ChronoUnit.SECONDS));
		event.setTitle(title);
		event.setOrganiserIds(java.util.List.of(organisers));
		return events.store(event);
	}

	AgendaEvent cancelled(EventKind kind, Instant start, String title, Long... organisers) {
		return published(kind, start, title, e -> {
			e.setState(EventState.CANCELLED);
			e.setCancelledReason("Intervenante malade");
		}, organisers);
	}

	static Instant daysAhead(int days) {
		return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
	}

}
