package org.gide.agenda.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The rule of a recurring series (pure, no Spring): WEEKLY on one or more ISO weekdays, or MONTHLY on the nth
 * weekday of the month (1 to 4, or -1 for the last), at a Paris wall-clock time for a duration, from a date until
 * a date (at most 366 days later, both included), minus excluded dates. Occurrences keep their wall-clock time
 * across the daylight-saving changes (a start in the spring gap moves forward by the gap); their end is the start
 * plus the duration in real time.
 */
public record SeriesRule(Frequency frequency, Set<DayOfWeek> weekdays, Integer monthWeek, LocalTime startTime,
		int durationMinutes, LocalDate from, LocalDate until, SortedSet<LocalDate> excluded) {

	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** Longest span of a series, in days (the table's check). */
	public static final int MAX_DAYS = 366;

	public static final int MIN_DURATION = 15;

	public static final int MAX_DURATION = 1440;

	/** {@code agenda_series.rule}. */
	public enum Frequency {
		WEEKLY, MONTHLY
	}

	/** One occurrence: its date (the series' key of the event) and its Paris start and end. */
	public record Occurrence(LocalDate date, ZonedDateTime start, ZonedDateTime end) {
	}

	public SeriesRule {
		weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
		excluded = excluded == null ? new TreeSet<>() : new TreeSet<>(excluded);
	}

	/**
	 * What is wrong with this rule, field by field (message keys of {@code agenda-events}); empty when it can give
	 * occurrences. Fields: frequency, weekdays, monthWeek, startTime, durationMinutes, from, until.
	 */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (frequency == null) {
			problems.put("frequency", "agenda.series.error.frequency");
		}
		else if (frequency == Frequency.WEEKLY && weekdays.isEmpty()) {
			problems.put("weekdays", "agenda.series.error.weekdays");
		}
		else if (frequency == Frequency.MONTHLY) {
			if (weekdays.size() != 1) {
				problems.put("weekdays", "agenda.series.error.monthlyWeekday");
			}
			if (monthWeek == null || !(monthWeek == -1 || (monthWeek >= 1 && monthWeek <= 4))) {
				problems.put("monthWeek", "agenda.series.error.monthWeek");
			}
		}
		if (startTime == null) {
			problems.put("startTime", "agenda.series.error.startTime");
		}
		if (durationMinutes < MIN_DURATION || durationMinutes > MAX_DURATION) {
			problems.put("durationMinutes", "agenda.series.error.duration");
		}
		if (from == null) {
			problems.put("from", "agenda.series.error.from");
		}
		if (until == null) {
			problems.put("until", "agenda.series.error.until");
		}
		else if (from != null && until.isBefore(from)) {
			problems.put("until", "agenda.series.error.untilBeforeFrom");
		}
		else if (from != null && ChronoUnit.DAYS.between(from, until) > MAX_DAYS) {
			problems.put("until", "agenda.series.error.tooLong");
		}
		return problems;
	}

	public boolean valid() {
		return problems().isEmpty();
	}

	/** Every occurrence of the series, in date order. */
	public List<Occurrence> occurrences() {
		return occurrences(from, until);
	}

	/** The occurrences whose date lies between {@code first} and {@code last} (both included), in date order. */
	public List<Occurrence> occurrences(LocalDate first, LocalDate last) {
		if (!valid()) {
			throw new IllegalStateException("Invalid series rule: " + problems());
		}
		LocalDate start = first.isAfter(from) ? first : from;
		LocalDate end = last.isBefore(until) ? last : until;
		List<Occurrence> found = new ArrayList<>();
		if (end.isBefore(start)) {
			return found;
		}
		if (frequency == Frequency.WEEKLY) {
			for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
				if (weekdays.contains(day.getDayOfWeek())) {
					add(found, day);
				}
			}
		}
		else {
			DayOfWeek weekday = weekdays.iterator().next();
			for (LocalDate month = start.withDayOfMonth(1); !month.isAfter(end); month = month.plusMonths(1)) {
				LocalDate day = monthWeek == -1 ? month.with(TemporalAdjusters.lastInMonth(weekday))
						: month.with(TemporalAdjusters.dayOfWeekInMonth(monthWeek, weekday));
				if (!day.isBefore(start) && !day.isAfter(end)) {
					add(found, day);
				}
			}
		}
		return found;
	}

	private void add(List<Occurrence> found, LocalDate day) {
		if (excluded.contains(day)) {
			return;
		}
		ZonedDateTime begins = ZonedDateTime.of(day, startTime, PARIS);
		found.add(new Occurrence(day, begins, begins.plusMinutes(durationMinutes)));
	}

}
