package org.gide.agenda.series;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.EventFields;
import org.gide.agenda.events.EventManager;
import org.gide.agenda.events.EventManagers;
import org.gide.agenda.events.EventState;
import org.gide.agenda.series.SeriesRule.Frequency;

/**
 * Creating and editing recurring series: the rule and the shared fields (validated by {@link EventFields}, as for a
 * single event), then the occurrences by {@link SeriesHorizon}. A series is managed by agents and by the
 * administrators of its first organiser; others get {@link SeriesNotFound} (404).
 */
@Service
public class SeriesEditing {

	/** The kinds that may recur. */
	public static final Set<EventKind> KINDS = EnumSet.of(EventKind.PERMANENCE, EventKind.TRAINING);

	private final AgendaSeriesRepository repository;

	private final SeriesHorizon horizon;

	private final EventFields fields;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SeriesEditing(AgendaSeriesRepository repository, SeriesHorizon horizon, EventFields fields, JdbcTemplate jdbc,
			ObjectProvider<Clock> clock) {
		this.repository = repository;
		this.horizon = horizon;
		this.fields = fields;
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Whether this person may create a series of this kind. */
	public static boolean mayCreate(EventManager manager, EventKind kind) {
		return KINDS.contains(kind) && EventManagers.mayCreate(manager, kind);
	}

	/** Agents, or administrators of the series' first organiser. */
	public static boolean mayManage(EventManager manager, AgendaSeries series) {
		if (manager.agent()) {
			return true;
		}
		Long first = SeriesTemplate.fromJson(series.getTemplate()).firstOrganiser();
		return first != null && manager.administers(first);
	}

	@Transactional(readOnly = true)
	public AgendaSeries manageable(long id, EventManager manager) {
		return repository.findById(id).filter(s -> mayManage(manager, s)).orElseThrow(SeriesNotFound::new);
	}

	/** The form of a saved series, with its version. */
	public SeriesForm formOf(AgendaSeries series) {
		AgendaEvent prototype = prototype(series.getKind());
		SeriesTemplate.fromJson(series.getTemplate()).applyTo(prototype);
		SeriesForm form = new SeriesForm();
		org.springframework.beans.BeanUtils.copyProperties(fields.fill(prototype), form);
		form.setVersion(series.getVersion());
		form.setStartsAt("");
		form.setEndsAt("");
		form.setRegistrationDeadline("");
		SeriesRule rule = series.rule();
		form.setFrequency(rule.frequency().name());
		form.setWeekdays(rule.weekdays().stream().map(DayOfWeek::getValue).sorted().toList());
		form.setMonthWeek(rule.monthWeek() == null ? "" : rule.monthWeek().toString());
		form.setStartTime(rule.startTime().toString());
		form.setDurationMinutes(String.valueOf(rule.durationMinutes()));
		form.setFromDate(rule.from().toString());
		form.setUntilDate(rule.until().toString());
		form.setExcludedDates(String.join("\n", rule.excluded().stream().map(LocalDate::toString).toList()));
		return form;
	}

	/** How many days ahead occurrences are created. */
	public int horizonDays() {
		return horizon.horizonDays();
	}

	/** Whether the series is published (its occurrences are public). */
	public boolean published(AgendaSeries series) {
		return SeriesTemplate.fromJson(series.getTemplate()).published();
	}

	/**
	 * Checks the rule's fields and the shared fields; each problem is rejected on its field. Returns the rule when
	 * every field is valid, else null.
	 */
	public SeriesRule validate(EventKind kind, SeriesForm form, EventManager manager, List<Long> kept,
			boolean creating, Errors errors) {
		fields.validateShared(kind, form, manager, kept, errors);
		SeriesRule rule = rule(form, errors);
		if (rule != null && creating && rule.until().isBefore(horizon.today())) {
			errors.rejectValue("untilDate", "agenda.series.error.untilPast");
			return null;
		}
		return errors.hasErrors() ? null : rule;
	}

	/** Creates the series and its first occurrences; returns the series. */
	@Transactional
	public AgendaSeries create(EventKind kind, SeriesRule rule, SeriesForm form, EventManager manager,
			boolean publish) {
		if (!mayCreate(manager, kind)) {
			throw new SeriesNotFound();
		}
		AgendaSeries series = new AgendaSeries(kind, manager.accountId(), now());
		series.setRule(rule);
		series.setTemplate(template(kind, form, publish).toJson());
		series = repository.saveAndFlush(series);
		horizon.extend(series.getId());
		return series;
	}

	/** Saves the series if still at the form's version, then reshapes its future occurrences. */
	@Transactional
	public SeriesHorizon.Reshaped update(long id, SeriesRule rule, SeriesForm form, EventManager manager,
			boolean publish) {
		AgendaSeries series = manageable(id, manager);
		if (form.getVersion() == null || form.getVersion() != series.getVersion()) {
			throw new StaleSeries();
		}
		SeriesRule previousRule = series.rule();
		SeriesTemplate previousTemplate = SeriesTemplate.fromJson(series.getTemplate());
		series.setRule(rule);
		series.setTemplate(template(series.getKind(), form, publish || previousTemplate.published()).toJson());
		try {
			series = repository.saveAndFlush(series);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw new StaleSeries();
		}
		return horizon.reshape(series, previousRule, previousTemplate);
	}

	/** An occurrence as listed on the series' page. */
	public record OccurrenceRow(long id, LocalDate date, Instant startsAt, String title, EventState state,
			boolean detached, long registrations, String path) {

		/** The start in Paris time. */
		public java.time.ZonedDateTime paris() {
			return startsAt.atZone(SeriesRule.PARIS);
		}

	}

	/** The upcoming occurrences of the series, soonest first. */
	@Transactional(readOnly = true)
	public List<OccurrenceRow> upcoming(long seriesId) {
		return jdbc.query("""
				select e.id, e.occurrence_date, e.starts_at, e.title, e.slug, e.state, e.detached,
				  (select count(*) from agenda_registration r where r.event_id = e.id and r.status <> 'CANCELLED') as n
				from agenda_event e where e.series_id = ? and e.ends_at > ? order by e.starts_at limit 200""",
				(rs, i) -> new OccurrenceRow(rs.getLong("id"), rs.getObject("occurrence_date", LocalDate.class),
						rs.getTimestamp("starts_at").toInstant(), rs.getString("title"),
						EventState.valueOf(rs.getString("state")), rs.getBoolean("detached"), rs.getLong("n"),
						"/agenda/evenements/" + rs.getLong("id") + "-" + rs.getString("slug")),
				seriesId, Timestamp.from(now()));
	}

	private SeriesTemplate template(EventKind kind, SeriesForm form, boolean publish) {
		AgendaEvent prototype = prototype(kind);
		fields.apply(kind, form, prototype);
		return SeriesTemplate.of(prototype, publish);
	}

	/** An unsaved event the shared fields are applied to (its dates are placeholders, never stored). */
	private AgendaEvent prototype(EventKind kind) {
		Instant now = now();
		return new AgendaEvent(kind, "serie", "Série", now, now.plus(1, ChronoUnit.HOURS), null, now);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** The rule typed in the form, or null with the problems rejected on their fields. */
	static SeriesRule rule(SeriesForm form, Errors errors) {
		Frequency frequency = null;
		try {
			frequency = Frequency.valueOf(form.getFrequency());
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue("frequency", "agenda.series.error.frequency");
		}
		Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
		for (Integer day : form.getWeekdays()) {
			if (day == null || day < 1 || day > 7) {
				errors.rejectValue("weekdays", "agenda.series.error.weekdays");
				return null;
			}
			weekdays.add(DayOfWeek.of(day));
		}
		Integer monthWeek = null;
		if (frequency == Frequency.MONTHLY && !form.getMonthWeek().isBlank()) {
			try {
				monthWeek = Integer.valueOf(form.getMonthWeek().strip());
			}
			catch (NumberFormatException e) {
				monthWeek = 0;
			}
		}
		LocalTime start = null;
		if (!form.getStartTime().isBlank()) {
			try {
				start = LocalTime.parse(form.getStartTime().strip());
			}
			catch (DateTimeParseException e) {
				// reported by the rule
			}
		}
		int duration = 0;
		try {
			duration = Integer.parseInt(form.getDurationMinutes().strip());
		}
		catch (NumberFormatException e) {
			// reported by the rule
		}
		LocalDate from = date(form.getFromDate(), "fromDate", errors);
		LocalDate until = date(form.getUntilDate(), "untilDate", errors);
		TreeSet<LocalDate> excluded = new TreeSet<>();
		for (String text : form.getExcludedDates().split("[\\s,;]+")) {
			if (text.isBlank()) {
				continue;
			}
			try {
				excluded.add(LocalDate.parse(text.strip()));
			}
			catch (DateTimeParseException e) {
				errors.rejectValue("excludedDates", "agenda.series.error.excluded", new Object[] { text.strip() },
						null);
				break;
			}
		}
		if (excluded.size() > 366) {
			errors.rejectValue("excludedDates", "agenda.series.error.excludedTooMany");
		}
		SeriesRule rule = new SeriesRule(frequency, weekdays, monthWeek, start, duration, from, until, excluded);
		Map<String, String> problems = rule.problems();
		problems.forEach((field, key) -> {
			String name = switch (field) {
				case "from" -> "fromDate";
				case "until" -> "untilDate";
				default -> field;
			};
			if (!errors.hasFieldErrors(name)) {
				errors.rejectValue(name, key);
			}
		});
		return problems.isEmpty() && !errors.hasErrors() ? rule : null;
	}

	private static LocalDate date(String text, String field, Errors errors) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			errors.rejectValue(field, "agenda.series.error.date");
			return null;
		}
	}

}
