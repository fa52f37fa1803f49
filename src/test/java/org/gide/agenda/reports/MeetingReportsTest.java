package org.gide.agenda.reports;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.Role;
import org.gide.agenda.AgendaFixtures;
import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of a territorial meeting over real HTTP: prefilled from the attendance, organisations typed by name or
 * SIRET resolved through the directory (each unresolved line named), sectors derived, a stale version refused with
 * the input kept, and who may file it (managers only; 404 for the others and for other kinds of event).
 */
class MeetingReportsTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	AgendaEvents events;

	@Autowired
	JdbcTemplate jdbc;

	AgendaFixtures agenda;

	ReportFixtures fixtures;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(accounts);
		agenda = new AgendaFixtures(events, jdbc);
		fixtures = new ReportFixtures(jdbc);
	}

	private static String page(long id) {
		return "/agenda/evenements/" + id + "/compte-rendu";
	}

	private AgendaEvent pastMeeting(Long... organisers) {
		return agenda.published(EventKind.TERRITORIAL_MEETING, Instant.now().minus(3, ChronoUnit.DAYS), organisers);
	}

	@Test
	void anAgentFilesAReportPrefilledFromTheAttendanceWithDerivedSectors() {
		String n = String.valueOf(System.nanoTime());
		long social = fixtures.organisation("Entraide sociale " + n, "ACTION_SOCIALE");
		long school = fixtures.organisation("École coopérative " + n, "ENSEIGNEMENT");
		long sport = fixtures.organisation("Club omnisport " + n, "SPORTS_LOISIRS");
		long unclassified = fixtures.organisation("Collectif sans code " + n, "NON_CLASSE");
		long bistro = fixtures.organisation("Bistrot solidaire " + n, "HEBERGEMENT_RESTAURATION");
		AgendaEvent meeting = pastMeeting();
		long id = meeting.getId();
		fixtures.registration(id, "a" + n + "@exemple.test", social, "ESS", true);
		fixtures.registration(id, "b" + n + "@exemple.test", social, "ESS", true);
		fixtures.registration(id, "c" + n + "@exemple.test", school, "ESS", true);
		fixtures.registration(id, "d" + n + "@exemple.test", sport, "ESS", false);
		fixtures.registration(id, "e" + n + "@exemple.test", null, "OTHER", true);
		fixtures.registration(id, null, "f" + n + "@exemple.test", sport, "ESS", "CANCELLED", true);

		WebClient web = TestUsers.signIn(baseUrl(), "agent");
		HttpResponse<String> form = web.get(page(id));
		assertThat(form.statusCode()).isEqualTo(200);
		// 4 present (the cancelled one aside), organisations of the present: social and school, not sport
		assertThat(form.body()).contains("name=\"participants\" value=\"4\"")
			.contains("name=\"listed\" value=\"" + social + "\"")
			.contains("name=\"listed\" value=\"" + school + "\"")
			.doesNotContain("name=\"listed\" value=\"" + sport + "\"")
			.contains("name=\"version\" value=\"-1\"")
			.contains("visible que des organisateurs de la rencontre et des agents");

		Map<String, String> fields = new HashMap<>(Map.of("participants", "12", "version", "-1", "summary",
				"Tour de table.\nProchaine rencontre à Alès.", "followUp", "Créer un groupe de travail."));
		fields.put("organisations", fixtures.siretOf(sport).substring(0, 9) + " " + fixtures.siretOf(sport).substring(9)
				+ "\n  Collectif sans code " + n + "  \n\nbistrot SOLIDAIRE " + n);
		HttpResponse<String> posted = web.send(post(web, page(id), fields, List.of(Map.entry("listed", social),
				Map.entry("listed", school), Map.entry("remove", school))));
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		assertThat(web.location(posted)).isEqualTo(page(id));

		Map<String, Object> row = jdbc.queryForMap("select * from agenda_report where event_id = ?", id);
		assertThat(row.get("participants")).isEqualTo(12);
		assertThat(row.get("summary")).isEqualTo("Tour de table.\nProchaine rencontre à Alès.");
		assertThat(row.get("follow_up")).isEqualTo("Créer un groupe de travail.");
		assertThat(row.get("version")).isEqualTo(0L);
		assertThat(row.get("filed_by")).isEqualTo(accounts.findByEmail(TestUsers.email("agent")).orElseThrow().id());
		assertThat(jdbc.queryForList(
				"select organisation_id from agenda_report_organisation where event_id = ? order by 1", Long.class, id))
			.containsExactlyInAnyOrder(social, sport, unclassified, bistro);

		HttpResponse<String> shown = web.get(page(id));
		assertThat(shown.body()).contains("Le compte rendu est enregistré.")
			.contains("Compte rendu déposé")
			.contains("<dd id=\"report-participants\">12</dd>")
			.contains("<dd id=\"report-organisations-count\">4</dd>")
			.contains("Prochaine rencontre à Alès.")
			.contains("name=\"version\" value=\"0\"");
		String sectors = shown.body().substring(shown.body().indexOf("id=\"report-sectors\""));
		sectors = sectors.substring(0, sectors.indexOf("</dd>"));
		// derived, in the sectors' order, « non classé » left out
		assertThat(sectors.replaceAll("<[^>]+>", "").replaceAll("\\s+", " "))
			.contains("Sports et loisirs, Action sociale, Hébergement et restauration")
			.doesNotContain("classé");
	}

	@Test
	void unresolvedLinesAreNamedAndNothingIsWritten() {
		String n = String.valueOf(System.nanoTime());
		String token = "Z" + n;
		fixtures.organisation("Atelier vélo " + token + " du Vigan", "SERVICES_DIVERS");
		fixtures.organisation("Atelier vélo " + token + " de Sommières", "SERVICES_DIVERS");
		long id = pastMeeting().getId();
		WebClient web = TestUsers.signIn(baseUrl(), "agent");
		web.get(page(id));
		HttpResponse<String> refused = web.post(page(id), Map.of("participants", "-3", "version", "-1",
				"organisations", "Structure inconnue " + n + "\nvélo " + token + "\n00000000000000", "summary", "Garde " + n));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Le formulaire contient 4 erreurs")
			.contains("id=\"participants-error\"")
			.contains("Le nombre de participants doit être un nombre entier positif ou nul")
			.contains("« Structure inconnue " + n + " » : aucune structure de l’annuaire ne correspond")
			.contains("« vélo " + token + " » : plusieurs structures correspondent (Atelier vélo " + token)
			.contains("« 00000000000000 » : aucune structure")
			.contains("value=\"-3\"")
			.contains("Garde " + n)
			.contains("Structure inconnue " + n + "\n");
		assertThat(jdbc.queryForObject("select count(*) from agenda_report where event_id = ?", Long.class, id))
			.isZero();

		HttpResponse<String> empty = web.post(page(id), Map.of("participants", " ", "version", "-1"));
		assertThat(empty.body()).contains("Indiquez le nombre de participants.");
		assertThat(web.post(page(id), Map.of("participants", "3")).statusCode()).isEqualTo(400);
		assertThat(jdbc.queryForObject("select count(*) from agenda_report where event_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void aStaleVersionIsRefusedAndTheInputKept() {
		long id = pastMeeting().getId();
		WebClient first = TestUsers.signIn(baseUrl(), "agent");
		WebClient second = TestUsers.signIn(baseUrl(), "admin");
		first.get(page(id));
		second.get(page(id));
		assertThat(first.post(page(id), Map.of("participants", "5", "version", "-1", "summary", "Premier"))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> stale = second.post(page(id),
				Map.of("participants", "8", "version", "-1", "summary", "Second"));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("modifié par quelqu’un d’autre entre-temps")
			.contains(">Second</textarea>")
			.contains("value=\"8\"")
			.contains("<dd id=\"report-participants\">5</dd>")
			.contains("name=\"version\" value=\"0\"");
		assertThat(jdbc.queryForMap("select participants, summary, version from agenda_report where event_id = ?", id))
			.containsEntry("participants", 5)
			.containsEntry("summary", "Premier")
			.containsEntry("version", 0L);

		// saving again on purpose overwrites the version seen
		assertThat(second.post(page(id), Map.of("participants", "8", "version", "0", "summary", "Second"))
			.statusCode()).isEqualTo(302);
		// and the first one's old version is now stale too
		assertThat(first.post(page(id), Map.of("participants", "6", "version", "0", "summary", "Tard")).body())
			.contains("modifié par quelqu’un d’autre entre-temps");
		assertThat(jdbc.queryForMap("select participants, summary, version from agenda_report where event_id = ?", id))
			.containsEntry("participants", 8)
			.containsEntry("summary", "Second")
			.containsEntry("version", 1L);
	}

	@Test
	void onlyManagersOfAMeetingThatHasStartedFileItsReport() {
		String n = String.valueOf(System.nanoTime());
		long organiser = fixtures.organisation("Pôle territorial " + n, "SERVICES_DIVERS");
		long id = pastMeeting(organiser).getId();
		String visitor = "organisateur" + n;
		long account = accounts.createVerifiedAccount(TestUsers.email(visitor), "Organisatrice " + n,
				TestUsers.PASSWORD, java.util.EnumSet.of(Role.MEMBER));
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label) "
				+ "values (?, ?, ?, ?)", organiser, account, TestUsers.email(visitor), "Organisatrice");

		assertThat(web().get(page(id)).statusCode()).isEqualTo(302);
		WebClient member = TestUsers.signIn(baseUrl(), "member");
		assertThat(member.get(page(id)).statusCode()).isEqualTo(404);
		member.get("/");
		assertThat(member.post(page(id), Map.of("participants", "1", "version", "-1")).statusCode()).isEqualTo(404);

		WebClient admin = TestUsers.signIn(baseUrl(), visitor);
		assertThat(admin.get(page(id)).statusCode()).isEqualTo(200);
		assertThat(admin.post(page(id), Map.of("participants", "9", "version", "-1")).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select filed_by from agenda_report where event_id = ?", Long.class, id))
			.isEqualTo(account);

		// other kinds of event: 404 even for agents
		WebClient agent = TestUsers.signIn(baseUrl(), "agent");
		long training = agenda.published(EventKind.TRAINING, Instant.now().minus(2, ChronoUnit.DAYS)).getId();
		assertThat(agent.get(page(training)).statusCode()).isEqualTo(404);
		assertThat(agent.get(page(999_999_999)).statusCode()).isEqualTo(404);

		// before the meeting: said so, no form, nothing written
		long upcoming = agenda.published(EventKind.TERRITORIAL_MEETING, Instant.now().plus(20, ChronoUnit.DAYS))
			.getId();
		HttpResponse<String> notYet = agent.get(page(upcoming));
		assertThat(notYet.statusCode()).isEqualTo(200);
		assertThat(notYet.body()).contains("Le compte rendu s’ouvre après la rencontre").doesNotContain("<textarea");
		agent.post(page(upcoming), Map.of("participants", "4", "version", "-1"));
		assertThat(jdbc.queryForObject("select count(*) from agenda_report where event_id = ?", Long.class, upcoming))
			.isZero();
	}

	/** A form with repeated fields (listed, remove) and the last CSRF token. */
	private static java.net.http.HttpRequest post(WebClient web, String path, Map<String, String> fields,
			List<Map.Entry<String, Long>> repeated) {
		StringBuilder body = new StringBuilder("_csrf=" + enc(web.csrf()));
		fields.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
		repeated.forEach(e -> body.append('&').append(enc(e.getKey())).append('=').append(e.getValue()));
		return java.net.http.HttpRequest.newBuilder(web.uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
	}

	private static String enc(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
