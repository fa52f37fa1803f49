package org.gide.agenda.series;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.gide.agenda.AgendaFixtures;
import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.agenda.events.EventState;
import org.gide.agenda.series.SeriesRule.Frequency;
import org.gide.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Occurrences materialised in the database: up to the horizon, idempotent, and reshaped when the series changes. */
class SeriesHorizonTest extends IntegrationTest {

	@Autowired
	SeriesHorizon horizon;

	@Autowired
	AgendaSeriesRepository repository;

	@Autowired
	AgendaEvents events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	AgendaFixtures fixtures() {
		return new AgendaFixtures(events, jdbc);
	}

	SeriesTemplate template(String title, boolean published) {
		AgendaEvent prototype = fixtures().draft(EventKind.PERMANENCE, Instant.now());
		prototype.setTitle(title);
		prototype.setCapacity(8);
		return SeriesTemplate.of(prototype, published);
	}

	AgendaSeries series(SeriesRule rule, SeriesTemplate template) {
		AgendaSeries series = new AgendaSeries(EventKind.PERMANENCE, 1L, Instant.now());
		series.setRule(rule);
		series.setTemplate(template.toJson());
		return repository.saveAndFlush(series);
	}

	List<AgendaEvent> occurrences(long seriesId) {
		return jdbc.queryForList("select id from agenda_event where series_id = ? order by occurrence_date", Long.class,
				seriesId).stream().map(id -> events.find(id).orElseThrow()).toList();
	}

	static SeriesRule weekly(Set<DayOfWeek> days, LocalTime time, LocalDate from, LocalDate until) {
		return new SeriesRule(Frequency.WEEKLY, days, null, time, 180, from, until, null);
	}

