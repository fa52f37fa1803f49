package org.gide.agenda.indicators;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.agenda.AgendaFixtures;
import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.agenda.events.EventState;
import org.gide.agenda.events.MeetingFormat;
import org.gide.agenda.indicators.AgendaIndicators.Alternation;
import org.gide.agenda.indicators.AgendaIndicators.Meeting;
import org.gide.agenda.indicators.AgendaIndicators.Period;
import org.gide.agenda.indicators.AgendaIndicators.Report;
import org.gide.agenda.indicators.AgendaIndicators.TerritoryQuarters;
import org.gide.agenda.reports.ReportFixtures;
import org.gide.directory.Sector;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda's indicators on a fixture set of one calendar year that no other test uses (2011): exact counts per
 * territory and quarter (Paris quarters), missed quarters, alternation, per meeting figures from the report or the
 * attendance with derived sectors, trainings, awareness, permanences and workshops; the page and the CSV over HTTP;
 * agents only.
 */
class AgendaIndicatorsTest extends IntegrationTest {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	Accounts accounts;

	@Autowired
	AgendaEvents events;

	@Autowired
	AgendaIndicators indicators;

	@Autowired
	JdbcTemplate jdbc;

	AgendaFixtures agenda;

	ReportFixtures fixtures;

	long t1;

