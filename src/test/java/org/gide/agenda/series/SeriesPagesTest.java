package org.gide.agenda.series;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.Role;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The series' forms over real HTTP: errors in French with the input kept, creation, edit, stale version, rights. */
class SeriesPagesTest extends IntegrationTest {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void users() {
		TestUsers.ensure(accounts);
	}

	/** A valid form: Wednesdays at 10:00 for 90 minutes, from next week for about two months. */
	static Map<String, String> form(String title, LocalDate from, LocalDate until) {
		Map<String, String> fields = new HashMap<>();
		fields.put("frequency", "WEEKLY");
		fields.put("weekdays", "3");
		fields.put("monthWeek", "");
		fields.put("startTime", "10:00");
		fields.put("durationMinutes", "90");
		fields.put("fromDate", from.toString());
		fields.put("untilDate", until.toString());
		fields.put("excludedDates", "");
		fields.put("title", title);
		fields.put("summary", "Une permanence pour vos questions.");
		fields.put("audiences", "ESS_ORGANISATIONS");
		fields.put("organisedByDepartment", "true");
		fields.put("place", "Maison de l’ESS, Nîmes");
		fields.put("communeCode", "30189");
		fields.put("registration", "OPEN");
		fields.put("capacity", "6");
		return fields;
	}

	long seriesId(HttpResponse<String> response, WebClient web) {
		String location = web.location(response);
		assertThat(location).matches(".*/agenda/series/\\d+/modifier");
		return Long.parseLong(location.replaceAll(".*/agenda/series/(\\d+)/modifier", "$1"));
	}

	@Test
	void anAgentCreatesAWeeklySeriesAfterFixingTheErrorsThenEditsIt() {
		WebClient web = TestUsers.signIn(baseUrl(), "agent");
		HttpResponse<String> page = web.get("/agenda/series/nouvelle?type=permanences");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Nouvelle série", "Chaque semaine", "name=\"weekdays\"", "name=\"title\"")
			.doesNotContain("name=\"startsAt\"");

