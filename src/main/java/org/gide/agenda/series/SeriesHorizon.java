package org.gide.agenda.series;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.agenda.events.EventState;
import org.gide.agenda.series.SeriesRule.Occurrence;

/**
 * Materialises the occurrences of series as ordinary events ({@code agenda_event.series_id},
 * {@code occurrence_date}) from today up to {@code gide.agenda.series-horizon-days} ahead: when a series is saved and
 * every night. Idempotent: the series row is locked and a date that has its event is left alone (the pair is unique
 * in the table). {@link #reshape} brings the future occurrences in line after the series was edited.
 */
@Service
public class SeriesHorizon {

	private static final Logger log = LoggerFactory.getLogger(SeriesHorizon.class);

	/** Why an occurrence was left as it was when its series changed. */
	public enum Kept {
		/** People registered (or registered then cancelled): it is theirs now. */
		REGISTRATIONS,
		/** Edited or cancelled on its own. */
		DETACHED;

		public String labelKey() {
			return "agenda.series.kept." + name();
		}
	}

	/** A future occurrence the edit of its series did not touch. */
	public record KeptOccurrence(long eventId, LocalDate date, Instant startsAt, String title, String path,
			Kept reason) {

		/** The start in Paris time. */
		public java.time.ZonedDateTime paris() {
			return startsAt.atZone(SeriesRule.PARIS);
		}

	}

	/** What an edit of a series did to its future occurrences. */
	public record Reshaped(int updated, int removed, int created, List<KeptOccurrence> kept) {
	}

	private final EntityManager entityManager;

	private final AgendaEvents events;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int horizonDays;

	SeriesHorizon(EntityManager entityManager, AgendaEvents events, JdbcTemplate jdbc,
			TransactionTemplate transactions, ObjectProvider<Clock> clock,
			@Value("${gide.agenda.series-horizon-days:120}") int horizonDays) {
		this.entityManager = entityManager;
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.horizonDays = horizonDays;
	}

	/** Today in Paris. */
	LocalDate today() {
		return LocalDate.now(clock.withZone(SeriesRule.PARIS));
	}

	/** How many days ahead occurrences are created. */
	public int horizonDays() {
		return horizonDays;
	}

	/** The last date materialised today. */
	public LocalDate horizon() {
		return today().plusDays(horizonDays);
	}

	/** Creates the missing occurrences of this series up to the horizon; returns how many were created. */
	@Transactional
	public int extend(long seriesId) {
		AgendaSeries series = entityManager.find(AgendaSeries.class, seriesId, LockModeType.PESSIMISTIC_WRITE);
		if (series == null) {
			return 0;
		}
		return extend(series);
	}

	private int extend(AgendaSeries series) {
		SeriesRule rule = series.rule();
		SeriesTemplate template = SeriesTemplate.fromJson(series.getTemplate());
		Set<LocalDate> existing = new HashSet<>(jdbc.queryForList(
				"select occurrence_date from agenda_event where series_id = ? and occurrence_date is not null",
				LocalDate.class, series.getId()));
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		int created = 0;
		for (Occurrence occurrence : rule.occurrences(today(), horizon())) {
			if (existing.contains(occurrence.date())) {
				continue;
			}
			AgendaEvent event = new AgendaEvent(series.getKind(), SeriesTemplate.slug(template.title()),
					template.title(), occurrence.start().toInstant(), occurrence.end().toInstant(),
					series.getCreatedBy(), now);
			template.applyTo(event);
			event.setSeriesId(series.getId());
			event.setOccurrenceDate(occurrence.date());
			if (template.published()) {
				event.setState(EventState.PUBLISHED);
				event.setPublishedAt(now);
			}
			events.store(event);
			created++;
		}
		return created;
	}

