package org.gide.agenda.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.agenda.Audience;
import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.support.IntegrationTest;

/**
 * {@link AgendaCalendar} against the real database: each filter gives exactly the expected events, in start order;
 * drafts never appear; months are Paris months; limits and offsets page the results.
 */
class AgendaCalendarTest extends IntegrationTest {

	@Autowired
	AgendaCalendar calendar;

	@Autowired
	AgendaEvents events;

	@Autowired
	JdbcTemplate jdbc;

	CalendarTestData data;

	long organiser;

	AgendaEvent training;

	AgendaEvent meeting;

	AgendaEvent awareness;

	AgendaEvent cancelled;

	AgendaEvent draft;

	AgendaEvent past;

	Long territory;

	@BeforeEach
	void events() {
		data = new CalendarTestData(events, jdbc);
		organiser = data.organisation("Coopérative des filtres");
		territory = jdbc.queryForObject("select max(id) from territory", Long.class);
		training = data.published(EventKind.TRAINING, CalendarTestData.daysAhead(20), "Formation alimentation",
				e -> e.setThemes(List.of("alimentation")), organiser);
		meeting = data.published(EventKind.TERRITORIAL_MEETING, CalendarTestData.daysAhead(21), "Rencontre du territoire",
				e -> e.setTerritoryId(territory), organiser);
		awareness = data.published(EventKind.AWARENESS, CalendarTestData.daysAhead(22), "Sensibilisation des élus",
				e -> {
				}, organiser);
		cancelled = data.cancelled(EventKind.TRAINING, CalendarTestData.daysAhead(23), "Formation annulée", organiser);
		draft = data.draft(EventKind.TRAINING, CalendarTestData.daysAhead(20), "Formation en brouillon", organiser);
		past = data.published(EventKind.PERMANENCE, CalendarTestData.daysAhead(-40), "Permanence passée", e -> {
		}, organiser);
	}

	private List<Long> ids(AgendaQuery query) {
		return calendar.find(query, 100, 0).stream().map(CalendarEvent::id).toList();
	}

	private AgendaQuery mine() {
		return new AgendaQuery(null, null, null, null, null, organiser, null, null);
	}

	@Test
	void everyFilterGivesExactlyItsEventsAndNeverADraft() {
		Instant now = Instant.now();
		AgendaQuery upcoming = mine().withWindow(now, null);
		assertThat(ids(upcoming)).containsExactly(training.getId(), meeting.getId(), awareness.getId(), cancelled.getId());
		assertThat(calendar.count(upcoming)).isEqualTo(4);
		assertThat(ids(mine())).containsExactly(past.getId(), training.getId(), meeting.getId(), awareness.getId(),
				cancelled.getId());
		assertThat(ids(upcoming.withKind(EventKind.TRAINING))).containsExactly(training.getId(), cancelled.getId());
		assertThat(ids(new AgendaQuery(null, "alimentation", null, null, null, organiser, now, null)))
			.containsExactly(training.getId());
		assertThat(ids(new AgendaQuery(null, null, territory, null, null, organiser, now, null)))
			.containsExactly(meeting.getId());
		assertThat(ids(new AgendaQuery(null, null, null, Audience.AGENTS_ELECTED, null, organiser, now, null)))
			.containsExactly(awareness.getId());
		YearMonth pastMonth = YearMonth.from(past.getStartsAt().atZone(AgendaQuery.PARIS));
		assertThat(ids(mine().withMonth(pastMonth))).containsExactly(past.getId());
		// paging
		assertThat(calendar.find(upcoming, 2, 1).stream().map(CalendarEvent::id).toList())
			.containsExactly(meeting.getId(), awareness.getId());
		// one event
		assertThat(calendar.findPublic(draft.getId())).isEmpty();
		assertThat(calendar.findPublic(cancelled.getId())).get().satisfies(e -> {
			assertThat(e.cancelled()).isTrue();
			assertThat(e.cancelledReason()).isEqualTo("Intervenante malade");
			assertThat(e.organiserIds()).containsExactly(organiser);
		});
		assertThat(calendar.findPublic(training.getId()).orElseThrow().themes()).containsExactly("alimentation");
		assertThat(calendar.findPublic(awareness.getId()).orElseThrow().audiences()).isEqualTo(Set.of(Audience.AGENTS_ELECTED));
	}

	@Test
	void monthsAreParisMonths() {
		// 31 March 2031 23:00 in Paris (summer time, UTC+2) and 1 April 2031 00:30 in Paris
		AgendaEvent lateMarch = data.published(EventKind.PERMANENCE, Instant.parse("2031-03-31T21:00:00Z"),
				"Permanence du soir", e -> e.setEndsAt(Instant.parse("2031-03-31T21:45:00Z")), organiser);
		AgendaEvent firstApril = data.published(EventKind.PERMANENCE, Instant.parse("2031-03-31T22:30:00Z"),
				"Permanence de nuit", e -> {
				}, organiser);
		assertThat(ids(mine().withMonth(YearMonth.of(2031, 3)))).containsExactly(lateMarch.getId());
		assertThat(ids(mine().withMonth(YearMonth.of(2031, 4)))).containsExactly(firstApril.getId());
	}

	@Test
	void theQueryReadsItsParametersAndWritesThemBack() {
		AgendaQuery query = AgendaQuery.from(java.util.Map.of("type", new String[] { "formations" }, "theme",
				new String[] { "alimentation" }, "public", new String[] { "agents_elected" }, "mois",
				new String[] { "2031-04" }, "territoire", new String[] { "12" }, "organisation", new String[] { "x" }));
		assertThat(query.kind()).isEqualTo(EventKind.TRAINING);
		assertThat(query.audience()).isEqualTo(Audience.AGENTS_ELECTED);
		assertThat(query.month()).isEqualTo(YearMonth.of(2031, 4));
		assertThat(query.organiserId()).isNull();
		assertThat(query.toQueryString())
			.isEqualTo("type=formations&theme=alimentation&territoire=12&public=agents_elected&mois=2031-04");
		assertThat(AgendaQuery.from(java.util.Map.of("type", new String[] { "inconnu" }, "mois",
				new String[] { "2031-13" }, "theme", new String[] { "<script>" })).isEmpty()).isTrue();
	}

}
