package org.gide.agenda;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.agenda.events.EventState;
import org.gide.agenda.events.MeetingFormat;

/**
 * Valid events of each kind for the agenda's tests, shared by its parts so that each does not write its own: a
 * two-hour event at « Maison de l'ESS, Nîmes » starting at the given instant, with the fields its kind requires.
 */
public final class AgendaFixtures {

	private static final AtomicLong WORKSHOPS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private final AgendaEvents events;

	private final JdbcTemplate jdbc;

	public AgendaFixtures(AgendaEvents events, JdbcTemplate jdbc) {
		this.events = events;
		this.jdbc = jdbc;
	}

	/** An unsaved DRAFT event of this kind starting at {@code start}, valid for the table's checks. */
	public AgendaEvent draft(EventKind kind, Instant start) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		AgendaEvent event = new AgendaEvent(kind, "un-evenement", "Un événement", start.truncatedTo(ChronoUnit.MICROS),
				start.truncatedTo(ChronoUnit.MICROS).plus(2, ChronoUnit.HOURS), 1L, now);
		event.setPlace("Maison de l’ESS, Nîmes");
		event.setCommuneCode("30189");
		event.setAudiences(Set.of(Audience.ESS_ORGANISATIONS));
		switch (kind) {
			case TERRITORIAL_MEETING -> {
				event.setTerritoryId(firstTerritory());
				event.setMeetingFormat(MeetingFormat.GENERAL);
			}
			case CALL_WORKSHOP -> {
				event.setCallWorkshopId(WORKSHOPS.incrementAndGet());
				event.setCallId(7L);
			}
			case TRAINING -> {
				event.setThemes(List.of("gouvernance"));
				event.setPriceEuros(new BigDecimal("30.00"));
			}
			case AWARENESS -> event.setAudiences(Set.of(Audience.AGENTS_ELECTED));
			case PERMANENCE -> event.setOccurrenceDate(LocalDate.now());
		}
		return event;
	}

	/** A PUBLISHED event of this kind, saved, with these organisers (may be empty for the Département's events). */
	public AgendaEvent published(EventKind kind, Instant start, Long... organiserIds) {
		AgendaEvent event = draft(kind, start);
		event.setOrganiserIds(List.of(organiserIds));
		event.setOrganisedByDepartment(organiserIds.length == 0);
		event.setState(EventState.PUBLISHED);
		event.setPublishedAt(Instant.now());
		return events.store(event);
	}

	public Long firstTerritory() {
		return jdbc.queryForObject("select min(id) from territory", Long.class);
	}

}