	/**
	 * After the series was edited (rule or template), in the caller's transaction: every future occurrence without
	 * any registration and not detached takes the new fields and times, or is removed when its date left the rule;
	 * the others are kept as they are and listed; then the missing occurrences are created. An occurrence that no
	 * longer matches the previous rule and template (edited on its own, even if nothing marked it) is marked
	 * detached and kept.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Reshaped reshape(AgendaSeries series, SeriesRule previousRule, SeriesTemplate previousTemplate) {
		entityManager.flush();
		entityManager.lock(series, LockModeType.PESSIMISTIC_WRITE);
		SeriesRule rule = series.rule();
		SeriesTemplate template = SeriesTemplate.fromJson(series.getTemplate());
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Map<LocalDate, Occurrence> wanted = rule.occurrences(rule.from(), rule.until())
			.stream()
			.collect(Collectors.toMap(Occurrence::date, Function.identity()));
		record Row(long id, LocalDate date, boolean detached, String state, long registrations) {
		}
		List<Row> rows = jdbc.query("""
				select e.id, e.occurrence_date, e.detached, e.state,
				  (select count(*) from agenda_registration r where r.event_id = e.id) as registrations
				from agenda_event e where e.series_id = ? and e.starts_at > ? order by e.starts_at""",
				(rs, n) -> new Row(rs.getLong("id"), rs.getObject("occurrence_date", LocalDate.class),
						rs.getBoolean("detached"), rs.getString("state"), rs.getLong("registrations")),
				series.getId(), java.sql.Timestamp.from(now));
		int updated = 0;
		int removed = 0;
		List<KeptOccurrence> kept = new ArrayList<>();
		for (Row row : rows) {
			AgendaEvent event = entityManager.find(AgendaEvent.class, row.id());
			if (row.registrations() > 0 || row.detached() || EventState.CANCELLED.name().equals(row.state())) {
				kept.add(new KeptOccurrence(row.id(), row.date(), event.getStartsAt(), event.getTitle(), event.path(),
						row.registrations() > 0 ? Kept.REGISTRATIONS : Kept.DETACHED));
				continue;
			}
			if (editedAlone(event, previousRule, previousTemplate)) {
				event.setDetached(true);
				kept.add(new KeptOccurrence(row.id(), row.date(), event.getStartsAt(), event.getTitle(), event.path(),
						Kept.DETACHED));
				continue;
			}
			Occurrence occurrence = row.date() == null ? null : wanted.get(row.date());
			if (occurrence == null) {
				entityManager.remove(event);
				removed++;
				continue;
			}
			template.applyTo(event);
			event.setStartsAt(occurrence.start().toInstant());
			event.setEndsAt(occurrence.end().toInstant());
			if (template.published() && event.getState() == EventState.DRAFT) {
				event.setState(EventState.PUBLISHED);
				event.setPublishedAt(now);
			}
			else if (!template.published() && event.getState() == EventState.PUBLISHED) {
				event.setState(EventState.DRAFT);
			}
			event.setUpdatedAt(now);
			updated++;
		}
		entityManager.flush();
		int created = extend(series);
		return new Reshaped(updated, removed, created, kept);
	}

	/** Whether the occurrence differs from what the previous rule and template made of it. */
	static boolean editedAlone(AgendaEvent event, SeriesRule previousRule, SeriesTemplate previousTemplate) {
		if (previousTemplate == null) {
			return false;
		}
		if (!SeriesTemplate.of(event, previousTemplate.published()).equals(previousTemplate)
				|| event.getRegistrationDeadline() != null) {
			return true;
		}
		if (previousRule == null || event.getOccurrenceDate() == null || !previousRule.valid()) {
			return false;
		}
		return previousRule.occurrences(event.getOccurrenceDate(), event.getOccurrenceDate())
			.stream()
			.findFirst()
			.map(o -> !o.start().toInstant().equals(event.getStartsAt()) || !o.end().toInstant().equals(event.getEndsAt()))
			.orElse(false);
	}

	/** Every night: each series still running gets its occurrences up to the new horizon, one transaction each. */
	@Scheduled(cron = "${gide.agenda.series-cron:0 20 2 * * *}", zone = "Europe/Paris")
	public void nightly() {
		List<Long> ids = jdbc.queryForList("select id from agenda_series where until_date >= ? order by id", Long.class,
				today());
		int created = 0;
		for (long id : ids) {
			try {
				Integer n = transactions.execute(status -> extend(id));
				created += n == null ? 0 : n;
			}
			catch (RuntimeException e) {
				log.warn("Series {}: occurrences not extended", id, e);
			}
		}
		if (created > 0) {
			log.info("{} occurrence(s) of {} series created up to {}", created, ids.size(), horizon());
		}
	}

}
