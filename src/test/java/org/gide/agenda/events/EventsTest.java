package org.gide.agenda.events;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.accounts.Role;
import org.gide.agenda.AgendaFixtures;
import org.gide.agenda.Audience;
import org.gide.agenda.EventKind;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.Organisations;
import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The events of the agenda over real HTTP and a real database: who may propose what, every validation rule with its
 * French message, drafts hidden from the public, publishing, the public page and its redirects, editing with a
 * stale version, cancelling with a reason, the events published to the other parts, one's events.
 */
@RecordApplicationEvents
class EventsTest extends IntegrationTest {

	private static final String DAY = LocalDate.now().plusYears(1).withDayOfMonth(10).toString();

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AgendaEvents events;

	@Autowired
	EventEditing editing;

	@Autowired
	EventFields fields;

	@Autowired
	ApplicationEvents published;

	private long n;

	private OrganisationDetails actor;

	private String actorAdmin;

	private long actorAdminId;

	private OrganisationDetails partner;

	private String agent;

	@BeforeEach
	void people() {
		n = System.nanoTime();
		actor = organisations.create(OrganisationDraft.named("Acteur ressource " + n));
		jdbc.update("update organisation set resource_actor = true where id = ?", actor.id());
		partner = organisations.create(OrganisationDraft.named("Partenaire formation " + n));
		actorAdmin = account("camille", Set.of());
		actorAdminId = accounts.findByEmail(actorAdmin).orElseThrow().id();
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label) "
				+ "values (?, ?, ?, ?)", actor.id(), actorAdminId, actorAdmin, "Camille");
		agent = account("agent", Set.of(Role.MEMBER, Role.AGENT));
	}

	private String account(String name, Set<Role> roles) {
		String email = AccountsFixtures.uniqueEmail(name);
		accounts.createVerifiedAccount(email, name, AccountsFixtures.PASSWORD, roles);
		return email;
	}

	private WebClient signIn(String email) {
		WebClient client = web();
		HttpResponse<String> response = client.submit("/connexion", "/connexion",
				Map.of("email", email, "password", AccountsFixtures.PASSWORD));
		assertThat(response.statusCode()).isEqualTo(302);
		return client;
	}

	private Map<String, String> training() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", "Gouverner une coopérative " + n);
		form.put("summary", "Les bases.");
		form.put("description", "<p>Programme <script>alert(1)</script>du jour.</p>");
		form.put("audiences", "ESS_ORGANISATIONS");
		form.put("themes", "numerique");
		form.put("organisers", String.valueOf(actor.id()));
		form.put("coOrganisers", "Partenaire formation " + n);
		form.put("startsAt", DAY + "T09:30");
		form.put("endsAt", DAY + "T12:00");
		form.put("communeCode", "30189");
		form.put("place", "Maison de l’ESS, Nîmes");
		form.put("registration", "OPEN");
		form.put("capacity", "12");
		form.put("price", "30,50");
		form.put("priceNote", "Tarif réduit : 10 €");
		form.put("accessibility", "Salle de plain-pied.");
		form.put("newTraining", "true");
		return form;
	}

	private long idOf(String location) {
		String tail = location.substring("/agenda/evenements/".length());
		return Long.parseLong(tail.substring(0, tail.indexOf('-')));
	}

	@Test
	void whoMayProposeWhat() {
		String member = account("membre", Set.of());
		WebClient memberClient = signIn(member);
		HttpResponse<String> choice = memberClient.get("/agenda/proposer");
		assertThat(choice.statusCode()).isEqualTo(200);
		assertThat(choice.body()).contains("id=\"no-kind\"").doesNotContain("type=formations");
		HttpResponse<String> noForm = memberClient.get("/agenda/proposer?type=formations");
		assertThat(noForm.statusCode()).isEqualTo(200);
		assertThat(noForm.body()).contains("id=\"no-kind\"").doesNotContain("name=\"title\"");

		HttpResponse<String> actorChoice = signIn(actorAdmin).get("/agenda/proposer");
		assertThat(actorChoice.body()).contains("type=formations", "type=rencontres-territoriales", "type=permanences")
			.doesNotContain("type=sensibilisation", "type=ateliers-appels");
		HttpResponse<String> agentChoice = signIn(agent).get("/agenda/proposer");
		assertThat(agentChoice.body()).contains("type=formations", "type=sensibilisation")
			.doesNotContain("type=ateliers-appels");
		assertThat(signIn(actorAdmin).get("/agenda/proposer?type=sensibilisation").body()).doesNotContain("name=\"title\"");
		assertThat(web().get("/agenda/proposer").statusCode()).isEqualTo(302);
	}

	@Test
	void everyRuleGivesAFieldLevelFrenchErrorAndKeepsTheInput() {
		WebClient client = signIn(agent);
		client.get("/agenda/proposer?type=rencontres-territoriales");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", "");
		form.put("audiences", "ESS_ORGANISATIONS");
		form.put("summary", "Resume garde " + n);
		form.put("startsAt", DAY + "T14:00");
		form.put("endsAt", DAY + "T10:00");
		form.put("registrationDeadline", DAY + "T15:00");
		form.put("onlineUrl", "http://visio.example.org/salle");
		form.put("capacity", "0");
		form.put("price", "-3");
		form.put("communeCode", "99999");
		form.put("coOrganisers", "Structure qui n’existe pas " + n);
		HttpResponse<String> response = client.post("/agenda/proposer?type=rencontres-territoriales", form);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"title-error\"", "Indiquez un titre.",
				"Choisissez le format de la rencontre : généraliste ou thématique.",
				"Choisissez le territoire de la rencontre.", "La fin doit être après le début.",
				"Le lien doit commencer par https://",
				"Le nombre de places doit être un nombre entier supérieur à 0.",
				"Le tarif doit être un montant positif en euros",
				"Ce code INSEE ne correspond à aucune commune du département.",
				"Structure qui n’existe pas " + n,
				"Resume garde " + n);
		assertThat(jdbc.queryForObject("select count(*) from agenda_event where summary = ?", Integer.class,
				"Resume garde " + n)).isZero();

		form.put("title", "Rencontre " + n);
		form.put("endsAt", LocalDate.parse(DAY).plusDays(20) + "T10:00");
		form.put("onlineUrl", "");
		form.put("coOrganisers", "");
		form.put("price", "");
		form.put("capacity", "");
		form.put("communeCode", "");
		form.put("meetingFormat", "THEMATIC");
		form.put("territory", String.valueOf(new AgendaFixtures(events, jdbc).firstTerritory()));
		response = client.post("/agenda/proposer?type=rencontres-territoriales", form);
		assertThat(response.body()).contains("Un événement dure 14 jours au plus",
				"La date limite d’inscription doit être au plus tard le début de l’événement.",
				"Indiquez un lieu ou un lien de participation en ligne.",
				"Indiquez au moins une structure organisatrice, ou cochez « Organisé par le Département ».");
	}

	@Test
	void anOrganiserProposesAMutualisedTrainingThenPublishesIt() {
		WebClient client = signIn(actorAdmin);
		client.get("/agenda/proposer?type=formations");
		HttpResponse<String> created = client.post("/agenda/proposer?type=formations", training());
		assertThat(created.statusCode()).isEqualTo(302);
		String path = client.location(created);
		long id = idOf(path);
		assertThat(path).isEqualTo("/agenda/evenements/" + id + "-gouverner-une-cooperative-" + n);
		AgendaEvent event = events.find(id).orElseThrow();
		assertThat(event.getState()).isEqualTo(EventState.DRAFT);
		assertThat(event.getOrganiserIds()).containsExactly(actor.id(), partner.id());
		assertThat(event.mutualised()).isTrue();
		assertThat(event.isNewTraining()).isTrue();
		assertThat(event.getDescription()).doesNotContain("script");
		assertThat(event.getPriceEuros()).isEqualByComparingTo("30.50");
		assertThat(event.getStartsAt()).isEqualTo(EventFields.parseLocal(DAY + "T09:30"));
		assertThat(EventFields.formatLocal(event.getStartsAt())).isEqualTo(DAY + "T09:30");
		assertThat(event.getCreatedBy()).isEqualTo(actorAdminId);

		HttpResponse<String> draft = client.get(path);
		assertThat(draft.statusCode()).isEqualTo(200);
		assertThat(draft.body()).contains("id=\"draft\"", "Formation mutualisée", "/annuaire/" + partner.id(),
				"/agenda/evenements/" + id + "/modifier");
		assertThat(web().get(path).statusCode()).isEqualTo(404);
		assertThat(signIn(account("curieux", Set.of())).get(path).statusCode()).isEqualTo(404);

		HttpResponse<String> publish = client.post("/agenda/evenements/" + id + "/publier",
				Map.of("version", String.valueOf(event.getVersion())));
		assertThat(publish.statusCode()).isEqualTo(302);
		assertThat(events.find(id).orElseThrow().getState()).isEqualTo(EventState.PUBLISHED);

		WebClient anonymous = web();
		HttpResponse<String> page = anonymous.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(page.body()).contains("Gouverner une coopérative " + n, "Formation mutualisée",
				"Acteur ressource " + n, "Partenaire formation " + n, "30,50 €", "Tarif réduit : 10 €",
				"Salle de plain-pied.", "Nîmes", "/agenda/evenements/" + id + "/inscription",
				"/agenda/evenements/" + id + ".ics", "12 places")
			.doesNotContain("/modifier", "/participants", "id=\"draft\"");
		assertThat(page.body()).containsPattern("Du [a-z]+ 10 [a-zéû]+ \\d{4} à 09h30 au [a-z]+ 10 [a-zéû]+ \\d{4} à 12h00");

		HttpResponse<String> bare = anonymous.get("/agenda/evenements/" + id);
		assertThat(bare.statusCode()).isEqualTo(301);
		assertThat(anonymous.location(bare)).endsWith(path);
		HttpResponse<String> wrongSlug = anonymous.get("/agenda/evenements/" + id + "-ancien-titre");
		assertThat(wrongSlug.statusCode()).isEqualTo(301);
		assertThat(anonymous.location(wrongSlug)).endsWith(path);
		assertThat(anonymous.get("/agenda/evenements/" + (id + 1_000_000)).statusCode()).isEqualTo(404);

		HttpResponse<String> mine = client.get("/agenda/mes-evenements");
		assertThat(mine.body()).contains("Gouverner une coopérative " + n).doesNotContain("Formation témoin des routes");
	}

	@Test
	void othersGet404AndAGuessedIdIsNotFound() {
		AgendaEvent event = new AgendaFixtures(events, jdbc).published(EventKind.TRAINING,
				EventFields.parseLocal(DAY + "T10:00"), actor.id());
		String edit = "/agenda/evenements/" + event.getId() + "/modifier";
		assertThat(signIn(account("membre", Set.of())).get(edit).statusCode()).isEqualTo(404);
		OrganisationDetails other = organisations.create(OrganisationDraft.named("Autre acteur " + n));
		jdbc.update("update organisation set resource_actor = true where id = ?", other.id());
		String otherAdmin = account("dominique", Set.of());
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label) "
				+ "values (?, ?, ?, ?)", other.id(), accounts.findByEmail(otherAdmin).orElseThrow().id(), otherAdmin, "D");
		WebClient otherClient = signIn(otherAdmin);
		assertThat(otherClient.get(edit).statusCode()).isEqualTo(404);
		otherClient.get("/agenda/proposer?type=formations");
		assertThat(otherClient.post("/agenda/evenements/" + event.getId() + "/annuler",
				Map.of("version", "0", "reason", "Pour voir")).statusCode()).isEqualTo(404);
		assertThat(signIn(actorAdmin).get(edit).statusCode()).isEqualTo(200);
		WebClient agentClient = signIn(agent);
		assertThat(agentClient.get(edit).statusCode()).isEqualTo(200);
		assertThat(agentClient.get("/agenda/evenements/" + (event.getId() + 1_000_000) + "/modifier").statusCode())
			.isEqualTo(404);

		// an organiser may not tick an organisation they do not administer
		Map<String, String> form = training();
		form.put("organisers", String.valueOf(other.id()));
		form.put("coOrganisers", "");
		WebClient actorClient = signIn(actorAdmin);
		actorClient.get("/agenda/proposer?type=formations");
		assertThat(actorClient.post("/agenda/proposer?type=formations", form).body())
			.contains("Vous ne pouvez cocher que des structures que vous administrez.");
		EventManager outsider = new EventManager(1L, "X", "x@example.org", false, Set.of(other.id()), Set.of(other.id()));
		assertThatThrownBy(() -> editing.manageable(event.getId(), outsider)).isInstanceOf(EventNotFound.class);
		assertThatThrownBy(() -> editing.create(EventKind.AWARENESS, new EventForm(), outsider, false))
			.isInstanceOf(EventNotFound.class);
	}

	@Test
	void aStaleSaveIsRefusedWithTheInputKeptAndACapacityChangeIsPublished() {
		WebClient client = signIn(actorAdmin);
		client.get("/agenda/proposer?type=formations");
		long id = idOf(client.location(client.post("/agenda/proposer?type=formations", training())));
		String edit = "/agenda/evenements/" + id + "/modifier";
		HttpResponse<String> form = client.get(edit);
		assertThat(form.body()).contains("value=\"" + DAY + "T09:30\"", "Partenaire formation " + n);

		Map<String, String> first = training();
		first.put("coOrganisers", "");
		first.put("version", "0");
		first.put("capacity", "15");
		assertThat(client.post(edit, first).statusCode()).isEqualTo(302);
		assertThat(events.find(id).orElseThrow().getCapacity()).isEqualTo(15);
		assertThat(events.find(id).orElseThrow().getOrganiserIds()).containsExactly(actor.id());

		Map<String, String> stale = training();
		stale.put("version", "0");
		stale.put("title", "Titre perime " + n);
		HttpResponse<String> refused = client.post(edit, stale);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"stale\"", "a été modifié par quelqu’un d’autre",
				"value=\"Titre perime " + n + "\"", "name=\"version\" value=\"1\"");
		assertThat(events.find(id).orElseThrow().getTitle()).isEqualTo("Gouverner une coopérative " + n);

		EventManager manager = new EventManager(actorAdminId, "Camille", actorAdmin, false, Set.of(actor.id()),
				Set.of(actor.id()));
		AgendaEvent event = events.find(id).orElseThrow();
		EventForm bigger = fields.fill(event);
		bigger.setCapacity("40");
		editing.update(id, bigger, manager, false);
		assertThat(published.stream(EventCapacityChanged.class))
			.containsExactly(new EventCapacityChanged(id, 15, 40));
		EventForm same = fields.fill(events.find(id).orElseThrow());
		same.setSummary("Autre résumé");
		editing.update(id, same, manager, false);
		assertThat(published.stream(EventCapacityChanged.class)).hasSize(1);
		assertThatThrownBy(() -> editing.update(id, bigger, manager, false)).isInstanceOf(StaleEvent.class);
	}

	@Test
	void cancellingNeedsAReasonAndIsPublished() {
		AgendaEvent event = new AgendaFixtures(events, jdbc).published(EventKind.TRAINING,
				EventFields.parseLocal(DAY + "T10:00"), actor.id());
		WebClient client = signIn(actorAdmin);
		String edit = "/agenda/evenements/" + event.getId() + "/modifier";
		client.get(edit);
		HttpResponse<String> noReason = client.post("/agenda/evenements/" + event.getId() + "/annuler",
				Map.of("version", String.valueOf(event.getVersion()), "reason", "  "));
		assertThat(noReason.statusCode()).isEqualTo(200);
		assertThat(noReason.body()).contains("id=\"reason-error\"", "Indiquez le motif de l’annulation.");
		assertThat(events.find(event.getId()).orElseThrow().getState()).isEqualTo(EventState.PUBLISHED);

		HttpResponse<String> done = client.post("/agenda/evenements/" + event.getId() + "/annuler",
				Map.of("version", String.valueOf(event.getVersion()), "reason", "Formatrice malade"));
		assertThat(done.statusCode()).isEqualTo(302);
		AgendaEvent cancelled = events.find(event.getId()).orElseThrow();
		assertThat(cancelled.getState()).isEqualTo(EventState.CANCELLED);
		assertThat(cancelled.getCancelledReason()).isEqualTo("Formatrice malade");
		HttpResponse<String> page = web().get(cancelled.path());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"cancelled\"", "Annulé", "Motif : Formatrice malade")
			.doesNotContain("/agenda/evenements/" + event.getId() + "/inscription");

		AgendaEvent other = new AgendaFixtures(events, jdbc).published(EventKind.PERMANENCE,
				EventFields.parseLocal(DAY + "T10:00"), actor.id());
		EventManager manager = new EventManager(actorAdminId, "Camille", actorAdmin, false, Set.of(actor.id()),
				Set.of(actor.id()));
		editing.cancel(other.getId(), other.getVersion(), " Salle indisponible ", manager);
		assertThat(published.stream(EventCancelled.class))
			.containsExactly(new EventCancelled(other.getId(), "Salle indisponible"));
	}

	@Test
	void anAgentProposesAnAwarenessSessionAndAMeetingOrganisedByTheDepartment() {
		WebClient client = signIn(agent);
		client.get("/agenda/proposer?type=sensibilisation");
		Map<String, String> form = training();
		form.remove("organisers");
		form.put("coOrganisers", "");
		form.put("organisedByDepartment", "true");
		form.put("audiences", "PUBLIC");
		form.put("newTraining", "true");
		form.put("publish", "1");
		HttpResponse<String> created = client.post("/agenda/proposer?type=sensibilisation", form);
		assertThat(created.statusCode()).isEqualTo(302);
		AgendaEvent awareness = events.find(idOf(client.location(created))).orElseThrow();
		assertThat(awareness.getState()).isEqualTo(EventState.PUBLISHED);
		assertThat(awareness.getAudiences()).containsExactly(Audience.AGENTS_ELECTED);
		assertThat(awareness.isNewTraining()).isFalse();
		assertThat(awareness.isOrganisedByDepartment()).isTrue();
		assertThat(awareness.getOrganiserIds()).isEmpty();
		assertThat(web().get(awareness.path()).body()).contains("Le Département");

		client.get("/agenda/proposer?type=rencontres-territoriales");
		form.put("meetingFormat", "GENERAL");
		form.put("territory", String.valueOf(new AgendaFixtures(events, jdbc).firstTerritory()));
		form.put("audiences", "ESS_ORGANISATIONS");
		form.put("title", "Rencontre générale " + n);
		HttpResponse<String> meeting = client.post("/agenda/proposer?type=rencontres-territoriales", form);
		assertThat(meeting.statusCode()).isEqualTo(302);
		AgendaEvent saved = events.find(idOf(client.location(meeting))).orElseThrow();
		assertThat(saved.getMeetingFormat()).isEqualTo(MeetingFormat.GENERAL);
		assertThat(saved.getKind()).isEqualTo(EventKind.TERRITORIAL_MEETING);

		HttpResponse<String> mine = client.get("/agenda/mes-evenements?type=rencontres-territoriales");
		assertThat(mine.body()).contains("Rencontre générale " + n).doesNotContain("Gouverner une coopérative " + n);
	}

	@Test
	void fieldsTableSaysWhatEachKindShowsAndRequires() {
		assertThat(EventFields.of(EventKind.TERRITORIAL_MEETING).stream().map(EventFields.Field::name))
			.contains("meetingFormat", "territory")
			.doesNotContain("newTraining");
		assertThat(EventFields.named("territory").requiredFor(EventKind.TERRITORIAL_MEETING)).isTrue();
		assertThat(EventFields.named("territory").requiredFor(EventKind.TRAINING)).isFalse();
		assertThat(EventFields.of(EventKind.AWARENESS).stream().map(EventFields.Field::name)).doesNotContain("audiences");
		assertThat(EventFields.of(EventKind.TRAINING).stream().map(EventFields.Field::name)).contains("newTraining");
		assertThat(EventFields.slug("L’économie « sociale » & solidaire !")).isEqualTo("leconomie-sociale-solidaire");
		assertThat(EventFields.slug("!!!")).isEqualTo("evenement");
		assertThat(EventFields.parseLocal("pas une date")).isNull();
		assertThat(List.of(EventFields.parseLocal("2027-07-01T10:00").toString())).containsExactly("2027-07-01T08:00:00Z");
	}

}