		LocalDate from = LocalDate.now(PARIS).plusDays(7);
		LocalDate until = from.plusDays(56);
		Map<String, String> wrong = form("", from, until);
		wrong.remove("weekdays");
		wrong.put("durationMinutes", "5");
		wrong.put("excludedDates", "le 14 juillet");
		wrong.put("place", "Salle du haut");
		HttpResponse<String> refused = web.post("/agenda/series/nouvelle?type=permanences", wrong);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Cochez au moins un jour de la semaine.",
				"La durée est un nombre de minutes entre 15 et 1440.", "Indiquez un titre.",
				"Date invalide : « le » (format AAAA-MM-JJ).", "value=\"Salle du haut\"");
		assertThat(jdbc.queryForObject("select count(*) from agenda_event where place = 'Salle du haut'", Long.class))
			.isZero();

		String title = "Permanence du mercredi " + UUID.randomUUID();
		Map<String, String> valid = form(title, from, until);
		valid.put("publier", "1");
		HttpResponse<String> created = web.post("/agenda/series/nouvelle?type=permanences", valid);
		assertThat(created.statusCode()).isEqualTo(302);
		long id = seriesId(created, web);
		List<Map<String, Object>> occurrences = jdbc.queryForList(
				"select id, occurrence_date, starts_at, state, title from agenda_event where series_id = ? "
						+ "order by occurrence_date", id);
		LocalDate firstWednesday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
		assertThat(occurrences).hasSize((int) (java.time.temporal.ChronoUnit.DAYS.between(firstWednesday, until) / 7) + 1);
		assertThat(occurrences).allSatisfy(row -> {
			assertThat(row.get("state")).isEqualTo("PUBLISHED");
			assertThat(row.get("title")).isEqualTo(title);
			java.time.ZonedDateTime start = ((java.sql.Timestamp) row.get("starts_at")).toInstant().atZone(PARIS);
			assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
			assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
		});

		HttpResponse<String> edit = web.get("/agenda/series/" + id + "/modifier");
		assertThat(edit.statusCode()).isEqualTo(200);
		assertThat(edit.body()).contains("La série est enregistrée et ses dates sont créées.", "Prochaines dates",
				"value=\"" + title + "\"", "name=\"version\"");

		// A stale version: refused with a message, the input kept.
		Map<String, String> stale = form("Titre jamais sauve", from, until);
		stale.put("version", "99");
		HttpResponse<String> staleAnswer = web.post("/agenda/series/" + id + "/modifier", stale);
		assertThat(staleAnswer.statusCode()).isEqualTo(200);
		assertThat(staleAnswer.body()).contains("La série a été modifiée par quelqu’un d’autre",
				"value=\"Titre jamais sauve\"");
		assertThat(jdbc.queryForObject("select count(*) from agenda_event where title = 'Titre jamais sauve'",
				Long.class)).isZero();

		// The first date gets a registration: the edit leaves it and lists it.
		long registered = ((Number) occurrences.get(0).get("id")).longValue();
		jdbc.update("insert into agenda_registration (event_id, name, email, status, manage_token, created_at) "
				+ "values (?, 'Dominique', 'dominique@example.org', 'CONFIRMED', ?, now())", registered,
				UUID.randomUUID().toString());
		long version = jdbc.queryForObject("select version from agenda_series where id = ?", Long.class, id);
		String renamed = "Permanence du jeudi " + UUID.randomUUID();
		Map<String, String> change = form(renamed, from, until);
		change.put("weekdays", "4");
		change.put("version", String.valueOf(version));
		HttpResponse<String> saved = web.post("/agenda/series/" + id + "/modifier", change);
		assertThat(saved.statusCode()).isEqualTo(302);
		HttpResponse<String> after = web.get("/agenda/series/" + id + "/modifier");
		assertThat(after.body()).contains("La série est enregistrée.", "Ces dates n’ont pas été modifiées",
				"des personnes s’y sont inscrites");
		assertThat(jdbc.queryForList("select title from agenda_event where series_id = ? and id <> ?", String.class,
				id, registered)).isNotEmpty().containsOnly(renamed);
		assertThat(jdbc.queryForObject("select title from agenda_event where id = ?", String.class, registered))
			.isEqualTo(title);
		assertThat(jdbc.queryForList("select starts_at from agenda_event where series_id = ? and id <> ?",
				java.sql.Timestamp.class, id, registered))
			.allSatisfy(t -> assertThat(t.toInstant().atZone(PARIS).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY));
	}

	@Test
	void administratorsOfAResourceActorManageTheirSeriesAndNobodyElseSeesThem() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long organisation = jdbc.queryForObject("""
				insert into organisation (name, ess_family, sector, source, resource_actor)
				values (?, 'ASSOCIATION', 'NON_CLASSE', 'MANUAL', true) returning id""", Long.class,
				"Accompagnateur des séries " + suffix);
		String email = "serie-" + suffix + "@visiteurs.test";
		long account = accounts.createVerifiedAccount(email, "Admin séries", TestUsers.PASSWORD, EnumSet.of(Role.MEMBER));
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label) "
				+ "values (?, ?, ?, 'Admin séries')", organisation, account, email);
		WebClient admin = new WebClient(baseUrl());
		assertThat(admin.submit("/connexion", "/connexion", Map.of("email", email, "password", TestUsers.PASSWORD))
			.statusCode()).isEqualTo(302);

		assertThat(admin.get("/agenda/series/nouvelle?type=formations").statusCode()).isEqualTo(200);
		assertThat(admin.get("/agenda/series/nouvelle?type=sensibilisation").statusCode()).isEqualTo(404);
		assertThat(admin.get("/agenda/series/nouvelle?type=rencontres-territoriales").statusCode()).isEqualTo(404);

		LocalDate from = LocalDate.now(PARIS).plusDays(10);
		Map<String, String> fields = form("Formation mensuelle " + suffix, from, from.plusDays(90));
		fields.remove("organisedByDepartment");
		fields.put("organisers", String.valueOf(organisation));
		fields.put("frequency", "MONTHLY");
		fields.put("weekdays", "2");
		fields.put("monthWeek", "-1");
		HttpResponse<String> created = admin.post("/agenda/series/nouvelle?type=formations", fields);
		assertThat(created.statusCode()).isEqualTo(302);
		long id = seriesId(created, admin);
		assertThat(admin.get("/agenda/series/" + id + "/modifier").statusCode()).isEqualTo(200);
		assertThat(jdbc.queryForList("select occurrence_date from agenda_event where series_id = ?", LocalDate.class, id))
			.isNotEmpty()
			.allSatisfy(d -> {
				assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
				assertThat(d.plusWeeks(1).getMonth()).isNotEqualTo(d.getMonth());
			});
		assertThat(jdbc.queryForList("select distinct state from agenda_event where series_id = ?", String.class, id))
			.containsExactly("DRAFT");

		WebClient member = TestUsers.signIn(baseUrl(), "member");
		assertThat(member.get("/agenda/series/" + id + "/modifier").statusCode()).isEqualTo(404);
		assertThat(member.get("/agenda/series/nouvelle?type=permanences").statusCode()).isEqualTo(404);
		assertThat(TestUsers.signIn(baseUrl(), "agent").get("/agenda/series/" + id + "/modifier").statusCode())
			.isEqualTo(200);
		assertThat(new WebClient(baseUrl()).get("/agenda/series/" + id + "/modifier").statusCode()).isEqualTo(302);
	}

}
