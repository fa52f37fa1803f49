package org.gide.browser;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.agenda.reports.ReportFixtures;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.gide.accounts.AccountsFixtures.awaitMail;
import static org.gide.accounts.AccountsFixtures.link;
import static org.gide.accounts.AccountsFixtures.uniqueEmail;

/**
 * The agenda from end to end (issue 6): an agent of the Mission ESS publishes a territorial meeting of two seats;
 * three people register with their name and email, each « au titre de » an organisation of the directory, and the
 * third waits; the first cancels through the link of her mail, the third is promoted and mailed; the meeting takes
 * place (the event is moved to yesterday, the clock is not mocked); the agent marks who came, files the report with
 * the organisations present and sees the sectors derived; the agenda's indicators show the meeting with its
 * participants, organisations and sectors. On the way the public list, the programme and the iCalendar files are
 * read (the files parsed by ical4j). axe-core on every page.
 */
class AgendaStoryTest extends IntegrationTest {

	private static final Pattern MANAGE = Pattern.compile("https?://[^/\\s]+(/agenda/inscriptions/[A-Za-z0-9_-]{43})");

	private static final Pattern EVENT_PATH = Pattern.compile("/agenda/evenements/(\\d+)-[a-z0-9-]+$");

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTerritorialMeetingFromItsCreationToTheIndicators() throws Exception {
		TestUsers.ensure(accounts);
		String n = String.valueOf(System.nanoTime());
		ReportFixtures directory = new ReportFixtures(jdbc);
		String recyclerie = "Recyclerie du Vidourle " + n;
		String cinema = "Cinéma associatif des Garrigues " + n;
		String ferme = "Auberge coopérative de Sommières " + n;
		directory.organisation(recyclerie, "ACTION_SOCIALE");
		directory.organisation(cinema, "ARTS_SPECTACLES");
		directory.organisation(ferme, "HEBERGEMENT_RESTAURATION");
		String title = "Rencontre du Pays de Sommières " + n;
		String day = LocalDate.now(PARIS).plusDays(21).toString();
		String alice = uniqueEmail("agenda-alice");
		String bruno = uniqueEmail("agenda-bruno");
		String chloe = uniqueEmail("agenda-chloe");
		long id;

		try (BrowserContext agent = Browser.newContext()) {
			TestUsers.signIn(agent, baseUrl(), "agent");
			Page page = agent.newPage();
			page.navigate(baseUrl() + "/agenda/proposer");
			assertThat(page).hasTitle("Proposer un événement");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rencontre territoriale").setExact(true))
				.click();
			assertThat(page).hasTitle("Proposer : Rencontre territoriale");
			Browser.assertAccessible(page);

			page.locator("#title").fill(title);
			page.locator("#summary").fill("Rencontre trimestrielle des acteurs de l’ESS du territoire.");
			page.locator("#audience-ESS_ORGANISATIONS").check();
			page.locator("#territory").selectOption(new SelectOption().setIndex(1));
			page.locator("#meetingFormat").selectOption("GENERAL");
			page.getByLabel("Organisé par le Département").check();
			page.locator("#startsAt").fill(day + "T18:00");
			page.locator("#endsAt").fill(day + "T20:00");
			page.locator("#place").fill("Salle des fêtes, Sommières");
			page.locator("#capacity").fill("2");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier")).click();
			assertThat(page).hasTitle(title);
			assertThat(page.locator("[role=status]")).hasText("Événement publié dans l’agenda.");
			Browser.assertAccessible(page);
			Matcher path = EVENT_PATH.matcher(page.url());
			org.assertj.core.api.Assertions.assertThat(path.find()).as(page.url()).isTrue();
			id = Long.parseLong(path.group(1));
		}

		try (BrowserContext visitors = Browser.newContext()) {
			Page page = visitors.newPage();
			page.navigate(baseUrl() + "/agenda/rencontres-territoriales");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			assertThat(page).hasTitle(title);
			assertThat(page.locator("#seats-left")).hasText("2 places restantes");
			Browser.assertAccessible(page);

			String aliceMail = register(page, id, "Alice Martin", alice, recyclerie);
			String brunoMail = register(page, id, "Bruno Roux", bruno, cinema);
			page.navigate(baseUrl() + "/agenda/evenements/" + id);
			assertThat(page.locator("#seats-left"))
				.hasText("complet : les nouvelles inscriptions vont sur la liste d’attente");
			page.navigate(baseUrl() + "/agenda/evenements/" + id + "/inscription");
			assertThat(page.locator("#seats")).containsText("Complet");
			Browser.assertAccessible(page);
			String chloeMail = register(page, id, "Chloé Vidal", chloe, ferme);
			page.navigate(baseUrl() + manageLink(chloeMail));
			assertThat(page.locator("#status")).hasText("Sur liste d’attente");
			Browser.assertAccessible(page);
			page.navigate(baseUrl() + manageLink(brunoMail));
			assertThat(page.locator("#status")).hasText("Inscription confirmée");

			page.navigate(baseUrl() + manageLink(aliceMail));
			assertThat(page.locator("#status")).hasText("Inscription confirmée");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuler mon inscription")).click();
			assertThat(page.locator("#cancelled")).hasText("Votre inscription est annulée.");
			Browser.assertAccessible(page);

			String promoted = awaitMail(MAIL, chloe, 2);
			org.assertj.core.api.Assertions.assertThat(promoted).contains("Une place s’est libérée").contains(title);
			page.navigate(baseUrl() + manageLink(promoted));
			assertThat(page.locator("#status")).hasText("Inscription confirmée");
			Browser.assertAccessible(page);
		}

		VEvent ics = onlyEvent(web().get("/agenda/evenements/" + id + ".ics"));
		org.assertj.core.api.Assertions.assertThat(ics.getRequiredProperty("SUMMARY").getValue()).isEqualTo(title);
		org.assertj.core.api.Assertions.assertThat(ics.getRequiredProperty("LOCATION").getValue())
			.isEqualTo("Salle des fêtes, Sommières");

		// The meeting takes place: it is moved to this time yesterday (its duration kept), as time would have done.
		jdbc.update("""
				update agenda_event set starts_at = now() - interval '1 day',
				       ends_at = now() - interval '1 day' + (ends_at - starts_at),
				       registration_deadline = null, version = version + 1
				where id = ?""", id);

		try (BrowserContext agent = Browser.newContext()) {
			TestUsers.signIn(agent, baseUrl(), "agent");
			Page page = agent.newPage();
			page.navigate(baseUrl() + "/agenda/evenements/" + id + "/participants");
			assertThat(page.locator("#seated")).containsText("Bruno Roux");
			assertThat(page.locator("#seated")).containsText("Chloé Vidal");
			Browser.assertAccessible(page);
			page.getByLabel("Présent·e : Bruno Roux").check();
			page.getByLabel("Présent·e : Chloé Vidal").check();
			page.locator("#save-attendance").click();
			assertThat(page.locator("#notice")).hasText("Présences enregistrées.");
			assertThat(page.locator("#counts")).containsText("Présent·es : 2");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/agenda/evenements/" + id + "/compte-rendu");
			assertThat(page.locator("#participants")).hasValue("2");
			assertThat(page.locator("#listed-organisations")).containsText(cinema);
			assertThat(page.locator("#listed-organisations")).containsText(ferme);
			Browser.assertAccessible(page);
			page.locator("#organisations").fill(recyclerie);
			page.locator("#participants").fill("3");
			page.locator("#summary").fill("Tour de table des projets ; une recyclerie est venue sans s’inscrire.");
			page.locator("#followUp").fill("Prochaine rencontre thématique sur l’alimentation.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le compte rendu")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Le compte rendu est enregistré.");
			assertThat(page.locator("#report-participants")).hasText("3");
			assertThat(page.locator("#report-organisations-count")).hasText("3");
			assertThat(page.locator("#report-sectors"))
				.hasText("Action sociale, Arts et spectacles, Hébergement et restauration");
			Browser.assertAccessible(page);

			LocalDate yesterday = LocalDate.now(PARIS).minusDays(1);
			page.navigate(baseUrl() + "/agent/indicateurs/agenda");
			assertThat(page).hasTitle("Indicateurs de l’agenda");
			page.locator("#du").fill(yesterday.minusDays(1).toString());
			page.locator("#au").fill(yesterday.plusDays(1).toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Calculer")).click();
			Locator row = page.locator("#rencontre-" + id);
			assertThat(row.locator("th")).hasText(title);
			assertThat(row.locator("td.participants")).hasText("3");
			assertThat(row.locator("td.organisations")).hasText("3");
			assertThat(row.locator("td.sectors"))
				.hasText("3 : Action sociale, Arts et spectacles, Hébergement et restauration");
			assertThat(row.locator("td.reported")).hasText("Déposé");
			Browser.assertAccessible(page);
		}

		try (BrowserContext visitors = Browser.newContext()) {
			Page page = visitors.newPage();
			page.navigate(baseUrl() + "/programme-formation");
			Browser.assertAccessible(page);
			page.navigate(baseUrl() + "/agenda/mois/" + LocalDate.now(PARIS).minusDays(1).toString().substring(0, 7));
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).first()).isVisible();
			Browser.assertAccessible(page);
		}
		HttpResponse<String> feed = web().get("/agenda.ics?type=rencontres-territoriales");
		List<VEvent> feedEvents = parse(feed).getComponents("VEVENT");
		org.assertj.core.api.Assertions.assertThat(feedEvents)
			.anySatisfy(e -> org.assertj.core.api.Assertions.assertThat(e.getRequiredProperty("SUMMARY").getValue())
				.isEqualTo(title));
		org.assertj.core.api.Assertions.assertThat(feed.body()).doesNotContain(bruno).doesNotContain("Chloé");
	}

	/** Registers with a name, an email and an organisation typed by name, then confirms through the mail's link. */
	private String register(Page page, long eventId, String name, String email, String organisation) {
		page.navigate(baseUrl() + "/agenda/evenements/" + eventId + "/inscription");
		Browser.assertAccessible(page);
		page.locator("#name").fill(name);
		page.locator("#email").fill(email);
		page.locator("#organisation").fill(organisation);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("S’inscrire")).click();
		assertThat(page.locator("#requested")).containsText("Un message vient d’être envoyé à " + email);
		Browser.assertAccessible(page);
		String mail = awaitMail(MAIL, email, 1);
		page.navigate(baseUrl() + link(mail, "/agenda/inscriptions/confirmation"));
		assertThat(page.locator("#outcome")).containsText("votre adresse est confirmée");
		Browser.assertAccessible(page);
		return mail;
	}

	private static String manageLink(String body) {
		Matcher matcher = MANAGE.matcher(body);
		if (!matcher.find()) {
			throw new AssertionError("No manage link in:\n" + body);
		}
		return matcher.group(1);
	}

	private static Calendar parse(HttpResponse<String> response) throws Exception {
		org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
		return new CalendarBuilder().build(new StringReader(response.body()));
	}

	private static VEvent onlyEvent(HttpResponse<String> response) throws Exception {
		List<VEvent> events = parse(response).getComponents("VEVENT");
		org.assertj.core.api.Assertions.assertThat(events).hasSize(1);
		return events.get(0);
	}

}