	long t2;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(accounts);
		agenda = new AgendaFixtures(events, jdbc);
		fixtures = new ReportFixtures(jdbc);
		t1 = jdbc.queryForObject("select id from territory order by id limit 1", Long.class);
		t2 = jdbc.queryForObject("select id from territory order by id offset 1 limit 1", Long.class);
	}

	static Instant paris(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(PARIS).toInstant();
	}

	private AgendaEvent event(EventKind kind, Instant start, String title, Long territory, MeetingFormat format,
			EventState state, Long... organisers) {
		AgendaEvent event = agenda.draft(kind, start);
		event.setTitle(title);
		if (territory != null || kind == EventKind.TERRITORIAL_MEETING) {
			event.setTerritoryId(territory);
		}
		if (format != null) {
			event.setMeetingFormat(format);
		}
		event.setOrganiserIds(List.of(organisers));
		event.setOrganisedByDepartment(organisers.length == 0);
		event.setState(state);
		if (state == EventState.CANCELLED) {
			event.setCancelledReason("Intempéries");
		}
		if (state != EventState.DRAFT) {
			event.setPublishedAt(start);
		}
		return events.store(event);
	}

	private long meeting(Instant start, long territory, MeetingFormat format) {
		return event(EventKind.TERRITORIAL_MEETING, start, "Rencontre " + start, territory, format,
				EventState.PUBLISHED).getId();
	}

	private void report(long eventId, int participants, long... organisations) {
		jdbc.update("insert into agenda_report (event_id, participants, filed_by, filed_at) values (?, ?, 1, now())",
				eventId, participants);
		for (long o : organisations) {
			jdbc.update("insert into agenda_report_organisation (event_id, organisation_id) values (?, ?)", eventId, o);
		}
	}

	@Test
	void exactFiguresOfAYear() {
		String n = String.valueOf(System.nanoTime());
		long social = fixtures.organisation("Entraide " + n, "ACTION_SOCIALE");
		long school = fixtures.organisation("École " + n, "ENSEIGNEMENT");
		long sport = fixtures.organisation("Club " + n, "SPORTS_LOISIRS");
		long bistro = fixtures.organisation("Bistrot " + n, "HEBERGEMENT_RESTAURATION");
		long a = fixtures.organisation("Organisme A " + n, "ENSEIGNEMENT");
		long b = fixtures.organisation("Organisme B " + n, "ENSEIGNEMENT");
		long c = fixtures.organisation("Organisme C " + n, "SERVICES_DIVERS");

		// Territorial meetings: t1 every quarter G, T, T, G; t2 in Q1 and Q3 only (at the edges of the Paris quarters)
		long m1 = meeting(paris(2011, 2, 10, 18, 0), t1, MeetingFormat.GENERAL);
		long m2 = meeting(paris(2011, 5, 12, 18, 0), t1, MeetingFormat.THEMATIC);
		meeting(paris(2011, 8, 20, 9, 0), t1, MeetingFormat.THEMATIC);
		meeting(paris(2011, 11, 15, 9, 0), t1, MeetingFormat.GENERAL);
		meeting(paris(2011, 3, 31, 23, 30), t2, MeetingFormat.THEMATIC);
		meeting(paris(2011, 7, 1, 0, 30), t2, MeetingFormat.GENERAL);
		event(EventKind.TERRITORIAL_MEETING, paris(2011, 5, 5, 9, 0), "Annulée", t2, MeetingFormat.GENERAL,
				EventState.CANCELLED);
		event(EventKind.TERRITORIAL_MEETING, paris(2011, 10, 5, 9, 0), "Brouillon", t2, MeetingFormat.GENERAL,
				EventState.DRAFT);
		meeting(paris(2012, 1, 1, 0, 30), t2, MeetingFormat.GENERAL); // next year: outside
		report(m1, 15, social, school);
		fixtures.registration(m1, "m1a" + n + "@exemple.test", bistro, "ESS", true); // the report wins
		fixtures.registration(m2, "m2a" + n + "@exemple.test", sport, "ESS", true);
		fixtures.registration(m2, "m2b" + n + "@exemple.test", sport, "ESS", true);
		fixtures.registration(m2, "m2c" + n + "@exemple.test", bistro, "ESS", false);

		// Trainings: « Gouvernance partagee » by A (2 sessions), the same title by B, a mutualised new one by A and B
		long g1 = event(EventKind.TRAINING, paris(2011, 3, 1, 9, 0), "Gouvernance partagee", null, null,
				EventState.PUBLISHED, a).getId();
		long g2 = event(EventKind.TRAINING, paris(2011, 4, 1, 9, 0), "GOUVERNANCE PARTAGEE ", null, null,
				EventState.PUBLISHED, a).getId();
		event(EventKind.TRAINING, paris(2011, 6, 1, 9, 0), "Gouvernance partagee", null, null, EventState.PUBLISHED, b);
		AgendaEvent mutualised = agenda.draft(EventKind.TRAINING, paris(2011, 9, 1, 9, 0));
		mutualised.setTitle("Comptabilité associative");
		mutualised.setNewTraining(true);
		mutualised.setOrganiserIds(List.of(b, a));
		mutualised.setState(EventState.PUBLISHED);
		long g4 = events.store(mutualised).getId();
		event(EventKind.TRAINING, paris(2011, 10, 1, 9, 0), "Annulée", null, null, EventState.CANCELLED, c);
		long agentAccount = accounts.findByEmail(TestUsers.email("agent")).orElseThrow().id();
		fixtures.registration(g1, "x" + n + "@exemple.test", null, "ESS", true);
		fixtures.registration(g1, "y" + n + "@exemple.test", null, "ESS", true);
		fixtures.registration(g1, "z" + n + "@exemple.test", null, "ESS", false);
		fixtures.registration(g2, "X" + n + "@Exemple.test", null, "ESS", true);
		fixtures.registration(g4, agentAccount, "agent" + n + "@exemple.test", null, "AGENT", "CONFIRMED", true);

		// Awareness: two sessions by A, then A and C; agents and elected officials present
		long s1 = event(EventKind.AWARENESS, paris(2011, 2, 1, 14, 0), "Sensibilisation 1", null, null,
				EventState.PUBLISHED, a).getId();
		long s2 = event(EventKind.AWARENESS, paris(2011, 10, 1, 14, 0), "Sensibilisation 2", null, null,
				EventState.PUBLISHED, a, c).getId();
		fixtures.registration(s1, "e1" + n + "@exemple.test", null, "AGENT", true);
		fixtures.registration(s1, "e2" + n + "@exemple.test", null, "ELECTED", true);
		fixtures.registration(s1, "e3" + n + "@exemple.test", null, "OTHER", true);
		fixtures.registration(s1, "e4" + n + "@exemple.test", null, "AGENT", false);
		fixtures.registration(s2, "E1" + n + "@exemple.test", null, "AGENT", true);
		fixtures.registration(s2, "e5" + n + "@exemple.test", null, "ELECTED", true);

		// Permanences: three on t1, one without territory; workshops: two, three confirmed registrations
		for (int month : new int[] { 1, 2, 3 }) {
			event(EventKind.PERMANENCE, paris(2011, month, 7, 9, 0), "Permanence", t1, null, EventState.PUBLISHED);
		}
		event(EventKind.PERMANENCE, paris(2011, 4, 7, 9, 0), "Permanence", null, null, EventState.PUBLISHED);
		long w1 = event(EventKind.CALL_WORKSHOP, paris(2011, 5, 2, 9, 0), "Atelier", null, null,
				EventState.PUBLISHED).getId();
		event(EventKind.CALL_WORKSHOP, paris(2011, 6, 2, 9, 0), "Atelier", null, null, EventState.PUBLISHED);
		fixtures.registration(w1, "w1" + n + "@exemple.test", null, "ESS", null);
		fixtures.registration(w1, "w2" + n + "@exemple.test", null, "ESS", null);
		fixtures.registration(w1, "w3" + n + "@exemple.test", null, "ESS", null);
		fixtures.registration(w1, null, "w4" + n + "@exemple.test", null, "ESS", "WAITING", null);
		fixtures.registration(w1, null, "w5" + n + "@exemple.test", null, "ESS", "CANCELLED", null);

		Report report = indicators.report(new Period(LocalDate.of(2011, 1, 1), LocalDate.of(2012, 1, 1)),
				Instant.now());
		assertThat(report.quarters()).containsExactly(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 4, 1),
				LocalDate.of(2011, 7, 1), LocalDate.of(2011, 10, 1));
		long territories = jdbc.queryForObject("select count(*) from territory", Long.class);
		assertThat(report.grid()).hasSize((int) territories);
		TerritoryQuarters first = report.grid().stream().filter(t -> t.territoryId() == t1).findFirst().orElseThrow();
		TerritoryQuarters second = report.grid().stream().filter(t -> t.territoryId() == t2).findFirst().orElseThrow();
		assertThat(first.counts().values()).containsExactly(1L, 1L, 1L, 1L);
		assertThat(second.counts().values()).containsExactly(1L, 0L, 1L, 0L);
		assertThat(first.missed()).isEmpty();
		assertThat(second.missed()).containsExactly(LocalDate.of(2011, 4, 1), LocalDate.of(2011, 10, 1));
		assertThat(report.missedTerritories()).hasSize((int) territories - 1)
			.noneMatch(t -> t.territoryId() == t1)
			.allMatch(t -> t.territoryId() == t2 || t.missed().size() == 4);

		Alternation alt1 = report.alternation().stream().filter(x -> x.territoryId() == t1).findFirst().orElseThrow();
		assertThat(alt1.formats()).containsExactly(MeetingFormat.GENERAL, MeetingFormat.THEMATIC,
				MeetingFormat.THEMATIC, MeetingFormat.GENERAL);
		assertThat(alt1.samePairs()).isEqualTo(1);
		assertThat(alt1.thematicPercent()).isEqualTo(50);
		assertThat(alt1.alternated()).isFalse();
		Alternation alt2 = report.alternation().stream().filter(x -> x.territoryId() == t2).findFirst().orElseThrow();
		assertThat(alt2.formats()).containsExactly(MeetingFormat.THEMATIC, MeetingFormat.GENERAL);
		assertThat(alt2.alternated()).isTrue();
		assertThat(report.alternation()).hasSize(2);

		assertThat(report.meetings()).hasSize(6);
		Meeting reported = report.meetings().stream().filter(m -> m.id() == m1).findFirst().orElseThrow();
		assertThat(reported.participants()).isEqualTo(15);
		assertThat(reported.reported()).isTrue();
		assertThat(reported.organisations()).extracting(o -> o.id()).containsExactlyInAnyOrder(social, school);
		assertThat(reported.sectors()).containsExactly(Sector.ACTION_SOCIALE, Sector.ENSEIGNEMENT);
		Meeting attended = report.meetings().stream().filter(m -> m.id() == m2).findFirst().orElseThrow();
		assertThat(attended.participants()).isEqualTo(2);
		assertThat(attended.reported()).isFalse();
		assertThat(attended.organisations()).extracting(o -> o.id()).containsExactly(sport);
		assertThat(attended.sectors()).containsExactly(Sector.SPORTS_LOISIRS);
		assertThat(report.withoutReport()).hasSize(5);

		assertThat(report.trainings()).isEqualTo(new AgendaIndicators.Trainings(3, 1, 1, 4, 4, 3));
		assertThat(report.awareness()).isEqualTo(new AgendaIndicators.Awareness(2, 2, 3));
		assertThat(report.permanences()).extracting(AgendaIndicators.TerritoryCount::territoryId,
				AgendaIndicators.TerritoryCount::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(t1, 3L),
					org.assertj.core.groups.Tuple.tuple(null, 1L));
		assertThat(report.permanenceSessions()).isEqualTo(4);
		assertThat(report.workshops()).isEqualTo(new AgendaIndicators.Workshops(2, 3));

		// The same over HTTP: the CSV, then the page
		WebClient agent = TestUsers.signIn(baseUrl(), "agent");
		HttpResponse<String> csv = agent.get("/agent/indicateurs/agenda.csv?du=2011-01-01&au=2011-12-31", "text/csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("indicateurs-agenda-2011-01-01-2011-12-31.csv");
		String t1Name = first.territory();
		String t2Name = second.territory();
		assertThat(csv.body()).startsWith("\uFEFFIndicateur;Code;Période;Détail;Valeur\r\n")
			.contains("Rencontres territoriales par territoire et par trimestre;MEETINGS_PER_QUARTER;2ᵉ trimestre 2011;"
					+ t2Name + ";0\r\n")
			.contains(";MEETINGS_PER_QUARTER;3ᵉ trimestre 2011;" + t2Name + ";1\r\n")
			.contains(";MISSED_QUARTERS;2011-01-01 – 2011-12-31;" + t2Name
					+ " : 2ᵉ trimestre 2011, 4ᵉ trimestre 2011;2\r\n")
			.doesNotContain(";MISSED_QUARTERS;2011-01-01 – 2011-12-31;" + t1Name + " :")
			.contains(";SAME_FORMAT_PAIRS;2011-01-01 – 2011-12-31;" + t1Name
					+ " : Généraliste → Thématique → Thématique → Généraliste;1\r\n")
			.contains(";THEMATIC_SHARE;2011-01-01 – 2011-12-31;" + t1Name + ";50\r\n")
			.contains(";MEETING_SECTORS;2011-01-01 – 2011-12-31;2011-02-10 Rencontre")
			.contains(" : Action sociale, Enseignement;2\r\n")
			.contains(";MEETINGS_WITHOUT_REPORT;2011-01-01 – 2011-12-31;;5\r\n")
			.contains(";TRAININGS_OFFERED;2011-01-01 – 2011-12-31;;3\r\n")
			.contains(";TRAININGS_MUTUALISED;2011-01-01 – 2011-12-31;;1\r\n")
			.contains(";TRAININGS_NEW;2011-01-01 – 2011-12-31;;1\r\n")
			.contains(";TRAINING_SESSIONS;2011-01-01 – 2011-12-31;;4\r\n")
			.contains(";TRAINING_PARTICIPANTS;2011-01-01 – 2011-12-31;;4\r\n")
			.contains(";TRAINING_DISTINCT_PARTICIPANTS;2011-01-01 – 2011-12-31;;3\r\n")
			.contains(";AWARENESS_SESSIONS;2011-01-01 – 2011-12-31;;2\r\n")
			.contains(";AWARENESS_PARTNERS;2011-01-01 – 2011-12-31;;2\r\n")
			.contains(";AWARENESS_REACHED;2011-01-01 – 2011-12-31;;3\r\n")
			.contains(";PERMANENCES;2011-01-01 – 2011-12-31;" + t1Name + ";3\r\n")
			.contains(";PERMANENCES;2011-01-01 – 2011-12-31;Sans territoire;1\r\n")
			.contains(";WORKSHOP_SESSIONS;2011-01-01 – 2011-12-31;;2\r\n")
			.contains(";WORKSHOP_REGISTRATIONS;2011-01-01 – 2011-12-31;;3\r\n");

		HttpResponse<String> page = agent.get("/agent/indicateurs/agenda?du=2011-01-01&au=2011-12-31");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Indicateurs de l’agenda")
			.contains("Comment c’est calculé")
			.contains("id=\"rencontre-" + m1 + "\"")
			.contains("Action sociale, Enseignement")
			.contains("5 rencontres passées sans compte rendu.")
			.contains("href=\"/agent/indicateurs/agenda.csv?du=2011-01-01&amp;au=2011-12-31\"")
			.contains("href=\"/agent/indicateurs/agenda\"");
	}

	@Test
	void badDatesAreNamedAndTheDefaultYearShown() {
		WebClient agent = TestUsers.signIn(baseUrl(), "admin");
		HttpResponse<String> page = agent.get("/agent/indicateurs/agenda?du=31%2F12%2F2011&au=2011-12-31");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"du-error\"").contains("Saisissez une date au format AAAA-MM-JJ.");
		HttpResponse<String> reversed = agent.get("/agent/indicateurs/agenda?du=2011-12-31&au=2011-01-01");
		assertThat(reversed.body()).contains("id=\"au-error\"").contains("La date de fin doit suivre la date de début.");
		HttpResponse<String> english = agent.get("/agent/indicateurs/agenda?du=2013-01-01&au=2013-06-30&lang=en");
		assertThat(english.body()).contains("Agenda indicators").contains("Q2 2013").doesNotContain("Q3 2013");
	}

	@Test
	void onlyAgentsAndAdministratorsReadThem() {
		assertThat(web().get("/agent/indicateurs/agenda").statusCode()).isEqualTo(302);
		WebClient member = TestUsers.signIn(baseUrl(), "member");
		assertThat(member.get("/agent/indicateurs/agenda").statusCode()).isEqualTo(403);
		assertThat(member.get("/agent/indicateurs/agenda.csv", "text/csv").statusCode()).isEqualTo(403);
		assertThat(member.get("/").body()).doesNotContain("/agent/indicateurs/agenda");
		WebClient editor = TestUsers.signIn(baseUrl(), "editor");
		assertThat(editor.get("/agent/indicateurs/agenda").statusCode()).isEqualTo(403);
		assertThat(TestUsers.signIn(baseUrl(), "admin").get("/agent/indicateurs/agenda.csv", "text/csv").statusCode())
			.isEqualTo(200);
	}

	@Test
	void aCsvCellThatLooksLikeAFormulaIsNeutralised() {
		StringBuilder csv = new StringBuilder();
		org.gide.web.CsvRows.append(csv, List.of("=HYPERLINK(1)", "a;b", "ok"));
		assertThat(csv).hasToString("\"'=HYPERLINK(1)\";\"a;b\";ok\r\n");
		assertThat(Map.of()).isEmpty();
	}

}
