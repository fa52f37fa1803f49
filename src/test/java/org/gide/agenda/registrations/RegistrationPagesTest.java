package org.gide.agenda.registrations;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.agenda.AgendaFixtures;
import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gide.accounts.AccountsFixtures.awaitMail;
import static org.gide.accounts.AccountsFixtures.link;
import static org.gide.accounts.AccountsFixtures.uniqueEmail;

/** The registration pages over real HTTP: register, confirm, cancel by link, organisers' list, CSV, attendance. */
class RegistrationPagesTest extends IntegrationTest {

	private static final Pattern MANAGE = Pattern.compile("https?://[^/\\s]+(/agenda/inscriptions/[A-Za-z0-9_-]{43})");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@Autowired
	private AgendaEvents events;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private EventRegistrationRateLimit limit;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(accounts);
		limit.reset();
	}

	private AgendaEvent event(EventKind kind, Integer capacity, Instant start, Long... organisers) {
		AgendaEvent event = new AgendaFixtures(events, jdbc).published(kind, start, organisers);
		event.setCapacity(capacity);
		return events.store(event);
	}

	private static Instant inDays(int days) {
		return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
	}

	private static String manageLink(String body) {
		Matcher matcher = MANAGE.matcher(body);
		assertThat(matcher.find()).as("manage link in:\n" + body).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> register(WebClient web, long eventId, Map<String, String> fields) {
		String page = "/agenda/evenements/" + eventId + "/inscription";
		return web.submit(page, page, fields);
	}

	@Test
	void registerWithNameAndEmailConfirmByTheMailCancelByTheLinkAndTheWaitingPersonIsPromoted() {
		AgendaEvent event = event(EventKind.TRAINING, 1, inDays(30));
		String first = uniqueEmail("page-premiere");
		String second = uniqueEmail("page-seconde");
		WebClient anonymous = web();

		HttpResponse<String> posted = register(anonymous, event.getId(), Map.of("name", "Alice Martin", "email", first));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(anonymous.location(posted)).isEqualTo("/agenda/evenements/" + event.getId() + "/inscription");
		assertThat(anonymous.get(anonymous.location(posted)).body()).contains("Un message vient d’être envoyé à " + first);
		String mail = awaitMail(MAIL, first, 1);
		HttpResponse<String> confirmed = anonymous.get(link(mail, "/agenda/inscriptions/confirmation"));
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.body()).contains("Inscription confirmée");

		WebClient other = web();
		register(other, event.getId(), Map.of("name", "Bruno Roux", "email", second));
		String secondMail = awaitMail(MAIL, second, 1);
		assertThat(secondMail).contains("liste d’attente");
		other.get(link(secondMail, "/agenda/inscriptions/confirmation"));
		assertThat(registrationsStatus(second)).isEqualTo("WAITING");

		String manage = manageLink(mail);
		HttpResponse<String> page = anonymous.get(manage);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Alice Martin").contains("Inscription confirmée").contains("Annuler mon inscription");
		Matcher version = VERSION.matcher(page.body());
		assertThat(version.find()).isTrue();
		HttpResponse<String> cancelled = anonymous.post(manage, Map.of("version", version.group(1)));
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(anonymous.get(manage).body()).contains("Votre inscription est annulée");

		assertThat(registrationsStatus(first)).isEqualTo("CANCELLED");
		assertThat(registrationsStatus(second)).isEqualTo("CONFIRMED");
		String promoted = awaitMail(MAIL, second, 2);
		assertThat(promoted).contains("Une place s’est libérée");
		assertThat(manageLink(promoted)).isEqualTo(manageLink(secondMail));
	}

	@Test
	void anAddressAlreadyRegisteredGetsTheSameAnswerAndItsLinkByMail() {
		AgendaEvent event = event(EventKind.TRAINING, null, inDays(31));
		String email = uniqueEmail("page-deja");
		WebClient web = web();
		HttpResponse<String> first = register(web, event.getId(), Map.of("name", "Chloé", "email", email));
		String firstPage = web.get(web.location(first)).body();
		HttpResponse<String> again = register(web, event.getId(), Map.of("name", "Chloé", "email", email));
		assertThat(again.statusCode()).isEqualTo(first.statusCode());
		assertThat(web.location(again)).isEqualTo(web.location(first));
		String againPage = web.get(web.location(again)).body();
		assertThat(againPage).contains("Un message vient d’être envoyé à " + email);
		assertThat(main(againPage)).isEqualTo(main(firstPage));
		assertThat(awaitMail(MAIL, email, 2)).contains("déjà inscrite");
	}

	@Test
	void anEmptyFormComesBackWithFrenchErrorsAndTheInputKept() {
		AgendaEvent awareness = event(EventKind.AWARENESS, null, inDays(32));
		HttpResponse<String> response = register(web(), awareness.getId(),
				Map.of("name", "Denise", "email", "pas-une-adresse", "kind", ""));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("L’adresse électronique n’est pas valide")
			.contains("Indiquez si vous êtes agent, élu·e")
			.contains("value=\"Denise\"")
			.contains("value=\"pas-une-adresse\"");
		assertThat(jdbc.queryForObject("select count(*) from agenda_registration where event_id = ?", Integer.class,
				awareness.getId())).isZero();
	}

	@Test
	void aSignedInPersonRegistersWithTheAccountAtOnce() {
		AgendaEvent event = event(EventKind.TRAINING, 5, inDays(33));
		WebClient member = TestUsers.signIn(baseUrl(), "member");
		HttpResponse<String> posted = register(member, event.getId(), Map.of());
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(member.location(posted)).startsWith("/agenda/inscriptions/");
		assertThat(member.get(member.location(posted)).body()).contains("Vous êtes inscrit·e");
		assertThat(jdbc.queryForObject("select status from agenda_registration where event_id = ? and email = ?",
				String.class, event.getId(), TestUsers.email("member"))).isEqualTo("CONFIRMED");
	}

	@Test
	void closedRegistrationsSayWhyAndDraftsAreNotFound() {
		AgendaEvent past = event(EventKind.TRAINING, null, Instant.now().minus(3, ChronoUnit.DAYS));
		assertThat(web().get("/agenda/evenements/" + past.getId() + "/inscription").body())
			.contains("Les inscriptions sont closes");
		AgendaEvent draft = events.store(new AgendaFixtures(events, jdbc).draft(EventKind.TRAINING, inDays(34)));
		assertThat(web().get("/agenda/evenements/" + draft.getId() + "/inscription").statusCode()).isEqualTo(404);
		assertThat(web().get("/agenda/inscriptions/" + Registrations.newToken()).statusCode()).isEqualTo(404);
	}

	@Test
	void onlyTheEventsManagersSeeParticipantsOthersAndGuessedIdsGet404() {
		long organisation = organisation("Structure organisatrice des inscriptions");
		String organiserEmail = administrator(organisation);
		AgendaEvent event = event(EventKind.TRAINING, 10, inDays(35), organisation);
		insertRegistration(event.getId(), "Élodie Participante", uniqueEmail("liste"), "CONFIRMED");
		String path = "/agenda/evenements/" + event.getId() + "/participants";

		assertThat(TestUsers.signIn(baseUrl(), "member").get(path).statusCode()).isEqualTo(404);
		assertThat(TestUsers.signIn(baseUrl(), "member").get(path + ".csv").statusCode()).isEqualTo(404);
		assertThat(web().get(path).statusCode()).isEqualTo(302);
		WebClient agent = TestUsers.signIn(baseUrl(), "agent");
		assertThat(agent.get(path).body()).contains("Élodie Participante");
		assertThat(agent.get("/agenda/evenements/999999999/participants").statusCode()).isEqualTo(404);
		WebClient organiser = web();
		AccountsFixtures.login(organiser, organiserEmail, AccountsFixtures.PASSWORD);
		HttpResponse<String> page = organiser.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Élodie Participante").contains("Places occupées : 1 sur 10");
	}

	@Test
	void theCsvHasABomSemicolonsAndNeutralisedFormulas() {
		AgendaEvent event = event(EventKind.TRAINING, null, inDays(36));
		insertRegistration(event.getId(), "=HYPERLINK(\"http://x\")", uniqueEmail("csv"), "CONFIRMED");
		insertRegistration(event.getId(), "Gaëlle; Dupont", uniqueEmail("csv-deux"), "WAITING");
		HttpResponse<String> csv = TestUsers.signIn(baseUrl(), "agent")
			.get("/agenda/evenements/" + event.getId() + "/participants.csv", "text/csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		String body = csv.body();
		assertThat(body).startsWith("\uFEFFNom;Courriel;Structure;Profil;Statut;Inscription le;Présence\r\n");
		assertThat(body).contains("\"'=HYPERLINK(\"\"http://x\"\")\";").contains("\"Gaëlle; Dupont\";")
			.contains("Sur liste d’attente");
		assertThat(body).doesNotContain(";=HYPERLINK");
	}

	@Test
	void attendanceIsMarkedAfterTheStartWithTheVersionsShownAndAStaleFormWritesNothing() {
		AgendaEvent started = event(EventKind.TRAINING, null, Instant.now().minus(1, ChronoUnit.HOURS));
		long present = insertRegistration(started.getId(), "Présente", uniqueEmail("presente"), "CONFIRMED");
		long absent = insertRegistration(started.getId(), "Absente", uniqueEmail("absente"), "CONFIRMED");
		WebClient agent = TestUsers.signIn(baseUrl(), "agent");
		String page = "/agenda/evenements/" + started.getId() + "/participants";
		String action = "/agenda/evenements/" + started.getId() + "/presences";
		assertThat(agent.get(page).body()).contains("Enregistrer les présences");

		agent.get(page);
		HttpResponse<String> saved = agent.send(java.net.http.HttpRequest.newBuilder(agent.uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + agent.csrf() + "&inscrit=" + present
					+ ":0&inscrit=" + absent + ":0&present=" + present))
			.build());
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(agent.get(page).body()).contains("Présences enregistrées");
		assertThat(attended(present)).isTrue();
		assertThat(attended(absent)).isFalse();

		HttpResponse<String> stale = agent.send(java.net.http.HttpRequest.newBuilder(agent.uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + agent.csrf() + "&inscrit=" + present
					+ ":1&inscrit=" + absent + ":0&present=" + absent))
			.build());
		assertThat(stale.statusCode()).isEqualTo(302);
		assertThat(agent.get(page).body()).contains("rien n’a été enregistré");
		assertThat(attended(present)).isTrue();
		assertThat(attended(absent)).isFalse();

		AgendaEvent future = event(EventKind.TRAINING, null, inDays(37));
		long early = insertRegistration(future.getId(), "Trop tôt", uniqueEmail("tot"), "CONFIRMED");
		agent.post("/agenda/evenements/" + future.getId() + "/presences",
				Map.of("inscrit", early + ":0", "present", String.valueOf(early)));
		assertThat(jdbc.queryForObject("select attended from agenda_registration where id = ?", Boolean.class, early))
			.isNull();
	}

	@Test
	void anOrganiserPromotesAWaitingPersonByHand() {
		AgendaEvent event = event(EventKind.TRAINING, 1, inDays(38));
		insertRegistration(event.getId(), "Assise", uniqueEmail("assise"), "CONFIRMED");
		String email = uniqueEmail("promue");
		long waiting = insertRegistration(event.getId(), "Promue", email, "WAITING");
		WebClient agent = TestUsers.signIn(baseUrl(), "agent");
		String page = "/agenda/evenements/" + event.getId() + "/participants";
		assertThat(agent.get(page).body()).contains("Donner une place à Promue");
		HttpResponse<String> response = agent.post(page + "/" + waiting + "/promotion", Map.of("version", "0"));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(registrationsStatus(email)).isEqualTo("CONFIRMED");
		assertThat(awaitMail(MAIL, email, 1)).contains("Une place s’est libérée");
	}

	private static String main(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
	}

	private Boolean attended(long id) {
		return jdbc.queryForObject("select attended from agenda_registration where id = ?", Boolean.class, id);
	}

	private String registrationsStatus(String email) {
		return jdbc.queryForObject("select status from agenda_registration where email = ?", String.class, email);
	}

	private long insertRegistration(long eventId, String name, String email, String status) {
		return jdbc.queryForObject("insert into agenda_registration (event_id, name, email, status, manage_token, "
				+ "created_at, confirmed_at, waiting_since) values (?, ?, ?, ?, ?, now(), now(), "
				+ "case when ? = 'WAITING' then now() end) returning id", Long.class, eventId, name, email, status,
				Registrations.newToken(), status);
	}

	private long organisation(String name) {
		jdbc.update("insert into organisation (name, ess_family, sector, source) select ?, 'ASSOCIATION', "
				+ "'NON_CLASSE', 'MANUAL' where not exists (select 1 from organisation where name = ?)", name, name);
		return jdbc.queryForObject("select min(id) from organisation where name = ?", Long.class, name);
	}

	private String administrator(long organisation) {
		String email = uniqueEmail("organisatrice");
		accounts.createVerifiedAccount(email, "Organisatrice", AccountsFixtures.PASSWORD, Set.of());
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label) "
				+ "values (?, ?, ?, ?)", organisation, accounts.findByEmail(email).orElseThrow().id(), email,
				"Organisatrice");
		return email;
	}

}