	@Test
	void occurrencesAreCreatedOnceUpToTheHorizon() {
		LocalDate today = horizon.today();
		SeriesRule rule = weekly(Set.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), today.plusDays(7),
				today.plusDays(300));
		AgendaSeries series = series(rule, template("Permanence du mardi " + UUID.randomUUID(), true));
		int expected = rule.occurrences(today, horizon.horizon()).size();
		assertThat(horizon.extend(series.getId())).isEqualTo(expected);
		assertThat(horizon.extend(series.getId())).isZero();
		horizon.nightly();
		List<AgendaEvent> created = occurrences(series.getId());
		assertThat(created).hasSize(expected);
		assertThat(created).allSatisfy(event -> {
			assertThat(event.getKind()).isEqualTo(EventKind.PERMANENCE);
			assertThat(event.getState()).isEqualTo(EventState.PUBLISHED);
			assertThat(event.getCapacity()).isEqualTo(8);
			assertThat(event.getPlace()).isEqualTo("Maison de l’ESS, Nîmes");
			assertThat(event.getOccurrenceDate()).isBetween(today.plusDays(7), horizon.horizon());
			ZonedDateTime start = event.getStartsAt().atZone(SeriesRule.PARIS);
			assertThat(start.toLocalDate()).isEqualTo(event.getOccurrenceDate());
			assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
			assertThat(start.getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);
		});
		assertThat(created.get(created.size() - 1).getOccurrenceDate()).isAfter(horizon.horizon().minusDays(7));
	}

	@Autowired
	org.gide.agenda.events.EventEditing editing;

	@Autowired
	org.gide.agenda.events.EventFields fields;

	@Test
	void anOccurrenceEditedOrCancelledOnItsOwnIsDetachedFromItsSeries() {
		LocalDate today = horizon.today();
		SeriesRule rule = weekly(Set.of(DayOfWeek.WEDNESDAY), LocalTime.of(9, 0), today.plusDays(1), today.plusDays(40));
		AgendaSeries series = series(rule, template("Permanence du mercredi " + UUID.randomUUID(), true));
		horizon.extend(series.getId());
		List<AgendaEvent> created = occurrences(series.getId());
		org.gide.agenda.events.EventManager agent = new org.gide.agenda.events.EventManager(1L, "Agent",
				"agent@example.org", true, Set.of(), Set.of());
		org.gide.agenda.events.EventForm form = fields.fill(created.get(0));
		form.setSummary("Exceptionnellement dans la salle du conseil.");
		editing.update(created.get(0).getId(), form, agent, false);
		AgendaEvent second = created.get(1);
		editing.cancel(second.getId(), second.getVersion(), "Jour férié", agent);
		assertThat(events.find(created.get(0).getId()).orElseThrow().isDetached()).isTrue();
		assertThat(events.find(second.getId()).orElseThrow().isDetached()).isTrue();
		assertThat(events.find(created.get(2).getId()).orElseThrow().isDetached()).isFalse();
	}

	@Test
	void editingASeriesUpdatesOrRemovesTheFreeFutureOccurrencesAndKeepsTheOthers() {
		LocalDate today = horizon.today();
		SeriesRule rule = weekly(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(14, 0), today.plusDays(3),
				today.plusDays(60));
		AgendaSeries saved = series(rule, template("Permanence " + UUID.randomUUID(), false));
		horizon.extend(saved.getId());
		List<AgendaEvent> before = occurrences(saved.getId());
		assertThat(before).allSatisfy(e -> assertThat(e.getState()).isEqualTo(EventState.DRAFT));
		AgendaEvent registeredMonday = before.stream()
			.filter(e -> e.getOccurrenceDate().getDayOfWeek() == DayOfWeek.MONDAY)
			.findFirst()
			.orElseThrow();
		AgendaEvent detachedThursday = before.stream()
			.filter(e -> e.getOccurrenceDate().getDayOfWeek() == DayOfWeek.THURSDAY)
			.findFirst()
			.orElseThrow();
		jdbc.update("insert into agenda_registration (event_id, name, email, status, manage_token, created_at) "
				+ "values (?, 'Camille', 'camille@example.org', 'CANCELLED', ?, now())", registeredMonday.getId(),
				UUID.randomUUID().toString());
		jdbc.update("update agenda_event set detached = true, title = 'Permanence spéciale' where id = ?",
				detachedThursday.getId());
		// Edited on its own without being marked: found out by comparison with the previous template.
		AgendaEvent editedMonday = before.stream()
			.filter(e -> e.getOccurrenceDate().getDayOfWeek() == DayOfWeek.MONDAY)
			.skip(1)
			.findFirst()
			.orElseThrow();
		jdbc.update("update agenda_event set summary = 'Salle changée ce jour-là' where id = ?", editedMonday.getId());
		SeriesTemplate previous = SeriesTemplate.fromJson(saved.getTemplate());

		// Mondays only, at 10:00, another title, published.
		String title = "Permanence du lundi " + UUID.randomUUID();
		SeriesHorizon.Reshaped reshaped = transactions.execute(status -> {
			AgendaSeries series = repository.findById(saved.getId()).orElseThrow();
			series.setRule(weekly(Set.of(DayOfWeek.MONDAY), LocalTime.of(10, 0), today.plusDays(3), today.plusDays(60)));
			series.setTemplate(template(title, true).toJson());
			return horizon.reshape(series, rule, previous);
		});

		long mondays = before.stream().filter(e -> e.getOccurrenceDate().getDayOfWeek() == DayOfWeek.MONDAY).count();
		long thursdays = before.size() - mondays;
		assertThat(reshaped.updated()).isEqualTo(mondays - 2);
		assertThat(reshaped.removed()).isEqualTo(thursdays - 1);
		assertThat(reshaped.created()).isZero();
		assertThat(reshaped.kept()).extracting(SeriesHorizon.KeptOccurrence::eventId, SeriesHorizon.KeptOccurrence::reason)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(registeredMonday.getId(), SeriesHorizon.Kept.REGISTRATIONS),
					org.assertj.core.groups.Tuple.tuple(detachedThursday.getId(), SeriesHorizon.Kept.DETACHED),
					org.assertj.core.groups.Tuple.tuple(editedMonday.getId(), SeriesHorizon.Kept.DETACHED));
		assertThat(jdbc.queryForObject("select detached from agenda_event where id = ?", Boolean.class,
				editedMonday.getId())).isTrue();

		List<AgendaEvent> after = occurrences(saved.getId());
		assertThat(after).hasSize((int) mondays + 1);
		for (AgendaEvent event : after) {
			if (event.getId().equals(registeredMonday.getId())) {
				assertThat(event.getTitle()).isEqualTo(registeredMonday.getTitle());
				assertThat(event.getStartsAt()).isEqualTo(registeredMonday.getStartsAt());
			}
			else if (event.getId().equals(editedMonday.getId())) {
				assertThat(event.getSummary()).isEqualTo("Salle changée ce jour-là");
				assertThat(event.getStartsAt()).isEqualTo(editedMonday.getStartsAt());
			}
			else if (event.getId().equals(detachedThursday.getId())) {
				assertThat(event.getTitle()).isEqualTo("Permanence spéciale");
			}
			else {
				assertThat(event.getTitle()).isEqualTo(title);
				assertThat(event.getState()).isEqualTo(EventState.PUBLISHED);
				assertThat(event.getStartsAt().atZone(SeriesRule.PARIS).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
				assertThat(event.getOccurrenceDate().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
			}
		}
	}

}
