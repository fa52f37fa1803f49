package org.gide.agenda.calendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gide.agenda.Audience;
import org.gide.agenda.EventKind;
import org.gide.agenda.events.EventState;
import org.gide.agenda.events.MeetingFormat;

/**
 * A public event as the calendar reads it (PUBLISHED or CANCELLED only; never any registration data): what the
 * list, the month grid, the programme and the iCalendar feeds show.
 */
public record CalendarEvent(long id, EventKind kind, EventState state, String slug, String title, String summary,
		String description, Set<Audience> audiences, List<String> themes, List<Long> organiserIds,
		boolean organisedByDepartment, Long territoryId, String communeCode, String place, String onlineUrl,
		Instant startsAt, Instant endsAt, Integer capacity, BigDecimal priceEuros, String priceNote,
		MeetingFormat meetingFormat, boolean newTraining, String cancelledReason, long version, Instant updatedAt) {

	/** The event's public page: {@code /agenda/evenements/{id}-{slug}}. */
	public String path() {
		return "/agenda/evenements/" + id + "-" + slug;
	}

	/** Its iCalendar file: {@code /agenda/evenements/{id}.ics}. */
	public String icsPath() {
		return "/agenda/evenements/" + id + ".ics";
	}

	public boolean cancelled() {
		return state == EventState.CANCELLED;
	}

	/** More than one organiser organisation (a mutualised training). */
	public boolean mutualised() {
		return organiserIds.size() > 1;
	}

	/** The Paris day it starts on. */
	public LocalDate startDay() {
		return startsAt.atZone(AgendaQuery.PARIS).toLocalDate();
	}

	/** The last Paris day it covers (an event ending at midnight does not cover the next day). */
	public LocalDate endDay() {
		LocalDate day = endsAt.minusNanos(1).atZone(AgendaQuery.PARIS).toLocalDate();
		return day.isBefore(startDay()) ? startDay() : day;
	}

}
